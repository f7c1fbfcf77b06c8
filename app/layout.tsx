import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { siteUrl } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Cited — figures from the news, each with its source', template: '%s · Cited' },
  description:
    'Every figure stated in five Korean news articles on the US–China AI race, each with its verbatim quote, translation and source.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Cited
          </Link>
          <span className="tagline">Every number carries its source.</span>
          <nav aria-label="Site">
            <Link href="/">Charts</Link>
            <Link href="/metrics">All figures</Link>
          </nav>
        </header>
        <main id="content">{children}</main>
      </body>
    </html>
  );
}
