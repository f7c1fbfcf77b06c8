import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { PgPreparedQuery } from 'drizzle-orm/pg-core';
import { openSeeded, testTargets } from '../fixtures/databases';
import { loadSynthetic } from '../fixtures/synthetic';
import { headlineClaim } from '../lib/metric';
import { analyzeQuery } from '../lib/search';
import { seedData, seedHistory } from '../seed/data';
import { rowsOf, type Connection } from './connect';
import { getMetric } from './queries';
import { searchMetrics } from './search';

const articlesDir = process.env.CITED_ARTICLES_DIR ?? path.resolve(process.cwd(), '..', 'shared', 'articles');
const haveArticles = existsSync(articlesDir);

/** What a reader types → the metric that must be among the first three results. */
const relevance: [string, string, string][] = [
  ['Korean', '딥시크 점유율 에티오피아', 'deepseek-ai-market-share-ethiopia'],
  ['Korean, with particles the text does not have', '엔비디아의 주가는', 'nvidia-share-price-change-2025-01-27'],
  ['Korean, two words', '엔비디아 주가', 'nvidia-share-price-change-2025-01-27'],
  ['Korean, a company listing', '미니맥스 상장', 'minimax-hong-kong-listing-date'],
  ['Korean, money raised', '미니맥스 조달', 'minimax-hong-kong-ipo-proceeds'],
  ['Korean, researchers', '중국 AI 연구자', 'ai-researchers-2022-china'],
  ['English question', 'how much did DeepSeek V3 cost', 'deepseek-v3-development-cost'],
  ['English words', 'Nvidia share price drop', 'nvidia-share-price-change-2025-01-27'],
  ['English, an IPO', 'MiniMax IPO proceeds', 'minimax-hong-kong-ipo-proceeds'],
  ['English, researchers in India', 'AI researchers India', 'ai-researchers-2022-india'],
  ['English, chips', 'how many H800 chips', 'deepseek-h800-gpus-used-for-training'],
  ['number as written', '557만', 'deepseek-v3-development-cost'],
  ['number as written, with units', '5억 5800만 달러', 'zhipu-ai-hong-kong-ipo-proceeds'],
  ['number as written, approximate', '2천여개', 'deepseek-h800-gpus-used-for-training'],
  ['number as written, a fall', '17.2%', 'nvidia-share-price-change-2025-01-27'],
  ['number as a value', '5.576 million', 'deepseek-v3-development-cost'],
  ['number as a value, digits', '5576000', 'deepseek-v3-development-cost'],
  ['number as a value, a share', 'DeepSeek 56%', 'deepseek-ai-market-share-belarus'],
  ['number as a value, rounded', 'Zhipu 558 million', 'zhipu-ai-hong-kong-ipo-proceeds'],
  ['speaker', 'Gavin Baker', 'deepseek-v3-development-cost'],
  ['speaker, Korean name', '아모데이 북한', 'amodei-north-korea-warning-date'],
  ['speaker and figure', 'Lin Junyang 20%', 'china-ai-lead-probability-3-5-years'],
  ['a typo', 'Deepsek V3 cost', 'deepseek-v3-development-cost'],
  ["a model and its category's name", 'ChatGPT training cost', 'chatgpt-development-cost'],
  ["an English plural and its category's name", 'training costs', 'deepseek-v3-development-cost'],
  ["a category's name in Korean", '전망', 'china-ai-lead-probability-3-5-years'],
  ["English, a reader's words for share prices that fell", 'chip stocks fell', 'tsmc-share-price-change-2025-01-27'],
  ["English, a reader's word for a listing", 'Zhipu IPO', 'zhipu-ai-hong-kong-listing-date'],
  ["English, a reader's word for money raised", 'MiniMax funding', 'minimax-hong-kong-ipo-proceeds'],
];

/**
 * What a reader types → the metric that must come first. A number the documents write (the 3 of
 * Llama 3) is looked up as a word, and a citation that only states its value ranks after those
 * holding every word; a number no document writes is still found by its value alone.
 */
