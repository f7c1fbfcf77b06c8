import { chartShareCard, metricShareCard, shareCardSvg } from '@/lib/share-card';
import { siteUrl } from '@/lib/env';
import { jsonError } from '@/lib/http';
import { readChart, readHomeChart, readMetric } from '@/app/data';
import { imageResponse } from '@/app/images/responses';
import { rasterize } from '@/app/images/rasterize';
import { NO_QUERY, withQuery } from '../../with-query';

/**
 * GET /api/og/home.png, /api/og/charts/{id}.png, /api/og/metrics/{slug}.png: the 1200 × 630
 * pictures shared links show, drawn on the server with a shipped Korean font.
 */
export const GET = withQuery(NO_QUERY, async (_query, _request, { params }: RouteContext<'/api/og/[...path]'>) => {
  const path = (await params).path.join('/');
  const card = await cardFor(path);
  if (!card) return jsonError(404, `no share card "${path.slice(0, 120)}"; cards: home.png, charts/{chart}.png, metrics/{slug}.png`);
  return imageResponse(rasterize(shareCardSvg(card)), 'png', `cited-${path.replace(/\W+/g, '-')}`);
});

async function cardFor(path: string) {
  const site = siteUrl();
  if (path === 'home.png') {
    const chart = await readHomeChart();
    return chart ? chartShareCard(chart, site, 'The US–China AI race in figures, each with its source') : null;
  }
  const [, kind, name] = /^(charts|metrics)\/([^/]+)\.png$/.exec(path) ?? [];
  if (kind === 'charts') {
    const chart = await readChart(name);
    return chart ? chartShareCard(chart, `${site}/#${chart.spec.id}`) : null;
  }
  if (kind === 'metrics') {
    const metric = await readMetric(name);
    return metric ? metricShareCard(metric, `${site}/metrics/${metric.slug}`) : null;
  }
  return null;
}
