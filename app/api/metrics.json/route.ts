import { citedNumbersResponse, describeScope, filterOf } from '../exports';

/** GET /api/metrics.json[?category&subject&source&disputed]: the CSV's rows as JSON. */
export async function GET(request: Request): Promise<Response> {
  const scope = filterOf(request);
  if (scope instanceof Response) return scope;
  return citedNumbersResponse(request, scope, describeScope('metrics', scope), 'json');
}
