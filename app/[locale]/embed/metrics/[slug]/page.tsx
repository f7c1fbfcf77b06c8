import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MetricEmbed } from '@/app/components/metric-embed';
import { readMetric, readMetricChart } from '@/app/data';
import { metricShareMetadata } from '@/app/share';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/metrics/[slug]'>): Promise<Metadata> {
  const metric = await readMetric((await params).slug);
  return metric ? metricShareMetadata(metric, metric.description ?? metric.label) : { title: 'Metric not found' };
}

export default async function EmbeddedMetric({ params }: PageProps<'/[locale]/embed/metrics/[slug]'>) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const metric = await readMetric(slug);
  if (!metric) notFound();
  markRendered(locale, `/embed/metrics/${slug}`);
  return (
    <main className="embed">
      <MetricEmbed metric={metric} chart={await readMetricChart(slug)} />
    </main>
  );
}
