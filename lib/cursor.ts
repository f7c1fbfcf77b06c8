import { z } from 'zod';

/**
 * Opaque paging cursors: where the last page ended, written so a client treats it as a token (it
 * is base64url JSON) and read back only into the shape this API wrote. Keyset paging: a page
 * starts after the last row of the one before, so pages stay stable while rows are added.
 */

export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The position a cursor stands for, or null when it is not one this API wrote in that shape. */
export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.output<S> | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `?limit=&cursor=`: a page of at most `limit` (1–1000, default 100), after `cursor`. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(400).optional(),
});

/** The address of the next page: this request's own, with its cursor replaced. */
export function nextPageUrl(requestUrl: string, cursor: string): string {
  const url = new URL(requestUrl);
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}?${url.searchParams}`;
}
