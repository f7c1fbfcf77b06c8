import { NextResponse, type NextRequest } from 'next/server';
import { localizedHref, splitLocale } from '@/lib/locale';
import { refuse } from './refuse';

/**
 * Metric addresses that moved: renamed slugs answer 301 to today's, withdrawn ones 410 with what
 * the metric said and why it went. The proxy reads the list from memory only (it stays off the
 * data path); app/moved-addresses.ts keeps it fresh from the database. On globalThis: the proxy,
 * the routes and instrumentation share it.
 */
export interface MovedAddresses {
  renamed: Map<string, string>;
  withdrawn: Set<string>;
}

const holder = globalThis as typeof globalThis & { citedMovedAddresses?: MovedAddresses };

export function setMovedAddresses(moved: MovedAddresses): void {
  holder.citedMovedAddresses = moved;
}

/** Every address that names a metric by its slug, and what follows the slug. */
const METRIC_ADDRESS = /^(\/metrics|\/embed\/metrics|\/api\/metrics|\/api\/og\/metrics)\/([a-z0-9-]+)((?:\.[a-z]+)?(?:\/history|\/changes\.atom)?)$/;

/** Where the gone page is rendered: a route handler, so that it can answer 410 (a page cannot). */
export const GONE_PAGE = '/gone/metrics/';

export function movedAddress(request: NextRequest): Response | null {
  const moved = holder.citedMovedAddresses;
  const { locale, rest: address } = splitLocale(request.nextUrl.pathname);
  const match = moved && METRIC_ADDRESS.exec(address);
  if (!moved || !match) return null;
  const [, base, slug, rest] = match;
  const renamed = moved.renamed.get(slug);
  if (renamed) {
    const url = request.nextUrl.clone();
    url.pathname = localizedHref(locale, `${base}/${renamed}${rest}`);
    return NextResponse.redirect(url, 301);
  }
  // A withdrawn metric's history, feed and earlier revisions still answer: they are about its past.
  if (!moved.withdrawn.has(slug) || rest === '/history' || rest === '/changes.atom' || request.nextUrl.searchParams.has('rev')) return null;
  if (base === '/metrics' || base === '/embed/metrics') return NextResponse.rewrite(new URL(`${GONE_PAGE}${slug}`, request.url));
  return refuse(request.nextUrl.pathname, 410, `metric "${slug}" was withdrawn; /metrics/${slug} says why, and /metrics/${slug}/history shows what it said`);
}
