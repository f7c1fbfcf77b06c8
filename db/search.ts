import { sql, type SQL } from 'drizzle-orm';
import { prefixQuery, type SearchQuery } from '../lib/search';
import type { Database } from './connect';
import { searchDocuments, searchNumbers, searchWords } from './schema';

/**
 * Search over what the database keeps for every citation (migrations 0005–0012): a full-text
 * document (PostgreSQL's 'simple' configuration, every word matched as a word start), its figures
 * by value, and the list of words, against which a typo is corrected by trigrams (pg_trgm). The
 * same SQL on PGlite and PostgreSQL.
 */

/** Candidates ranked per query at most: a query as broad as one common word costs what a narrow one does. */
const CANDIDATES = 200;
/** Corrections tried per misspelt word. */
const CORRECTIONS = 3;
/** A query this long is a pasted sentence: the citation whose quote it contains ranks first. */
const SENTENCE = 40;

export interface SearchHit {
  metricSlug: string;
  citationKey: string;
  score: number;
}

/** Both drivers' rows: postgres.js returns an array, PGlite an object holding one. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/** Figures within the ranges the query names (lib/search.ts numberRanges). */
const inRanges = (query: SearchQuery) => sql.join(query.numbers.map((n) => sql`(${searchNumbers.value} >= ${n.lo} AND ${searchNumbers.value} < ${n.hi})`), sql` OR `);

/** At most CANDIDATES citations stating a figure the query names by value. */
async function statingFigures(db: Database, query: SearchQuery): Promise<number[]> {
  const rows = rowsOf<{ id: number }>(await db.execute(sql`SELECT citation_id AS id FROM ${searchNumbers} WHERE ${inRanges(query)} LIMIT ${CANDIDATES}`));
  return [...new Set(rows.map((r) => Number(r.id)))];
}

/**
 * Words starting with `prefix`, as a range of the word list's key (PostgreSQL 15 does not turn
 * starts_with into one by itself; PGlite's 17 does), checked by starts_with whatever the collation.
 */
function startsWith(prefix: string): SQL {
  const last = prefix.codePointAt(prefix.length - 1)!;
  const after = prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1);
  return sql`${searchWords.word} >= ${prefix} AND ${searchWords.word} < ${after} AND starts_with(${searchWords.word}, ${prefix})`;
}

/** How many documents hold a word starting with each term (0: none), from the word list, in one query. */
async function frequencies(db: Database, terms: string[]): Promise<Map<string, number>> {
  if (terms.length === 0) return new Map();
  const counts = sql.join(terms.map((t, i) => sql`(SELECT coalesce(sum(documents), 0) FROM ${searchWords} WHERE ${startsWith(t)}) AS ${sql.identifier(`t${i}`)}`), sql`, `);
  const [row] = rowsOf<Record<string, number | string>>(await db.execute(sql`SELECT ${counts}`));
  return new Map(terms.map((t, i) => [t, Number(row[`t${i}`])]));
}

/** Documents ranked per query at most before the rest of its words are checked: bounds a query of common words. */
const LOOKED_UP = 5000;

/**
 * Documents that hold at least `need` of `terms` (each as a word start). GIN reads a word's whole
 * list of documents, so only the rarest words are looked up in the index; the others are checked
 * on what that finds. A word every synthetic document holds would otherwise cost 80 ms alone.
 */
async function holding(db: Database, terms: string[], need: number, frequency: Map<string, number>): Promise<number[]> {
  const present = terms.filter((t) => (frequency.get(t) ?? 0) > 0);
  if (need === 0 || present.length < need) return [];
  const byRarity = [...present].sort((a, b) => frequency.get(a)! - frequency.get(b)!);
  // Any document with `need` of the words holds one of the rarest (present.length - need + 1).
  const lookUp = byRarity.slice(0, present.length - need + 1);
  const matched = sql.join(present.map((t) => sql`(document @@ to_tsquery('simple', ${prefixQuery([t], '|')}))::int`), sql` + `);
  // Rare words: every document holding them, through the index (a LIMIT here would tempt the
  // planner into a sequential scan). Common ones: the first LOOKED_UP, since nearly all qualify.
  const common = lookUp.reduce((n, t) => n + frequency.get(t)!, 0) > LOOKED_UP;
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`
      SELECT citation_id AS id FROM (
        SELECT citation_id, document FROM ${searchDocuments}
        WHERE ${searchDocuments.document} @@ to_tsquery('simple', ${prefixQuery(lookUp, '|')})
        ${common ? sql`LIMIT ${LOOKED_UP}` : sql`OFFSET 0`}
      ) found
      WHERE ${matched} >= ${need}
      LIMIT ${CANDIDATES}`),
  );
  return rows.map((r) => Number(r.id));
}

