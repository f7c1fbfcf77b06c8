import { BOM, csvHeader, csvLine, type CsvColumn } from './csv';

/**
 * Downloads streamed batch by batch: the response starts with the first batch and never holds
 * the whole export in memory.
 */

/** 'cited-metrics-2026-11-23.csv': what and when, safe in any file system. */
export function exportFilename(what: string, extension: 'csv' | 'json' | 'svg' | 'png', at: Date = new Date()): string {
  const safe = what.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'export';
  return `cited-${safe}-${at.toISOString().slice(0, 10)}.${extension}`;
}

function streamOf(head: string, batches: AsyncIterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.close();
      } else {
        controller.enqueue(typeof next.value === 'string' ? encoder.encode(next.value) : next.value);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

async function* mapBatches<Row>(batches: AsyncIterable<Row[]>, write: (rows: Row[]) => string): AsyncGenerator<string> {
  for await (const rows of batches) yield write(rows);
}

const attachment = (filename: string) => `attachment; filename="${filename}"`;

/**
 * Who a CSV is for: a person opening it in a spreadsheet gets a byte-order mark, without which
 * Excel misreads Korean; a program reading a Data Package gets plain UTF-8, as its spec expects.
 */
export type CsvReader = 'spreadsheet' | 'program';

export function csvDownload<Row>(columns: readonly CsvColumn<Row>[], batches: AsyncIterable<Row[]>, filename: string, reader: CsvReader = 'spreadsheet'): Response {
  return csvLinesDownload(columns, mapBatches(batches, (rows) => rows.map((r) => csvLine(columns, r)).join('')), filename, reader);
}

/** A CSV download whose lines arrive already written (by the database), after lib/csv's header. */
export function csvLinesDownload(columns: readonly CsvColumn<never>[], lines: AsyncIterable<string | Uint8Array>, filename: string, reader: CsvReader = 'spreadsheet'): Response {
  return new Response(streamOf((reader === 'spreadsheet' ? BOM : '') + csvHeader(columns), lines), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachment(filename),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
