import { getDb } from '@/db/client';
import { listSubjects } from '@/db/queries';
import { optionSearchSchema } from '@/lib/api';
import { json } from '@/lib/http';
import { withQuery } from '../with-query';

/** GET /api/subjects[?q=…&limit=…]: the entities metrics measure (DeepSeek, Nvidia …) whose name contains q. */
export const GET = withQuery(optionSearchSchema, async ({ q, limit }) => {
  const subjects = await listSubjects(await getDb(), { search: q, limit });
  return json({ count: subjects.length, subjects: subjects.map((s) => s.subject) });
});
