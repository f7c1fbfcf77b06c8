import 'server-only';
import { getDb } from '@/db/client';
import { countFacts, getMetric, getSource, listMetrics, listMetricsBySlug, listSources, listSubjects, pageMetrics } from '@/db/queries';
import { remember } from '@/db/remember';
import type { MetricFilter } from '@/lib/api';
import { CHARTS } from '@/lib/charts';

/**
 * What each page reads, remembered for a few seconds per process (db/remember): the figures only
 * change when the seed is loaded, and a busy page then costs one query per interval.
 */
const FRESH_MS = 10_000;

/** Lists on the home page stop here and link to the browse page: the catalogue may grow large. */
export const HOME_LIST_LIMIT = 60;
export const BROWSE_PAGE_SIZE = 50;
/** A filter offers a dropdown up to this many values; beyond, a search field with suggestions. */
export const FILTER_OPTION_LIMIT = 100;

export const CHARTED_SLUGS = CHARTS.flatMap((s) => [...Object.keys(s.metrics), ...Object.keys(s.callouts ?? {})]);

export function readHome() {
  return remember('home', FRESH_MS, async () => {
    const db = await getDb();
    const [chartMetrics, events, others, facts] = await Promise.all([
      listMetricsBySlug(db, CHARTED_SLUGS),
      pageMetrics(db, { category: 'events' }, { limit: HOME_LIST_LIMIT, offset: 0 }),
      pageMetrics(db, { excludeSlugs: CHARTED_SLUGS, excludeCategory: 'events' }, { limit: HOME_LIST_LIMIT, offset: 0 }),
      countFacts(db),
    ]);
    return { chartMetrics, events, others, facts };
  });
}

export function readMetric(slug: string) {
  return remember(`metric:${slug}`, FRESH_MS, async () => getMetric(await getDb(), slug));
}

export function readSource(slug: string) {
  return remember(`source:${slug}`, FRESH_MS, async () => {
    const db = await getDb();
    const source = await getSource(db, slug);
    return source ? { source, metrics: await listMetrics(db, { source: slug }) } : null;
  });
}

export function readBrowse(filter: MetricFilter, page: number) {
  return remember(`browse:${JSON.stringify([filter, page])}`, FRESH_MS, async () => {
    const db = await getDb();
    const [found, sources, subjects] = await Promise.all([
      pageMetrics(db, filter, { limit: BROWSE_PAGE_SIZE, offset: (page - 1) * BROWSE_PAGE_SIZE }),
      // One more than a dropdown holds tells the page to offer a search field instead.
      listSources(db, { limit: FILTER_OPTION_LIMIT + 1 }),
      listSubjects(db, { limit: FILTER_OPTION_LIMIT + 1 }),
    ]);
    return { found, sources, subjects };
  });
}
