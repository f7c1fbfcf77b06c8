import { NextResponse, type NextRequest } from 'next/server';
import { cachedRendering } from './app/proxy/cached-pages';
import { contentSecurityPolicy } from './app/proxy/csp';
import { refuseBadRequest, trailingSlashRedirect } from './app/proxy/request-guard';
import { unavailableResponse } from './app/proxy/unavailable';

/**
 * Runs before every page and API request, in this order: refuses what no route can serve, drops a
 * trailing slash, answers 503 while the database is unreachable, and maps the home and browse
 * pages' queries onto their cached renderings. Every answer carries the Content-Security-Policy.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, searchParams } = request.nextUrl;
  const early = refuseBadRequest(request) ?? trailingSlashRedirect(request) ?? (await unavailableResponse(pathname));
  if (early) {
    early.headers.set('Content-Security-Policy', contentSecurityPolicy(pathname));
    return early;
  }
  const cached = cachedRendering(pathname, searchParams);
  const response = cached ? NextResponse.rewrite(new URL(cached, request.url)) : NextResponse.next();
  response.headers.set('Content-Security-Policy', contentSecurityPolicy(pathname));
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
