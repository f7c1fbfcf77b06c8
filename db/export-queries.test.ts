import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql, type SQLWrapper } from 'drizzle-orm';
import { validateTables } from '../fixtures/check-tables';
import { parseCsv } from '../fixtures/csv-reader';
import { openSeeded, testTargets } from '../fixtures/databases';
import { BOM, csvCell, csvHeader, csvLine, type CsvColumn, type CsvColumnType } from '../lib/csv';
import { citedNumberRowSchema, CITED_NUMBER_FIELDS, csvColumns, dataPackage, TABLE_RESOURCES } from '../lib/export-schema';
import { seedData } from '../seed/data';
import type { Connection } from './connect';
import { copyCellSql, exportCitedNumbersCsv, exportTable, inlineSql, missingFilterTarget, pageCitedNumbers, type ExportScope, type TableName } from './export-queries';
import { viewAt } from './revisions';
import { claims, sources } from './schema';

const ORIGIN = 'https://cited.example';
/** The seed is loaded as one set of facts: revision 1. */
const REVISION = 1;

/** Every cited number in scope, page by page as the JSON export serves them. */
async function* exportCitedNumbers(db: Connection['db'], scope: ExportScope, origin: string, limit = 1000) {
  for (let afterId: number | null = 0; afterId !== null; ) {
    const page = await pageCitedNumbers(db, scope, origin, { limit, afterId, revision: REVISION });
    if (page.rows.length > 0) yield page.rows;
    afterId = page.nextAfterId;
  }
}

async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const batch of batches) all.push(...batch);
  return all;
}

