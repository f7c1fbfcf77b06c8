import { getMetric } from '@/db/queries';
import { chartFileQuerySchema } from '@/lib/api';
import { DEFAULT_LOCALE, localizedHref } from '@/lib/locale';
import { isSlug } from '@/lib/domain';
import { siteUrl } from '@/lib/env';
import { json, jsonError } from '@/lib/http';
import { metricShareCard, shareCardSvg } from '@/lib/share-card';
import { readMetric, readMetricAt, readMetricChart } from '@/app/data';
import { chartImageResponse, imageFormatOf, imageResponse } from '@/app/images/responses';
import { rasterize } from '@/app/images/rasterize';
import { exportFilename } from '@/lib/download';
import { citedNumbersCsvResponse } from '../../cited-numbers';
import { exportView, withRevision } from '../../revision';
import { withQuery } from '../../with-query';

/**
 * GET /api/metrics/{slug}: one metric with its claims and citations; /api/metrics/{slug}.csv: its
 * cited numbers; .svg and .png: its claims as a chart (a metric of dates: its figure card); each
 * with `rev` as it stood at that revision, and the pictures with `lang=ko` in Korean.
 */
export const GET = withQuery(chartFileQuerySchema, async ({ rev, lang = DEFAULT_LOCALE }, request, { params }: RouteContext<'/api/metrics/[slug]'>) => {
  const { slug: segment } = await params;
  const [, name, extension] = /^(.*?)(?:\.(csv|svg|png))?$/.exec(segment)!;
  const unknown = () => jsonError(404, `no metric "${name.slice(0, 120)}"; GET /api/metrics lists them all`);
  if (!isSlug(name)) return unknown();
  if (extension === 'csv') return citedNumbersCsvResponse(request.signal, { metricSlug: name }, name, rev);
  if (extension) {
    const then = rev === undefined ? null : await readMetricAt(name, rev, lang);
    const metric = rev === undefined ? await readMetric(name) : (then?.metric ?? null);
    if (!metric) return unknown();
    const chart = rev === undefined ? await readMetricChart(name, lang) : then!.chart;
    const page = localizedHref(lang, `/metrics/${name}`);
    if (chart) return chartImageResponse(chart, page, imageFormatOf(extension));
    const card = shareCardSvg(metricShareCard(metric, `${siteUrl()}${page}`, lang));
    return imageResponse(extension === 'png' ? rasterize(card) : card, imageFormatOf(extension), exportFilename(`metric-${name}`, imageFormatOf(extension)));
  }
  const view = await exportView(rev);
  if (view instanceof Response) return view;
  const metric = await view.read((db) => getMetric(db, name));
  return metric ? withRevision(json(metric), view) : unknown();
});
