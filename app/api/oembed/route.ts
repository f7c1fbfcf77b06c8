import { oembedQuerySchema, type OembedJson } from '@/lib/api';
import { labelIn } from '@/lib/figure-in';
import { DEFAULT_LOCALE, localizedHref, splitLocale, type Locale } from '@/lib/locale';
import { shareCardPath } from '@/app/share';
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

/**
 * The embed a Cited address stands for, in the address's language: a home-page chart (`/#id`,
 * `/embed/charts/id`, each also under /ko) or a metric.
 */
function embedOf(address: string): { kind: 'chart' | 'metric'; name: string; locale: Locale } | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.origin !== new URL(siteUrl()).origin) return null;
  const { locale, rest } = splitLocale(url.pathname);
  const chart = rest === '/' ? url.hash.slice(1) : /^\/embed\/charts\/([^/]+)$/.exec(rest)?.[1];
  if (chart) return { kind: 'chart', name: chart, locale };
  const metric = /^\/(?:embed\/)?metrics\/([^/]+)$/.exec(rest)?.[1];
  return metric ? { kind: 'metric', name: metric, locale } : null;
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
  const locale = embed?.locale ?? DEFAULT_LOCALE;
  const card = (path: string) => `${site}${shareCardPath(locale, path)}`;
  if (embed?.kind === 'chart') {
    const chart = await readChart(embed.name, undefined, locale);
    if (chart) found = { title: chart.spec.title, src: `${site}${localizedHref(locale, `/embed/charts/${chart.spec.id}`)}`, height: embedHeight(chart), thumbnail: card(`charts/${chart.spec.id}.png`) };
  } else if (embed?.kind === 'metric') {
    const metric = await readMetric(embed.name);
    if (metric) {
      found = {
        title: labelIn(locale, metric),
        src: `${site}${localizedHref(locale, `/embed/metrics/${metric.slug}`)}`,
        height: metricEmbedHeight(metric, buildMetricChart(metric, locale)),
        thumbnail: card(`metrics/${metric.slug}.png`),
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
