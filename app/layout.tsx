import type { ReactNode } from 'react';

/**
 * Every page has its <html> in app/[locale]/layout.tsx, which knows the page's language; this
 * layout only passes through, for the few files Next keeps at the root (app/not-found.tsx).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
