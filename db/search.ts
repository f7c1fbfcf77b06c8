import { sql, type SQL } from 'drizzle-orm';
import { prefixQuery, type SearchQuery } from '../lib/search';
import type { Database } from './connect';
import { searchDocuments, searchNumbers } from './schema';

/**
 * Search over the documents the database keeps for every citation (migration 0007): full-text
 * (PostgreSQL's 'simple' configuration, every word matched as a word start), figures by value,
 * and trigrams for a typo or a word inside a compound. The same SQL on PGlite and PostgreSQL.
 */

/** Candidates ranked per query at most: a query as broad as one common word costs what a narrow one does. */
const CANDIDATES = 2000;
/** A query this long is a pasted sentence: the citation whose quote it contains ranks first. */
const SENTENCE = 20;

export interface SearchHit {
  metricSlug: string;
  citationKey: string;
  score: number;
}

/** Both drivers' rows: postgres.js returns an array, PGlite an object holding one. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

async function ids(db: Database, where: SQL, from: SQL = sql`${searchDocuments}`): Promise<number[]> {
  const rows = rowsOf<{ id: number }>(await db.execute(sql`SELECT DISTINCT citation_id AS id FROM ${from} WHERE ${where} LIMIT ${CANDIDATES}`));
  return rows.map((r) => Number(r.id));
}

const inRanges = (query: SearchQuery) => sql.join(query.numbers.map((n) => sql`(${searchNumbers.value} >= ${n.lo} AND ${searchNumbers.value} < ${n.hi})`), sql` OR `);

/**
 * Which citations could answer, each pass looser than the one before, stopping at the first that
 * finds any: every word (and any figure named by value), then enough of the words, then trigrams.
 */
export async function searchCandidates(db: Database, query: SearchQuery): Promise<number[]> {
  const found = new Set<number>();
  if (query.wordTerms.length > 0) {
    for (const id of await ids(db, sql`${searchDocuments.document} @@ to_tsquery('simple', ${prefixQuery(query.wordTerms, '&')})`)) found.add(id);
  }
  if (query.numbers.length > 0) for (const id of await ids(db, inRanges(query), sql`${searchNumbers}`)) found.add(id);
  if (found.size === 0 && query.terms.length > 0) {
    // Some of the words: a pasted sentence holds more than its quote. But at least a third of
    // them (two, for a short query), so one common word does not answer a query it misses.
    const need = query.terms.length <= 2 ? query.terms.length : Math.max(2, Math.ceil(query.terms.length / 3));
    const matched = sql.join(query.terms.map((t) => sql`(${searchDocuments.document} @@ to_tsquery('simple', ${prefixQuery([t], '|')}))::int`), sql` + `);
    for (const id of await ids(db, sql`${searchDocuments.document} @@ to_tsquery('simple', ${prefixQuery(query.terms, '|')}) AND ${matched} >= ${need}`)) found.add(id);
  }
  if (found.size === 0 && query.text.length <= 100) {
    for (const id of await ids(db, sql`${query.text.toLowerCase()} <% ${searchDocuments.searchText}`)) found.add(id);
  }
  return [...found];
}

/**
 * Metrics for the query, best first, each with the citation that matches it best, `limit` from
 * `offset`, and whether more follow. The score adds: how well the words match, weighted by where
 * (label and subject, then speaker and source, then quote and translation, then the rest); a
 * figure named by value; for a pasted sentence, how much of a quote it contains; and trigram
 * likeness, which forgives a typo.
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
          (${words} + ${figure} + ${sentence} + 0.5 * word_similarity(${text}, d.search_text))::float8 AS score
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
