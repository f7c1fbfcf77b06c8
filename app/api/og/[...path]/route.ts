import { chartShareCard, metricShareCard, shareCardSvg } from '@/lib/share-card';
import { siteUrl } from '@/lib/env';
import { jsonError } from '@/lib/http';
import { getTranslations } from 'next-intl/server';
import { readChart, readMetric } from '@/app/data';
import { CHARTS } from '@/lib/chart-specs';
import { localizedHref, splitLocale } from '@/lib/locale';
import { imageResponse } from '@/app/images/responses';
import { rasterize } from '@/app/images/rasterize';
import { NO_QUERY, withQuery } from '../../with-query';

/**
 * GET /api/og/home.png, /api/og/charts/{id}.png, /api/og/metrics/{slug}.png, and each under
 * /api/og/ko/ for Korean pages: the 1200 × 630 pictures shared links show, drawn on the server
 * with a shipped Korean font.
 */
export const GET = withQuery(NO_QUERY, async (_query, _request, { params }: RouteContext<'/api/og/[...path]'>) => {
  const path = (await params).path.join('/');
  const card = await cardFor(path);
  if (!card) return jsonError(404, `no share card "${path.slice(0, 120)}"; cards: home.png, charts/{chart}.png, metrics/{slug}.png, each also under ko/`);
  return imageResponse(rasterize(shareCardSvg(card)), 'png', `cited-${path.replace(/\W+/g, '-')}`);
});

async function cardFor(address: string) {
  const { locale, rest } = splitLocale(`/${address}`);
  const path = rest.slice(1);
  const page = (href: string) => `${siteUrl()}${localizedHref(locale, href)}`;
  if (path === 'home.png') {
    const [chart, t] = await Promise.all([readChart(CHARTS[0].id, undefined, locale), getTranslations({ locale, namespace: 'Home' })]);
    return chart ? chartShareCard(chart, page('/'), t('title')) : null;
  }
  const [, kind, name] = /^(charts|metrics)\/([^/]+)\.png$/.exec(path) ?? [];
  if (kind === 'charts') {
    const chart = await readChart(name, undefined, locale);
    return chart ? chartShareCard(chart, `${page('/')}#${chart.spec.id}`) : null;
  }
  if (kind === 'metrics') {
    const metric = await readMetric(name);
    return metric ? metricShareCard(metric, page(`/metrics/${metric.slug}`), locale) : null;
  }
  return null;
}
