import { NextResponse, type NextRequest } from 'next/server';
import { databaseAvailable } from './db/availability';

/**
 * Runs before every page and API request: a per-request nonce for the Content-Security-Policy
 * (Next puts it on its own scripts), and a 503 while the database is unreachable.
 */

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    // React's development build needs eval; production never gets it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
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
}

const UNAVAILABLE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="10"><title>Temporarily unavailable · Cited</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a">
<h1>Cited is temporarily unavailable</h1>
<p>The database that holds the figures and their citations does not answer right now. Nothing is lost: this page reloads by itself every ten seconds and shows the figures as soon as the database is back.</p>
</body></html>`;

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);

  if (!(await databaseAvailable())) {
    const api = request.nextUrl.pathname.startsWith('/api/');
    const response = api
      ? NextResponse.json({ error: { status: 503, message: 'the database is unreachable; try again shortly' } }, { status: 503 })
      : new NextResponse(UNAVAILABLE_PAGE, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    response.headers.set('Retry-After', '10');
    response.headers.set('Cache-Control', 'no-store');
    response.headers.set('Content-Security-Policy', csp);
    return response;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
