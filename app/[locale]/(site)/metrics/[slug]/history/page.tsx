import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { FactChangeItem } from '@/app/components/fact-change';
import { RevisionEntry } from '@/app/components/revision-entry';
import { readMetricHistory } from '@/app/data';
import { languageAlternates, metricFeed, SITE_FEED } from '@/app/share';
import { LocalLink } from '@/app/components/local-link';
import { labelIn } from '@/lib/figure-in';
import { localizedHref } from '@/lib/locale';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/metrics/[slug]/history'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [found, t] = await Promise.all([readMetricHistory((await params).slug), getTranslations({ locale, namespace: 'Changes' })]);
  if (!found) return { title: t('metricNotFound') };
  const label = labelIn(locale, found.metric);
  return {
    title: t('historyTitle', { label }),
    description: t('historyDescription', { label }),
    alternates: { ...languageAlternates(locale, `/metrics/${found.metric.slug}/history`), types: { 'application/atom+xml': [metricFeed(found.metric), SITE_FEED] } },
  };
}

/** Every revision of a metric, its claims and citations, newest first: what changed, marked, and why. */
export default async function MetricHistoryPage({ params }: PageProps<'/[locale]/metrics/[slug]/history'>) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const found = await readMetricHistory(slug);
  if (!found) notFound();
  markRendered(locale, `/metrics/${slug}/history`);
  const { metric, revisions } = found;
  const oldest = revisions[revisions.length - 1]?.number;
  const t = await getTranslations({ locale, namespace: 'Changes' });
  const label = labelIn(locale, metric);
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <LocalLink href="/metrics">{t('allFigures')}</LocalLink> › {metric.withdrawn ? <span>{label}</span> : <LocalLink href={`/metrics/${metric.slug}`}>{label}</LocalLink>}
      </nav>
      <h1>{t('historyTitle', { label })}</h1>
      <p className="lede">
        {t('historyLede')}
        {metric.withdrawn ? ` ${t('historyWithdrawn')}` : ''}
      </p>
      <p className="meta">
        <a href={localizedHref(locale, `/metrics/${metric.slug}/changes.atom`)} type="application/atom+xml">
          {t('historyFeed')}
        </a>{' '}
        · <LocalLink href="/changes">{t('everyChange')}</LocalLink>
      </p>
      <ol className="revision-list" reversed>
        {revisions.map((revision) => (
          <RevisionEntry key={revision.number} revision={revision}>
            {!metric.withdrawn || revision.number !== revisions[0].number ? (
              <p className="meta">
                <LocalLink href={`/metrics/${metric.slug}?rev=${revision.number}`}>{t('asItStood', { number: revision.number })}</LocalLink>
                {revision.number === oldest ? t('firstAppearance') : ''}
              </p>
            ) : null}
            <ul className="fact-changes">
              {revision.changes.map((change) => (
                <FactChangeItem key={`${change.table}-${change.id}`} change={change} />
              ))}
            </ul>
          </RevisionEntry>
        ))}
      </ol>
    </>
  );
}