/** Each term no document word starts with, swapped for the closest words the documents hold. */
async function corrected(db: Database, terms: string[], frequency: Map<string, number>): Promise<string[]> {
  const out: string[] = [];
  for (const term of terms) {
    if ((frequency.get(term) ?? 0) > 0) {
      out.push(term);
      continue;
    }
    // Words with the same first letter (a typo there is rare), by trigram likeness.
    const close = rowsOf<{ word: string }>(
      await db.execute(
        sql`SELECT word FROM ${searchWords} WHERE ${startsWith(String.fromCodePoint(term.codePointAt(0)!))} AND word % ${term} ORDER BY similarity(word, ${term}) DESC, word LIMIT ${CORRECTIONS}`,
      ),
    );
    out.push(...close.map((r) => r.word));
  }
  return [...new Set(out)];
}

/** Enough of a query's words: all of one or two, else a third (a pasted sentence holds more than its quote). */
const enough = (count: number) => (count <= 2 ? count : Math.max(2, Math.ceil(count / 3)));

/**
 * Which citations could answer, each pass looser than the one before, stopping at the first that
 * finds any: every word (and any figure named by value), then enough of the words, then the
 * words with typos corrected against the word list.
 */
async function searchCandidates(db: Database, query: SearchQuery): Promise<number[]> {
  const frequency = await frequencies(db, query.terms);
  const found = new Set<number>();
  // Every word, and every number the documents hold as a word (a label's 4242, a quote's 557만);
  // a number no document writes (5.576 million) is matched by value below.
  const strict = query.terms.filter((t) => query.wordTerms.includes(t) || (frequency.get(t) ?? 0) > 0);
  if (strict.length > 0) for (const id of await holding(db, strict, strict.length, frequency)) found.add(id);
  if (query.numbers.length > 0) for (const id of await statingFigures(db, query)) found.add(id);
  if (found.size === 0 && query.terms.length > 0) for (const id of await holding(db, query.terms, enough(query.terms.length), frequency)) found.add(id);
  if (found.size === 0 && query.terms.length > 0) {
    const terms = await corrected(db, query.terms, frequency);
    if (terms.join(' ') !== query.terms.join(' ')) {
      // All the corrected words first, then enough of them, as for the words typed.
      const correctedFrequency = await frequencies(db, terms);
      for (const need of [terms.length, Math.min(enough(query.terms.length), terms.length)]) {
        for (const id of await holding(db, terms, need, correctedFrequency)) found.add(id);
        if (found.size > 0) break;
      }
    }
  }
  return [...found];
}

/**
 * Metrics for the query, best first, each with the citation that matches it best, `limit` from
 * `offset`, and whether more follow. The score adds: how well the words match, weighted by where
 * (label and subject, then speaker and source, then quote and translation, then the rest); a
 * figure named by value; and, for a pasted sentence, how much of a quote it contains.
 */
export async function searchMetrics(db: Database, query: SearchQuery, { limit, offset }: { limit: number; offset: number }): Promise<{ hits: SearchHit[]; more: boolean }> {
  const candidates = await searchCandidates(db, query);
  if (candidates.length === 0) return { hits: [], more: false };
  const text = query.text.toLowerCase();
  const words = query.terms.length > 0 ? sql`ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', d.document, to_tsquery('simple', ${prefixQuery(query.terms, '|')}), 32)` : sql`0`;
  const figure = query.numbers.length > 0 ? sql`CASE WHEN EXISTS (SELECT 1 FROM ${searchNumbers} WHERE ${searchNumbers.citationId} = d.citation_id AND (${inRanges(query)})) THEN 1 ELSE 0 END` : sql`0`;
  const sentence = text.length >= SENTENCE ? sql`2 * word_similarity(lower(k.quote), ${text})` : sql`0`;
  const rows = rowsOf<{ metric_slug: string; citation_key: string; score: number }>(
    await db.execute(sql`
      SELECT m.slug AS metric_slug, k.key AS citation_key, best.score FROM (
        SELECT DISTINCT ON (d.metric_id) d.metric_id, d.citation_id,
          (${words} + ${figure} + ${sentence})::float8 AS score
        FROM ${searchDocuments} d JOIN citations k ON k.id = d.citation_id
        WHERE d.citation_id IN (${sql.join(candidates.map((id) => sql`${id}`), sql`, `)})
        ORDER BY d.metric_id, score DESC, d.citation_id
      ) best
      JOIN metrics m ON m.id = best.metric_id
      JOIN citations k ON k.id = best.citation_id
      ORDER BY best.score DESC, m.slug
      LIMIT ${limit + 1} OFFSET ${offset}`),
  );
  const hits = rows.slice(0, limit).map((r) => ({ metricSlug: r.metric_slug, citationKey: r.citation_key, score: Number(r.score) }));
  return { hits, more: rows.length > limit };
}
