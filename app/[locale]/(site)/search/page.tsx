import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/app/i18n/page-locale';
import Link from 'next/link';
import { Fragment } from 'react';
import { Highlighted } from '@/app/components/highlighted';
import { SiteSearch } from '@/app/components/site-search';
import { readSearch } from '@/app/data';
import { labelIn } from '@/lib/figure-in';
import { localizedHref } from '@/lib/locale';
import { analyzeQuery, respelling } from '@/lib/search';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [{ q }, t] = await Promise.all([searchParams, getTranslations({ locale, namespace: 'Search' })]);
  return { title: typeof q === 'string' && q.trim() ? t('titleFor', { query: q.trim().slice(0, 60) }) : t('title'), robots: { index: false } };
}

const RESULTS = 20;

/**
 * Results for what a reader remembers of a figure, in Korean or English, or a sentence pasted
 * from an article: each metric with its figure, and the citation that matched, marked, linking
 * to that citation on the metric page. Rendered on each request: a query is not worth caching.
 */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = await pageLocale(params);
  const [category, t] = await Promise.all([getTranslations({ locale, namespace: 'Category' }), getTranslations({ locale, namespace: 'Search' })]);
  const query = await searchParams;
  const q = typeof query.q === 'string' ? query.q : undefined;
  const cursor = typeof query.cursor === 'string' ? query.cursor : undefined;
  // Why a query cannot be searched, said in the page's language (the API answers in English).
  const analysis = q === undefined ? null : analyzeQuery(q);
  const refused = analysis && !analysis.ok ? analysis : null;
  const found = q === undefined || refused ? null : await readSearch(q, RESULTS, cursor, locale);
  const respelt = analysis?.ok && found && !('status' in found) ? respelling(analysis.query, found.searched) : null;
  const wordList = new Intl.ListFormat(locale, { type: 'conjunction' });
  const words = (list: string[]) => wordList.format(list.map((word) => `“${word}”`));
  const missingList = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <SiteSearch value={q} id="page-search" />
      {refused ? (
        refused.status === 400 ? (
          <p role="alert" className="error">
            {t(`problem.${refused.problem.kind}`, refused.problem)}
          </p>
        ) : (
          <p role="status" className="meta">
            {t(`problem.${refused.problem.kind}`, refused.problem)}
          </p>
        )
      ) : found === null ? null : 'status' in found ? (
        <p role="alert" className="error">
          {t('problem.cursor')}
        </p>
      ) : (
        <>
          <p role="status" className="meta">
            {/* The query was analysed above, so nothing found on the first page is the one empty answer; the API's message for it is English. */}
            {found.count === 0 && cursor === undefined
              ? t('nothing', { query: found.query })
              : t('found', { count: found.count, paged: String(cursor !== undefined), query: found.query })}
          </p>
          {respelt ? (
            <p className="meta">
              {t('notInCited', { words: words(respelt.unknown) })}
              {respelt.instead.length > 0 ? ` ${t('searchedInstead', { words: words(respelt.instead) })}` : null}
            </p>
          ) : null}
          <ol className="search-results">
            {found.results.map((r) => (
              <li key={r.metric.slug} className="search-result">
                <p className="meta">{category(r.metric.category)}</p>
                <h2>
                  <Link href={localizedHref(locale, `/metrics/${r.metric.slug}`)}>{labelIn(locale, r.metric)}</Link>
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
                    <bdi>{r.citation.speaker}</bdi> · <Link href={localizedHref(locale, `/sources/${r.citation.source.slug}`)}>{r.citation.source.label}</Link> ·{' '}
                    <Link href={localizedHref(locale, r.href)}>{t('seeCitation')}</Link>
                  </footer>
                </blockquote>
                {r.missing.length > 0 ? (
                  <p className="meta search-missing">
                    {t('missing')}{' '}
                    {missingList.formatToParts(r.missing).map((part, i) => (part.type === 'element' ? <s key={i}>{part.value}</s> : <Fragment key={i}>{part.value}</Fragment>))}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          {found.nextCursor ? (
            <p>
              <Link href={localizedHref(locale, `/search?q=${encodeURIComponent(q ?? '')}&cursor=${found.nextCursor}`)}>{t('more')}</Link>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
