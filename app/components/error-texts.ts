import { splitLocale } from '@/lib/locale';
import en from '@/messages/errors/en.json';
import ko from '@/messages/errors/ko.json';

/**
 * The error pages' texts (messages/errors/, which translators edit beside messages/): the error
 * pages render in the browser, with no catalogue from the server, so they carry these few texts
 * rather than next-intl's client runtime and every page's messages. The language is the address's.
 */
const ERROR_TEXTS = { en, ko };

export function errorTextsFor(pathname: string | null) {
  const { locale } = splitLocale(pathname ?? '/');
  return { locale, ...ERROR_TEXTS[locale] };
}