const first: [string, string, string][] = [
  ["a model's name with its number", 'Meta Llama 3', 'deepseek-v3-cost-share-of-llama-3'],
  ["a model's name with its number, and a word", 'Llama 3 cost', 'deepseek-v3-cost-share-of-llama-3'],
  ["Korean, a model's name with its number", '라마 3 비용', 'deepseek-v3-cost-share-of-llama-3'],
  ['Korean, a fraction as written', 'V3 개발비는 챗GPT의 18분의 1', 'deepseek-v3-cost-share-of-chatgpt'],
  ['a company with a fall other companies had', 'TSMC 20%', 'tsmc-share-price-change-2025-01-27'],
  ['a number written and stated, with its subject', 'DeepSeek 56%', 'deepseek-ai-market-share-belarus'],
  ['a number no document writes, by its value', 'cost 30000', 'nvidia-h100-unit-price'],
  ["a model's name with its number, and its category's name", 'Llama 3 training cost', 'deepseek-v3-cost-share-of-llama-3'],
  ["a company and a reader's words the texts put otherwise", 'Nvidia stock drop', 'nvidia-share-price-change-2025-01-27'],
  ["a company and a reader's word, in Korean", '엔비디아 주식', 'nvidia-share-price-change-2025-01-27'],
  ['a misspelt company beside its figure, which another states more nearly', 'brodcom 17%', 'broadcom-share-price-change-2025-01-27'],
  ["a reader's abbreviation for a country the label spells out", 'US AI researchers', 'ai-researchers-2022-united-states'],
  ["a reader's abbreviation for a country, in a question", 'how many AI researchers in the US', 'ai-researchers-2022-united-states'],
  ["a country's people, with other words", 'Russian market share DeepSeek', 'deepseek-ai-market-share-russia'],
  ['a company and its fall, rounded (the texts write 17.2%, and 17% for Zimbabwe)', 'nvidia 17%', 'nvidia-share-price-change-2025-01-27'],
  ['Korean, a company and its fall, rounded', '엔비디아 17%', 'nvidia-share-price-change-2025-01-27'],
  ['a company and its fall, rounded, its unit spelt out', 'nvidia 17 percent', 'nvidia-share-price-change-2025-01-27'],
  ['an amount no claim states, found where a text writes it', '2.94%', 'meta-manus-acquisition-price'],
  ['a company and its fall, rounded down', 'Marvell 19%', 'marvell-technology-share-price-change-2025-01-27'],
  ['words and a share of about 20%, beside falls of 17.2% to 21% under the same words', 'Singapore revenue 20%', 'nvidia-revenue-share-via-singapore'],
];

/**
 * What a reader types → a metric on the first page, and the words of the query its citation lacks:
 * a misspelt word is held where one of its corrections is, and a number read as a value is never
 * listed. The last pass answers words no citation holds enough of with citations holding any.
 */
const missing: [string, string, string, string[]][] = [
  ['every word held', '엔비디아 주가', 'nvidia-share-price-change-2025-01-27', []],
  ['words only some citations hold, any one answering', 'Blackwell Ethiopia Marvell', 'marvell-technology-share-price-change-2025-01-27', ['blackwell', 'ethiopia']],
  ["a reader's words the texts put otherwise (share price, 폭락)", 'Nvidia stock drop', 'nvidia-share-price-change-2025-01-27', []],
  ['a company named, and a figure stated by it', 'TSMC 20%', 'tsmc-share-price-change-2025-01-27', []],
  ['a company named, and a figure stated by another', 'TSMC 20%', 'broadcom-share-price-change-2025-01-27', ['tsmc']],
  ['a number no document writes, matched by value', 'cost 30000', 'nvidia-h100-unit-price', ['cost']],
  ['a misspelt word, when enough of the others answer', 'Deepsek V3 cost', 'deepseek-v3-development-cost', ['deepsek']],
  ['a misspelt word held as its correction', 'Nvdia Singapore jobs', 'nvidia-gpus-probably-not-in-singapore', ['jobs']],
  ['a misspelt word beside a figure, held as its correction', 'deepsek 56%', 'deepseek-ai-market-share-belarus', []],
  ['a word nothing holds or corrects, beside a number no text writes: the figure alone', 'zzqx 30000', 'nvidia-h100-unit-price', ['zzqx']],
  ["a reader's abbreviation for a city the labels spell out", 'HK IPO', 'zhipu-ai-hong-kong-ipo-proceeds', []],
  ["a country's people, where the label names the country", 'Chinese AI researchers', 'ai-researchers-2022-china', []],
  ['enough of the words, with a number the documents write', 'Llama 3 cost Singapore', 'deepseek-v3-cost-share-of-llama-3', ['singapore']],
  ['a Korean question, its compound cut to the noun the texts write', '미니맥스 홍콩 상장일은 언제', 'minimax-hong-kong-listing-date', []],
  ['a Korean question, its verb cut to the noun', '딥시크가 사용한 GPU 수는 몇', 'deepseek-h800-gpus-used-for-training', []],
];

