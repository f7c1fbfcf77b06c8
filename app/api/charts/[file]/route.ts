import { chartFileQuerySchema } from '@/lib/api';
import { DEFAULT_LOCALE, localizedHref } from '@/lib/locale';
import { CHARTS } from '@/lib/chart-specs';
import { jsonError } from '@/lib/http';
import { readChart } from '@/app/data';
import { chartImageResponse, imageFormatOf } from '@/app/images/responses';
import { citedNumbersCsvResponse } from '../../cited-numbers';
import { withQuery } from '../../with-query';

/**
 * GET /api/charts/{id}.csv: the cited numbers one home-page chart shows, bars and callouts;
 * /api/charts/{id}.svg and .png: the chart as an image, drawn on the server; `rev` for the chart as
 * it stood at that revision, `lang=ko` for the pictures in Korean.
 */
export const GET = withQuery(chartFileQuerySchema, async ({ rev, lang = DEFAULT_LOCALE }, request, { params }: RouteContext<'/api/charts/[file]'>) => {
  const { file } = await params;
  const [, id, extension] = /^(.+)\.(csv|svg|png)$/.exec(file) ?? [];
  const chart = id ? await readChart(id, rev, lang) : null;
  if (!chart) return jsonError(404, `no chart file "${file.slice(0, 120)}"${rev === undefined ? '' : ` at revision ${rev}`}; charts: ${CHARTS.map((c) => `${c.id}.csv|.svg|.png`).join(', ')}`);
  if (extension === 'csv') {
    const claimKeys = [...chart.rows.map((r) => r.key), ...chart.callouts.map((c) => c.claimKey)];
    return citedNumbersCsvResponse(request.signal, { claimKeys }, `chart-${chart.spec.id}`, rev);
  }
  return chartImageResponse(chart, `${localizedHref(lang, '/')}#${chart.spec.id}`, imageFormatOf(extension));
});
