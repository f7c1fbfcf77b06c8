import { getDb } from '@/db/client';
import { listMetrics } from '@/db/queries';
import { metricFilterSchema, parseSearchParams } from '@/lib/api';
import { json, jsonError } from '@/lib/http';

/** GET /api/metrics[?category=…&subject=…&source=…]: every metric with its claims and citations. */
export async function GET(request: Request): Promise<Response> {
  const filter = parseSearchParams(new URL(request.url).searchParams, metricFilterSchema);
  if (!filter.ok) return jsonError(400, filter.message);
  const metrics = await listMetrics(await getDb(), filter.value);
  return json({ count: metrics.length, metrics });
}