/** One citation per article: the whole sentence of the article that holds its quote is pasted. */
const pasted: [string, string][] = [
  ['c000-r1-cost-3pct-of-openai', 'deepseek-r1-cost-share-of-openai'],
  ['c001-minimax-ipo-proceeds', 'minimax-hong-kong-ipo-proceeds'],
  // Its sentence also holds c002-nvidia-drop's quote, which this one contains whole: the longer wins.
  ['c002-nvidia-market-value-lost', 'nvidia-market-value-lost-2025-01-27'],
  ['c003-ai-researchers-china', 'ai-researchers-2022-china'],
  ['c004-deepseek-share-ethiopia', 'deepseek-ai-market-share-ethiopia'],
];

/** The sentence (or sentences) of the article that hold the quote, as a reader would copy it. */
function sentenceHolding(citationKey: string): string {
  const claim = seedData.claims.find((c) => c.citations.some((k) => k.key === citationKey))!;
  const citation = claim.citations.find((k) => k.key === citationKey)!;
  const source = seedData.sources.find((s) => s.slug === citation.source)!;
  const file = readdirSync(articlesDir).find((f) => f === source.articleFile)!;
  const paragraph = readFileSync(path.join(articlesDir, file), 'utf8').split('\n').find((line) => line.includes(citation.quote))!;
  const start = paragraph.indexOf(citation.quote);
  const from = Math.max(paragraph.lastIndexOf('. ', start) + 2, 0);
  const end = paragraph.indexOf('다.', start + citation.quote.length);
  return paragraph.slice(from, end === -1 ? undefined : end + 2).trim();
}

async function top(connection: Connection, q: string, limit = 3): Promise<string[]> {
  const analysis = analyzeQuery(q);
  assert.ok(analysis.ok, q);
  return (await searchMetrics(connection.db, analysis.query, { limit, offset: 0 })).matches.map((m) => m.metric.slug);
}

