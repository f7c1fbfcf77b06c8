import { getDb } from '@/db/client';
import { listMetrics } from '@/db/queries';
import { metricFilterSchema } from '@/lib/api';
import { json } from '@/lib/http';
import { withQuery } from '../with-query';

/** GET /api/metrics[?category=…&subject=…&source=…]: every metric with its claims and citations. */
export const GET = withQuery(metricFilterSchema, async (filter) => {
  const metrics = await listMetrics(await getDb(), filter);
  return json({ count: metrics.length, metrics });
});
