import { SEARCH_MAX_LENGTH } from '@/lib/search';

/** A search form that needs no script: a GET to /search, in the header of every page and atop the results. */
export function SiteSearch({ value = '', id = 'site-search' }: { value?: string; id?: string }) {
  return (
    <form role="search" action="/search" method="get" className="site-search">
      <label htmlFor={`${id}-q`} className="sr-only">
        Search figures, quotes, speakers and sources
      </label>
      <input id={`${id}-q`} type="search" name="q" defaultValue={value} placeholder="557만, Nvidia, 딥시크, a sentence…" maxLength={SEARCH_MAX_LENGTH} autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}
