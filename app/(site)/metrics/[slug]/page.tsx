import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimCard } from '@/app/components/claim-card';
import { CopyButton } from '@/app/components/copy-button';
import { EmbedCode } from '@/app/components/embed-code';
import { CATEGORY_TITLES } from '@/app/components/labels';
import { metricEmbedHeight, metricHasChart } from '@/app/components/metric-embed';
import { ChartFileLinks, ServerChart } from '@/app/components/server-chart';
import { readMetric, readMetricChart } from '@/app/data';
import { metricShareMetadata } from '@/app/share';
import { bibtex, datasetJsonLd, plainCitation, scriptJson } from '@/lib/cite-this';
import { siteUrl } from '@/lib/env';
import { formatFigure } from '@/lib/format';
import { headlineClaim, isDisputed } from '@/lib/metric';

// Kept in the page cache: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';

export async function generateMetadata({ params }: PageProps<'/metrics/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const metric = await readMetric(slug);
  if (!metric) return { title: 'Metric not found' };
  const headline = headlineClaim(metric);
  const description = `${metric.label}: ${headline ? formatFigure(headline, metric.unit) : 'no figure'}. ${metric.claims.length} claim${metric.claims.length === 1 ? '' : 's'}, each with the Korean sentence that states it and its source.`;
  return metricShareMetadata(metric, description);
}

export default async function MetricPage({ params }: PageProps<'/metrics/[slug]'>) {
  const { slug } = await params;
  const metric = await readMetric(slug);
  if (!metric) notFound();
  markRendered(`/metrics/${slug}`);
  const headline = headlineClaim(metric);
  const disputed = isDisputed(metric);
  const chart = await readMetricChart(slug);
  const origin = siteUrl();
  const url = `${origin}/metrics/${metric.slug}`;
  const accessed = new Date();
  const plain = plainCitation(metric, url, accessed);
  const bib = bibtex(metric, url, accessed);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/metrics">All figures</Link> ›{' '}
        <Link href={`/metrics?category=${metric.category}`}>{CATEGORY_TITLES[metric.category]}</Link>
      </nav>
      <h1>{metric.label}</h1>
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
        <div className="downloads">
          <CopyButton label="Copy link to this metric" />
          <ChartFileLinks base={`/api/metrics/${metric.slug}`} />
          <a href={`/api/metrics/${metric.slug}`}>JSON</a>
          <EmbedCode what={metric.label} src={`${origin}/embed/metrics/${metric.slug}`} height={metricEmbedHeight(metric, chart)} />
        </div>
      </div>
      <details className="cite-this">
        <summary>Cite this</summary>
        <h2 className="sr-only">Cite this</h2>
        <p className="meta">Plain text</p>
        <pre>{plain}</pre>
        <CopyButton label="Copy citation" text={plain} />
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
          <ClaimCard key={claim.key} claim={claim} unit={metric.unit} />
        ))}
      </div>
    </>
  );
}
