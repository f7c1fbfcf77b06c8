import { createTranslator } from 'next-intl';
import { databaseAvailable } from '@/db/availability';
import { escapeXml } from '@/lib/chart-svg';
import { splitLocale, type Locale } from '@/lib/locale';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { wasRendered } from '../page-cache';
import { OUTAGE_NOTICE_CSS } from './outage-signals';
import { refuse } from './refuse';

const RETRY_AFTER_SECONDS = 10;

const CATALOGUES: Record<Locale, typeof en> = { en, ko };

/** The page people get in an outage, in the language of the address they asked for. */
function unavailablePage(locale: Locale): string {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'Unavailable' });
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>${escapeXml(t('title'))}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a">
<h1>${escapeXml(t('heading'))}</h1>
<p>${escapeXml(t('body'))}</p>
</body></html>`;
}

/** The health check answers for itself: it reports the outage rather than being refused by it. */
const ANSWERS_IN_AN_OUTAGE = new Set(['/api/health']);

/** What the proxy does about the database: nothing while it answers; in an outage, pass or refuse. */
export type Outage = { down: false } | { down: true; refusal: Response | null };

/**
 * While the database is unreachable, a page this process has rendered is let through: the page
 * cache answers with it (stale, if need be; its refresh fails quietly and is tried again later).
 * Everything else, APIs and pages never rendered, could only fail: it gets a 503 with Retry-After.
 */
export async function outage(pathname: string, renderedAt: string): Promise<Outage> {
  if (ANSWERS_IN_AN_OUTAGE.has(pathname) || (await databaseAvailable())) return { down: false };
  if (!pathname.startsWith('/api/') && wasRendered(renderedAt)) return { down: true, refusal: null };
  return { down: true, refusal: unreachable(pathname) };
}

/** 503 with Retry-After: JSON for the APIs, a page that reloads itself for people. */
export function unreachable(pathname: string): Response {
  const response = pathname.startsWith('/api/')
    ? refuse(pathname, 503, 'the database is unreachable; try again shortly')
    : new Response(unavailablePage(splitLocale(pathname).locale), { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
  response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  return response;
}

/** The stylesheet behind the no-JavaScript notice: never cached, since its answer follows the outage. */
export async function outageStylesheet(): Promise<Response> {
  const down = !(await databaseAvailable());
  return new Response(down ? OUTAGE_NOTICE_CSS : '', { headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-store' } });
}
