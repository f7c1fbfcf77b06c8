import Link from 'next/link';
import '@/app/globals.css';

/**
 * An address outside every language (under /api/ or /gone/, say) that no route answers. Pages in
 * a language have their own, in app/[locale]/not-found.tsx.
 */
export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main id="content">
          <h1>Not found</h1>
          <p>There is no figure, source or page at this address.</p>
          <p>
            <Link href="/">See the charts</Link> or <Link href="/metrics">browse all figures</Link>.
          </p>
        </main>
      </body>
    </html>
  );
}
