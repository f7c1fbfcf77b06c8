import { useLocale, useTranslations } from 'next-intl';
import { localizedHref, type Locale } from '@/lib/locale';
import { SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH } from '@/lib/search';
import { SearchField } from './search-field';

/**
 * A search form that needs no script: a GET to /search, in the header of every page and atop the
 * results. With script its field suggests the first results as the reader types.
 */
export function SiteSearch({ value = '', id = 'site-search' }: { value?: string; id?: string }) {
  const t = useTranslations('Site');
  const locale = useLocale() as Locale;
  return (
    <form role="search" action={localizedHref(locale, '/search')} method="get" className="site-search">
      <label htmlFor={`${id}-q`} className="sr-only">
        {t('searchLabel')}
      </label>
      <SearchField
        id={`${id}-q`}
        value={value}
        placeholder={t('searchPlaceholder')}
        locale={locale}
        minLength={SEARCH_MIN_LENGTH}
        maxLength={SEARCH_MAX_LENGTH}
        texts={{ list: t('suggestions'), one: t('suggestionOne'), other: t('suggestionCount', { count: '{count}' }) }}
      />
      <button type="submit">{t('searchButton')}</button>
    </form>
  );
}
