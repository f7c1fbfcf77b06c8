import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { countFacts, getMetric, getSource, listMetrics, listMetricsBySlug, listSources, listSubjects, pageMetrics } from '@/db/queries';
import { searchMetrics } from '@/db/search';
import { decodeCursor, encodeCursor } from '@/lib/cursor';
import { ExpiringCache } from '@/lib/expiring-cache';
import { DEFAULT_LOCALE, type Locale } from '@/lib/locale';
import { analyzeQuery, highlighter, nothingFound, searchPositionSchema, searchResult, type SearchJson } from '@/lib/search';
import { asOf, findMetricEver, getMetricRecord, getRevision, getWithdrawnMetric, latestRevision, listRevisions, metricHistory, revisionChanges, slugAt } from '@/db/revisions';
import type { MetricFilter } from '@/lib/api';
import { chartSlugs, CHARTS } from '@/lib/chart-specs';
import { buildChart, buildMetricChart } from '@/lib/charts';
import { chartSpecIn } from '@/lib/chart-specs-ko';
import { isSlug } from '@/lib/domain';

/**
 * What each page (and each chart image) reads: the one place they reach the database. Rendered pages are kept in the
 * page cache (app/page-cache.ts), so a read runs once per rendering; React's cache() shares it
 * between a page and its generateMetadata within that rendering.
 */

/** Lists on the home page stop here and link to the browse page: the catalogue may grow large. */
const HOME_LIST_LIMIT = 60;
export const BROWSE_PAGE_SIZE = 50;
/** A filter offers a dropdown up to this many values; beyond, a search field with suggestions. */
export const FILTER_OPTION_LIMIT = 100;

const CHARTED_SLUGS = CHARTS.flatMap(chartSlugs);

export const readHome = cache(async () => {
  const db = await getDb();
  const [chartMetrics, events, others, facts] = await Promise.all([
    listMetricsBySlug(db, CHARTED_SLUGS),
    pageMetrics(db, { category: 'events' }, { limit: HOME_LIST_LIMIT, offset: 0 }),
    pageMetrics(db, { excludeSlugs: CHARTED_SLUGS, excludeCategory: 'events' }, { limit: HOME_LIST_LIMIT, offset: 0 }),
    countFacts(db),
  ]);
  return { chartMetrics, events, others, facts };
});

/**
 * One home-page chart by its id, drawn from its own metrics only, as it stands or as it stood at
 * revision `rev`; null for an unknown id or revision.
 */
export const readChart = cache(async (id: string, rev?: number, locale: Locale = DEFAULT_LOCALE) => {
  const found = CHARTS.find((c) => c.id === id);
  if (!found) return null;
  const spec = chartSpecIn(locale, found);
  const db = await getDb();
  if (rev === undefined) return buildChart(spec, await listMetricsBySlug(db, chartSlugs(spec)), locale);
  return (await getRevision(db, rev)) ? buildChart(spec, await asOf(db, rev, (then) => listMetricsBySlug(then, chartSlugs(spec))), locale) : null;
});

/** The chart the home page leads with, for its share card. */

/** A metric by its slug; null for an unknown one, or for text that cannot be a slug (no query then). */
export const readMetric = cache(async (slug: string) => (isSlug(slug) ? getMetric(await getDb(), slug) : null));

/** A metric's claims as a chart of their own; null when its claims state dates, or for an unknown slug. */
export const readMetricChart = cache(async (slug: string, locale: Locale = DEFAULT_LOCALE) => {
  const metric = await readMetric(slug);
  return metric ? buildMetricChart(metric, locale) : null;
});

export const readSource = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  const db = await getDb();
  const source = await getSource(db, slug);
  return source ? { source, metrics: await listMetrics(db, { source: slug }) } : null;
});

/** The values the browse form offers: one more than a dropdown holds tells it to offer a search field instead. */
export const readBrowseOptions = cache(async () => {
  const db = await getDb();
  const [sources, subjects] = await Promise.all([listSources(db, { limit: FILTER_OPTION_LIMIT + 1 }), listSubjects(db, { limit: FILTER_OPTION_LIMIT + 1 })]);
  return { sources, subjects };
});

export async function readBrowsePage(filter: MetricFilter, page: number) {
  return pageMetrics(await getDb(), filter, { limit: BROWSE_PAGE_SIZE, offset: (page - 1) * BROWSE_PAGE_SIZE });
}

/** The newest revision: what the pages show today, and what "Cite this" names. */
export const readLatestRevision = cache(async () => latestRevision(await getDb()));

/**
 * A metric as Cited showed it at revision `rev`, with that revision; null when the revision does
 * not exist or the metric did not exist then under this slug.
 */
