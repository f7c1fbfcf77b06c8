import type { Locale } from '@/lib/locale';

/**
 * Cited's pages are kept in Next's page cache, in memory (next.config.mjs bounds it), and rendered
 * again at most once a minute after the data changes: each page file says `revalidate = 60` (Next
 * reads that value from the page file itself, so it cannot live here) and takes this
 * generateStaticParams, which renders nothing at build time, when the database is not there: each
 * page is rendered on its first request.
 *
 * The home and browse pages are chosen by their query string, which the page cache does not key
 * on, so proxy.ts rewrites `/?tab=…` onto /home/{view} and `/metrics?…` onto /browse/{filters}
 * (app/proxy/cached-pages.ts): the address people share keeps its query string while the server
 * answers from the cache.
 */
export function generateStaticParams(): never[] {
  return [];
}

/**
 * The paths this process has rendered, and so holds in its page cache: while the database is
 * unreachable, the proxy lets these through (the cache answers, stale if need be) and answers 503
 * for the rest, which could only fail. On globalThis: the proxy and every route bundle share it.
 */
const holder = globalThis as typeof globalThis & { citedRenderedPaths?: Set<string> };
const rendered = (holder.citedRenderedPaths ??= new Set());
/** More paths than this are not remembered: a browse query per visitor must not grow memory for ever. */
const MAX_REMEMBERED = 10_000;

/** Marks a page of a language (`path` without the language) as held in the page cache. */
export function markRendered(locale: Locale, path: string): void {
  if (rendered.size < MAX_REMEMBERED) rendered.add(`/${locale}${path}`);
}

/** Whether this process holds the page rendered at `path` (app/proxy/cached-pages.ts renderedAt). */
export function wasRendered(path: string): boolean {
  return rendered.has(path);
}
