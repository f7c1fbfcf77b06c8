import { useLocale, useTranslations } from 'next-intl';
import { Fragment } from 'react';
import type { MetricRecord } from '@/db/revisions';
import type { MetricJson } from '@/lib/api';
import type { ChartData } from '@/lib/charts';
import { bibtex, datasetJsonLd, plainCitation, plainCitationKo, revisionUrl, scriptJson } from '@/lib/cite-this';
import { siteUrl } from '@/lib/env';
import { figureIn, labelIn, textIn } from '@/lib/figure-in';
import { localizedHref, type Locale } from '@/lib/locale';
import { headlineClaim, isDisputed } from '@/lib/metric';
import type { RevisionInfo } from '@/lib/revisions';
import { CitationBlock } from './citation-block';
import { ClaimCard } from './claim-card';
import { CopyAction } from './copy-action';
import { EmbedCode } from './embed-code';
import { LocalLink } from './local-link';
import { metricEmbedHeight, metricHasChart } from './metric-embed';
import { revisionDate } from './revision-date';
import { ChartFileLinks, ServerChart } from './server-chart';

/**
 * A metric page, today's (`shown` is the latest revision) or as Cited showed it at an earlier
 * revision, which says so at the top and links to today's. Every citation ever shown on it keeps
 * its anchor: renamed ones under their old keys too, withdrawn ones below, marked as withdrawn.
 */
export function MetricView({ metric, chart, shown, latest, record }: { metric: MetricJson; chart: ChartData | null; shown: RevisionInfo; latest: RevisionInfo; record: MetricRecord | null }) {
  const t = useTranslations('Metric');
  const category = useTranslations('Category');
  const locale = useLocale() as Locale;
  const headline = headlineClaim(metric);
  const disputed = isDisputed(metric);
  const origin = siteUrl();
  const past = shown.number !== latest.number;
  const pinned = revisionUrl(origin, metric.slug, shown);
  const accessed = new Date();
  const plain = plainCitation(metric, pinned, accessed, shown);
  const plainKo = plainCitationKo(metric, pinned, accessed, shown);
  const bib = bibtex(metric, pinned, accessed, shown);
  const rev = past ? `?rev=${shown.number}` : '';
  const korean = locale === 'ko';
  // Each language's citation; a Korean page gives the Korean one first.
  const citations = [
    { lang: 'en', heading: t('inEnglish'), text: plain, copy: t(korean ? 'copyEnglish' : 'copyCitation') },
    { lang: 'ko', heading: t('inKorean'), text: plainKo, copy: t('copyKorean') },
  ];
  if (korean) citations.reverse();
  return (
    <>
      {past ? (
        <p className="revision-notice" role="note">
          {t.rich('pastNotice', {
            number: shown.number,
            date: revisionDate(shown, locale),
            today: (chunks) => <LocalLink href={`/metrics/${metric.slug}`}>{chunks}</LocalLink>,
            history: (chunks) => <LocalLink href={`/metrics/${metric.slug}/history`}>{chunks}</LocalLink>,
          })}
        </p>
      ) : null}
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <LocalLink href="/metrics">{t('allFigures')}</LocalLink> ›{' '}
        <LocalLink href={`/metrics?category=${metric.category}`}>{category(metric.category)}</LocalLink>
      </nav>
      <h1>{labelIn(locale, metric)}</h1>
      {/* The label in the other language, under the title. */}
      {korean ? (
        <p className="label-ko" lang="en">
          {metric.label}
        </p>
      ) : metric.labelKo ? (
        <p className="label-ko" lang="ko">
          {metric.labelKo}
        </p>
      ) : null}
      {(korean ? (metric.descriptionKo ?? metric.description) : metric.description) ? <p className="lede">{korean ? (metric.descriptionKo ?? metric.description) : metric.description}</p> : null}
      <div className="headline">
        <p className="headline-figure">{headline ? figureIn(locale, headline, metric.unit, metric.slug) : t('noFigureStored')}</p>
        <p className="meta">
          {t('figureOf', { preferred: String(headline?.rank === 'preferred'), claims: metric.claims.length })}
          {disputed ? (
            <>
              {' · '}
              <span className="disputed">{t('sourcesDisagree')}</span>
            </>
          ) : null}
          {' · '}
          {t('subject', { subject: textIn(locale, metric.subject, metric.subjectKo).text })}
          {/* The breakdown (country: Belarus) is stored in English only; the Korean label names it. */}
          {metric.dimension && !korean ? ` · ${metric.dimension.name}: ${metric.dimension.value}` : ''}
        </p>
        <p className="meta">
          {t('revision', { number: shown.number, date: revisionDate(shown, locale) })} · <LocalLink href={`/metrics/${metric.slug}/history`}>{t('history')}</LocalLink> ·{' '}
          <a href={localizedHref(locale, `/metrics/${metric.slug}/changes.atom`)} type="application/atom+xml">
            {t('feed')}
          </a>
        </p>
        <div className="downloads">
          <CopyAction label={t('copyLink')} />
          {past ? (
            <a href={`/api/metrics/${metric.slug}.csv${rev}`} download>
              {t('downloadCsv')}
            </a>
          ) : (
            <ChartFileLinks base={`/api/metrics/${metric.slug}`} />
          )}
          <a href={`/api/metrics/${metric.slug}${rev}`}>{t('json')}</a>
          {past ? null : <EmbedCode what={labelIn(locale, metric)} src={`${origin}${localizedHref(locale, `/embed/metrics/${metric.slug}`)}`} height={metricEmbedHeight(metric, chart)} />}
        </div>
      </div>
      <details className="cite-this">
        <summary>{t('citeThis')}</summary>
        <h2 className="sr-only">{t('citeThis')}</h2>
        <p className="meta">{t('citeThisHint', { number: shown.number })}</p>
        {citations.map((c, i) => (
          <Fragment key={c.lang}>
            {i > 0 || korean ? <p className="meta">{c.heading}</p> : null}
            <pre lang={c.lang}>{c.text}</pre>
            <CopyAction label={c.copy} text={c.text} />
          </Fragment>
        ))}
        <p className="meta">{t('bibtex')}</p>
        <pre>{bib}</pre>
        <CopyAction label={t('copyBibtex')} text={bib} />
      </details>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(datasetJsonLd(metric, origin)) }} />
      {metricHasChart(chart) ? (
        <figure className="chart-figure" aria-labelledby="claims-chart-title">
          <h2 id="claims-chart-title">{t('claimsCompared')}</h2>
          <ServerChart chart={chart} labelledBy="claims-chart-title" />
          <figcaption className="sr-only">{chart.summary}</figcaption>
        </figure>
      ) : null}
      <h2>{t('claims', { count: metric.claims.length })}</h2>
      <div className="claims-grid">
        {metric.claims.map((claim) => (
          <ClaimCard key={claim.key} claim={claim} metric={metric} formerKeys={record?.formerKeys} />
        ))}
      </div>
      {record && record.withdrawnCitations.length > 0 ? (
        <section aria-labelledby="withdrawn-title" className="withdrawn">
          <h2 id="withdrawn-title">{t('withdrawnTitle')}</h2>
          <p className="meta">{t('withdrawnHint')}</p>
          {record.withdrawnCitations.map((citation) => (
            <CitationBlock key={citation.key} citation={citation} withdrawn={citation.withdrawn} />
          ))}
        </section>
      ) : null}
    </>
  );
}
