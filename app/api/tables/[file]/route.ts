import { getDb } from '@/db/client';
import { exportTable, type TableName } from '@/db/export-queries';
import { csvDownload, exportFilename } from '@/lib/download';
import { csvColumns, TABLE_RESOURCES } from '@/lib/export-schema';
import { jsonError } from '@/lib/http';
import { NO_QUERY, withQuery } from '../../with-query';

/** GET /api/tables/{sources,metrics,claims,citations}.csv: the Data Package's normalised tables. */
export const GET = withQuery(NO_QUERY, async (_query, _request, { params }: RouteContext<'/api/tables/[file]'>) => {
  const { file } = await params;
  const resource = TABLE_RESOURCES.find((r) => `${r.name}.csv` === file);
  if (!resource) return jsonError(404, `no table "${file.slice(0, 120)}"; tables: ${TABLE_RESOURCES.map((r) => `${r.name}.csv`).join(', ')}`);
  const rows = exportTable(await getDb(), resource.name as TableName);
  return csvDownload(csvColumns(resource.fields), rows as AsyncIterable<never[]>, exportFilename(resource.name, 'csv'));
});