for (const target of testTargets()) {
  describe(`search on ${target.name}`, () => {
    let connection: Connection;
    before(async () => {
      connection = await openSeeded(target, seedHistory);
    });
    after(async () => connection?.close());

    for (const [kind, q, expected] of relevance) {
      it(`${kind}: “${q}” finds ${expected} in the first three`, async () => {
        const found = await top(connection, q);
        assert.ok(found.includes(expected), `got ${found.join(', ')}`);
      });
    }

    for (const [kind, q, expected] of first) {
      it(`${kind}: “${q}” finds ${expected} first`, async () => {
        const [found] = await top(connection, q, 1);
        assert.equal(found, expected);
      });
    }

    for (const [kind, q, slug, lacks] of missing) {
      it(`${kind}: “${q}” finds ${slug}, lacking ${JSON.stringify(lacks)}`, async () => {
        const analysis = analyzeQuery(q);
        assert.ok(analysis.ok, q);
        const { matches } = await searchMetrics(connection.db, analysis.query, { limit: 20, offset: 0 });
        const match = matches.find((m) => m.metric.slug === slug);
        assert.ok(match, `got ${matches.map((m) => m.metric.slug).join(', ')}`);
        assert.deepEqual(match.missing, lacks);
      });
    }

    it('ranks the figures a number names by how near they are: 17% is Zimbabwe\'s 17%, then the falls of 17.2% and 17.40%', async () => {
      assert.deepEqual(await top(connection, '17%'), ['deepseek-ai-market-share-zimbabwe', 'nvidia-share-price-change-2025-01-27', 'broadcom-share-price-change-2025-01-27']);
    });

    it('ranks a figure stated without the words after the one stated with them (nvidia 17%: Nvidia\'s fall, then Zimbabwe\'s 17%)', async () => {
      const analysis = analyzeQuery('nvidia 17%');
      assert.ok(analysis.ok);
      const { matches } = await searchMetrics(connection.db, analysis.query, { limit: 2, offset: 0 });
      assert.deepEqual(
        matches.map((m) => [m.metric.slug, m.missing]),
        [
          ['nvidia-share-price-change-2025-01-27', []],
          ['deepseek-ai-market-share-zimbabwe', ['nvidia']],
        ],
      );
    });

    it('answers words no citation holds two of with those holding any one, the weightier first', async () => {
      const analysis = analyzeQuery('Blackwell Ethiopia Marvell');
      assert.ok(analysis.ok);
      const { matches } = await searchMetrics(connection.db, analysis.query, { limit: 50, offset: 0 });
      assert.ok(
        matches.every((m) => m.missing.length === 2),
        matches.map((m) => m.missing.join(' ')).join(', '),
      );
      const slugs = matches.map((m) => m.metric.slug);
      // Each word names a metric, and labels weigh most; Marvell is also in the quote of ASML's fall.
      assert.deepEqual(new Set(slugs.slice(0, 3)), new Set(['nvidia-blackwell-supply-start-date', 'deepseek-ai-market-share-ethiopia', 'marvell-technology-share-price-change-2025-01-27']));
      assert.ok(slugs.indexOf('asml-share-price-change-2025-01-27') > 2, slugs.join(', '));
    });

    it('finds a number as the texts write it, not the longer numbers it starts (20% is not 2025)', async () => {
      const analysis = analyzeQuery('20%');
      assert.ok(analysis.ok);
      const { matches } = await searchMetrics(connection.db, analysis.query, { limit: 3, offset: 0 });
      assert.deepEqual(new Set(matches.map((m) => m.citation.statedText.replace(/^약 /, ''))), new Set(['20%']), matches.map((m) => `${m.metric.slug} ${m.citation.statedText}`).join(', '));
    });

    it('ranks, among citations holding some of the words, those holding more first', async () => {
      // The product's own words for the share prices that fell: no citation holds all five.
      const analysis = analyzeQuery('stock drops after the DeepSeek shock');
      assert.ok(analysis.ok);
      const { matches } = await searchMetrics(connection.db, analysis.query, { limit: 8, offset: 0 });
      const slugs = matches.map((m) => m.metric.slug);
      assert.ok(
        slugs.every((slug) => slug.endsWith('-share-price-change-2025-01-27')),
        slugs.join(', '),
      );
      assert.ok(matches.every((m) => m.missing.join(' ') === 'after shock'));
    });

    for (const [citationKey, expected] of pasted) {
      it(`a sentence pasted from the article of ${citationKey} finds its figure first`, { skip: !haveArticles && `no articles at ${articlesDir}` }, async () => {
        const sentence = sentenceHolding(citationKey);
        assert.ok(sentence.length > 30, sentence);
        const analysis = analyzeQuery(sentence);
        assert.ok(analysis.ok);
        const { matches } = await searchMetrics(connection.db, analysis.query, { limit: 3, offset: 0 });
        assert.equal(matches[0]?.metric.slug, expected, `“${sentence}” → ${matches.map((m) => m.metric.slug).join(', ')}`);
        assert.equal(matches[0].citation.key, citationKey);
      });
    }

    it('takes % _ \\ and quotes literally, and finds nothing rather than everything', async () => {
      for (const q of ['%%', '__', '\\\\', "''", '%_%', '*:*', '!!', '& | !', 'zzqx qvxj']) {
        const analysis = analyzeQuery(q);
        if (!analysis.ok) continue;
        assert.deepEqual(await top(connection, q, 100), [], q);
      }
    });

    it('pages without repeating or losing a metric', async () => {
      const analysis = analyzeQuery('딥시크');
      assert.ok(analysis.ok);
      const all = (await searchMetrics(connection.db, analysis.query, { limit: 100, offset: 0 })).matches.map((m) => m.metric.slug);
      assert.ok(all.length > 10, `${all.length}`);
      const paged: string[] = [];
      for (let offset = 0, more = true; more; offset += 4) {
        const page = await searchMetrics(connection.db, analysis.query, { limit: 4, offset });
        paged.push(...page.matches.map((m) => m.metric.slug));
        more = page.more;
      }
      assert.deepEqual(paged, all);
    });

    it('gives each result what its metric page shows: the headline figure, the citation, its speaker and source', async () => {
      for (const q of ['557만', 'Gavin Baker', '미니맥스 상장', 'AI researchers India']) {
        const analysis = analyzeQuery(q);
        assert.ok(analysis.ok);
        const { matches } = await searchMetrics(connection.db, analysis.query, { limit: 5, offset: 0 });
        assert.ok(matches.length > 0, q);
        for (const match of matches) {
          const metric = (await getMetric(connection.db, match.metric.slug))!;
          const headline = headlineClaim(metric)!;
          assert.deepEqual(match.metric, { slug: metric.slug, label: metric.label, labelKo: metric.labelKo, category: metric.category, unit: metric.unit });
          assert.deepEqual(match.headline, { qualifier: headline.qualifier, value: headline.value, lower: headline.lower, upper: headline.upper, refDate: headline.refDate && { date: headline.refDate.date, precision: headline.refDate.precision } }, match.metric.slug);
          const claim = metric.claims.find((c) => c.citations.some((k) => k.key === match.citation.key))!;
          const citation = claim.citations.find((k) => k.key === match.citation.key)!;
          assert.deepEqual(match.citation, { key: citation.key, quote: citation.quote, translation: citation.translation, statedText: citation.statedText });
          assert.deepEqual([match.speaker, match.speakerKo], [claim.speaker, claim.speakerKo]);
          const { slug, publisher, publisherEn, published } = citation.source;
          assert.deepEqual(match.source, { slug, publisher, publisherEn, published });
        }
      }
    });

    it('asks the database once, whichever pass answers, and marks a typo by the words it was corrected to', async () => {
      // Every statement either driver sends passes through drizzle's queryWithCache (internal, so
      // not in its types), prepared or not.
      const prepared = PgPreparedQuery.prototype as unknown as { queryWithCache(...args: unknown[]): Promise<unknown> };
      const send = prepared.queryWithCache;
      let calls = 0;
      prepared.queryWithCache = function (...args) {
        calls++;
        return send.apply(this, args);
      };
      try {
        // Every word; a figure by value; enough of the words; typos corrected (four calls before migration 0020).
        for (const [q, terms] of [
          ['엔비디아 주가', ['엔비디아', '주가']],
          ['5.576 million', ['5.576', 'million']],
          ['DeepSeek cost zebra', ['deepseek', 'cost', 'zebra']],
          ['Deepsek H800', null],
        ] as const) {
          const analysis = analyzeQuery(q);
          assert.ok(analysis.ok);
          calls = 0;
          const found = await searchMetrics(connection.db, analysis.query, { limit: 3, offset: 0 });
          assert.equal(calls, 1, q);
          assert.ok(found.matches.length > 0, q);
          if (terms) assert.deepEqual(found.terms, terms);
          else assert.ok(found.terms.includes('deepseek') && !found.terms.includes('deepsek'), found.terms.join(' '));
        }
      } finally {
        prepared.queryWithCache = send;
      }
    });

    it('corrects a misspelt word only to a word much like it: a name or number the texts lack is not swapped for another', async () => {
      // At pg_trgm's default likeness (0.3), Huang became Huawei; and a number read as a value was
      // respelt as one the texts write (30000 → 30).
      assert.deepEqual(await top(connection, 'Jensen Huang'), []);
      const analysis = analyzeQuery('H100 cost 30000');
      assert.ok(analysis.ok);
      const found = await searchMetrics(connection.db, analysis.query, { limit: 3, offset: 0 });
      assert.deepEqual(found.terms, ['h100', 'cost']);
      assert.equal(found.matches[0]?.metric.slug, 'nvidia-h100-unit-price');
    });

    it('follows a correction: search reads the store as it is', async () => {
      assert.ok((await top(connection, 'Technical lead of Alibaba Qwen team unnamed', 5)).includes('china-ai-lead-probability-3-5-years'));
      assert.deepEqual(await top(connection, 'ablation'), [], 'the corrected translation no longer says "ablation"');
    });
  });

  describe(`search indexes on ${target.name}`, () => {
    let connection: Connection;
    before(async () => {
      connection = await target.open();
      await connection.migrate();
      await loadSynthetic(connection.db, { sources: 50, metrics: 3000, claimsPerMetric: 3 });
    });
    after(async () => connection?.close());

    // Each pass through its index: words (GIN), figures (B-tree), and for a typo the words that share
    // its first letter (a range of the word list's key), among which trigrams choose; and each
    // result's headline claim, the first of its metric's claims in the index's order. The search
    // functions (migration 0018) run generic plans, made without their arguments' values, so these
    // are prepared the same way, with the statements' own shapes.
    const plans: [string, string, string, RegExp][] = [
      ['words', `(tsquery) AS SELECT d.citation_id FROM search_documents d WHERE d.document @@ $1 OFFSET 0`, `to_tsquery('simple', '''metric'':* & ''2042'':*')`, /search_documents_document_idx/],
      ['a figure by value', `(numeric, numeric) AS SELECT n.citation_id FROM search_numbers n WHERE n.value >= $1 AND n.value < $2 ORDER BY n.value, n.citation_id LIMIT 200`, `42.4, 42.5`, /search_numbers_value_citation_id_pk/],
      ['whether a range holds a figure', `(numeric[], numeric[]) AS SELECT EXISTS (SELECT 1 FROM unnest($1, $2) r(lo, hi) CROSS JOIN LATERAL (SELECT 1 FROM search_numbers n WHERE n.value >= r.lo AND n.value < r.hi ORDER BY n.value LIMIT 1) n)`, `ARRAY[2250], ARRAY[2400]`, /search_numbers_value_citation_id_pk/],
      ['a figure a candidate states', `(int, numeric, numeric) AS SELECT 1 FROM search_numbers n WHERE n.citation_id = $1 AND n.value >= $2 AND n.value < $3`, `1, 42.4, 42.5`, /search_numbers_citation_idx/],
      // Read in order, the first entry: no Sort anywhere in the plan.
      ['a result\'s headline claim', `(int) AS SELECT h.key FROM claims h WHERE h.metric_id = $1 ORDER BY CASE h.rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, h.key LIMIT 1`, `1`, /^(?![\s\S]*Sort)[\s\S]*claims_metric_rank_key_idx/],
      ['a word like a typo', `(text, text, text) AS SELECT w.word FROM search_words w WHERE w.word >= $1 AND w.word < $2 AND starts_with(w.word, $1) AND w.word % $3 ORDER BY similarity(w.word, $3) DESC, w.word LIMIT 3`, `'s', 't', 'syntetic'`, /search_words_pkey/],
    ];
    for (const [what, statement, args, index] of plans) {
      it(`finds ${what} through its index, whatever the arguments`, async () => {
        // One transaction, so that each statement runs on the same connection of a pool.
        const plan = await connection.db.transaction(async (tx) => {
          await tx.execute(sql`SET LOCAL plan_cache_mode = force_generic_plan`);
          await tx.execute(sql.raw(`PREPARE lookup ${statement}`));
          // VERBOSE: a function scan's arguments show, so a generic plan can be told from a custom one.
          const rows = rowsOf<object>(await tx.execute(sql.raw(`EXPLAIN (VERBOSE) EXECUTE lookup(${args})`)));
          await tx.execute(sql`DEALLOCATE lookup`);
          return rows.map((r) => Object.values(r)[0]).join('\n');
        });
        assert.match(plan, index, plan);
        assert.match(plan, /\$\d/, `a generic plan, its arguments left as parameters:\n${plan}`);
      });
    }

    it('keeps, of a range holding more figures than it ranks, those nearest the number named', async () => {
      // 40 cut short: anything from 35 to 50, where the synthetic catalogue states ~1,350 figures.
      const query = { text: '40', terms: [], typed: [], wordTerms: [], amounts: [], numbers: [{ written: '40', value: 40, lo: 35, hi: 50, amount: false }] };
      const { matches } = await searchMetrics(connection.db, query, { limit: 20, offset: 0 });
      assert.equal(matches.length, 20);
      for (const m of matches) assert.ok(Math.abs(Number.parseFloat(m.citation.statedText) - 40) <= 1.5, `${m.citation.statedText} is among the nearest to 40`);
    });

    it('plans its page once and reads in stored order from the start each time', async () => {
      const rows = rowsOf<{ proname: string; proconfig: string[] }>(
        await connection.db.execute(sql`SELECT proname, proconfig FROM pg_proc WHERE proname IN ('search_page', 'search_in_stored_order') ORDER BY proname`),
      );
      assert.deepEqual(
        rows.map((r) => [r.proname, [...r.proconfig].sort()]),
        [
          // Words most documents hold: a plan made once, with no index path (migration 0024).
          ['search_in_stored_order', ['enable_bitmapscan=off', 'enable_indexscan=off', 'plan_cache_mode=force_generic_plan', 'synchronize_seqscans=off']],
          ['search_page', ['plan_cache_mode=force_generic_plan', 'synchronize_seqscans=off']],
        ],
      );
    });

    it('reads a number as written whole, not as the start of longer numbers', async () => {
      const rows = async (statement: ReturnType<typeof sql>) => rowsOf<{ query: string; documents: number; ranked: string }>(await connection.db.execute(statement));
      // A word by its start; a number as itself or going on with a letter, never with a digit or a
      // point: 2025 as 2025년 (a dated figure's "2025년"), 42 as itself, not as 420, 4242 or 42.5.
      const terms = await rows(
        sql`SELECT q.query, q.documents::int AS documents, q.ranked FROM search_terms(ARRAY['metri', '42', '2025', '4242', '4.5'], ARRAY['metri', '42', '2025', '4242', '4.5'], ARRAY['metrj', '43', '2026', '4243', '4.6']) q`,
      );
      assert.deepEqual(
        terms.map((t) => t.query),
        ["'metri':*", "'42'", "'2025' | '2025년':*", "'4242'", "'4.5'"],
      );
      // What a page is ranked by: one word a term, a number the word itself.
      assert.deepEqual(
        terms.map((t) => t.ranked),
        ["'metri':*", "'42'", "'2025'", "'4242'", "'4.5'"],
      );
      const counted = async (query: string) => rowsOf<{ n: number }>(await connection.db.execute(sql`SELECT count(*)::int AS n FROM search_documents WHERE document @@ to_tsquery('simple', ${query})`))[0].n;
      // Counted as search_words counts them (a document holding two forms twice): here, one form each.
      assert.equal(terms[1].documents, await counted("'42'"));
      assert.ok(terms[1].documents < (await counted("'42':*")), 'fewer documents than the start 42 finds');
      // No metric whose number only starts with the one asked for (1230–1239 for 123), which the
      // start found as well; 123 states no synthetic figure (all are under 100), so its metric is first.
      for (const n of ['123', '42']) {
        const analysis = analyzeQuery(`synthetic metric ${n}`);
        assert.ok(analysis.ok);
        const { matches } = await searchMetrics(connection.db, analysis.query, { limit: 50, offset: 0 });
        const numbers = matches.map((m) => m.metric.slug.replace(/^synthetic-metric-0*/, ''));
        assert.ok(numbers.includes(n), numbers.join(', '));
        assert.ok(!numbers.some((m) => m.length > n.length && m.startsWith(n)), numbers.join(', '));
        if (n === '123') assert.equal(numbers[0], n, numbers.join(', '));
      }
    });

    it('makes a tsquery of words in line where it is asked for one', async () => {
      const rows = async (statement: ReturnType<typeof sql>) => rowsOf<Record<string, unknown>>(await connection.db.execute(statement));
      for (const [words, query] of [
        [['synthetic', '합성', '5.576'], "'synthetic':* | '합성':* | '5.576':*"],
        [['metric'], "'metric':*"],
        [[], null],
      ] as const) {
        const [row] = await rows(sql`SELECT search_any_word(${sql.param(words)}::text[]) AS query`);
        assert.equal(row.query, query, words.join(' '));
      }
      // An SQL function of one expression (migration 0024): the plan holds the expression, not a call.
      const plan = (await rows(sql`EXPLAIN (VERBOSE) SELECT search_any_word(ARRAY['a', 'b'])`)).map((r) => Object.values(r)[0]).join('\n');
      assert.doesNotMatch(plan, /search_any_word/, plan);
    });

    it('finds the same page whether it reads common words in stored order or as the planner plans', async () => {
      // search_page reads in stored order when it is told enough documents hold the words looked up,
      // and otherwise lets the planner choose (here the index: the synthetic words are in every
      // document, but 'metric':* & '2042':* is rare); each way, the first documents in stored order.
      const page = async (lookUp: string, groups: string[], documents: number) =>
        rowsOf(
          await connection.db.execute(sql`SELECT p.candidates, p.metric_slug, p.citation_key, p.score FROM search_page(
            ${lookUp}, 40, ${documents}::bigint, ${sql.param(groups)}::text[], ${groups.length}, '{}', '{}', '{}', 30, ${groups.join(' | ')}, NULL, 10, 0, '{}', NULL) p`),
        );
      for (const [lookUp, groups] of [
        ["'synthetic':*", ["'synthetic':*", "'metric':*"]],
        ["'합성':*", ["'합성':*", "'문장':*"]],
        ["'metric':*", ["'metric':*", "'2042':*"]],
      ] as const) {
        const inOrder = await page(lookUp, [...groups], 1e9);
        assert.ok(inOrder.length > 0, lookUp);
        assert.deepEqual(inOrder, await page(lookUp, [...groups], 0), lookUp);
      }
    });

    it('ranks the citations stating a figure named first, whether the figures found are all there are or not', async () => {
      const states = (range: [number, number]) => (m: { citation: { statedText: string } }) => {
        const value = Number.parseFloat(m.citation.statedText);
        return value >= range[0] && value < range[1];
      };
      // Written so that no document holds the number as a word: found by value only. 42.40%: nine
      // synthetic citations state 42.4%, all gathered, and a candidate is looked up among them
      // (migration 0024); the rest of the page states none. 40.00: ~1,350 figures from 35 to 50, more
      // than are gathered, so a candidate is looked up in the index; the page states it throughout.
      for (const [q, range, all] of [
        ['합성 문장 42.40%', [42.35, 42.5], false],
        ['합성 문장 40.00', [35, 50], true],
      ] as const) {
        const analysis = analyzeQuery(q);
        assert.ok(analysis.ok);
        const { matches } = await searchMetrics(connection.db, analysis.query, { limit: 20, offset: 0 });
        const stating = matches.filter(states([...range])).length;
        const shown = matches.map((m) => m.citation.statedText).join(', ');
        assert.ok(stating > 0 && (stating === matches.length) === all, `${q}: ${stating} of ${matches.length} state the figure: ${shown}`);
        assert.ok(matches.slice(0, stating).every(states([...range])), `${q}: ${shown}`);
      }
    });
  });
}

