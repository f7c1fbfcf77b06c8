import { isLocalizedPath, splitLocale } from '@/lib/locale';
import { browseKey, homeView, revisionOf } from '@/lib/page-params';

/** `/metrics/{slug}`: a metric page, which `?rev=N` shows as it stood at revision N. */
export const METRIC_PAGE = /^\/metrics\/([^/]+)$/;

/**
 * Where a page with this query is kept rendered (app/page-cache.ts explains why), if it is; an
 * invalid browse query is rendered live, with its reason.
 */
export function cachedRendering(pathname: string, searchParams: URLSearchParams): string | null {
  if (pathname === '/') return `/home/${homeView(searchParams)}`;
  if (pathname === '/metrics') {
    const key = browseKey(searchParams);
    return key ? `/browse/${encodeURIComponent(key)}` : null;
  }
  const metric = METRIC_PAGE.exec(pathname);
  const rev = metric ? revisionOf(searchParams.get('rev')) : null;
  if (metric && rev !== null) return `/metrics/${metric[1]}/rev/${rev}`;
  return null;
}

/**
 * Where a page is rendered: under its language (app/[locale]), at its cached rendering if it has
 * one (whose path holds what the query said), else with its query. Null for what is not a page
 * (data, feeds, files), which has one address in every language.
 */
export function renderedAt(pathname: string, searchParams: URLSearchParams): { path: string; search: string } | null {
  const { locale, rest } = splitLocale(pathname);
  if (!isLocalizedPath(rest)) return null;
  const cached = cachedRendering(rest, searchParams);
  const page = cached ?? rest;
  const search = cached || searchParams.size === 0 ? '' : `?${searchParams}`;
  return { path: `/${locale}${page === '/' ? '' : page}`, search };
}
