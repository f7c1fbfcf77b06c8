import { sql, type SQL } from 'drizzle-orm';
import type { SourceJson } from '../lib/api';
import type { DatePrecision, Qualifier } from '../lib/domain';
import { prefixQuery, type SearchMatch, type SearchQuery } from '../lib/search';
import { CLAIM_ORDER } from './queries';
import type { Database } from './connect';
import { claims, searchDocuments, searchNumbers, searchWords } from './schema';

interface Page {
  limit: number;
  offset: number;
}

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

/** Both drivers' rows: postgres.js returns an array, PGlite an object holding one. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/** Figures within the ranges the query names (lib/search.ts numberRanges). */
const inRanges = (query: SearchQuery) => sql.join(query.numbers.map((n) => sql`(${searchNumbers.value} >= ${n.lo} AND ${searchNumbers.value} < ${n.hi})`), sql` OR `);

/** At most CANDIDATES citations stating a figure the query names by value. */
const statingFigures = (query: SearchQuery): SQL => sql`(SELECT citation_id AS id FROM ${searchNumbers} WHERE ${inRanges(query)} LIMIT ${CANDIDATES})`;

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

/** Words any of which will do (a term, or the corrections of a misspelt one), and how many documents hold one. */
interface WordGroup {
  words: string[];
  documents: number;
}

/** Each term as a group of its own, with its frequency. */
const groupsOf = (terms: string[], frequency: Map<string, number>): WordGroup[] => terms.map((t) => ({ words: [t], documents: frequency.get(t) ?? 0 }));

/**
 * Documents that hold at least `need` of the groups (each word as a word start), as a subquery;
 * null when none can. GIN reads a word's whole list of documents, so only the rarest groups are
 * looked up in the index; the others are checked on what that finds. A word every synthetic
 * document holds would otherwise cost 80 ms alone.
 */
function holding(groups: WordGroup[], need: number): SQL | null {
  const present = groups.filter((g) => g.documents > 0);
  if (need === 0 || present.length < need) return null;
  const byRarity = [...present].sort((a, b) => a.documents - b.documents);
  // Any document with `need` of the groups holds one of the rarest (present.length - need + 1).
  const lookUp = byRarity.slice(0, present.length - need + 1);
  const matched = sql.join(present.map((g) => sql`(document @@ to_tsquery('simple', ${prefixQuery(g.words, '|')}))::int`), sql` + `);
  // Rare words: every document holding them, through the index (a LIMIT here would tempt the
  // planner into a sequential scan). Common ones: the first LOOKED_UP, since nearly all qualify.
  const common = lookUp.reduce((n, g) => n + g.documents, 0) > LOOKED_UP;
  return sql`(
    SELECT citation_id AS id FROM (
      SELECT citation_id, document FROM ${searchDocuments}
      WHERE ${searchDocuments.document} @@ to_tsquery('simple', ${prefixQuery(lookUp.flatMap((g) => g.words), '|')})
      ${common ? sql`LIMIT ${LOOKED_UP}` : sql`OFFSET 0`}
    ) found
    WHERE ${matched} >= ${need}
    LIMIT ${CANDIDATES})`;
}

/**
 * Each term as a group: itself when some document word starts with it, else the closest words the
 * documents hold (those with the same first letter, a typo there being rare, by trigram likeness),
 * all looked up in one statement.
 */
async function corrected(db: Database, terms: string[], frequency: Map<string, number>): Promise<WordGroup[]> {
  const misspelt = terms.filter((t) => (frequency.get(t) ?? 0) === 0);
  const closest = sql.join(
    misspelt.map(
      (term, i) =>
        sql`(SELECT ${i}::int AS term, word, documents FROM ${searchWords} WHERE ${startsWith(String.fromCodePoint(term.codePointAt(0)!))} AND word % ${term} ORDER BY similarity(word, ${term}) DESC, word LIMIT ${CORRECTIONS})`,
    ),
    sql` UNION ALL `,
  );
  const rows = misspelt.length === 0 ? [] : rowsOf<{ term: number; word: string; documents: number | string }>(await db.execute(closest));
  return terms.map((term) => {
    const i = misspelt.indexOf(term);
    if (i === -1) return { words: [term], documents: frequency.get(term)! };
    const close = rows.filter((r) => Number(r.term) === i);
    return { words: close.map((r) => r.word), documents: close.reduce((n, r) => n + Number(r.documents), 0) };
  });
}

