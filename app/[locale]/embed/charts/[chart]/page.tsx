import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartCard } from '@/app/components/chart-card';
import { readChart } from '@/app/data';
import { chartShareMetadata } from '@/app/share';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/charts/[chart]'>): Promise<Metadata> {
  const chart = await readChart((await params).chart);
  return chart ? chartShareMetadata(chart) : { title: 'Chart not found' };
}

/** One home-page chart, alone, for other sites to frame: its title, the chart, its sources and a link back. */
export default async function EmbeddedChart({ params }: PageProps<'/[locale]/embed/charts/[chart]'>) {
  const locale = await pageLocale(params);
  const chart = await readChart((await params).chart);
  if (!chart) notFound();
  markRendered(locale, `/embed/charts/${chart.spec.id}`);
  return (
    <main className="embed">
      <ChartCard chart={chart} tab="chart" embedded />
    </main>
  );
}
