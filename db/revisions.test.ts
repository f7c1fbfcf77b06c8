import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SeedHistory } from '../seed/history';
import { loadSeed } from '../seed/load';
import type { ClaimSeed, MetricSeed, SourceSeed } from '../seed/schema';
import { openSeeded, testTargets } from '../fixtures/databases';
import type { Connection } from './connect';
import { countFacts, getMetric, listMetrics } from './queries';
import { exportCitedNumbersCsv, exportTable } from './export-queries';
import { asOf, viewAt, findMetricEver, getMetricRecord, getWithdrawnMetric, latestRevision, listMovedMetrics, metricHistory, revisionChanges } from './revisions';
import { revisions } from './schema';

const source: SourceSeed = {
  slug: 'paper', articleFile: 'test.txt', publisher: '신문', publisherEn: 'Paper', title: null, byline: null,
  published: '2025-01-29', publishedBasis: 'printed', publishedNote: null, url: null, language: 'ko',
};
const metric = (slug: string): MetricSeed => ({ slug, label: `Share ${slug}`, category: 'market-share', subject: 'DeepSeek', dimension: null, unit: 'percent', description: null });
const claim = (key: string, metricSlug: string, value: number): ClaimSeed => ({
  key, metric: metricSlug, qualifier: 'exact', value, kind: 'reported', speaker: null,
  citations: [{ key: `${key}-c`, source: 'paper', quote: `점유율은 ${value}%에 달했다`, statedText: `${value}%`, translation: `The share reached ${value}%.`, paragraph: 1 }],
});

/** Four revisions that use every kind of change a seed can make. */
const history: SeedHistory = {
  initial: { id: 'first', summary: 'First load', facts: { sources: [source], metrics: [metric('share-a'), metric('share-b')], claims: [claim('a1', 'share-a', 56), claim('b1', 'share-b', 20)] } },
  revisions: [
    {
      id: 'fix-translation',
      summary: 'A translation fixed, a citation added',
      changes: [
        { citation: 'a1-c', set: { translation: 'The share came to 56%.' }, reason: 'The translation said "reached"; the text says 달했다.' },
        { addCitation: { key: 'a1-c2', source: 'paper', quote: '56%를 차지했다', statedText: '56%', translation: 'It held 56%.', paragraph: 2 }, to: 'a1', reason: 'A second passage states it too.' },
      ],
    },
    {
      id: 'rename-and-withdraw-citation',
      summary: 'A clearer address; a citation withdrawn',
      changes: [
        { rename: { metric: 'share-a' }, to: 'share-alpha', reason: 'A clearer address.' },
        { rename: { citation: 'a1-c' }, to: 'a1-first', reason: 'Keys name the passage.' },
        { withdraw: { citation: 'a1-c2' }, reason: 'The second passage is about another market.' },
      ],
    },
    { id: 'withdraw-metric', summary: 'A metric withdrawn', changes: [{ withdraw: { metric: 'share-b' }, replacedBy: 'share-alpha', reason: 'Counted the same market twice.' }] },
  ],
};

