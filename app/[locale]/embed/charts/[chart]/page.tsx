import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ChartCard } from '@/app/components/chart-card';
import { readChart } from '@/app/data';
import { chartShareMetadata } from '@/app/share';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/charts/[chart]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [chart, t] = await Promise.all([readChart((await params).chart, undefined, locale), getTranslations({ locale, namespace: 'Embed' })]);
  return chart ? chartShareMetadata(chart, locale) : { title: t('chartNotFound') };
}

/** One home-page chart, alone, for other sites to frame: its title, the chart, its sources and a link back. */
export default async function EmbeddedChart({ params }: PageProps<'/[locale]/embed/charts/[chart]'>) {
  const locale = await pageLocale(params);
  const chart = await readChart((await params).chart, undefined, locale);
  if (!chart) notFound();
  markRendered(locale, `/embed/charts/${chart.spec.id}`);
  return (
    <main className="embed">
      <ChartCard chart={chart} tab="chart" embedded />
    </main>
  );
}
