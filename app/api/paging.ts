import { nextPageUrl } from '@/lib/cursor';
import { siteUrl } from '@/lib/env';
import { json } from '@/lib/http';

/** A page of a paged list: the body, and the next page's address as a `Link: rel="next"` header (RFC 8288). */
export function pagedJson(body: { nextCursor: string | null }, request: Request): Response {
  const response = json(body);
  if (body.nextCursor) response.headers.set('Link', `<${siteUrl()}${nextPageUrl(request.url, body.nextCursor)}>; rel="next"`);
  return response;
}

export const BAD_CURSOR = '"cursor": not a cursor this API gave out; start again without one';
