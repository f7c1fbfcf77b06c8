import { z } from 'zod';
import { getDb } from '@/db/client';
import { exportTable, type TableName } from '@/db/exports';
import { parseSearchParams } from '@/lib/api';
import { csvDownload, exportFilename } from '@/lib/download';
import { csvColumns, TABLE_RESOURCES } from '@/lib/export';
import { jsonError } from '@/lib/http';

const noParams = z.object({}).strict();

/** GET /api/tables/{sources,metrics,claims,citations}.csv: the Data Package's normalised tables. */
export async function GET(request: Request, { params }: RouteContext<'/api/tables/[file]'>): Promise<Response> {
  const query = parseSearchParams(new URL(request.url).searchParams, noParams);
  if (!query.ok) return jsonError(400, query.message);
  const { file } = await params;
  const resource = TABLE_RESOURCES.find((r) => `${r.name}.csv` === file);
  if (!resource) return jsonError(404, `no table "${file.slice(0, 120)}"; tables: ${TABLE_RESOURCES.map((r) => `${r.name}.csv`).join(', ')}`);
  const rows = exportTable(await getDb(), resource.name as TableName);
  return csvDownload(csvColumns(resource.fields), rows as AsyncIterable<never[]>, exportFilename(resource.name, 'csv'));
}