// Broad searches reach the candidate bounds (200 a part, 5,000 documents read for a common word),
// where which candidates are kept must not hang on a plan: each database plans for itself.
const databases = testTargets();
describe('the same results on PGlite and PostgreSQL', { skip: databases.length < 2 && 'DATABASE_URL is not set: only PGlite to compare' }, () => {
  const connections: Connection[] = [];
  before(async () => {
    for (const target of databases) {
      const connection = await target.open();
      connections.push(connection);
      await connection.migrate();
      await loadSynthetic(connection.db, { sources: 50, metrics: 3000, claimsPerMetric: 3 });
    }
  });
  after(async () => Promise.all(connections.map((c) => c.close())));

  for (const q of ['metric 12', 'synthetic 1', '합성 문장 42.4%', '12%', 'syntetic metrc 99', 'metric', 'SYNTHETIC sentence: the figure is 12%, as the source says']) {
    it(`"${q}", two pages`, async () => {
      const analysis = analyzeQuery(q);
      assert.ok(analysis.ok);
      const { query } = analysis;
      for (const page of [{ limit: 20, offset: 0 }, { limit: 20, offset: 20 }]) {
        const [pglite, postgres] = await Promise.all(connections.map((c) => searchMetrics(c.db, query, page)));
        assert.ok(pglite.matches.length > 0 || page.offset > 0, 'the search finds something');
        assert.deepEqual(
          postgres.matches.map((m) => [m.metric.slug, m.citation.key]),
          pglite.matches.map((m) => [m.metric.slug, m.citation.key]),
        );
      }
    });
  }
});
