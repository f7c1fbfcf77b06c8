import { NextResponse, type NextRequest } from 'next/server';
import { isLocalizedPath, splitLocale } from '@/lib/locale';
import { revisionOf } from '@/lib/page-params';
import { METRIC_PAGE } from './cached-pages';
import { refuse } from './refuse';

export const MAX_URL_LENGTH = 4096;

/**
 * What no route can serve, refused before any of them runs: a clear 4xx, never a 500 from deeper
 * down. Null when the request may go on.
 */
export function refuseBadRequest(request: NextRequest): Response | null {
  const { pathname } = request.nextUrl;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refuse(pathname, 405, `method ${request.method} is not allowed: Cited is read-only`, { Allow: 'GET, HEAD' });
  }
  if (request.url.length > MAX_URL_LENGTH) return refuse(pathname, 414, `the address is longer than ${MAX_URL_LENGTH} characters`);
  try {
    decodeURIComponent(pathname);
  } catch {
    return refuse(pathname, 400, 'the path is not valid percent-encoded UTF-8');
  }
  // The cached renderings are reached through `/`, `/metrics` and `/metrics/{slug}?rev=N` only.
  const { rest } = splitLocale(pathname);
  if (/^\/(home|browse)(\/|$)/.test(rest) || /^\/metrics\/[^/]+\/rev(\/|$)/.test(rest)) return refuse(pathname, 404, 'not found');
  const revs = request.nextUrl.searchParams.getAll('rev');
  if (METRIC_PAGE.test(rest) && (revs.length > 1 || (revs.length === 1 && revisionOf(revs[0]) === null))) {
    return refuse(pathname, 400, '"rev" must be one revision number (1, 2, 3…); /changes lists them');
  }
  return null;
}

/** `/en/…` → `/…`: English pages have one address each, the one without a language. */
export function defaultLocaleRedirect(request: NextRequest): Response | null {
  const { pathname } = request.nextUrl;
  const { rest, explicitDefault } = splitLocale(pathname);
  if (!explicitDefault || !isLocalizedPath(rest)) return null;
  const url = request.nextUrl.clone();
  url.pathname = rest;
  return NextResponse.redirect(url, 301);
}

/**
 * `/a/` → `/a`, answered here rather than by Next (next.config turns its own redirect off), after
 * the length check: a redirect never echoes an unbounded address back in its headers.
 */
export function trailingSlashRedirect(request: NextRequest): Response | null {
  const { pathname } = request.nextUrl;
  if (pathname.length <= 1 || !pathname.endsWith('/')) return null;
  const url = request.nextUrl.clone();
  url.pathname = pathname.replace(/\/+$/, '') || '/';
  return NextResponse.redirect(url, 308);
}
