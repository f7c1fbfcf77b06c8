import Link from 'next/link';
import { SiteHeader } from './components/site-header';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="content">
        <h1>Not found</h1>
        <p>There is no figure, source or page at this address.</p>
        <p>
          <Link href="/">See the charts</Link> or <Link href="/metrics">browse all figures</Link>.
        </p>
      </main>
    </>
  );
}
