import Link from 'next/link';
import { SiteSearch } from './site-search';

export function SiteHeader() {
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Cited
        </Link>
        <span className="tagline">Every number carries its source.</span>
        <SiteSearch />
        <nav aria-label="Site">
          <Link href="/">Charts</Link>
          <Link href="/metrics">All figures</Link>
          <Link href="/changes">Changes</Link>
        </nav>
      </header>
    </>
  );
}
