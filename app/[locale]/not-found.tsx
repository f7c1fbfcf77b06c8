import { useTranslations } from 'next-intl';
import { LocalLink } from '@/app/components/local-link';
import { SiteHeader } from '@/app/components/site-header';

export default function NotFound() {
  const t = useTranslations('NotFound');
  return (
    <>
      <SiteHeader />
      <main id="content">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <p>
          <LocalLink href="/">{t('seeCharts')}</LocalLink> {t('or')} <LocalLink href="/metrics">{t('browseAll')}</LocalLink>.
        </p>
      </main>
    </>
  );
}
