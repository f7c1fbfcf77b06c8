import 'server-only';
import { getDb } from '@/db/client';
import { exportCitedNumbers, exportCitedNumbersCsv, missingFilterTarget, type ExportScope } from '@/db/exports';
import { metricFilterSchema, parseSearchParams } from '@/lib/api';
import { csvColumns, CITED_NUMBER_FIELDS } from '@/lib/export';
import { csvLinesDownload, exportFilename, jsonDownload, siteOrigin } from '@/lib/download';
import { jsonError } from '@/lib/http';

const citedNumberColumns = csvColumns(CITED_NUMBER_FIELDS);

/** The browse filters of the request, or the 400 that says why they cannot apply. */
export function filterOf(request: Request): ExportScope | Response {
  const filter = parseSearchParams(new URL(request.url).searchParams, metricFilterSchema);
  return filter.ok ? filter.value : jsonError(400, filter.message);
}

/** Every cited number in scope, as CSV or JSON; 404 when the scope names what does not exist. */
export async function citedNumbersResponse(request: Request, scope: ExportScope, what: string, format: 'csv' | 'json'): Promise<Response> {
  const db = await getDb();
  const missing = await missingFilterTarget(db, scope);
  if (missing) return jsonError(404, missing);
  if (format === 'csv') return csvLinesDownload(citedNumberColumns, exportCitedNumbersCsv(db, scope, siteOrigin(request)), exportFilename(what, 'csv'));
  const rows = exportCitedNumbers(db, scope, siteOrigin(request));
  const meta = {
    generatedAt: new Date().toISOString(),
    license: 'Quotes are short attributed citations of copyrighted articles; see each source.',
  };
  return jsonDownload(meta, rows, exportFilename(what, 'json'));
}

/** 'metrics-category-ipo-disputed': the file name says what was filtered. */
export function describeScope(base: string, scope: ExportScope): string {
  const parts = [base];
  for (const [key, value] of Object.entries(scope)) {
    if (value !== undefined && key !== 'claimKeys') parts.push(value === true ? key : value === false ? `not-${key}` : `${key}-${String(value)}`);
  }
  return parts.join('-');
}
