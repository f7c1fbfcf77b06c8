import type { ReactNode } from 'react';
import { SiteHeader } from '@/app/components/site-header';

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="content">{children}</main>
    </>
  );
}
