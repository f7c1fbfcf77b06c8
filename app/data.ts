import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { countFacts, getMetric, getSource, listMetrics, listMetricsBySlug, listSources, listSubjects, pageMetrics } from '@/db/queries';
import type { MetricFilter } from '@/lib/api';
import { chartSlugs, CHARTS } from '@/lib/chart-specs';
import { buildChart, buildMetricChart } from '@/lib/charts';
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

/** One home-page chart by its id, drawn from its own metrics only; null for an unknown id. */
export const readChart = cache(async (id: string) => {
  const spec = CHARTS.find((c) => c.id === id);
  return spec ? buildChart(spec, await listMetricsBySlug(await getDb(), chartSlugs(spec))) : null;
});

/** The chart the home page leads with, for its share card. */
export const readHomeChart = () => readChart(CHARTS[0].id);

/** A metric by its slug; null for an unknown one, or for text that cannot be a slug (no query then). */
export const readMetric = cache(async (slug: string) => (isSlug(slug) ? getMetric(await getDb(), slug) : null));

/** A metric's claims as a chart of their own; null when its claims state dates, or for an unknown slug. */
export const readMetricChart = cache(async (slug: string) => {
  const metric = await readMetric(slug);
  return metric ? buildMetricChart(metric) : null;
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
