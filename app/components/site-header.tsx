import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/locale';
import { LanguageSwitch } from './language-switch';
import { LocalLink } from './local-link';
import { SiteSearch } from './site-search';

export function SiteHeader() {
  const t = useTranslations('Site');
  const locale = useLocale() as Locale;
  return (
    <>
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <LocalLink href="/" className="brand">
          Cited
        </LocalLink>
        <span className="tagline">{t('tagline')}</span>
        <SiteSearch />
        <nav aria-label={t('navLabel')}>
          <LocalLink href="/">{t('charts')}</LocalLink>
          <LocalLink href="/metrics">{t('allFigures')}</LocalLink>
          <LocalLink href="/changes">{t('changes')}</LocalLink>
          <LanguageSwitch to={locale === 'ko' ? 'en' : 'ko'} label={t('otherLanguage')} hint={t('otherLanguageHint')} />
        </nav>
      </header>
    </>
  );
}
