import { z } from 'zod';
import { getDb } from '@/db/client';
import { getMetric } from '@/db/queries';
import { parseSearchParams } from '@/lib/api';
import { SLUG_PATTERN } from '@/lib/domain';
import { json, jsonError } from '@/lib/http';
import { citedNumbersResponse } from '../../exports';

const noParams = z.object({}).strict();

/** GET /api/metrics/{slug}: one metric with its claims and citations; /api/metrics/{slug}.csv: its cited numbers. */
export async function GET(request: Request, { params }: RouteContext<'/api/metrics/[slug]'>): Promise<Response> {
  const query = parseSearchParams(new URL(request.url).searchParams, noParams);
  if (!query.ok) return jsonError(400, query.message);
  const { slug: segment } = await params;
  const csv = segment.endsWith('.csv');
  const slug = csv ? segment.slice(0, -'.csv'.length) : segment;
  // A malformed slug cannot name a metric: answer as for any unknown one, without a query.
  if (!SLUG_PATTERN.test(slug) || slug.length > 120) return jsonError(404, `no metric "${slug.slice(0, 120)}"; GET /api/metrics lists them all`);
  if (csv) return citedNumbersResponse(request, { metricSlug: slug }, slug, 'csv');
  const metric = await getMetric(await getDb(), slug);
  if (!metric) return jsonError(404, `no metric "${slug}"; GET /api/metrics lists them all`);
  return json(metric);
}
