import { SiteHeader } from '@/app/components/site-header';
import { pageLocale } from '@/app/i18n/page-locale';

export default async function SiteLayout({ children, params }: LayoutProps<'/[locale]'>) {
  // Each layout sets the language itself: Next renders layouts and pages apart from one another.
  await pageLocale(params);
  return (
    <>
      <SiteHeader />
      <main id="content">{children}</main>
    </>
  );
}
