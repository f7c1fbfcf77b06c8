import { getDb } from '@/db/client';
import { getMetric } from '@/db/queries';
import { isSlug } from '@/lib/domain';
import { json, jsonError } from '@/lib/http';
import { citedNumbersResponse } from '../../cited-numbers';
import { NO_QUERY, withQuery } from '../../with-query';

/** GET /api/metrics/{slug}: one metric with its claims and citations; /api/metrics/{slug}.csv: its cited numbers. */
export const GET = withQuery(NO_QUERY, async (_query, _request, { params }: RouteContext<'/api/metrics/[slug]'>) => {
  const { slug: segment } = await params;
  const csv = segment.endsWith('.csv');
  const slug = csv ? segment.slice(0, -'.csv'.length) : segment;
  const unknown = () => jsonError(404, `no metric "${slug.slice(0, 120)}"; GET /api/metrics lists them all`);
  if (!isSlug(slug)) return unknown();
  if (csv) return citedNumbersResponse({ metricSlug: slug }, slug, 'csv');
  const metric = await getMetric(await getDb(), slug);
  return metric ? json(metric) : unknown();
});
