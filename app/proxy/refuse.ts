import { jsonError } from '@/lib/http';

/** A refusal as the asker reads it: the API's JSON error for /api/, plain text for a page. */
export function refuse(pathname: string, status: number, message: string, headers: Record<string, string> = {}): Response {
  const response = pathname.startsWith('/api/')
    ? jsonError(status, message)
    : new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}
