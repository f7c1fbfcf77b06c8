import { citedNumbersResponse, describeScope, filterOf } from '../exports';

/** GET /api/metrics.csv[?category&subject&source&disputed]: one row per cited number. */
export async function GET(request: Request): Promise<Response> {
  const scope = filterOf(request);
  if (scope instanceof Response) return scope;
  return citedNumbersResponse(request, scope, describeScope('metrics', scope), 'csv');
}
