import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asc, sql } from 'drizzle-orm';
import { ZodError } from 'zod';
import { rowsOf, type Connection } from '../db/connect';
import { searchVocabulary } from '../db/schema';
import { searchMetrics } from '../db/search';
import { openSeeded, testTargets } from '../fixtures/databases';
import { analyzeQuery } from '../lib/search';
import { SEARCH_VOCABULARY, type WordSet } from '../lib/search-vocabulary';
import { seedHistory } from './data';
import { syncSearchVocabulary, vocabularyRows } from './search-vocabulary';

for (const target of testTargets()) {
  describe(`search vocabulary on ${target.name}`, () => {
    let connection: Connection;
    before(async () => {
      connection = await openSeeded(target, seedHistory);
    });
    after(async () => connection?.close());

    const search = async (q: string) => {
      const analysis = analyzeQuery(q);
      assert.ok(analysis.ok);
      return (await searchMetrics(connection.db, analysis.query, { limit: 50, offset: 0 })).matches;
    };
    const slugs = async (q: string) => (await search(q)).map((m) => m.metric.slug);

    /** Whether search_words holds each word with the number of documents holding it, and nothing else. */
    const wordsCountedExactly = async () =>
      rowsOf<{ wrong: number }>(
        await connection.db.execute(sql`
          SELECT count(*)::int AS wrong FROM search_words s
          FULL JOIN (SELECT w, count(*)::int AS n FROM search_documents, unnest(tsvector_to_array(document)) AS w GROUP BY w) d ON d.w = s.word
          WHERE s.documents IS DISTINCT FROM d.n`),
      )[0].wrong;

    it('is loaded with the seed, and loading again writes none', async () => {
      // The seed's revisions rewrite documents: each word still counts the documents holding it once.
      assert.equal(await wordsCountedExactly(), 0);
      const stored = await connection.db.select().from(searchVocabulary).orderBy(asc(searchVocabulary.name));
      assert.deepEqual(
        stored.map((row) => row.name),
        SEARCH_VOCABULARY.map((set) => set.name).sort(),
      );
      assert.deepEqual(await syncSearchVocabulary(connection.db), { written: [], removed: [] });
    });

    it("finds a figure by a reader's word where its texts write another, holding it", async () => {
      const drops = await search('stock drop');
      const shares = drops.map((m) => m.metric.slug);
      for (const company of ['nvidia', 'broadcom', 'tsmc', 'asml']) assert.ok(shares.includes(`${company}-share-price-change-2025-01-27`), shares.join(', '));
      assert.ok(drops.every((m) => m.missing.length === 0));
      // The Hong Kong Stock Exchange, where firms list, is the texts' one "stock"; no share fell there.
      assert.ok(!shares.some((slug) => slug.includes('hong-kong')), shares.join(', '));
    });

    it('does not apply a set where the same place says it does not ("주식 아닌 원자재")', async () => {
      const holds = async (key: string, query: string) => {
        const [row] = rowsOf<{ holds: boolean }>(
          await connection.db.execute(sql`SELECT d.document @@ to_tsquery('simple', ${query}) AS holds FROM search_documents d JOIN citations k ON k.id = d.citation_id WHERE k.key = ${key}`),
        );
        return row.holds;
      };
      // The set's words, where the label or quote (A, C) has them: a share price fell, natural gas fell and is no stock.
      assert.equal(await holds('c002-nvidia-drop', "'stock':AC & 'drop':AC"), true);
      assert.equal(await holds('c002-natural-gas-futures-drop', "'drop':AC"), true);
      assert.equal(await holds('c002-natural-gas-futures-drop', "'stock':AC | 'stocks':AC"), false);
      // Its Korean label says 주식 only to say it is none: that place holds none of the set's words.
      assert.equal(await holds('c002-natural-gas-futures-drop', "'주식':A"), false);
      const falls = await slugs('주식 하락');
      assert.ok(falls[0]?.endsWith('-share-price-change-2025-01-27'), falls.join(', '));
    });

    it('rewrites the documents a changed or removed set touches, and only the vocabulary in its file is kept', async () => {
      const without = SEARCH_VOCABULARY.filter((set) => set.name !== 'fall');
      const renamed: WordSet[] = without.map((set) => (set.name === 'stock' ? { ...set, words: ['equity'] } : set));
      try {
        assert.deepEqual(await syncSearchVocabulary(connection.db, renamed), { written: ['stock'], removed: ['fall'] });
        assert.ok((await slugs('equity')).includes('nvidia-share-price-change-2025-01-27'));
        assert.deepEqual((await search('Nvidia stock')).find((m) => m.metric.slug === 'nvidia-share-price-change-2025-01-27')?.missing, ['stock']);
        assert.ok(!(await slugs('dropped')).includes('nvidia-share-price-change-2025-01-27'));
        // A word only the removed set gave is gone from the words a typo is corrected to.
        assert.equal(await wordsCountedExactly(), 0);
        assert.equal(rowsOf(await connection.db.execute(sql`SELECT 1 FROM search_words WHERE word = 'tumbled'`)).length, 0);
      } finally {
        assert.deepEqual(await syncSearchVocabulary(connection.db), { written: ['fall', 'stock'], removed: [] });
      }
      assert.deepEqual(await slugs('equity'), []);
      assert.equal(await wordsCountedExactly(), 0);
      assert.ok((await slugs('dropped')).includes('nvidia-share-price-change-2025-01-27'));
    });

    it("gives a set's words where one place holds its forms, though another says it does not apply", async () => {
      // Nvidia's label says share-price; its quote and translation say it plunged.
      const probe: WordSet = { name: 'probe', words: ['zzlabel'], written: ['share price'], unless: ['plunged'] };
      const weighs = async (query: string) =>
        rowsOf<{ holds: boolean }>(
          await connection.db.execute(sql`SELECT d.document @@ to_tsquery('simple', ${query}) AS holds FROM search_documents d JOIN citations k ON k.id = d.citation_id WHERE k.key = 'c002-nvidia-drop'`),
        )[0].holds;
      try {
        assert.deepEqual(await syncSearchVocabulary(connection.db, [...SEARCH_VOCABULARY, probe]), { written: ['probe'], removed: [] });
        assert.equal(await weighs("'zzlabel':A"), true, 'from the label');
        assert.equal(await weighs("'zzlabel':C"), false, 'not from the quote, which says plunged');
        // Renamed: removed under its old name, written under its new one.
        assert.deepEqual(await syncSearchVocabulary(connection.db, [...SEARCH_VOCABULARY, { ...probe, name: 'probe-renamed' }]), { written: ['probe-renamed'], removed: ['probe'] });
        assert.equal(await weighs("'zzlabel':A"), true);
      } finally {
        assert.deepEqual(await syncSearchVocabulary(connection.db), { written: [], removed: ['probe-renamed'] });
      }
      assert.equal(await weighs("'zzlabel'"), false);
      assert.equal(await wordsCountedExactly(), 0);
    });
  });
}

describe('search vocabulary rows', () => {
  it('hold each set with its written forms, and those that refuse it, as one query each', () => {
    const [stock, fall] = vocabularyRows([
      { name: 'stock', words: ['stock'], written: ['share price', '주가*'], unless: ['주식 아닌'] },
      { name: 'fall', words: ['drop'], written: ['fell'] },
    ]);
    assert.deepEqual(stock, { name: 'stock', words: ['stock'], written: "'share' <-> 'price' | '주가':*", unless: "'주식' <-> '아닌'" });
    assert.deepEqual(fall, { name: 'fall', words: ['drop'], written: "'fell'", unless: null });
  });
  it('refuses a vocabulary a query could not be made of, before any database is touched', () => {
    assert.throws(() => vocabularyRows([{ name: 'stock', words: ['Stock'], written: ['주가*'] }]), ZodError);
  });
});
