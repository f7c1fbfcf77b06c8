import { exportTable, type TableName } from '@/db/export-queries';
import { csvDownload, exportFilename } from '@/lib/download';
import { CITED_NUMBERS_TABLE_PATH, csvColumns, TABLE_RESOURCES } from '@/lib/export-schema';
import { revisionQuerySchema } from '@/lib/api';
import { jsonError } from '@/lib/http';
import { citedNumbersCsvResponse } from '../../cited-numbers';
import { exportView, withRevision } from '../../revision';
import { withQuery } from '../../with-query';

const CITED_NUMBERS_FILE = CITED_NUMBERS_TABLE_PATH.split('/').pop()!;

/**
 * GET /api/tables/{sources,metrics,claims,citations,cited-numbers}.csv[?rev]: the Data Package's
 * tables, as programs read them (plain UTF-8, no byte-order mark), at a revision or the newest.
 */
export const GET = withQuery(revisionQuerySchema, async ({ rev }, request, { params }: RouteContext<'/api/tables/[file]'>) => {
  const { file } = await params;
  if (file === CITED_NUMBERS_FILE) return citedNumbersCsvResponse(request.signal, {}, 'cited-numbers', rev, 'program');
  const resource = TABLE_RESOURCES.find((r) => `${r.name}.csv` === file);
  if (!resource) return jsonError(404, `no table "${file.slice(0, 120)}"; tables: ${[...TABLE_RESOURCES.map((r) => `${r.name}.csv`), CITED_NUMBERS_FILE].join(', ')}`);
  const view = await exportView(rev);
  if (view instanceof Response) return view;
  const rows = exportTable(view, resource.name as TableName);
  return withRevision(csvDownload(csvColumns(resource.fields), rows as AsyncIterable<never[]>, exportFilename(rev === undefined ? resource.name : `${resource.name}-rev-${view.revision}`, 'csv'), 'program'), view);
});
