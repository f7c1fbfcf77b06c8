import 'server-only';
import { getConnection } from '@/db/client';
import { COPY_TIMEOUT_MS } from '@/db/connect';
import { exportCitedNumbersCsv, missingFilterTarget, type ExportScope } from '@/db/export-queries';
import { csvLinesDownload, exportFilename, type CsvReader } from '@/lib/download';
import { siteUrl } from '@/lib/env';
import { CITED_NUMBER_FIELDS, csvColumns } from '@/lib/export-schema';
import { jsonError } from '@/lib/http';
import { createSlots, releasedWhenDone, type Slots } from '@/lib/slots';
import { exportView, withRevision } from './revision';

const citedNumberColumns = csvColumns(CITED_NUMBER_FIELDS);

/**
 * CSV exports running at once in this process: each holds a database connection of its own (and
 * on PGlite a batch in memory) for as long as its download lasts. A further one is refused at once
 * with 503 and Retry-After, rather than queued without bound. Kept on globalThis: Next evaluates
 * this module once per route bundle.
 */
const MAX_CONCURRENT_EXPORTS = 4;
const holder = globalThis as typeof globalThis & { citedExportSlots?: Slots };
const exportSlots = (holder.citedExportSlots ??= createSlots(MAX_CONCURRENT_EXPORTS, COPY_TIMEOUT_MS + 60_000));

function busy(): Response {
  const response = jsonError(503, `${MAX_CONCURRENT_EXPORTS} CSV exports are already running; try again in a few seconds`);
  response.headers.set('Retry-After', '5');
  return response;
}

/**
 * Every cited number in scope at a revision (`rev`, else the newest) as CSV, streamed; 404 when
 * the scope names what does not exist, or the revision does. `signal` is the request's: a client
 * gone before the last row gives its place back.
 */
export async function citedNumbersCsvResponse(signal: AbortSignal, scope: ExportScope, what: string, rev: number | undefined, reader: CsvReader = 'spreadsheet'): Promise<Response> {
  // The place is taken before the first query: on PGlite a query holds the whole process, so
  // exports that arrive together would otherwise each pass the check before any took a place.
  const release = exportSlots.take();
  if (!release) return busy();
  try {
    const connection = await getConnection();
    const view = await exportView(rev);
    const missing = view instanceof Response ? null : await view.read((db) => missingFilterTarget(db, scope));
    if (view instanceof Response || missing) {
      release();
      return view instanceof Response ? view : jsonError(404, missing!);
    }
    const lines = releasedWhenDone(exportCitedNumbersCsv(connection, view, scope, siteUrl()), release, signal);
    const name = rev === undefined ? what : `${what}-rev-${view.revision}`;
    return withRevision(csvLinesDownload(citedNumberColumns, lines, exportFilename(name, 'csv'), reader), view);
  } catch (error) {
    release();
    throw error;
  }
}

/** 'metrics-category-ipo-disputed': the file name says what was filtered. */
export function describeScope(base: string, scope: ExportScope): string {
  const parts = [base];
  for (const [key, value] of Object.entries(scope)) {
    if (value !== undefined && key !== 'claimKeys' && key !== 'rev') parts.push(value === true ? key : value === false ? `not-${key}` : `${key}-${String(value)}`);
  }
  return parts.join('-');
}
