import 'server-only';
import { getConnection } from '@/db/client';
import { exportCitedNumbers, exportCitedNumbersCsv, missingFilterTarget, type ExportScope } from '@/db/export-queries';
import { csvLinesDownload, exportFilename, jsonDownload, type CsvReader } from '@/lib/download';
import { siteUrl } from '@/lib/env';
import { CITED_NUMBER_FIELDS, csvColumns } from '@/lib/export-schema';
import { jsonError } from '@/lib/http';

const citedNumberColumns = csvColumns(CITED_NUMBER_FIELDS);

/** Every cited number in scope, as CSV or JSON; 404 when the scope names what does not exist. */
export async function citedNumbersResponse(scope: ExportScope, what: string, format: 'csv' | 'json', reader: CsvReader = 'spreadsheet'): Promise<Response> {
  const connection = await getConnection();
  const missing = await missingFilterTarget(connection.db, scope);
  if (missing) return jsonError(404, missing);
  if (format === 'csv') return csvLinesDownload(citedNumberColumns, exportCitedNumbersCsv(connection, scope, siteUrl()), exportFilename(what, 'csv'), reader);
  const meta = {
    generatedAt: new Date().toISOString(),
    license: 'Quotes are short attributed citations of copyrighted articles; see each source.',
  };
  return jsonDownload(meta, exportCitedNumbers(connection.db, scope, siteUrl()), exportFilename(what, 'json'));
}

/** 'metrics-category-ipo-disputed': the file name says what was filtered. */
export function describeScope(base: string, scope: ExportScope): string {
  const parts = [base];
  for (const [key, value] of Object.entries(scope)) {
    if (value !== undefined && key !== 'claimKeys') parts.push(value === true ? key : value === false ? `not-${key}` : `${key}-${String(value)}`);
  }
  return parts.join('-');
}
