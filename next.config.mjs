import createNextIntlPlugin from 'next-intl/plugin';

// next-intl reads each request's language and catalogue (messages/) through this file.
const withNextIntl = createNextIntlPlugin('./app/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time; bundling it
  // breaks those paths (every query then fails while the build still passes).
  // resvg is a native addon, loaded from its package as it is.
  serverExternalPackages: ['@electric-sql/pglite', '@resvg/resvg-js'],
  poweredByHeader: false,
  // proxy.ts redirects trailing slashes itself, after refusing over-long addresses.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  // Pages are served from the page cache; hashing every cached page for an ETag on each request
  // cost about a tenth of the server's time under load, for revalidations that s-maxage makes rare.
  generateEtags: false,
  experimental: {
    // The page cache stays in memory (an LRU bounded by cacheMaxMemorySize): pages keyed by a query
    // cannot fill the disk, and a page rendered from one database never outlives its process.
    isrFlushToDisk: false,
  },
  // Headers every response carries; the Content-Security-Policy is set in proxy.ts, beside the
  // other per-request decisions. Only /embed/… (and /ko/embed/…) may be framed by other sites.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      { source: '/:path((?!(?:ko/)?embed/).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ];
  },
};

export default withNextIntl(nextConfig);
