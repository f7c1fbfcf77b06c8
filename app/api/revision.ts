import 'server-only';
import { getDb } from '@/db/client';
import { getRevision, latestRevision, viewAt, type RevisionView } from '@/db/revisions';
import { jsonError } from '@/lib/http';

/** Every export names the revision it read, in this header as well as in its body or links. */
export const REVISION_HEADER = 'X-Cited-Revision';

/**
 * The revision an export reads: `?rev=N` when given (404 when there is no such revision), else the
 * newest. An empty store, before any load, is revision 0.
 */
export async function exportView(rev: number | undefined): Promise<RevisionView | Response> {
  const db = await getDb();
  const latest = (await latestRevision(db))?.number ?? 0;
  if (rev === undefined || rev === latest) return viewAt(db, latest, true);
  if (rev > latest || !(await getRevision(db, rev))) return jsonError(404, `no revision ${rev}; the newest is ${latest}, and /changes lists them all`);
  return viewAt(db, rev, false);
}

/** The response, saying which revision it holds. */
export function withRevision(response: Response, view: RevisionView): Response {
  response.headers.set(REVISION_HEADER, String(view.revision));
  return response;
}
