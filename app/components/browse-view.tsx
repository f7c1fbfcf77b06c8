import type { Metadata } from 'next';
import Link from 'next/link';
import type { ParamsResult } from '@/lib/api';
import { CATEGORIES } from '@/lib/domain';
import { figureIn, labelIn, publisherIn, textIn } from '@/lib/figure-in';
import { headlineClaim, isDisputed } from '@/lib/metric';
import type { BrowseParams } from '@/lib/page-params';
import { BROWSE_PAGE_SIZE, FILTER_OPTION_LIMIT, readBrowseOptions, readBrowsePage } from '../data';
import { getTranslations } from 'next-intl/server';
import { localizedHref, type Locale } from '@/lib/locale';
import { markRendered } from '../page-cache';
import { languageAlternates } from '../share';
import { SuggestField } from './suggest-field';
import { describeProblems } from '../i18n/query-problems';

/** The browse page's title and description in its language, and its address in each. */
export async function browseMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Browse' });
  return { title: t('title'), description: t('description'), alternates: languageAlternates(locale, '/metrics') };
}

/**
 * The browse page: filters, a count, downloads of what is shown, one page of metrics and a pager.
 * A query that cannot be applied is shown with its reason and an empty list.
 */
export async function BrowseView({ parsed, locale, cachedAt }: { parsed: ParamsResult<BrowseParams>; locale: Locale; cachedAt?: string }) {
  const { page: pageNumber = 1, ...filter } = parsed.ok ? parsed.value : {};
  const [{ sources, subjects }, found] = await Promise.all([
    readBrowseOptions(),
    parsed.ok ? readBrowsePage(filter, pageNumber) : { metrics: [], total: 0 },
  ]);
  if (cachedAt) markRendered(locale, cachedAt);
  const [category, t] = await Promise.all([getTranslations({ locale, namespace: 'Category' }), getTranslations({ locale, namespace: 'Browse' })]);
  const metrics = found.metrics;
  const pages = Math.max(1, Math.ceil(found.total / BROWSE_PAGE_SIZE));
  const filtered = Object.keys(filter).length > 0;
  const pageHref = (n: number) => localizedHref(locale, '/metrics') + `?${new URLSearchParams([...Object.entries(filter).map(([k, v]) => [k, String(v)]), ...(n > 1 ? [['page', String(n)]] : [])])}`;
  // The export takes the same filters, written back as the API reads them.
  const query = filtered ? `?${new URLSearchParams(Object.entries(filter).map(([k, v]) => [k, String(v)]))}` : '';
  return (
    <>
      <h1>{t('title')}</h1>
      <form className="filters" method="get" action={localizedHref(locale, '/metrics')}>
        <FilterSelect label={t('category')} all={t('all')} name="category" value={filter.category} options={CATEGORIES.map((c) => [c, category(c)])} />
        {subjects.length > FILTER_OPTION_LIMIT ? (
          <SuggestField label={t('subject')} name="subject" kind="subject" value={filter.subject} />
        ) : (
          <FilterSelect label={t('subject')} all={t('all')} name="subject" value={filter.subject} options={subjects.map((s) => [s.subject, textIn(locale, s.subject, s.subjectKo).text])} />
        )}
        {sources.length > FILTER_OPTION_LIMIT ? (
          <SuggestField label={t('source')} name="source" kind="source" value={filter.source} />
        ) : (
          <FilterSelect label={t('source')} all={t('all')} name="source" value={filter.source} options={sources.map((s) => [s.slug, publisherIn(locale, s)])} />
        )}
        <label className="checkbox">
          <input type="checkbox" name="disputed" value="true" defaultChecked={filter.disputed === true} /> {t('onlyDisputed')}
        </label>
        <button type="submit">{t('filter')}</button>
        {filtered || !parsed.ok ? <Link href={localizedHref(locale, '/metrics')}>{t('clear')}</Link> : null}
      </form>
      {!parsed.ok ? (
        <p className="error" role="alert">
          {t('cannotApply', { message: await describeProblems(locale, parsed.problems) })}
        </p>
      ) : (
        <div className="downloads">
          <p className="meta" role="status">
            {t('count', { total: found.total, filtered: String(filtered), page: pageNumber, pages })}
          </p>
          {found.total > 0 ? (
            <>
              <a href={`/api/metrics.csv${query}`} download>
                {t('downloadCsv', { filtered: String(filtered) })}
              </a>
              <a href={`/api/metrics.json${query}`}>JSON</a>
              <a href="/api/datapackage.json">{t('dataPackage')}</a>
            </>
          ) : null}
        </div>
      )}
      {parsed.ok && found.total === 0 ? <p className="empty">{t('none')}</p> : null}
      {parsed.ok && found.total > 0 && metrics.length === 0 ? (
        <p className="empty">{t.rich('noSuchPage', { page: pageNumber, last: (chunks) => <Link href={pageHref(pages)}>{chunks}</Link> })}</p>
      ) : null}
      <ul className="metric-list">
        {metrics.map((metric) => {
          const headline = headlineClaim(metric);
          return (
            <li key={metric.slug}>
              <Link href={localizedHref(locale, `/metrics/${metric.slug}`)}>{labelIn(locale, metric)}</Link>
              <span className="metric-list-figure">{headline ? figureIn(locale, headline, metric.unit, metric.slug) : '—'}</span>
              <span className="meta">
                {category(metric.category)} · {t('claims', { count: metric.claims.length })}
                {isDisputed(metric) ? (
                  <>
                    {' · '}
                    <span className="disputed">{t('sourcesDisagree')}</span>
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {pages > 1 ? (
        <nav className="pager" aria-label={t('pages')}>
          {pageNumber > 1 ? <Link href={pageHref(pageNumber - 1)}>{t('previous')}</Link> : null}
          <span className="meta">{t('pageOf', { page: pageNumber, pages })}</span>
          {pageNumber < pages ? <Link href={pageHref(pageNumber + 1)}>{t('next')}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

/** One filter of the browse form: "All", then each value with its label. */
function FilterSelect({ label, all, name, value, options }: { label: string; all: string; name: string; value: string | undefined; options: [string, string][] }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{all}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