/** Enough of a query's words: all of one or two, else a third (a pasted sentence holds more than its quote). */
const enough = (count: number) => (count <= 2 ? count : Math.max(2, Math.ceil(count / 3)));

/** A page of results, and whether the pass found anything at all (a later page may be empty). */
interface RankedPage {
  found: boolean;
  matches: SearchMatch[];
  more: boolean;
}

interface MatchRow {
  candidates: number | string;
  metric_slug: string | null;
  label: string;
  label_ko: string | null;
  category: SearchMatch['metric']['category'];
  unit: SearchMatch['metric']['unit'];
  score: number;
  citation_key: string;
  quote: string;
  translation: string;
  stated_text: string;
  speaker: string | null;
  speaker_ko: string | null;
  source_slug: string;
  publisher: string | null;
  publisher_en: string | null;
  published_on: string | null;
  published_precision: DatePrecision | null;
  published_basis: NonNullable<SourceJson['published']>['basis'] | null;
  qualifier: Qualifier | null;
  value: number | null;
  lower: number | null;
  upper: number | null;
  ref_date: string | null;
  ref_date_precision: DatePrecision | null;
}

/**
 * One statement per pass: the candidates `found` gives, ranked, one per metric, with what a result
 * shows (the metric, its headline claim's figure, the matching citation, its speaker and source).
 * The score adds: how well the words match, weighted by where (label and subject, then speaker and
 * source, then quote and translation, then the rest); a figure named by value; and, for a pasted
 * sentence, how much of a quote it contains.
 */
async function ranked(db: Database, found: SQL[], query: SearchQuery, { limit, offset }: Page): Promise<RankedPage> {
  const text = query.text.toLowerCase();
  const words = query.terms.length > 0 ? sql`ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', d.document, to_tsquery('simple', ${prefixQuery(query.terms, '|')}), 32)` : sql`0`;
  const figure = query.numbers.length > 0 ? sql`CASE WHEN EXISTS (SELECT 1 FROM ${searchNumbers} WHERE ${searchNumbers.citationId} = d.citation_id AND (${inRanges(query)})) THEN 1 ELSE 0 END` : sql`0`;
  // Only a pasted sentence is scored against the quotes, and only then are their citations read.
  const pasted = text.length >= SENTENCE;
  const sentence = pasted ? sql`2 * word_similarity(lower(k.quote), ${text})` : sql`0`;
  const rows = rowsOf<MatchRow>(
    await db.execute(sql`
      WITH candidate AS MATERIALIZED (${sql.join(found, sql` UNION `)}),
      best AS (
        SELECT DISTINCT ON (d.metric_id) d.metric_id, d.citation_id, (${words} + ${figure} + ${sentence})::float8 AS score
        FROM ${searchDocuments} d ${pasted ? sql`JOIN citations k ON k.id = d.citation_id` : sql``}
        WHERE d.citation_id IN (SELECT id FROM candidate)
        ORDER BY d.metric_id, score DESC, d.citation_id
      ),
      -- The page is chosen first, and only its metrics are read whole: each looked up by its key,
      -- since as a plain join the planner, expecting far more rows than a page, hashes all 10,000
      -- synthetic metrics.
      ranked AS (
        SELECT best.metric_id, best.citation_id, best.score, m.slug, m.label, m.label_ko, m.category, m.unit
        FROM best JOIN LATERAL (SELECT * FROM metrics WHERE metrics.id = best.metric_id OFFSET 0) m ON true
        ORDER BY best.score DESC, m.slug
        LIMIT ${limit + 1} OFFSET ${offset}
      ),
      page AS (
        SELECT r.slug AS metric_slug, r.label, r.label_ko, r.category, r.unit, r.score,
          k.key AS citation_key, k.quote, k.translation, k.stated_text, c.speaker, c.speaker_ko,
          s.slug AS source_slug, s.publisher, s.publisher_en, s.published_on::text, s.published_precision, s.published_basis,
          h.qualifier, h.value, h.lower, h.upper, h.ref_date, h.ref_date_precision
        FROM ranked r
        JOIN citations k ON k.id = r.citation_id
        JOIN claims c ON c.id = k.claim_id
        JOIN sources s ON s.id = k.source_id
        LEFT JOIN LATERAL (
          SELECT ${claims.qualifier} AS qualifier, ${claims.value}::float8 AS value, ${claims.lower}::float8 AS lower, ${claims.upper}::float8 AS upper,
            ${claims.refDate}::text AS ref_date, ${claims.refDatePrecision} AS ref_date_precision
          FROM ${claims} WHERE ${claims.metricId} = r.metric_id ORDER BY ${sql.join(CLAIM_ORDER, sql`, `)} LIMIT 1
        ) h ON true
      )
      SELECT (SELECT count(*) FROM candidate) AS candidates, page.* FROM (SELECT 1) one LEFT JOIN page ON true
      ORDER BY page.score DESC, page.metric_slug`),
  );
  const matches = rows.flatMap((r): SearchMatch[] =>
    r.metric_slug === null
      ? []
      : [
          {
            metric: { slug: r.metric_slug, label: r.label, labelKo: r.label_ko, category: r.category, unit: r.unit },
            headline:
              r.qualifier === null
                ? null
                : { qualifier: r.qualifier, value: r.value, lower: r.lower, upper: r.upper, refDate: r.ref_date && r.ref_date_precision ? { date: r.ref_date, precision: r.ref_date_precision } : null },
            citation: { key: r.citation_key, quote: r.quote, translation: r.translation, statedText: r.stated_text },
            speaker: r.speaker,
            speakerKo: r.speaker_ko,
            source: {
              slug: r.source_slug,
              publisher: r.publisher,
              publisherEn: r.publisher_en,
              published: r.published_on && r.published_precision && r.published_basis ? { date: r.published_on, precision: r.published_precision, basis: r.published_basis } : null,
            },
            score: Number(r.score),
          },
        ],
  );
  return { found: Number(rows[0]?.candidates ?? 0) > 0, matches: matches.slice(0, limit), more: matches.length > limit };
}

