import { useLocale, useTranslations } from 'next-intl';
import type { MetricJson } from '@/lib/api';
import { chartGeometry } from '@/lib/chart-svg';
import { type ChartData } from '@/lib/charts';
import { figureIn, labelIn, sourceLabelIn, speakerIn } from '@/lib/figure-in';
import { localizedHref, type Locale } from '@/lib/locale';
import { siteUrl } from '@/lib/env';
import { headlineClaim } from '@/lib/metric';
import { ServerChart } from './server-chart';

/** A metric's chart is worth drawing when it has claims to set side by side. */
export const metricHasChart = (chart: ChartData | null): chart is ChartData => chart !== null && chart.rows.length > 1;

export function metricEmbedHeight(metric: MetricJson, chart: ChartData | null): number {
  return 230 + (metricHasChart(chart) ? chartGeometry(chart).height : 0) + (metric.label.length > 60 ? 30 : 0);
}

/** One figure, alone, for other sites to frame: what it is, the figure, its words and speaker, its chart, a link back. */
export function MetricEmbed({ metric, chart }: { metric: MetricJson; chart: ChartData | null }) {
  const t = useTranslations('Embed');
  const locale = useLocale() as Locale;
  const claim = headlineClaim(metric);
  const citation = claim?.citations[0];
  const url = `${siteUrl()}${localizedHref(locale, `/metrics/${metric.slug}`)}`;
  const sources = chart ? chart.sources.map((s) => s.label) : citation ? [sourceLabelIn(locale, citation.source)] : [];
  return (
    <section className="chart-card" aria-labelledby="metric-title">
      <h1 id="metric-title" className="embed-title">
        {labelIn(locale, metric)}
      </h1>
      {claim && citation ? (
        <>
          <p className="headline-figure">{figureIn(locale, claim, metric.unit, metric.slug)}</p>
          <p className="meta">
            {t.rich('statedBy', { text: citation.statedText, speaker: speakerIn(locale, claim, citation.source), ko: (chunks) => <span lang="ko">{chunks}</span> })}
            {metric.claims.length > 1 ? t('oneOf', { count: metric.claims.length }) : ''}
          </p>
        </>
      ) : (
        <p className="empty">{t('noFigure')}</p>
      )}
      {metricHasChart(chart) ? (
        <ServerChart chart={chart} labelledBy="metric-title" linkTarget="_blank" />
      ) : null}
      <p className="source-line">
        {t.rich('sourceLine', {
          count: sources.length,
          sources: sources.join('; '),
          link: (chunks) => (
            <a href={url} target="_blank" rel="noopener">
              {chunks}
            </a>
          ),
        })}
      </p>
    </section>
  );
}
