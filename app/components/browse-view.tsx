import Link from 'next/link';
import type { ParamsResult } from '@/lib/api';
import { publisherName } from '@/lib/citation';
import { CATEGORIES } from '@/lib/domain';
import { formatFigure, formatNumber } from '@/lib/format';
import { headlineClaim, isDisputed } from '@/lib/metric';
import type { BrowseParams } from '@/lib/page-params';
import { BROWSE_PAGE_SIZE, FILTER_OPTION_LIMIT, readBrowseOptions, readBrowsePage } from '../data';
import type { Locale } from '@/lib/locale';
import { markRendered } from '../page-cache';
import { CATEGORY_TITLES } from './labels';
import { SuggestField } from './suggest-field';

export const BROWSE_METADATA = {
  title: 'All figures',
  description: 'Browse every figure Cited holds, by category, subject and source, each linked to its citations.',
};

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
  const metrics = found.metrics;
  const pages = Math.max(1, Math.ceil(found.total / BROWSE_PAGE_SIZE));
  const filtered = Object.keys(filter).length > 0;
  const pageHref = (n: number) => `/metrics?${new URLSearchParams([...Object.entries(filter).map(([k, v]) => [k, String(v)]), ...(n > 1 ? [['page', String(n)]] : [])])}`;
  // The export takes the same filters, written back as the API reads them.
  const query = filtered ? `?${new URLSearchParams(Object.entries(filter).map(([k, v]) => [k, String(v)]))}` : '';
  return (
    <>
      <h1>All figures</h1>
      <form className="filters" method="get" action="/metrics">
        <FilterSelect label="Category" name="category" value={filter.category} options={CATEGORIES.map((c) => [c, CATEGORY_TITLES[c]])} />
        {subjects.length > FILTER_OPTION_LIMIT ? (
          <SuggestField label="Subject" name="subject" kind="subject" value={filter.subject} />
        ) : (
          <FilterSelect label="Subject" name="subject" value={filter.subject} options={subjects.map((s) => [s, s])} />
        )}
        {sources.length > FILTER_OPTION_LIMIT ? (
          <SuggestField label="Source" name="source" kind="source" value={filter.source} />
        ) : (
          <FilterSelect label="Source" name="source" value={filter.source} options={sources.map((s) => [s.slug, publisherName(s)])} />
        )}
        <label className="checkbox">
          <input type="checkbox" name="disputed" value="true" defaultChecked={filter.disputed === true} /> Only where sources
          disagree
        </label>
        <button type="submit">Filter</button>
        {filtered || !parsed.ok ? <Link href="/metrics">Clear filters</Link> : null}
      </form>
      {!parsed.ok ? (
        <p className="error" role="alert">
          These filters cannot be applied: {parsed.message}.
        </p>
      ) : (
        <div className="downloads">
          <p className="meta" role="status">
            {formatNumber(found.total, 'count')} metric{found.total === 1 ? '' : 's'}
            {filtered ? ' match these filters' : ''}
            {pages > 1 ? ` · page ${pageNumber} of ${pages}` : ''}.
          </p>
          {found.total > 0 ? (
            <>
              <a href={`/api/metrics.csv${query}`} download>
                Download CSV{filtered ? ' of these' : ''}
              </a>
              <a href={`/api/metrics.json${query}`}>JSON</a>
              <a href="/api/datapackage.json">Data Package</a>
            </>
          ) : null}
        </div>
      )}
      {parsed.ok && found.total === 0 ? <p className="empty">No figure matches these filters.</p> : null}
      {parsed.ok && found.total > 0 && metrics.length === 0 ? (
        <p className="empty">
          There is no page {pageNumber}: <Link href={pageHref(pages)}>go to the last page</Link>.
        </p>
      ) : null}
      <ul className="metric-list">
        {metrics.map((metric) => {
          const headline = headlineClaim(metric);
          return (
            <li key={metric.slug}>
              <Link href={`/metrics/${metric.slug}`}>{metric.label}</Link>
              <span className="metric-list-figure">{headline ? formatFigure(headline, metric.unit) : '—'}</span>
              <span className="meta">
                {CATEGORY_TITLES[metric.category]} · {metric.claims.length} claim{metric.claims.length === 1 ? '' : 's'}
                {isDisputed(metric) ? (
                  <>
                    {' · '}
                    <span className="disputed">Sources disagree</span>
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {pages > 1 ? (
        <nav className="pager" aria-label="Pages">
          {pageNumber > 1 ? <Link href={pageHref(pageNumber - 1)}>← Previous</Link> : null}
          <span className="meta">
            Page {pageNumber} of {pages}
          </span>
          {pageNumber < pages ? <Link href={pageHref(pageNumber + 1)}>Next →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

/** One filter of the browse form: "All", then each value with its label. */
function FilterSelect({ label, name, value, options }: { label: string; name: string; value: string | undefined; options: [string, string][] }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">All</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
