/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time; bundling it
  // breaks those paths (every query then fails while the build still passes).
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // proxy.ts redirects trailing slashes itself, after refusing over-long addresses.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  // Headers every response carries; the Content-Security-Policy, which needs a per-request
  // nonce, is set in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
