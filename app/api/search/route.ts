import { readSearch } from '@/app/data';
import { jsonError } from '@/lib/http';
import { searchParamsSchema } from '@/lib/search';
import { pagedJson } from '../paging';
import { withQuery } from '../with-query';

/**
 * GET /api/search?q=…[&limit&cursor&lang]: metrics matching what a reader remembers of a figure, best
 * first, each with the citation that matched and the match marked (`searchJsonSchema`).
 */
export const GET = withQuery(searchParamsSchema, async ({ q, limit, cursor, lang }, request) => {
  const found = await readSearch(q, limit, cursor, lang);
  return 'status' in found ? jsonError(found.status, found.message) : pagedJson(found, request);
});
