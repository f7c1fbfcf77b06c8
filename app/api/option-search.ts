import 'server-only';
import { getDb } from '@/db/client';
import type { Database } from '@/db/connect';
import type { OptionQuery } from '@/db/queries';
import { optionSearchSchema, parseSearchParams } from '@/lib/api';
import { json, jsonError } from '@/lib/http';

/** `{ count, [name]: [...] }` for `?q=…&limit=…`, or the 400 that says why the query cannot apply. */
export async function optionSearchResponse<T>(request: Request, name: string, find: (db: Database, query: OptionQuery) => Promise<T[]>): Promise<Response> {
  const params = parseSearchParams(new URL(request.url).searchParams, optionSearchSchema);
  if (!params.ok) return jsonError(400, params.message);
  const found = await find(await getDb(), { search: params.value.q, limit: params.value.limit });
  return json({ count: found.length, [name]: found });
}
