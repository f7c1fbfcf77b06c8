import { z } from 'zod';
import { pageMetricsAfter } from '@/db/queries';
import { categorySchema, metricFilterSchema, revisionQuerySchema, slugSchema, type MetricListJson } from '@/lib/api';
import { decodeCursor, encodeCursor, pageQuerySchema } from '@/lib/cursor';
import { jsonError } from '@/lib/http';
import { BAD_CURSOR, pagedJson } from '../paging';
import { exportView, withRevision } from '../revision';
import { withQuery } from '../with-query';

const position = z.object({ category: categorySchema, slug: slugSchema }).strict();

/**
 * GET /api/metrics[?category&subject&source&disputed&limit&cursor&rev]: metrics with their claims
 * and citations, a page at a time (`limit` up to 1000, default 100), with `nextCursor` and a
 * `Link: rel="next"`; `rev` reads them as they stood at that revision.
 */
export const GET = withQuery(metricFilterSchema.extend(pageQuerySchema.shape).extend(revisionQuerySchema.shape), async ({ limit, cursor, rev, ...filter }, request) => {
  const after = cursor === undefined ? undefined : decodeCursor(cursor, position);
  if (after === null) return jsonError(400, BAD_CURSOR);
  const view = await exportView(rev);
  if (view instanceof Response) return view;
  const page = await view.read((db) => pageMetricsAfter(db, filter, { limit, after }));
  const body: MetricListJson = { revision: view.revision, count: page.metrics.length, metrics: page.metrics, nextCursor: page.next ? encodeCursor(page.next) : null };
  return withRevision(pagedJson(body, request), view);
});
