import { browseKey, homeView } from '@/lib/page-params';

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
  return null;
}