const NOTHING: RankedPage = { found: false, matches: [], more: false };

/** The pass's candidates ranked, or nothing when no part of the pass can match. */
const rankedIfAny = (db: Database, found: (SQL | null)[], query: SearchQuery, page: Page) => {
  const parts = found.filter((f): f is SQL => f !== null);
  return parts.length === 0 ? Promise.resolve(NOTHING) : ranked(db, parts, query, page);
};

/**
 * Metrics for the query, best first, each with the citation that matches it best, `limit` from
 * `offset`, and whether more follow. Each pass is looser than the one before, and the first that
 * finds any citation answers: every word (and any figure named by value), then enough of the
 * words, then the words with typos corrected against the word list (`terms`: the words searched
 * for, corrections included). A query the first pass answers costs two statements: the words'
 * frequencies, then the ranked page.
 */
export async function searchMetrics(db: Database, query: SearchQuery, page: Page): Promise<{ matches: SearchMatch[]; more: boolean; terms: string[] }> {
  const frequency = await frequencies(db, query.terms);
  // Every word, and every number the documents hold as a word (a label's 4242, a quote's 557만);
  // a number no document writes (5.576 million) is matched by value.
  const strict = query.terms.filter((t) => query.wordTerms.includes(t) || (frequency.get(t) ?? 0) > 0);
  const figures = query.numbers.length > 0 ? statingFigures(query) : null;
  let result = await rankedIfAny(db, [strict.length > 0 ? holding(groupsOf(strict, frequency), strict.length) : null, figures], query, page);
  if (!result.found && query.terms.length > 0) result = await rankedIfAny(db, [holding(groupsOf(query.terms, frequency), enough(query.terms.length))], query, page);
  if (result.found || query.terms.length === 0 || query.terms.every((t) => (frequency.get(t) ?? 0) > 0)) return { ...result, terms: query.terms };
  // Typos: every group, then enough of them, ranked and marked by the words corrected.
  const groups = await corrected(db, query.terms, frequency);
  const correctedQuery = { ...query, terms: [...new Set(groups.flatMap((g) => g.words))] };
  for (const need of [groups.filter((g) => g.documents > 0).length, enough(query.terms.length)]) {
    result = await rankedIfAny(db, [holding(groups, need)], correctedQuery, page);
    if (result.found) break;
  }
  return { ...result, terms: correctedQuery.terms };
}
