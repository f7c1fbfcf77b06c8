import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { siteUrl } from '@/lib/env';
import { OUTAGE_NOTICE_ID, OUTAGE_NOTICE_SCRIPT, OUTAGE_STYLESHEET } from './proxy/outage-signals';
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
      <body>
        {/* Shown only when the proxy marked this page as served from the cache during a database outage (app/proxy/outage-signals.ts). */}
        <p id={OUTAGE_NOTICE_ID} className="outage-notice" role="status" hidden suppressHydrationWarning>
          Cited&rsquo;s database is unreachable right now: this is the copy of the page kept before it went away, and it may be out of date.
        </p>
        <script dangerouslySetInnerHTML={{ __html: OUTAGE_NOTICE_SCRIPT }} />
        <noscript dangerouslySetInnerHTML={{ __html: `<link rel="stylesheet" href="${OUTAGE_STYLESHEET}">` }} />
        {children}
      </body>
    </html>
  );
}
