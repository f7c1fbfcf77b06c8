import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvDownload, exportFilename } from './download';

async function* batches<T>(...pages: T[][]): AsyncGenerator<T[]> {
  for (const page of pages) yield page;
}

describe('exportFilename', () => {
  const at = new Date('2026-11-23T10:00:00Z');
  const cases: [string, 'csv' | 'json', string][] = [
    ['metrics', 'csv', 'cited-metrics-2026-11-23.csv'],
    ['DeepSeek share / Belarus', 'json', 'cited-deepseek-share-belarus-2026-11-23.json'],
    ['"; rm -rf', 'csv', 'cited-rm-rf-2026-11-23.csv'],
    ['딥시크', 'csv', 'cited-export-2026-11-23.csv'],
  ];
  for (const [what, ext, want] of cases) it(`${what} → ${want}`, () => assert.equal(exportFilename(what, ext, at), want));
});

describe('downloads', () => {
  type Row = { name: string; n: number | null };
  const columns = [
    { name: 'name', type: 'string' as const, value: (r: Row) => r.name },
    { name: 'n', type: 'number' as const, value: (r: Row) => r.n },
  ];
  it('streams CSV with BOM, header and every batch', async () => {
    const response = csvDownload(columns, batches([{ name: 'a', n: 1 }], [{ name: '=b', n: -2 }], []), 'cited-x.csv');
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="cited-x.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    assert.equal(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), "\uFEFFname,n\r\na,1\r\n'=b,-2\r\n");
  });
});
