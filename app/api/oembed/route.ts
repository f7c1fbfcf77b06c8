import { oembedQuerySchema, type OembedJson } from '@/lib/api';
import { escapeXml } from '@/lib/chart-svg';
import { buildMetricChart } from '@/lib/charts';
import { siteUrl } from '@/lib/env';
import { json, jsonError } from '@/lib/http';
import { SHARE_CARD } from '@/lib/share-card';
import { embedHeight } from '@/app/components/chart-card';
import { metricEmbedHeight } from '@/app/components/metric-embed';
import { readChart, readMetric } from '@/app/data';
import { withQuery } from '../with-query';

const DEFAULT_WIDTH = 680;

/** The embed a Cited address stands for: a home-page chart (`/#id`, `/embed/charts/id`) or a metric. */
function embedOf(address: string): { kind: 'chart' | 'metric'; name: string } | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.origin !== new URL(siteUrl()).origin) return null;
  const chart = url.pathname === '/' ? url.hash.slice(1) : /^\/embed\/charts\/([^/]+)$/.exec(url.pathname)?.[1];
  if (chart) return { kind: 'chart', name: chart };
  const metric = /^\/(?:embed\/)?metrics\/([^/]+)$/.exec(url.pathname)?.[1];
  return metric ? { kind: 'metric', name: metric } : null;
}

/**
 * GET /api/oembed?url=…: what a site needs to embed a Cited chart or figure, as oembed.com
 * specifies: a rich type with the iframe's HTML, its size within maxwidth and maxheight, and a
 * thumbnail. Only JSON is offered (501 for any other format); an address Cited cannot embed is 404.
 */
export const GET = withQuery(oembedQuerySchema, async (query) => {
  // An empty format is no format: JSON, the one offered.
  if (query.format && query.format !== 'json') return jsonError(501, `format "${query.format.slice(0, 20)}" is not offered; use format=json`);
  const embed = embedOf(query.url);
  const site = siteUrl();
  let found: { title: string; src: string; height: number; thumbnail: string } | null = null;
  if (embed?.kind === 'chart') {
    const chart = await readChart(embed.name);
    if (chart) found = { title: chart.spec.title, src: `${site}/embed/charts/${chart.spec.id}`, height: embedHeight(chart), thumbnail: `${site}/api/og/charts/${chart.spec.id}.png` };
  } else if (embed?.kind === 'metric') {
    const metric = await readMetric(embed.name);
    if (metric) {
      found = {
        title: metric.label,
        src: `${site}/embed/metrics/${metric.slug}`,
        height: metricEmbedHeight(metric, buildMetricChart(metric)),
        thumbnail: `${site}/api/og/metrics/${metric.slug}.png`,
      };
    }
  }
  if (!found) return jsonError(404, `Cited has no chart or figure to embed at "${query.url.slice(0, 200)}"`);
  const width = Math.min(query.maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH);
  const height = Math.min(query.maxheight ?? found.height, found.height);
  const body: OembedJson = {
    version: '1.0',
    type: 'rich',
    title: found.title,
    provider_name: 'Cited',
    provider_url: site,
    html: `<iframe src="${escapeXml(found.src)}" title="${escapeXml(`${found.title} · Cited`)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    width,
    height,
    cache_age: 3600,
    thumbnail_url: found.thumbnail,
    thumbnail_width: SHARE_CARD.width,
    thumbnail_height: SHARE_CARD.height,
  };
  return json(body);
});
