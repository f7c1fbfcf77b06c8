import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_ID_HEADER, requestIdFrom } from './lib/request-log';
import { renderedAt } from './app/proxy/cached-pages';
import { contentSecurityPolicy } from './app/proxy/csp';
import { defaultLocaleRedirect, refuseBadRequest, trailingSlashRedirect } from './app/proxy/request-guard';
import { OUTAGE_STYLESHEET, OUTAGE_TIMING } from './app/proxy/outage-signals';
import { movedAddress } from './app/proxy/moved';
import { outage, outageStylesheet } from './app/proxy/unavailable';

/**
 * Runs before every page and API request, in this order: refuses what no route can serve, drops a
 * trailing slash, sends /en/… to the English address without it, sends a renamed metric's address
 * on (301) and a withdrawn one to its 410 page, and maps each page onto where it is rendered: its
 * language's folder (app/[locale]), and for the home and browse pages and ?rev=N their cached
 * renderings. While
 * the database is unreachable it lets pages already rendered through to the page cache, marked as
 * served in an outage, and answers 503 for the rest. Every answer carries the Content-Security-Policy
 * and a request id, which the routes see too and the error log names.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, searchParams } = request.nextUrl;
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER), () => crypto.randomUUID());
  const early =
    refuseBadRequest(request) ??
    trailingSlashRedirect(request) ??
    defaultLocaleRedirect(request) ??
    movedAddress(request) ??
    (pathname === OUTAGE_STYLESHEET ? await outageStylesheet() : null);
  const page = early ? null : renderedAt(pathname, searchParams);
  const database = early ? null : await outage(pathname, page?.path ?? pathname);
  const refusal = database?.down ? database.refusal : null;
  const response = early ?? refusal ?? forward(request, requestId, page);
  if (database?.down && !refusal) response.headers.set('Server-Timing', OUTAGE_TIMING);
  response.headers.set('Content-Security-Policy', contentSecurityPolicy(pathname));
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

/** On to the route, or to where this page is rendered, with the request id among the headers. */
function forward(request: NextRequest, requestId: string, page: { path: string; search: string } | null): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  return page ? NextResponse.rewrite(new URL(`${page.path}${page.search}`, request.url), { request: { headers } }) : NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
