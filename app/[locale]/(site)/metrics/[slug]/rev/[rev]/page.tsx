import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MetricView } from '@/app/components/metric-view';
import { readLatestRevision, readMetricAt, readMetricRecord } from '@/app/data';
import { revisionOf } from '@/lib/page-params';

/**
 * `/metrics/{slug}?rev=N`: the metric as Cited showed it at revision N. The proxy maps the query
 * onto this path (app/proxy/cached-pages.ts), so each revision is kept in the page cache; what a
 * revision showed never changes, so it is rendered once.
 */
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';
import { languageAlternates } from '@/app/share';
import { getTranslations } from 'next-intl/server';
import { labelIn } from '@/lib/figure-in';
import type { Locale } from '@/lib/locale';

async function read(params: PageProps<'/[locale]/metrics/[slug]/rev/[rev]'>['params'], locale: Locale) {
  const { slug, rev } = await params;
  const number = revisionOf(rev);
  return number === null ? null : readMetricAt(slug, number, locale);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/metrics/[slug]/rev/[rev]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [found, t] = await Promise.all([read(params, locale), getTranslations({ locale, namespace: 'Metric' })]);
  if (!found) return { title: t('revisionNotFound') };
  const label = labelIn(locale, found.metric);
  return {
    title: t('revisionTitle', { label, number: found.revision.number }),
    description: t('revisionDescription', { label, number: found.revision.number }),
    alternates: languageAlternates(locale, `/metrics/${found.metric.slug}?rev=${found.revision.number}`),
    robots: { index: false },
  };
}

export default async function MetricAtRevisionPage({ params }: PageProps<'/[locale]/metrics/[slug]/rev/[rev]'>) {
  const locale = await pageLocale(params);
  const found = await read(params, locale);
  const latest = await readLatestRevision();
  if (!found || !latest) notFound();
  const { slug, rev } = await params;
  markRendered(locale, `/metrics/${slug}/rev/${rev}`);
  return <MetricView metric={found.metric} chart={found.chart} shown={found.revision} latest={latest} record={await readMetricRecord(slug, found.revision.number)} />;
}
