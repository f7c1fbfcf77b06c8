import { getDb } from '@/db/client';
import { exportTable, type TableName } from '@/db/export-queries';
import { csvDownload, exportFilename } from '@/lib/download';
import { CITED_NUMBERS_TABLE_PATH, csvColumns, TABLE_RESOURCES } from '@/lib/export-schema';
import { jsonError } from '@/lib/http';
import { citedNumbersCsvResponse } from '../../cited-numbers';
import { NO_QUERY, withQuery } from '../../with-query';

const CITED_NUMBERS_FILE = CITED_NUMBERS_TABLE_PATH.split('/').pop()!;

/**
 * GET /api/tables/{sources,metrics,claims,citations,cited-numbers}.csv: the Data Package's tables,
 * as programs read them (plain UTF-8, no byte-order mark).
 */
export const GET = withQuery(NO_QUERY, async (_query, _request, { params }: RouteContext<'/api/tables/[file]'>) => {
  const { file } = await params;
  if (file === CITED_NUMBERS_FILE) return citedNumbersCsvResponse({}, 'cited-numbers', 'program');
  const resource = TABLE_RESOURCES.find((r) => `${r.name}.csv` === file);
  if (!resource) return jsonError(404, `no table "${file.slice(0, 120)}"; tables: ${[...TABLE_RESOURCES.map((r) => `${r.name}.csv`), CITED_NUMBERS_FILE].join(', ')}`);
  const rows = exportTable(await getDb(), resource.name as TableName);
  return csvDownload(csvColumns(resource.fields), rows as AsyncIterable<never[]>, exportFilename(resource.name, 'csv'), 'program');
});
