import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { figureIn, labelIn, publishedIn, publisherIn, textIn } from '@/lib/figure-in';
import { CitationBlock } from '@/app/components/citation-block';
import { LocalLink } from '@/app/components/local-link';
import { languageAlternates } from '@/app/share';
import { readSource } from '@/app/data';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources/[slug]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [found, t] = await Promise.all([readSource((await params).slug), getTranslations({ locale, namespace: 'Source' })]);
  if (!found) return { title: t('notFound') };
  const { source } = found;
  const title = `${publisherIn(locale, source)}${source.title ? `: ${source.title}` : ''}`;
  return { title, description: t('description'), openGraph: { title, type: 'article' }, alternates: languageAlternates(locale, `/sources/${source.slug}`) };
}

export default async function SourcePage({ params }: PageProps<'/[locale]/sources/[slug]'>) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const found = await readSource(slug);
  if (!found) notFound();
  markRendered(locale, `/sources/${slug}`);
  const { source, metrics } = found;
  const t = await getTranslations({ locale, namespace: 'Source' });
  const unknown = (what: string) => <span className="unknown">{t('unknown', { what })}</span>;
  const facts: [string, ReactNode][] = [
    [t('publisher'), source.publisher || source.publisherEn ? publisherIn(locale, source) : unknown(t('publisher'))],
    [t('title'), source.title ? <cite lang="ko">{source.title}</cite> : unknown(t('title'))],
    [t('byline'), source.byline ? <span lang="ko">{source.byline}</span> : unknown(t('byline'))],
    [t('published'), source.published ? publishedIn(locale, source) : unknown(t('date'))],
    [t('url'), source.url ? <a href={source.url} rel="noopener noreferrer" target="_blank">{source.url}</a> : unknown(t('url'))],
    [t('language'), source.language === 'ko' ? t('korean') : source.language],
  ];
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <LocalLink href="/metrics">{t('allFigures')}</LocalLink> › {t('sources')}
      </nav>
      <h1>{publisherIn(locale, source)}</h1>
      <dl className="source-facts">
        {facts.map(([term, detail]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      {source.publishedNote ? (
        <p className="meta" lang={textIn(locale, source.publishedNote, source.publishedNoteKo).lang}>
          {t('aboutDate', { note: textIn(locale, source.publishedNote, source.publishedNoteKo).text })}
        </p>
      ) : null}
      <h2>{t('figures', { count: metrics.length })}</h2>
      {metrics.length === 0 ? <p className="empty">{t('none')}</p> : null}
      {metrics.map((metric) =>
        metric.claims
          .filter((claim) => claim.citations.some((c) => c.source.slug === source.slug))
          .map((claim) => (
            <section key={claim.key} className="source-claim">
              <h3>
                <LocalLink href={`/metrics/${metric.slug}`}>{labelIn(locale, metric)}</LocalLink>: {figureIn(locale, claim, metric.unit, metric.slug)}
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
