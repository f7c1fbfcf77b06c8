import Link from 'next/link';
import type { MetricRecord } from '@/db/revisions';
import type { MetricJson } from '@/lib/api';
import type { ChartData } from '@/lib/charts';
import { bibtex, datasetJsonLd, plainCitation, plainCitationKo, revisionUrl, scriptJson } from '@/lib/cite-this';
import { siteUrl } from '@/lib/env';
import { formatFigure } from '@/lib/format';
import { headlineClaim, isDisputed } from '@/lib/metric';
import type { RevisionInfo } from '@/lib/revisions';
import { CitationBlock } from './citation-block';
import { ClaimCard } from './claim-card';
import { CopyButton } from './copy-button';
import { EmbedCode } from './embed-code';
import { CATEGORY_TITLES } from './labels';
import { metricEmbedHeight, metricHasChart } from './metric-embed';
import { revisionDate } from './revision-date';
import { ChartFileLinks, ServerChart } from './server-chart';

/**
 * A metric page, today's (`shown` is the latest revision) or as Cited showed it at an earlier
 * revision, which says so at the top and links to today's. Every citation ever shown on it keeps
 * its anchor: renamed ones under their old keys too, withdrawn ones below, marked as withdrawn.
 */
export function MetricView({ metric, chart, shown, latest, record }: { metric: MetricJson; chart: ChartData | null; shown: RevisionInfo; latest: RevisionInfo; record: MetricRecord | null }) {
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
  return (
    <>
      {past ? (
        <p className="revision-notice" role="note">
          This is the figure as Cited showed it at revision {shown.number}, {revisionDate(shown)}. It has changed since:{' '}
          <Link href={`/metrics/${metric.slug}`}>see it today</Link> or <Link href={`/metrics/${metric.slug}/history`}>what changed</Link>.
        </p>
      ) : null}
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/metrics">All figures</Link> ›{' '}
        <Link href={`/metrics?category=${metric.category}`}>{CATEGORY_TITLES[metric.category]}</Link>
      </nav>
      <h1>{metric.label}</h1>
      {metric.labelKo ? (
        <p className="label-ko" lang="ko">
          {metric.labelKo}
        </p>
      ) : null}
      {metric.description ? <p className="lede">{metric.description}</p> : null}
      <div className="headline">
        <p className="headline-figure">{headline ? formatFigure(headline, metric.unit) : 'No figure stored'}</p>
        <p className="meta">
          {headline?.rank === 'preferred' ? 'Preferred figure' : 'Figure'}
          {metric.claims.length > 1 ? ` of ${metric.claims.length} claims` : ''}
          {disputed ? (
            <>
              {' · '}
              <span className="disputed">Sources disagree</span>
            </>
          ) : null}
          {' · '}Subject: {metric.subject}
          {metric.dimension ? ` · ${metric.dimension.name}: ${metric.dimension.value}` : ''}
        </p>
        <p className="meta">
          Revision {shown.number} of {revisionDate(shown)} · <Link href={`/metrics/${metric.slug}/history`}>History of this figure</Link> ·{' '}
          <a href={`/metrics/${metric.slug}/changes.atom`} type="application/atom+xml">
            Feed of its changes
          </a>
        </p>
        <div className="downloads">
          <CopyButton label="Copy link to this metric" />
          {past ? (
            <a href={`/api/metrics/${metric.slug}.csv${rev}`} download>
              Download CSV
            </a>
          ) : (
            <ChartFileLinks base={`/api/metrics/${metric.slug}`} />
          )}
          <a href={`/api/metrics/${metric.slug}${rev}`}>JSON</a>
          {past ? null : <EmbedCode what={metric.label} src={`${origin}/embed/metrics/${metric.slug}`} height={metricEmbedHeight(metric, chart)} />}
        </div>
      </div>
      <details className="cite-this">
        <summary>Cite this</summary>
        <h2 className="sr-only">Cite this</h2>
        <p className="meta">Plain text, naming revision {shown.number}: the link shows the figure as it stands in it.</p>
        <pre>{plain}</pre>
        <CopyButton label="Copy citation" text={plain} />
        <p className="meta">In Korean (한국어 인용)</p>
        <pre lang="ko">{plainKo}</pre>
        <CopyButton label="Copy the Korean citation" text={plainKo} />
        <p className="meta">BibTeX (Cited and the original articles)</p>
        <pre>{bib}</pre>
        <CopyButton label="Copy BibTeX" text={bib} />
      </details>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(datasetJsonLd(metric, origin)) }} />
      {metricHasChart(chart) ? (
        <figure className="chart-figure" aria-labelledby="claims-chart-title">
          <h2 id="claims-chart-title">The claims compared</h2>
          <ServerChart chart={chart} labelledBy="claims-chart-title" />
          <figcaption className="sr-only">{chart.summary}</figcaption>
        </figure>
      ) : null}
      <h2>{metric.claims.length === 1 ? 'The claim' : 'Every claim, side by side'}</h2>
      <div className="claims-grid">
        {metric.claims.map((claim) => (
          <ClaimCard key={claim.key} claim={claim} unit={metric.unit} formerKeys={record?.formerKeys} />
        ))}
      </div>
      {record && record.withdrawnCitations.length > 0 ? (
        <section aria-labelledby="withdrawn-title" className="withdrawn">
          <h2 id="withdrawn-title">Withdrawn citations</h2>
          <p className="meta">Cited showed these once and no longer relies on them; they stay here, with the reason, so that links to them still lead somewhere.</p>
          {record.withdrawnCitations.map((citation) => (
            <CitationBlock key={citation.key} citation={citation} withdrawn={citation.withdrawn} />
          ))}
        </section>
      ) : null}
    </>
  );
}
