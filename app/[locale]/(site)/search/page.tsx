import type { Metadata } from 'next';
import { pageLocale } from '@/app/i18n/page-locale';
import Link from 'next/link';
import { Highlighted } from '@/app/components/highlighted';
import { SiteSearch } from '@/app/components/site-search';
import { readSearch } from '@/app/data';
import { CATEGORY_TITLES } from '@/app/components/labels';

export async function generateMetadata({ searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { q } = await searchParams;
  return { title: typeof q === 'string' && q.trim() ? `Search: ${q.trim().slice(0, 60)}` : 'Search', robots: { index: false } };
}

const RESULTS = 20;

/**
 * Results for what a reader remembers of a figure, in Korean or English, or a sentence pasted
 * from an article: each metric with its figure, and the citation that matched, marked, linking
 * to that citation on the metric page. Rendered on each request: a query is not worth caching.
 */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  await pageLocale(params);
  const query = await searchParams;
  const q = typeof query.q === 'string' ? query.q : undefined;
  const cursor = typeof query.cursor === 'string' ? query.cursor : undefined;
  const found = q === undefined ? null : await readSearch(q, RESULTS, cursor);
  return (
    <>
      <h1>Search</h1>
      <p className="lede">Type what you remember of a figure (557만 달러, 5.6 million, Nvidia 17.2%), a name, or paste the sentence you read: the first results hold its citation.</p>
      <SiteSearch value={q} id="page-search" />
      {found === null ? null : 'status' in found ? (
        <p role="alert" className="error">
          {found.message}
        </p>
      ) : (
        <>
          <p role="status" className="meta">
            {found.message ?? `${found.count} ${found.count === 1 ? 'figure' : 'figures'}${cursor ? ' on this page' : ''} for “${found.query}”, best match first.`}
          </p>
          <ol className="search-results">
            {found.results.map((r) => (
              <li key={r.metric.slug} className="search-result">
                <p className="meta">{CATEGORY_TITLES[r.metric.category]}</p>
                <h2>
                  <Link href={`/metrics/${r.metric.slug}`}>{r.metric.label}</Link>
                </h2>
                <p className="search-figure">{r.figure}</p>
                <blockquote className="citation">
                  <p className="ko" lang="ko">
                    “<Highlighted parts={r.citation.quote} />”
                  </p>
                  <p className="en">
                    “<Highlighted parts={r.citation.translation} />”
                  </p>
                  <footer className="meta">
                    <bdi>{r.citation.speaker}</bdi> · <Link href={`/sources/${r.citation.source.slug}`}>{r.citation.source.label}</Link> ·{' '}
                    <Link href={r.href}>See this citation</Link>
                  </footer>
                </blockquote>
              </li>
            ))}
          </ol>
          {found.nextCursor ? (
            <p>
              <Link href={`/search?q=${encodeURIComponent(q ?? '')}&cursor=${found.nextCursor}`}>More results</Link>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
