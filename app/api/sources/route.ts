import { getDb } from '@/db/client';
import { listSources } from '@/db/queries';
import { optionSearchSchema } from '@/lib/api';
import { json } from '@/lib/http';
import { withQuery } from '../with-query';

/** GET /api/sources[?q=…&limit=…]: sources whose slug, publisher or title contains q. */
export const GET = withQuery(optionSearchSchema, async ({ q, limit }) => {
  const sources = await listSources(await getDb(), { search: q, limit });
  return json({ count: sources.length, sources });
});
