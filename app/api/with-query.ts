import { z } from 'zod';
import { isUnreachable, noteFailure } from '@/db/availability';
import { parseSearchParams } from '@/lib/api';
import { jsonError } from '@/lib/http';
import { unreachable } from '../proxy/unavailable';

/** For routes that take no query parameters: any parameter is refused by name. */
export const NO_QUERY = z.object({}).strict();

/**
 * A route handler that reads its query string with `schema` before anything else: a query that
 * does not parse is answered 400 with the reason, so the handler only ever sees a valid one. A
 * database found unreachable mid-request is a 503 with Retry-After, as in a known outage.
 */
export function withQuery<S extends z.ZodType, Context>(
  schema: S,
  handle: (query: z.output<S>, request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const query = parseSearchParams(new URL(request.url).searchParams, schema);
    if (!query.ok) return jsonError(400, query.message);
    try {
      return await handle(query.value, request, context);
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      noteFailure(error);
      return unreachable(new URL(request.url).pathname);
    }
  };
}
