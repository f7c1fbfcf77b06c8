import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BOM, csvHeader, csvLine, parseCsv, type CsvColumn } from '../lib/csv';
import { citedNumberRowSchema, CITED_NUMBER_FIELDS, csvColumns, dataPackage, TABLE_RESOURCES, validateTables } from '../lib/export';
import { seedData } from '../seed/data';
import type { Connection } from './connect';
import { exportCitedNumbers, exportTable, missingFilterTarget, type TableName } from './exports';
import { openSeeded, testTargets } from './testing';

const ORIGIN = 'https://cited.example';

async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const batch of batches) all.push(...batch);
  return all;
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
      assert.equal(nvidia.permalink, `${ORIGIN}/metrics/nvidia-share-price-change-2025-01-27#cite-${nvidia.citation_key}`);
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
      assert.equal(one.length, 3);
      const chosen = await collect(exportCitedNumbers(connection.db, { claimKeys: [one[0].claim_key!] }, ORIGIN));
      assert.deepEqual(chosen, [one[0]]);
      assert.deepEqual(await collect(exportCitedNumbers(connection.db, { claimKeys: [] }, ORIGIN)), []);
    });

    it('names a filter target that does not exist instead of exporting nothing', async () => {
      assert.equal(await missingFilterTarget(connection.db, { source: 'nope' }), 'no source "nope"');
      assert.equal(await missingFilterTarget(connection.db, { subject: 'Nobody' }), 'no metric has subject "Nobody"');
      assert.equal(await missingFilterTarget(connection.db, { metricSlug: 'nope' }), 'no metric "nope"');
      assert.equal(await missingFilterTarget(connection.db, { subject: 'deepseek', source: seedData.sources[0].slug }), null);
    });

    it('writes tables that validate against the Data Package’s own schema', async () => {
      const pkg = dataPackage(ORIGIN, new Date().toISOString());
      const tables: Record<string, string[][]> = {};
      for (const resource of TABLE_RESOURCES) {
        tables[resource.name] = parseCsv(await csvText(csvColumns(resource.fields), exportTable(connection.db, resource.name as TableName, 5)));
      }
      tables['cited-numbers'] = parseCsv(await csvText(csvColumns(CITED_NUMBER_FIELDS), exportCitedNumbers(connection.db, {}, ORIGIN)));
      assert.deepEqual(validateTables(pkg, tables), []);
      assert.equal(tables.claims.length - 1, seedData.claims.length);
      assert.equal(tables['cited-numbers'].length - 1, citationCount);

      // And the validator does catch a broken table.
      const broken = { ...tables, citations: tables.citations.map((row, i) => (i === 1 ? row.map((c, j) => (j === 1 ? 'no-such-claim' : c)) : row)) };
      assert.match(validateTables(pkg, broken).join('\n'), /claim_key "no-such-claim" is not a claims\.key/);
    });
  });
}
