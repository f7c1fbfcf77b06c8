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

async function read(params: PageProps<'/[locale]/metrics/[slug]/rev/[rev]'>['params']) {
  const { slug, rev } = await params;
  const number = revisionOf(rev);
  return number === null ? null : readMetricAt(slug, number);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/metrics/[slug]/rev/[rev]'>): Promise<Metadata> {
  const found = await read(params);
  if (!found) return { title: 'Revision not found' };
  return {
    title: `${found.metric.label} (revision ${found.revision.number})`,
    description: `${found.metric.label}, as Cited showed it at revision ${found.revision.number}.`,
    alternates: { canonical: `/metrics/${found.metric.slug}?rev=${found.revision.number}` },
    robots: { index: false },
  };
}

export default async function MetricAtRevisionPage({ params }: PageProps<'/[locale]/metrics/[slug]/rev/[rev]'>) {
  const locale = await pageLocale(params);
  const found = await read(params);
  const latest = await readLatestRevision();
  if (!found || !latest) notFound();
  const { slug, rev } = await params;
  markRendered(locale, `/metrics/${slug}/rev/${rev}`);
  return <MetricView metric={found.metric} chart={found.chart} shown={found.revision} latest={latest} record={await readMetricRecord(slug, found.revision.number)} />;
}
