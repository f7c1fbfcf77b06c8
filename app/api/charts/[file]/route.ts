import { getDb } from '@/db/client';
import { listMetricsBySlug } from '@/db/queries';
import { chartSlugs, CHARTS } from '@/lib/chart-specs';
import { buildChart } from '@/lib/charts';
import { jsonError } from '@/lib/http';
import { citedNumbersResponse } from '../../cited-numbers';
import { NO_QUERY, withQuery } from '../../with-query';

/** GET /api/charts/{id}.csv: the cited numbers one home-page chart shows, bars and callouts. */
export const GET = withQuery(NO_QUERY, async (_query, _request, { params }: RouteContext<'/api/charts/[file]'>) => {
  const { file } = await params;
  const spec = file.endsWith('.csv') ? CHARTS.find((c) => `${c.id}.csv` === file) : undefined;
  if (!spec) return jsonError(404, `no chart export "${file.slice(0, 120)}"; charts: ${CHARTS.map((c) => `${c.id}.csv`).join(', ')}`);
  // Only this chart's metrics are read, however large the catalogue.
  const chart = buildChart(spec, await listMetricsBySlug(await getDb(), chartSlugs(spec)));
  const claimKeys = [...chart.rows.map((r) => r.key), ...chart.callouts.map((c) => c.claimKey)];
  return citedNumbersResponse({ claimKeys }, `chart-${spec.id}`, 'csv');
});
