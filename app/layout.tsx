import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { siteUrl } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Cited — figures from the news, each with its source', template: '%s · Cited' },
  description:
    'Every figure stated in five Korean news articles on the US–China AI race, each with its verbatim quote, translation and source.',
};

/** Every page, site or embed: the site's pages add their header in app/(site)/layout.tsx. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
