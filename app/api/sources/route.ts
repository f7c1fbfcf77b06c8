import { listSources } from '@/db/queries';
import { optionSearchResponse } from '../option-search';

/** GET /api/sources[?q=…&limit=…]: sources whose slug, publisher or title contains q. */
export function GET(request: Request): Promise<Response> {
  return optionSearchResponse(request, 'sources', listSources);
}
