import { getDb } from '@/db/client';
import { getMetric } from '@/db/queries';
import { isSlug } from '@/lib/domain';
import { siteUrl } from '@/lib/env';
import { json, jsonError } from '@/lib/http';
import { metricShareCard, shareCardSvg } from '@/lib/share-card';
import { readMetric, readMetricChart } from '@/app/data';
import { chartImageResponse, imageFormatOf, imageResponse } from '@/app/images/responses';
import { rasterize } from '@/app/images/rasterize';
import { exportFilename } from '@/lib/download';
import { citedNumbersCsvResponse } from '../../cited-numbers';
import { NO_QUERY, withQuery } from '../../with-query';

/**
 * GET /api/metrics/{slug}: one metric with its claims and citations; /api/metrics/{slug}.csv: its
 * cited numbers; .svg and .png: its claims as a chart (a metric of dates: its figure card).
 */
export const GET = withQuery(NO_QUERY, async (_query, _request, { params }: RouteContext<'/api/metrics/[slug]'>) => {
  const { slug: segment } = await params;
  const [, name, extension] = /^(.*?)(?:\.(csv|svg|png))?$/.exec(segment)!;
  const unknown = () => jsonError(404, `no metric "${name.slice(0, 120)}"; GET /api/metrics lists them all`);
  if (!isSlug(name)) return unknown();
  if (extension === 'csv') return citedNumbersCsvResponse({ metricSlug: name }, name);
  if (extension) {
    const metric = await readMetric(name);
    if (!metric) return unknown();
    const chart = await readMetricChart(name);
    if (chart) return chartImageResponse(chart, `/metrics/${name}`, imageFormatOf(extension));
    const card = shareCardSvg(metricShareCard(metric, `${siteUrl()}/metrics/${name}`));
    return imageResponse(extension === 'png' ? rasterize(card) : card, imageFormatOf(extension), exportFilename(`metric-${name}`, imageFormatOf(extension)));
  }
  const metric = await getMetric(await getDb(), name);
  return metric ? json(metric) : unknown();
});
