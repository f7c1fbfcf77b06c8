import { listSubjects } from '@/db/queries';
import { optionSearchResponse } from '../option-search';

/** GET /api/subjects[?q=…&limit=…]: the entities metrics measure (DeepSeek, Nvidia …) whose name contains q. */
export function GET(request: Request): Promise<Response> {
  return optionSearchResponse(request, 'subjects', listSubjects);
}
