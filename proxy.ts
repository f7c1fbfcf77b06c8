import { NextResponse, type NextRequest } from 'next/server';
import { databaseAvailable } from './db/availability';
import { browseKey, homeView } from './lib/page-params';

/**
 * Runs before every page and API request: refuses what no route can serve, answers 503 while the
 * database is unreachable, sets the Content-Security-Policy, and maps the home and browse pages'
 * queries onto their cached renderings.
 */

const CONTENT_SECURITY_POLICY = (() => {
  const dev = process.env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    // Pages are served from the page cache, so a per-request nonce cannot be used: Next's inline
    // bootstrap scripts need 'unsafe-inline'. React's development build needs eval; production never.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    // Charts position their tooltips with style attributes.
    "style-src 'self' 'unsafe-inline'",
    // Chart downloads draw the SVG through a blob: image.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
})();

const UNAVAILABLE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="10"><title>Temporarily unavailable · Cited</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a">
<h1>Cited is temporarily unavailable</h1>
<p>The database that holds the figures and their citations does not answer right now. Nothing is lost: this page reloads by itself every ten seconds and shows the figures as soon as the database is back.</p>
</body></html>`;

const MAX_URL_LENGTH = 4096;

function refuse(request: NextRequest, status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  const api = request.nextUrl.pathname.startsWith('/api/');
  const response = api
    ? NextResponse.json({ error: { status, message } }, { status })
    : new NextResponse(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

/** What no route can serve, refused before any of them runs: a clear 4xx, never a 500 from deeper down. */
function badRequest(request: NextRequest): NextResponse | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refuse(request, 405, `method ${request.method} is not allowed: Cited is read-only`, { Allow: 'GET, HEAD' });
  }
  if (request.url.length > MAX_URL_LENGTH) return refuse(request, 414, `the address is longer than ${MAX_URL_LENGTH} characters`);
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(request, 400, 'the path is not valid percent-encoded UTF-8');
  }
  return null;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const refused = badRequest(request);
  if (refused) return refused;
  const { pathname, searchParams } = request.nextUrl;
  // Next's own trailing-slash redirect is off (next.config), so that it happens here, after the
  // length check: a redirect never echoes an unbounded address back in its headers.
  if (pathname.length > 1 && pathname.endsWith('/')) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.replace(/\/+$/, '') || '/';
    return NextResponse.redirect(url, 308);
  }
  // The cached renderings are reached through `/` and `/metrics` only.
  if (/^\/(home|browse)(\/|$)/.test(pathname)) return refuse(request, 404, 'not found');

  if (!(await databaseAvailable())) {
    const response = pathname.startsWith('/api/')
      ? refuse(request, 503, 'the database is unreachable; try again shortly')
      : new NextResponse(UNAVAILABLE_PAGE, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
    response.headers.set('Retry-After', '10');
    response.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return response;
  }

  const cached = cachedRendering(pathname, searchParams);
  const response = cached ? NextResponse.rewrite(new URL(cached, request.url)) : NextResponse.next();
  response.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  return response;
}

/** Where a page with this query is kept rendered, if it is; an invalid browse query is rendered live. */
function cachedRendering(pathname: string, searchParams: URLSearchParams): string | null {
  if (pathname === '/') return `/home/${homeView(searchParams)}`;
  if (pathname === '/metrics') {
    const key = browseKey(searchParams);
    return key ? `/browse/${encodeURIComponent(key)}` : null;
  }
  return null;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
