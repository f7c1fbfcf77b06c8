/**
 * One JSON line per server error, carrying the request id the response also sent back (the
 * `X-Request-Id` header), so a person's report and the server's log meet on one value.
 */

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's own id is kept when it is a plain token; anything else is replaced with a fresh one. */
export function requestIdFrom(given: string | null, fresh: () => string): string {
  return given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : fresh();
}

export interface ErrorLogInput {
  error: unknown;
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> };
  context: { routePath?: string; routeType?: string };
  at: Date;
}

export function errorLogLine({ error, request, context, at }: ErrorLogInput): string {
  const header = request.headers[REQUEST_ID_HEADER];
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? String((error as { digest: unknown }).digest) : undefined;
  return JSON.stringify({
    level: 'error',
    time: at.toISOString(),
    requestId: (Array.isArray(header) ? header[0] : header) ?? null,
    method: request.method,
    path: request.path,
    route: context.routePath ?? null,
    routeType: context.routeType ?? null,
    digest: digest ?? null,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
}