for (const target of testTargets()) {
  describe(`revisions on ${target.name}`, () => {
    let connection: Connection;
    before(async () => {
      connection = await openSeeded(target, history);
    });
    after(async () => connection?.close());

    it('made one revision per entry, and a re-run makes none', async () => {
      assert.deepEqual(await latestRevision(connection.db).then((r) => r?.number), 4);
      const again = await loadSeed(connection.db, history);
      assert.deepEqual(again.applied, []);
      assert.equal(await connection.db.$count(revisions), 4);
    });

    it('reads the store exactly as it was at each revision', async () => {
      const at = (n: number) => asOf(connection.db, n, (db) => listMetrics(db));
      const first = await at(1);
      assert.deepEqual(first.map((m) => m.slug), ['share-a', 'share-b']);
      assert.equal(first[0].claims[0].citations[0].translation, 'The share reached 56%.');
      const second = await at(2);
      assert.deepEqual(second[0].claims[0].citations.map((k) => [k.key, k.translation]), [['a1-c', 'The share came to 56%.'], ['a1-c2', 'It held 56%.']]);
      const third = await at(3);
      assert.deepEqual(third.map((m) => m.slug), ['share-alpha', 'share-b']);
      assert.deepEqual(third[0].claims[0].citations.map((k) => k.key), ['a1-first']);
      const fourth = await at(4);
      assert.deepEqual(fourth, await listMetrics(connection.db), 'the newest revision is the store today');
      assert.deepEqual(await countFacts(connection.db), { sources: 1, metrics: 1, claims: 1, citations: 1 });
      assert.deepEqual(await asOf(connection.db, 1, (db) => countFacts(db)), { sources: 1, metrics: 2, claims: 2, citations: 2 });
    });

    it('says what each revision changed, row by row, with its reason', async () => {
      const { changes, total } = await revisionChanges(connection.db, 2, 50);
      assert.equal(total, 2);
      assert.deepEqual(
        changes.map((c) => [c.table, c.key, c.kind, c.metricSlug, c.reason]),
        [
          ['citations', 'a1-c', 'changed', 'share-alpha', 'The translation said "reached"; the text says 달했다.'],
          ['citations', 'a1-c2', 'added', 'share-alpha', 'A second passage states it too.'],
        ],
      );
      const withdrawn = await revisionChanges(connection.db, 4, 50);
      assert.deepEqual(
        withdrawn.changes.map((c) => [c.table, c.key, c.kind, c.reason, c.replacedBy]),
        [
          ['metrics', 'share-b', 'withdrawn', 'Counted the same market twice.', 'share-alpha'],
          ['claims', 'b1', 'withdrawn', 'Withdrawn with its metric: Counted the same market twice.', null],
          ['citations', 'b1-c', 'withdrawn', 'Withdrawn with its metric: Counted the same market twice.', null],
        ],
      );
    });

    it("keeps a metric's whole history under its old and new names", async () => {
      const found = await findMetricEver(connection.db, 'share-a');
      assert.deepEqual(found && { slug: found.slug, withdrawn: found.withdrawn }, { slug: 'share-alpha', withdrawn: false });
      const log = await metricHistory(connection.db, found!.id);
      assert.deepEqual(log.map((r) => r.number), [3, 2, 1]);
      const renamed = log[0].changes.find((c) => c.table === 'metrics')!;
      assert.deepEqual([renamed.before?.slug, renamed.after?.slug, renamed.reason], ['share-a', 'share-alpha', 'A clearer address.']);
    });

    it('knows which addresses moved, and why a withdrawn metric went', async () => {
      const moved = await listMovedMetrics(connection.db);
      assert.deepEqual(moved, { renamed: [['share-a', 'share-alpha']], withdrawn: ['share-b'] });
      const gone = await getWithdrawnMetric(connection.db, 'share-b');
      assert.equal(gone?.label, 'Share share-b');
      assert.deepEqual(gone && [gone.withdrawn.revision.number, gone.withdrawn.reason, gone.withdrawn.replacedBy], [4, 'Counted the same market twice.', 'share-alpha']);
      assert.equal(await getWithdrawnMetric(connection.db, 'share-alpha'), null, 'a current metric is not withdrawn');
      assert.equal(await getMetric(connection.db, 'share-b'), null);
    });

    it('keeps withdrawn citations and old keys for the metric page', async () => {
      const found = await findMetricEver(connection.db, 'share-alpha');
      const record = await getMetricRecord(connection.db, found!.id);
      assert.deepEqual(record.formerKeys, { 'a1-first': ['a1-c'] });
      assert.deepEqual(record.withdrawnCitations.map((k) => [k.key, k.quote, k.withdrawn.reason, k.withdrawn.revision.number]), [['a1-c2', '56%를 차지했다', 'The second passage is about another market.', 3]]);
    });

    it('exports any revision, COPY included, each permalink naming it', async () => {
      const text = async (chunks: AsyncIterable<Uint8Array>) => {
        let all = '';
        for await (const chunk of chunks) all += new TextDecoder().decode(chunk);
        return all;
      };
      for (const batch of [1000, 1]) {
        const first = await text(exportCitedNumbersCsv(connection, viewAt(connection.db, 1, false), {}, 'https://cited.example', batch));
        assert.match(first, /The share reached 56%\./);
        assert.match(first, /https:\/\/cited\.example\/metrics\/share-a\?rev=1#cite-a1-c/);
        assert.match(first, /share-b/);
        const today = await text(exportCitedNumbersCsv(connection, viewAt(connection.db, 4, true), {}, 'https://cited.example', batch));
        assert.doesNotMatch(today, /share-b|reached/);
        assert.match(today, /metrics\/share-alpha\?rev=4#cite-a1-first/);
      }
      const tables: string[] = [];
      for await (const rows of exportTable(viewAt(connection.db, 2, false), 'citations', 1)) tables.push(...rows.map((r) => String(r.key)));
      assert.deepEqual(tables, ['a1-c', 'b1-c', 'a1-c2']);
    });
  });
}
