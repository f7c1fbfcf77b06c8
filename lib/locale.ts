/**
 * The languages Cited is read in, and where each lives: English at the addresses people have
 * shared since the start, Korean under /ko. The language comes from the address alone, never
 * from Accept-Language, so that a link shows everyone the same page.
 */

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * The language an address asks for and the address without it. `explicitDefault` marks an
 * address that names English (/en/…): it is sent on to the one without, so each page has one address.
 */
export function splitLocale(pathname: string): { locale: Locale; rest: string; explicitDefault: boolean } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && isLocale(match[1])) {
    const rest = match[2] === '' ? '/' : match[2];
    return { locale: match[1], rest, explicitDefault: match[1] === DEFAULT_LOCALE };
  }
  return { locale: DEFAULT_LOCALE, rest: pathname, explicitDefault: false };
}

/** Addresses outside any language: data, feeds, files and the routes behind the proxy. */
const UNLOCALIZED = /^\/(?:api|_next|gone)(?:\/|$)|^\/(?:changes\.atom|outage\.css|icon\.svg|favicon\.ico|robots\.txt)$/;

/** Whether an address is a page (or a page's own feed), which each language has. */
export const isLocalizedPath = (pathname: string): boolean => !UNLOCALIZED.test(pathname);

/** A site address (path, query, fragment) in a language: /ko/… for Korean, as it is for English. */
export function localizedHref(locale: Locale, href: string): string {
  const pathname = href.replace(/[?#].*$/, '');
  if (locale === DEFAULT_LOCALE || !href.startsWith('/') || href.startsWith('//') || !isLocalizedPath(pathname)) return href;
  const { rest } = splitLocale(pathname);
  const tail = href.slice(pathname.length);
  return `/${locale}${rest === '/' ? '' : rest}${tail}`;
}
