import { z } from 'zod';
import { getDb } from '@/db/client';
import { pageMetricsAfter } from '@/db/queries';
import { categorySchema, metricFilterSchema, slugSchema, type MetricListJson } from '@/lib/api';
import { decodeCursor, encodeCursor, pageQuerySchema } from '@/lib/cursor';
import { jsonError } from '@/lib/http';
import { BAD_CURSOR, pagedJson } from '../paging';
import { withQuery } from '../with-query';

const position = z.object({ category: categorySchema, slug: slugSchema }).strict();

/**
 * GET /api/metrics[?category&subject&source&disputed&limit&cursor]: metrics with their claims and
 * citations, a page at a time (`limit` up to 1000, default 100), with `nextCursor` and a
 * `Link: rel="next"`.
 */
export const GET = withQuery(metricFilterSchema.extend(pageQuerySchema.shape), async ({ limit, cursor, ...filter }, request) => {
  const after = cursor === undefined ? undefined : decodeCursor(cursor, position);
  if (after === null) return jsonError(400, BAD_CURSOR);
  const page = await pageMetricsAfter(await getDb(), filter, { limit, after });
  const body: MetricListJson = { count: page.metrics.length, metrics: page.metrics, nextCursor: page.next ? encodeCursor(page.next) : null };
  return pagedJson(body, request);
});
