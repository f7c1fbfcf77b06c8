import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FactChangeItem } from '@/app/components/fact-change';
import { RevisionEntry } from '@/app/components/revision-entry';
import { readMetricHistory } from '@/app/data';
import { metricFeed, SITE_FEED } from '@/app/share';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/metrics/[slug]/history'>): Promise<Metadata> {
  const found = await readMetricHistory((await params).slug);
  if (!found) return { title: 'Metric not found' };
  return {
    title: `History of “${found.metric.label}”`,
    description: `Every revision of “${found.metric.label}”: its figures, quotes, translations and labels, what changed and why.`,
    alternates: { canonical: `/metrics/${found.metric.slug}/history`, types: { 'application/atom+xml': [metricFeed(found.metric), SITE_FEED] } },
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
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/metrics">All figures</Link> › {metric.withdrawn ? <span>{metric.label}</span> : <Link href={`/metrics/${metric.slug}`}>{metric.label}</Link>}
      </nav>
      <h1>History of “{metric.label}”</h1>
      <p className="lede">
        Every revision of this figure, its claims and their citations, newest first. Deleted words are struck through, added ones underlined; each change says why it was made.
        {metric.withdrawn ? ' This metric has been withdrawn: its last revision says why.' : ''}
      </p>
      <p className="meta">
        <a href={`/metrics/${metric.slug}/changes.atom`} type="application/atom+xml">
          Follow its changes (Atom feed)
        </a>{' '}
        · <Link href="/changes">Every change to Cited</Link>
      </p>
      <ol className="revision-list" reversed>
        {revisions.map((revision) => (
          <RevisionEntry key={revision.number} revision={revision}>
            {!metric.withdrawn || revision.number !== revisions[0].number ? (
              <p className="meta">
                <Link href={`/metrics/${metric.slug}?rev=${revision.number}`}>The figure as it stood at revision {revision.number}</Link>
                {revision.number === oldest ? ' · its first appearance' : ''}
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
