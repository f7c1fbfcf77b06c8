import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MetricView } from '@/app/components/metric-view';
import { readLatestRevision, readMetric, readMetricChart, readMetricRecord } from '@/app/data';
import { metricShareMetadata } from '@/app/share';
import { getTranslations } from 'next-intl/server';
import { figureIn, labelIn } from '@/lib/figure-in';
import { headlineClaim } from '@/lib/metric';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/metrics/[slug]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const [metric, t] = await Promise.all([readMetric(slug), getTranslations({ locale, namespace: 'Metric' })]);
  if (!metric) return { title: t('notFoundTitle') };
  const headline = headlineClaim(metric);
  const label = labelIn(locale, metric);
  const description = t('description', { label, figure: headline ? figureIn(locale, headline, metric.unit, metric.slug) : t('noFigure'), claims: metric.claims.length });
  return metricShareMetadata({ ...metric, label }, description, locale);
}

export default async function MetricPage({ params }: PageProps<'/[locale]/metrics/[slug]'>) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const [metric, latest, record] = await Promise.all([readMetric(slug), readLatestRevision(), readMetricRecord(slug)]);
  if (!metric || !latest) notFound();
  markRendered(locale, `/metrics/${slug}`);
  return <MetricView metric={metric} chart={await readMetricChart(slug, locale)} shown={latest} latest={latest} record={record} />;
}
