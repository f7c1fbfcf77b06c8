import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { publishedLabel, publisherName } from '@/lib/citation';
import { formatFigure } from '@/lib/format';
import { CitationBlock } from '@/app/components/citation-block';
import { readSource } from '@/app/data';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources/[slug]'>): Promise<Metadata> {
  const found = await readSource((await params).slug);
  if (!found) return { title: 'Source not found' };
  const { source } = found;
  const title = `${publisherName(source)}${source.title ? `: ${source.title}` : ''}`;
  return { title, description: `What is known of this article, and every figure Cited takes from it.`, openGraph: { title, type: 'article' } };
}

const unknown = (what: string) => <span className="unknown">{what} unknown: the text does not give it</span>;

export default async function SourcePage({ params }: PageProps<'/[locale]/sources/[slug]'>) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const found = await readSource(slug);
  if (!found) notFound();
  markRendered(locale, `/sources/${slug}`);
  const { source, metrics } = found;
  const facts: [string, ReactNode][] = [
    ['Publisher', source.publisher || source.publisherEn ? publisherName(source) : unknown('Publisher')],
    ['Title', source.title ? <cite lang="ko">{source.title}</cite> : unknown('Title')],
    ['Byline', source.byline ? <span lang="ko">{source.byline}</span> : unknown('Byline')],
    ['Published', source.published ? publishedLabel(source) : unknown('Date')],
    ['URL', source.url ? <a href={source.url} rel="noopener noreferrer" target="_blank">{source.url}</a> : unknown('URL')],
    ['Language', source.language === 'ko' ? 'Korean' : source.language],
  ];
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/metrics">All figures</Link> › Sources
      </nav>
      <h1>{publisherName(source)}</h1>
      <dl className="source-facts">
        {facts.map(([term, detail]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      {source.publishedNote ? <p className="meta">About the date: {source.publishedNote}</p> : null}
      <h2>
        {metrics.length} figure{metrics.length === 1 ? '' : 's'} Cited takes from this article
      </h2>
      {metrics.length === 0 ? <p className="empty">No claim cites this article.</p> : null}
      {metrics.map((metric) =>
        metric.claims
          .filter((claim) => claim.citations.some((c) => c.source.slug === source.slug))
          .map((claim) => (
            <section key={claim.key} className="source-claim">
              <h3>
                <Link href={`/metrics/${metric.slug}`}>{metric.label}</Link>: {formatFigure(claim, metric.unit)}
              </h3>
              {claim.citations
                .filter((c) => c.source.slug === source.slug)
                .map((citation) => (
                  <CitationBlock key={citation.key} citation={citation} />
                ))}
            </section>
          )),
      )}
    </>
  );
}
