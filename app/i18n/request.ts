import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from '@/lib/locale';

/**
 * next-intl's configuration for a request: the language of the address (app/[locale], set by
 * pageLocale before anything reads it) and its catalogue in messages/, which translators edit.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default, timeZone: 'Asia/Seoul' };
});
