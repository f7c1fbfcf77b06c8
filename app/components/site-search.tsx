import { useLocale, useTranslations } from 'next-intl';
import { localizedHref, type Locale } from '@/lib/locale';
import { SEARCH_MAX_LENGTH } from '@/lib/search';

/** A search form that needs no script: a GET to /search, in the header of every page and atop the results. */
export function SiteSearch({ value = '', id = 'site-search' }: { value?: string; id?: string }) {
  const t = useTranslations('Site');
  const locale = useLocale() as Locale;
  return (
    <form role="search" action={localizedHref(locale, '/search')} method="get" className="site-search">
      <label htmlFor={`${id}-q`} className="sr-only">
        {t('searchLabel')}
      </label>
      <input id={`${id}-q`} type="search" name="q" defaultValue={value} placeholder={t('searchPlaceholder')} maxLength={SEARCH_MAX_LENGTH} autoComplete="off" />
      <button type="submit">{t('searchButton')}</button>
    </form>
  );
}