async function joined(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const all: Uint8Array[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return new TextDecoder().decode(Buffer.concat(all));
}

async function csvText<Row>(columns: CsvColumn<Row>[], batches: AsyncIterable<Row[]>): Promise<string> {
  return BOM + csvHeader(columns) + (await collect(batches)).map((r) => csvLine(columns, r)).join('');
}

for (const target of testTargets()) {
  describe(`exports on ${target.name}`, () => {
    let connection: Connection;
    before(async () => {
      connection = await openSeeded(target, seedData);
    });
    after(async () => connection?.close());

    const citationCount = seedData.claims.flatMap((c) => c.citations).length;

    it('exports one row per cited number, each in the declared shape', async () => {
      const rows = await collect(exportCitedNumbers(connection.db, {}, ORIGIN));
      assert.equal(rows.length, citationCount);
      for (const row of rows) citedNumberRowSchema.parse(row);
      const nvidia = rows.find((r) => r.metric_slug === 'nvidia-share-price-change-2025-01-27')!;
      assert.equal(nvidia.value, -17.2);
      assert.equal(nvidia.stated_text, '17.2%');
      assert.equal(nvidia.source_url, 'http://whytimes.kr/news/view.php?idx=21468');
      assert.equal(nvidia.permalink, `${ORIGIN}/metrics/nvidia-share-price-change-2025-01-27?rev=${REVISION}#cite-${nvidia.citation_key}`);
      const seedOrder = seedData.claims.flatMap((c) => c.citations.map((k) => k.key));
      assert.deepEqual(rows.map((r) => r.citation_key), seedOrder, 'in the order the citations were stored');
    });

    it('pages through the database in batches without losing or repeating a row', async () => {
      const whole = await collect(exportCitedNumbers(connection.db, {}, ORIGIN));
      let batches = 0;
      const paged: typeof whole = [];
      for await (const batch of exportCitedNumbers(connection.db, {}, ORIGIN, 7)) {
        assert.ok(batch.length <= 7);
        paged.push(...batch);
        batches++;
      }
      assert.equal(batches, Math.ceil(whole.length / 7));
      assert.deepEqual(paged, whole);
    });

    it('applies the browse filters, one metric, or a chart’s claims', async () => {
      const ipo = await collect(exportCitedNumbers(connection.db, { category: 'ipo' }, ORIGIN));
      assert.deepEqual([...new Set(ipo.map((r) => r.metric_slug))].sort(), ['minimax-hong-kong-ipo-proceeds', 'zhipu-ai-hong-kong-ipo-proceeds']);
      const disputed = await collect(exportCitedNumbers(connection.db, { disputed: true }, ORIGIN));
      assert.ok(disputed.some((r) => r.metric_slug === 'deepseek-r1-release-date'));
      assert.ok(disputed.every((r) => r.metric_slug !== 'deepseek-ai-market-share-belarus'));
      const one = await collect(exportCitedNumbers(connection.db, { metricSlug: 'deepseek-v3-development-cost' }, ORIGIN));
      assert.equal(one.length, 4, "three claims, Baker's with two citations");
      const chosen = await collect(exportCitedNumbers(connection.db, { claimKeys: [one[0].claim_key!] }, ORIGIN));
      assert.deepEqual(chosen, [one[0]]);
      assert.deepEqual(await collect(exportCitedNumbers(connection.db, { claimKeys: [] }, ORIGIN)), []);
    });

    it('writes CSV in the database byte for byte as lib/csv writes the same rows', async () => {
      const columns = csvColumns(CITED_NUMBER_FIELDS);
      const lines = (rows: typeof seedRows) => rows.map((r) => csvLine(columns, r)).join('');
      const seedRows = await collect(exportCitedNumbers(connection.db, {}, ORIGIN));
      assert.equal(await joined(exportCitedNumbersCsv(connection, viewAt(connection.db, REVISION, true), {}, ORIGIN)), lines(seedRows));
      assert.equal(await joined(exportCitedNumbersCsv(connection, viewAt(connection.db, REVISION, true), {}, ORIGIN, 7)), lines(seedRows), 'batches join without a gap or repeat');
      const ipo = await collect(exportCitedNumbers(connection.db, { category: 'ipo', disputed: false }, ORIGIN));
      assert.ok(ipo.length > 0);
      assert.equal(await joined(exportCitedNumbersCsv(connection, viewAt(connection.db, REVISION, true), { category: 'ipo', disputed: false }, ORIGIN)), lines(ipo));
      assert.equal(await joined(exportCitedNumbersCsv(connection, viewAt(connection.db, REVISION, true), { claimKeys: [] }, ORIGIN)), '');
      // An origin that reads as a formula, with a comma in it: the permalink is defused and quoted.
      const odd = '=cmd|x,y';
      const oddRows = await collect(exportCitedNumbers(connection.db, { category: 'ipo' }, odd));
      assert.equal(await joined(exportCitedNumbersCsv(connection, viewAt(connection.db, REVISION, true), { category: 'ipo' }, odd)), lines(oddRows));
      // An origin with quote marks and a backslash, which the COPY's SQL text must carry as data.
      const quoted = "https://o'brien.example/it''s\\x";
      const quotedRows = await collect(exportCitedNumbers(connection.db, { category: 'ipo' }, quoted));
      assert.ok(quotedRows.every((r) => r.permalink?.startsWith(`${quoted}/metrics/`)));
      assert.equal(await joined(exportCitedNumbersCsv(connection, viewAt(connection.db, REVISION, true), { category: 'ipo' }, quoted)), lines(quotedRows));
    });

    it('takes filter values as data, however they are written', async () => {
      for (const subject of ["O'Brien", "'; DROP TABLE claims; --", 'back\\slash\\', "E'\\x27'", '$1 $$ $tag$']) {
        assert.equal(await joined(exportCitedNumbersCsv(connection, viewAt(connection.db, REVISION, true), { subject }, ORIGIN)), '', subject);
      }
      assert.equal((await collect(exportCitedNumbers(connection.db, {}, ORIGIN))).length, citationCount, 'nothing was dropped or changed');
    });

    it('writes each kind of cell as csvCell does', async () => {
      const cases: [CsvColumnType, 'text' | 'numeric' | 'integer' | 'date', string | number | null][] = [
        ['string', 'text', null], ['string', 'text', ''], ['string', 'text', 'plain'], ['string', 'text', '=HYPERLINK("http://x","y")'],
        ['string', 'text', '+1'], ['string', 'text', '-2'], ['string', 'text', '@SUM(A1)'], ['string', 'text', '\tx'], ['string', 'text', '\rx'],
        ['string', 'text', 'a,b'], ['string', 'text', 'say "hi"'], ['string', 'text', 'two\nlines'], ['string', 'text', 'crlf\r\nend'],
        ['string', 'text', ' =not at start'], ['string', 'text', "'already"], ['string', 'text', '\u202e딥시크 약 557만6000달러'],
        ['number', 'numeric', null], ['number', 'numeric', 0], ['number', 'numeric', -17.2], ['number', 'numeric', 5576000], ['number', 'numeric', 0.056],
        ['number', 'numeric', '1.50'], ['number', 'numeric', '800000000000000'], ['integer', 'integer', 12], ['integer', 'integer', null],
        ['date', 'date', '2025-01-20'], ['date', 'date', null],
      ];
      // Each kind of cell from a value cast to its column's type; the casts are written out, not built from strings.
      const casts = { text: (v: unknown) => sql`${v}::text`, numeric: (v: unknown) => sql`${v}::numeric`, integer: (v: unknown) => sql`${v}::integer`, date: (v: unknown) => sql`${v}::date` };
      for (const [type, pgType, value] of cases) {
        const select = connection.db.select({ cell: copyCellSql(casts[pgType](value), type).as('cell') }).from(sources).limit(1);
        const cell = (await joined(connection.copyCsv(inlineSql(select)))).replace(/\n$/, '');
        const expected = csvCell(type === 'number' && value !== null ? Number(value) : value, type);
        assert.equal(cell, expected, `${type} ${JSON.stringify(value)}`);
      }
    });

    if (target.name === 'PostgreSQL') {
      it('runs each COPY in a read-only session that the server stops after its timeout', async () => {
        const settings = await joined(connection.copyCsv("SELECT current_setting('default_transaction_read_only'), current_setting('statement_timeout'), current_setting('application_name')"));
        assert.equal(settings, 'on,2min,cited-export\n');
        await assert.rejects(joined(connection.copyCsv('SELECT nextval(pg_get_serial_sequence($$sources$$, $$id$$))')), /read-only/);
      });
    }

    it('names a filter target that does not exist instead of exporting nothing', async () => {
      assert.equal(await missingFilterTarget(connection.db, { source: 'nope' }), 'no source "nope"');
      assert.equal(await missingFilterTarget(connection.db, { subject: 'Nobody' }), 'no metric has subject "Nobody"');
      assert.equal(await missingFilterTarget(connection.db, { metricSlug: 'nope' }), 'no metric "nope"');
      assert.equal(await missingFilterTarget(connection.db, { subject: 'deepseek', source: seedData.sources[0].slug }), null);
    });

    it('writes tables that validate against the Data Package’s own schema', async () => {
      const pkg = dataPackage(ORIGIN, new Date().toISOString(), REVISION);
      const tables: Record<string, string[][]> = {};
      for (const resource of TABLE_RESOURCES) {
        tables[resource.name] = parseCsv(await csvText(csvColumns(resource.fields), exportTable(viewAt(connection.db, REVISION, true), resource.name as TableName, 5)));
      }
      tables['cited-numbers'] = parseCsv(BOM + csvHeader(csvColumns(CITED_NUMBER_FIELDS)) + (await joined(exportCitedNumbersCsv(connection, viewAt(connection.db, REVISION, true), {}, ORIGIN))));
      assert.deepEqual(validateTables(pkg, tables), []);
      for (const resource of pkg.resources) assert.ok(!('foreignKeys' in resource.schema) || resource.schema.foreignKeys!.length > 0, `${resource.name}: no empty foreignKeys`);
      assert.equal(tables.claims.length - 1, seedData.claims.length);
      assert.equal(tables['cited-numbers'].length - 1, citationCount);

      // And the validator does catch a broken table.
      const broken = { ...tables, citations: tables.citations.map((row, i) => (i === 1 ? row.map((c, j) => (j === 1 ? 'no-such-claim' : c)) : row)) };
      assert.match(validateTables(pkg, broken).join('\n'), /claim_key "no-such-claim" is not a claims\.key/);
    });
  });
}

describe('inlineSql', () => {
  const cases: [string, SQLWrapper, string][] = [
    ['text', sql`select ${'plain'}`, "select E'plain'"],
    ['a quote', sql`select ${"it's"}`, "select E'it''s'"],
    ['a backslash', sql`select ${'back\\slash'}`, "select E'back\\\\slash'"],
    ['Korean', sql`select ${'딥시크'}`, "select E'딥시크'"],
    ['an integer', sql`select ${5576000}`, 'select 5576000'],
    ['a negative decimal', sql`select ${-17.2}`, 'select -17.2'],
    ['a large number, never in exponent form', sql`select ${8e14}`, 'select 800000000000000'],
    ['null', sql`select ${null}`, 'select null'],
    ['a boolean', sql`select ${true}`, 'select true'],
    ['a date through its column', eq(claims.refDate, '2025-01-20'), `"claims"."ref_date" = E'2025-01-20'`],
    ['a numeric through its column, as exact text', eq(claims.value, -17.2), `"claims"."value" = E'-17.2'`],
    ['an integer through its column', eq(claims.id, 3), '"claims"."id" = 3'],
    ['an object, as JSON with its quotes and backslashes escaped', sql`select ${{ a: "it's", b: ['\\'] }}`, `select E'{"a":"it''s","b":["\\\\\\\\"]}'`],
    ['a list, as a row', sql`select ${[1, 'x']}`, "select (1, E'x')"],
  ];
  for (const [what, query, want] of cases) it(`${what} → ${want}`, () => assert.equal(inlineSql(query), want));
  it('refuses a NUL character, which no SQL text can hold', () => assert.throws(() => inlineSql(sql`select ${'a\u0000b'}`), RangeError));
});

describe('cells copied as they are', () => {
  it('every enum label is already a plain CSV cell', () => {
    for (const [name, field] of Object.entries(CITED_NUMBER_FIELDS)) {
      for (const value of 'enum' in field ? field.enum : []) {
        assert.ok(value !== '' && csvCell(value, 'string') === value, `${name}: ${value}`);
      }
    }
  });
});
