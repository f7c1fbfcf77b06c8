import type { MetricJson } from '@/lib/api';
import { chartGeometry } from '@/lib/chart-svg';
import { type ChartData } from '@/lib/charts';
import { sourceLabelIn, speakerIn } from '@/lib/figure-in';
import { siteUrl } from '@/lib/env';
import { formatFigure } from '@/lib/format';
import { headlineClaim } from '@/lib/metric';
import { ServerChart } from './server-chart';

/** A metric's chart is worth drawing when it has claims to set side by side. */
export const metricHasChart = (chart: ChartData | null): chart is ChartData => chart !== null && chart.rows.length > 1;

export function metricEmbedHeight(metric: MetricJson, chart: ChartData | null): number {
  return 230 + (metricHasChart(chart) ? chartGeometry(chart).height : 0) + (metric.label.length > 60 ? 30 : 0);
}

/** One figure, alone, for other sites to frame: what it is, the figure, its words and speaker, its chart, a link back. */
export function MetricEmbed({ metric, chart }: { metric: MetricJson; chart: ChartData | null }) {
  const claim = headlineClaim(metric);
  const citation = claim?.citations[0];
  const url = `${siteUrl()}/metrics/${metric.slug}`;
  return (
    <section className="chart-card" aria-labelledby="metric-title">
      <h1 id="metric-title" className="embed-title">
        {metric.label}
      </h1>
      {claim && citation ? (
        <>
          <p className="headline-figure">{formatFigure(claim, metric.unit)}</p>
          <p className="meta">
            Stated as “<span lang="ko">{citation.statedText}</span>” by {speakerIn('en', claim, citation.source)}
            {metric.claims.length > 1 ? ` · one of ${metric.claims.length} claims` : ''}
          </p>
        </>
      ) : (
        <p className="empty">No figure is stored for this metric.</p>
      )}
      {metricHasChart(chart) ? (
        <ServerChart chart={chart} labelledBy="metric-title" linkTarget="_blank" />
      ) : null}
      <p className="source-line">
        Source{chart && chart.sources.length > 1 ? 's' : ''}: {chart ? chart.sources.map((s) => s.label).join('; ') : citation ? sourceLabelIn('en', citation.source) : 'none stored'}. Every claim,
        with the sentence that states it, at{' '}
        <a href={url} target="_blank" rel="noopener">
          Cited
        </a>
        .
      </p>
    </section>
  );
}
