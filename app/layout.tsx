import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cited — figures from the news, each with its source', template: '%s · Cited' },
  description:
    'Every figure stated in five Korean news articles on the US–China AI race, each with its verbatim quote, translation and source.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/" className="brand">
            Cited
          </a>
          <span className="tagline">Every number carries its source.</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
