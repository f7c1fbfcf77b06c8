import { splitLocale } from '@/lib/locale';

const POLICY = [
  "default-src 'self'",
  // Pages are served from the page cache, so a per-request nonce cannot be used: Next's inline
  // bootstrap scripts need 'unsafe-inline'. React's development build needs eval; production never.
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV !== 'production' ? " 'unsafe-eval'" : ''}`,
  // Charts position their tooltips with style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Embeds, in either language, are made to be framed by other sites; every other page refuses to be framed at all. */
const isEmbed = (pathname: string) => {
  const { rest } = splitLocale(pathname);
  return rest === '/embed' || rest.startsWith('/embed/');
};

/** The Content-Security-Policy a response to this path carries. */
export function contentSecurityPolicy(pathname: string): string {
  return [...POLICY, isEmbed(pathname) ? 'frame-ancestors *' : "frame-ancestors 'none'"].join('; ');
}
