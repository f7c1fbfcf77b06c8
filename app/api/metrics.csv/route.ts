import { metricFilterSchema } from '@/lib/api';
import { citedNumbersCsvResponse, describeScope } from '../cited-numbers';
import { withQuery } from '../with-query';

/** GET /api/metrics.csv[?category&subject&source&disputed]: one row per cited number. */
export const GET = withQuery(metricFilterSchema, (filter) => citedNumbersCsvResponse(filter, describeScope('metrics', filter)));
