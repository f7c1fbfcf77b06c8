/**
 * The site's address for absolute links in citations and structured data. Pages are served from a
 * cache shared by every visitor, so it comes from configuration (SITE_URL), not from a request.
 */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
}
