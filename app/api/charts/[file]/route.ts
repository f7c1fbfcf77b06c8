import { z } from 'zod';
import { getDb } from '@/db/client';
import { listMetrics } from '@/db/queries';
import { parseSearchParams } from '@/lib/api';
import { buildChart, CHARTS } from '@/lib/charts';
import { jsonError } from '@/lib/http';
import { citedNumbersResponse } from '../../exports';

const noParams = z.object({}).strict();

/** GET /api/charts/{id}.csv: the cited numbers one home-page chart shows, bars and callouts. */
export async function GET(request: Request, { params }: RouteContext<'/api/charts/[file]'>): Promise<Response> {
  const query = parseSearchParams(new URL(request.url).searchParams, noParams);
  if (!query.ok) return jsonError(400, query.message);
  const { file } = await params;
  const spec = file.endsWith('.csv') ? CHARTS.find((c) => `${c.id}.csv` === file) : undefined;
  if (!spec) return jsonError(404, `no chart export "${file.slice(0, 120)}"; charts: ${CHARTS.map((c) => `${c.id}.csv`).join(', ')}`);
  const chart = buildChart(spec, await listMetrics(await getDb()));
  const callouts = chart.callouts.map((c) => c.claimKey);
  return citedNumbersResponse(request, { claimKeys: [...chart.rows.map((r) => r.key), ...callouts] }, `chart-${spec.id}`, 'csv');
}
