import { metricFilterSchema } from '@/lib/api';
import { citedNumbersResponse, describeScope } from '../cited-numbers';
import { withQuery } from '../with-query';

/** GET /api/metrics.json[?category&subject&source&disputed]: the CSV's rows as JSON. */
export const GET = withQuery(metricFilterSchema, (filter) => citedNumbersResponse(filter, describeScope('metrics', filter), 'json'));
