import { z } from 'zod';
import { getDb } from '@/db/client';
import { missingFilterTarget, pageCitedNumbers } from '@/db/export-queries';
import { metricFilterSchema } from '@/lib/api';
import { decodeCursor, encodeCursor, pageQuerySchema } from '@/lib/cursor';
import { siteUrl } from '@/lib/env';
import type { CitedNumbersJson } from '@/lib/export-schema';
import { jsonError } from '@/lib/http';
import { BAD_CURSOR, pagedJson } from '../paging';
import { withQuery } from '../with-query';

const position = z.object({ after: z.number().int().nonnegative() }).strict();

/**
 * GET /api/metrics.json[?category&subject&source&disputed&limit&cursor]: the CSV's rows as JSON, a
 * page at a time (`limit` up to 1000, default 100), with `nextCursor` and a `Link: rel="next"`.
 */
export const GET = withQuery(metricFilterSchema.extend(pageQuerySchema.shape), async ({ limit, cursor, ...filter }, request) => {
  const start = cursor === undefined ? { after: 0 } : decodeCursor(cursor, position);
  if (!start) return jsonError(400, BAD_CURSOR);
  const db = await getDb();
  const missing = await missingFilterTarget(db, filter);
  if (missing) return jsonError(404, missing);
  const page = await pageCitedNumbers(db, filter, siteUrl(), { limit, afterId: start.after });
  const body: CitedNumbersJson = {
    generatedAt: new Date().toISOString(),
    license: 'Quotes are short attributed citations of copyrighted articles; see each source.',
    rows: page.rows,
    nextCursor: page.nextAfterId === null ? null : encodeCursor({ after: page.nextAfterId }),
  };
  return pagedJson(body, request);
});
