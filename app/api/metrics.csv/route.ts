import { metricFilterSchema, revisionQuerySchema } from '@/lib/api';
import { citedNumbersCsvResponse, describeScope } from '../cited-numbers';
import { withQuery } from '../with-query';

/** GET /api/metrics.csv[?category&subject&source&disputed&rev]: one row per cited number. */
export const GET = withQuery(metricFilterSchema.extend(revisionQuerySchema.shape), ({ rev, ...filter }, request) => citedNumbersCsvResponse(request.signal, filter, describeScope('metrics', filter), rev));