export const readMetricAt = cache(async (slug: string, rev: number, locale: Locale = DEFAULT_LOCALE) => {
  if (!isSlug(slug)) return null;
  const db = await getDb();
  const [revision, found] = await Promise.all([getRevision(db, rev), findMetricEver(db, slug)]);
  if (!revision || !found) return null;
  // Under the slug it had then: a link made before a rename reaches today's slug by a 301.
  const slugThen = await slugAt(db, found.id, rev);
  const metric = slugThen ? await asOf(db, rev, (then) => getMetric(then, slugThen)) : null;
  return metric ? { metric, revision, chart: buildMetricChart(metric, locale) } : null;
});

/**
 * What a metric page shows beyond its claims: the citations withdrawn from it up to `rev` (so
 * their anchors still land) and the earlier keys of its citations.
 */
export const readMetricRecord = cache(async (slug: string, rev?: number) => {
  if (!isSlug(slug)) return null;
  const db = await getDb();
  const found = await findMetricEver(db, slug);
  if (!found) return null;
  const record = await getMetricRecord(db, found.id);
  return rev === undefined ? record : { ...record, withdrawnCitations: record.withdrawnCitations.filter((k) => k.withdrawn.revision.number <= rev) };
});

/** Every revision of a metric, its claims and citations, newest first; under an old slug too. */
export const readMetricHistory = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  const db = await getDb();
  const metric = await findMetricEver(db, slug);
  return metric ? { metric, revisions: await metricHistory(db, metric.id) } : null;
});

/** A metric withdrawn under this slug: its last version and why it went. */
export const readWithdrawnMetric = cache(async (slug: string) => (isSlug(slug) ? getWithdrawnMetric(await getDb(), slug) : null));

/** Revisions shown on one page of /changes and in a feed. */
export const CHANGES_PAGE_SIZE = 20;
/** Rows listed under each revision; the rest are counted and reached from the metrics' histories. */
export const CHANGES_PER_REVISION = 40;

/** Revisions newest first, before `before` when given, each with what it changed. */
export const readChanges = cache(async (before?: number) => {
  const db = await getDb();
  const found = await listRevisions(db, { limit: CHANGES_PAGE_SIZE + 1, before });
  const page = found.slice(0, CHANGES_PAGE_SIZE);
  const revisions = [];
  for (const revision of page) revisions.push({ ...revision, ...(await revisionChanges(db, revision.number, CHANGES_PER_REVISION)) });
  return { revisions, olderThan: found.length > CHANGES_PAGE_SIZE ? page[page.length - 1].number : null };
});

/**
 * Searches this process has answered, for as long as a page stays fresh (a minute: a search may
 * lag a change to the data as much as a page does), and shared by requests that arrive together.
 * On globalThis: the search page and the API are separate route bundles.
 */
const SEARCHES_REMEMBERED = 500;
const SEARCH_FRESH_MS = 60_000;
const holder = globalThis as typeof globalThis & { citedSearches?: ExpiringCache<ReturnType<typeof searchMetrics>> };
const searches = (holder.citedSearches ??= new ExpiringCache(SEARCHES_REMEMBERED, SEARCH_FRESH_MS));

/**
 * A page of search results for what a reader typed, or why it cannot be searched (400: empty,
 * too long, unreadable; a 200 with a message: too short). The page and the API answer the same.
 */
export const readSearch = cache(async (q: string | undefined, limit: number, cursor?: string, locale: Locale = DEFAULT_LOCALE): Promise<SearchJson | { status: 400; message: string }> => {
  const analysis = analyzeQuery(q);
  if (!analysis.ok) {
    return analysis.status === 400 ? { status: 400, message: analysis.message } : { query: q ?? '', searched: [], count: 0, results: [], nextCursor: null, message: analysis.message };
  }
  const start = cursor === undefined ? { offset: 0 } : decodeCursor(cursor, searchPositionSchema);
  if (!start) return { status: 400, message: '"cursor": not a cursor this API gave out; start again without one' };
  const { query } = analysis;
  const db = await getDb();
  const page = { limit, offset: start.offset };
  const { matches, more, terms } = await searches.remember(JSON.stringify([query.text, page]), () => searchMetrics(db, query, page));
  // Marked by the words searched for, typos corrected.
  const mark = highlighter({ ...query, terms });
  const results = matches.map((match) => searchResult(match, mark, locale));
  return {
    query: query.text,
    searched: terms,
    count: results.length,
    results,
    nextCursor: more ? encodeCursor({ offset: start.offset + limit }) : null,
    message: results.length === 0 && start.offset === 0 ? nothingFound(query.text) : null,
  };
});
