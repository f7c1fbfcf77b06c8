import { sql } from 'drizzle-orm';
import type { SourceJson } from '../lib/api';
import type { DatePrecision, Qualifier } from '../lib/domain';
import { prefixQuery, type SearchMatch, type SearchQuery } from '../lib/search';
import type { Database } from './connect';

interface Page {
  limit: number;
  offset: number;
}

/**
 * Search over what the database keeps for every citation (migrations 0005–0012): a full-text
 * document (PostgreSQL's 'simple' configuration, every word matched as a word start), its figures
 * by value, and the list of words, against which a typo is corrected by trigrams (pg_trgm). Here
 * each pass is decided; its statements are functions in the database (migration 0018), planned
 * once per connection. The same SQL on PGlite and PostgreSQL.
 */

/** Candidates ranked per query at most: a query as broad as one common word costs what a narrow one does. */
const CANDIDATES = 200;
/** Corrections tried per misspelt word. */
const CORRECTIONS = 3;
/** A query this long is a pasted sentence: the citation whose quote it contains ranks first. */
const SENTENCE = 40;

/** Both drivers' rows: postgres.js returns an array, PGlite an object holding one. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/**
 * Words starting with `prefix`: the bounds of that range of the word list's key (PostgreSQL 15 does
 * not turn starts_with into one by itself; PGlite's 17 does). search_word_documents checks
 * starts_with too, whatever the collation.
 */
function wordRange(prefix: string): [string, string] {
  const last = prefix.codePointAt(prefix.length - 1)!;
  return [prefix, prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1)];
}

/** How many documents hold a word starting with each term (0: none), from the word list, in one call. */
async function frequencies(db: Database, terms: string[]): Promise<Map<string, number>> {
  if (terms.length === 0) return new Map();
  const ranges = terms.map(wordRange);
  const [row] = rowsOf<{ documents: (number | string)[] }>(
    await db.execute(sql`SELECT search_word_documents(${sql.param(ranges.map((r) => r[0]))}::text[], ${sql.param(ranges.map((r) => r[1]))}::text[]) AS documents`),
  );
  return new Map(terms.map((t, i) => [t, Number(row.documents[i])]));
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

/** What search_page looks up by words: documents holding at least `need` of `groups`. */
interface WordLookup {
  /** The rarest groups' words, as a tsquery: any document with `need` of the groups holds one. */
  lookUp: string;
  /** Set when those words are common: the first this many documents holding them, read in stored order. */
  lookUpLimit: number | null;
  /** Each group as a tsquery. */
  groups: string[];
  need: number;
}

/**
 * Documents that hold at least `need` of the groups (each word as a word start); null when none can.
 * GIN reads a word's whole list of documents, so only the rarest groups are looked up in the index;
 * the others are checked on what that finds. A word every synthetic document holds would otherwise
 * cost 80 ms alone.
 */
function holding(groups: WordGroup[], need: number): WordLookup | null {
  const present = groups.filter((g) => g.documents > 0);
  if (need === 0 || present.length < need) return null;
  const byRarity = [...present].sort((a, b) => a.documents - b.documents);
  // Any document with `need` of the groups holds one of the rarest (present.length - need + 1).
  const lookUp = byRarity.slice(0, present.length - need + 1);
  // Rare words: every document holding them, through the index. Common ones: the first
  // LOOKED_UP, since nearly all qualify.
  const common = lookUp.reduce((n, g) => n + g.documents, 0) > LOOKED_UP;
  return { lookUp: prefixQuery(lookUp.flatMap((g) => g.words), '|'), lookUpLimit: common ? LOOKED_UP : null, groups: present.map((g) => prefixQuery(g.words, '|')), need };
}

/**
 * Each term as a group: itself when some document word starts with it, else the closest words the
 * documents hold (those with the same first letter, a typo there being rare, by trigram likeness),
 * all looked up in one statement.
 */
async function corrected(db: Database, terms: string[], frequency: Map<string, number>): Promise<WordGroup[]> {
  const misspelt = terms.filter((t) => (frequency.get(t) ?? 0) === 0);
  const firstLetters = misspelt.map((term) => wordRange(String.fromCodePoint(term.codePointAt(0)!)));
  const rows =
    misspelt.length === 0
      ? []
      : rowsOf<{ term: number; word: string; documents: number | string }>(
          await db.execute(
            sql`SELECT term, word, documents FROM search_corrections(${sql.param(misspelt)}::text[], ${sql.param(firstLetters.map((r) => r[0]))}::text[], ${sql.param(firstLetters.map((r) => r[1]))}::text[], ${CORRECTIONS})`,
          ),
        );
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

/** What a pass looks for: documents by words, citations by a figure's value, or both. */
interface Pass {
  words: WordLookup | null;
  figures: boolean;
}

/**
 * One call per pass (search_page, migration 0018): the candidates the pass finds, ranked, one per
 * metric, with what a result shows (the metric, its headline claim's figure, the matching citation,
 * its speaker and source). The score adds: how well the words match, weighted by where (label and
 * subject, then speaker and source, then quote and translation, then the rest); a figure named by
 * value; and, for a pasted sentence, how much of a quote it contains.
 */
async function ranked(db: Database, { words, figures }: Pass, query: SearchQuery, { limit, offset }: Page): Promise<RankedPage> {
  const text = query.text.toLowerCase();
  // Numbers go as text, read by numeric exactly as written out (postgres.js has no numeric[] type).
  const numbers = (pick: (n: SearchQuery['numbers'][number]) => number, of = query.numbers) => sql`${sql.param(of.map((n) => String(pick(n))))}::text[]::numeric[]`;
  const rows = rowsOf<MatchRow>(
    await db.execute(sql`SELECT * FROM search_page(
      ${words?.lookUp ?? null}::text, ${words?.lookUpLimit ?? null}::int, ${sql.param(words?.groups ?? [])}::text[], ${words?.need ?? 0}::int,
      ${numbers((n) => n.value, figures ? query.numbers : [])}, ${numbers((n) => n.lo)}, ${numbers((n) => n.hi)}, ${CANDIDATES}::int,
      ${query.terms.length > 0 ? prefixQuery(query.terms, '|') : null}::text, ${text.length >= SENTENCE ? text : null}::text,
      ${limit + 1}::int, ${offset}::int)`),
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
const rankedIfAny = (db: Database, pass: Pass, query: SearchQuery, page: Page) => (pass.words === null && !pass.figures ? Promise.resolve(NOTHING) : ranked(db, pass, query, page));

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
  const figures = query.numbers.length > 0;
  let result = await rankedIfAny(db, { words: strict.length > 0 ? holding(groupsOf(strict, frequency), strict.length) : null, figures }, query, page);
  if (!result.found && query.terms.length > 0) result = await rankedIfAny(db, { words: holding(groupsOf(query.terms, frequency), enough(query.terms.length)), figures: false }, query, page);
  if (result.found || query.terms.length === 0 || query.terms.every((t) => (frequency.get(t) ?? 0) > 0)) return { ...result, terms: query.terms };
  // Typos: every group, then enough of them, ranked and marked by the words corrected.
  const groups = await corrected(db, query.terms, frequency);
  const correctedQuery = { ...query, terms: [...new Set(groups.flatMap((g) => g.words))] };
  for (const need of [groups.filter((g) => g.documents > 0).length, enough(query.terms.length)]) {
    result = await rankedIfAny(db, { words: holding(groups, need), figures: false }, correctedQuery, page);
    if (result.found) break;
  }
  return { ...result, terms: correctedQuery.terms };
}
