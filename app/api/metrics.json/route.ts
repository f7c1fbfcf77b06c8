import { z } from 'zod';
import { missingFilterTarget, pageCitedNumbers } from '@/db/export-queries';
import { metricFilterSchema, revisionQuerySchema } from '@/lib/api';
import { decodeCursor, encodeCursor, pageQuerySchema } from '@/lib/cursor';
import { siteUrl } from '@/lib/env';
import type { CitedNumbersJson } from '@/lib/export-schema';
import { jsonError } from '@/lib/http';
import { BAD_CURSOR, pagedJson } from '../paging';
import { exportView, withRevision } from '../revision';
import { withQuery } from '../with-query';

const position = z.object({ after: z.number().int().nonnegative() }).strict();

/**
 * GET /api/metrics.json[?category&subject&source&disputed&limit&cursor&rev]: the CSV's rows as
 * JSON, a page at a time (`limit` up to 1000, default 100), with `nextCursor` and a
 * `Link: rel="next"`; `rev` reads them as they stood at that revision.
 */
export const GET = withQuery(metricFilterSchema.extend(pageQuerySchema.shape).extend(revisionQuerySchema.shape), async ({ limit, cursor, rev, ...filter }, request) => {
  const start = cursor === undefined ? { after: 0 } : decodeCursor(cursor, position);
  if (!start) return jsonError(400, BAD_CURSOR);
  const view = await exportView(rev);
  if (view instanceof Response) return view;
  const missing = await view.read((db) => missingFilterTarget(db, filter));
  if (missing) return jsonError(404, missing);
  const page = await view.read((db) => pageCitedNumbers(db, filter, siteUrl(), { limit, afterId: start.after, revision: view.revision }));
  const body: CitedNumbersJson = {
    revision: view.revision,
    generatedAt: new Date().toISOString(),
    license: 'Quotes are short attributed citations of copyrighted articles; see each source.',
    rows: page.rows,
    nextCursor: page.nextAfterId === null ? null : encodeCursor({ after: page.nextAfterId }),
  };
  return withRevision(pagedJson(body, request), view);
});
