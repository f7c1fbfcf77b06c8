import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MetricView } from '@/app/components/metric-view';
import { readLatestRevision, readMetric, readMetricChart, readMetricRecord } from '@/app/data';
import { metricShareMetadata } from '@/app/share';
import { formatFigure } from '@/lib/format';
import { headlineClaim } from '@/lib/metric';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';

export async function generateMetadata({ params }: PageProps<'/metrics/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const metric = await readMetric(slug);
  if (!metric) return { title: 'Metric not found' };
  const headline = headlineClaim(metric);
  const description = `${metric.label}: ${headline ? formatFigure(headline, metric.unit) : 'no figure'}. ${metric.claims.length} claim${metric.claims.length === 1 ? '' : 's'}, each with the Korean sentence that states it and its source.`;
  return metricShareMetadata(metric, description);
}

export default async function MetricPage({ params }: PageProps<'/metrics/[slug]'>) {
  const { slug } = await params;
  const [metric, latest, record] = await Promise.all([readMetric(slug), readLatestRevision(), readMetricRecord(slug)]);
  if (!metric || !latest) notFound();
  markRendered(`/metrics/${slug}`);
  return <MetricView metric={metric} chart={await readMetricChart(slug)} shown={latest} latest={latest} record={record} />;
}
