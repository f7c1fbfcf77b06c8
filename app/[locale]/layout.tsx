import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/app/i18n/page-locale';
import { OUTAGE_NOTICE_ID, OUTAGE_NOTICE_SCRIPT, OUTAGE_STYLESHEET } from '@/app/proxy/outage-signals';
import { siteUrl } from '@/lib/env';
import '../globals.css';

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Layout' });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('title'), template: t('titleTemplate', { title: '%s' }) },
    description: t('description'),
  };
}

/** Every page, site or embed, in its language: the site's pages add their header in (site)/layout.tsx. */
export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <html lang={locale}>
      <body>
        {/* Shown only when the proxy marked this page as served from the cache during a database outage (app/proxy/outage-signals.ts). */}
        <p id={OUTAGE_NOTICE_ID} className="outage-notice" role="status" hidden suppressHydrationWarning>
          {t('outageNotice')}
        </p>
        <script dangerouslySetInnerHTML={{ __html: OUTAGE_NOTICE_SCRIPT }} />
        <noscript dangerouslySetInnerHTML={{ __html: `<link rel="stylesheet" href="${OUTAGE_STYLESHEET}">` }} />
        {children}
      </body>
    </html>
  );
}
