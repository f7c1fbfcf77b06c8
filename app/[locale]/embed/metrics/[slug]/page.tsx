import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { labelIn } from '@/lib/figure-in';
import { MetricEmbed } from '@/app/components/metric-embed';
import { readMetric, readMetricChart } from '@/app/data';
import { metricShareMetadata } from '@/app/share';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/metrics/[slug]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [metric, t] = await Promise.all([readMetric((await params).slug), getTranslations({ locale, namespace: 'Embed' })]);
  if (!metric) return { title: t('metricNotFound') };
  const label = labelIn(locale, metric);
  const description = locale === 'ko' ? (metric.descriptionKo ?? label) : (metric.description ?? label);
  return metricShareMetadata({ ...metric, label }, description, locale);
}

export default async function EmbeddedMetric({ params }: PageProps<'/[locale]/embed/metrics/[slug]'>) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const metric = await readMetric(slug);
  if (!metric) notFound();
  markRendered(locale, `/embed/metrics/${slug}`);
  return (
    <main className="embed">
      <MetricEmbed metric={metric} chart={await readMetricChart(slug, locale)} />
    </main>
  );
}
