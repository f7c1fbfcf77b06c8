import { databaseAvailable } from '@/db/availability';
import { refuse } from './refuse';

const RETRY_AFTER_SECONDS = 10;

const UNAVAILABLE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>Temporarily unavailable · Cited</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a">
<h1>Cited is temporarily unavailable</h1>
<p>The database that holds the figures and their citations does not answer right now. Nothing is lost: this page reloads by itself every ten seconds and shows the figures as soon as the database is back.</p>
</body></html>`;

/** The health check answers for itself: it reports the outage rather than being refused by it. */
const ANSWERS_IN_AN_OUTAGE = new Set(['/api/health']);

/** A 503 that says the database is unreachable, or null while it answers. */
export async function unavailableResponse(pathname: string): Promise<Response | null> {
  if (ANSWERS_IN_AN_OUTAGE.has(pathname) || (await databaseAvailable())) return null;
  const response = pathname.startsWith('/api/')
    ? refuse(pathname, 503, 'the database is unreachable; try again shortly')
    : new Response(UNAVAILABLE_PAGE, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
  response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  return response;
}
