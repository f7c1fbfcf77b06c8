import { sql } from 'drizzle-orm';
import type { SourceJson } from '../lib/api';
import type { DatePrecision, Qualifier } from '../lib/domain';
import type { SearchMatch, SearchQuery } from '../lib/search';
import { rowsOf, type Database } from './connect';

interface Page {
  limit: number;
  offset: number;
}

/**
 * Search over what the database keeps for every citation (migrations 0005–0012): a full-text
 * document (PostgreSQL's 'simple' configuration, every word matched as a word start), its figures
 * by value, and the list of words, against which a typo is corrected by trigrams (pg_trgm). Here
 * the query is read into what the database's functions take (migrations 0018, 0020 and 0024): the
 * passes, and each pass's statements, run there in one call, planned once per connection (all but
 * the look-up of words whose best plan hangs on how common they are, unless so many documents hold
 * them that reading in stored order is sure to be best). The same SQL on PGlite and PostgreSQL.
 */

/** Candidates ranked per query at most: a query as broad as one common word costs what a narrow one does. */
const CANDIDATES = 200;
/** Documents ranked per query at most before the rest of its words are checked: bounds a query of common words. */
const LOOKED_UP = 5000;
/** Corrections tried per misspelt word. */
const CORRECTIONS = 3;
/** A query this long is a pasted sentence: the citation whose quote it contains ranks first. */
const SENTENCE = 40;

/**
 * Words starting with `prefix`: the bounds of that range of the word list's key (PostgreSQL 15 does
 * not turn starts_with into one by itself; PGlite's 17 does). search_word_documents checks
 * starts_with too, whatever the collation.
 */
function wordRange(prefix: string): [string, string] {
  const last = prefix.codePointAt(prefix.length - 1)!;
  return [prefix, prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1)];
}

interface MatchRow {
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

/** A page's row as search_metrics answers it: the words searched (corrections included) and a match. */
type PageRow = MatchRow & { searched: string[] };

/**
 * A row's fields in the order each comes back in: as an array of values, not an object, so that
 * the JSON need not name every field in every row. Building objects took 0.45 ms of a Korean
 * search's 2.5 in the database on PGlite, arrays 0.27, and the text is 8 KB rather than 15.
 */
const PAGE_FIELDS = everyField([
  'searched', 'metric_slug', 'label', 'label_ko', 'category', 'unit', 'score', 'citation_key', 'quote', 'translation', 'stated_text',
  'speaker', 'speaker_ko', 'source_slug', 'publisher', 'publisher_en', 'published_on', 'published_precision', 'published_basis',
  'qualifier', 'value', 'lower', 'upper', 'ref_date', 'ref_date_precision',
]);

/** The list as it is, if it names every field of a row; else it does not compile, naming those missing (they would arrive undefined). */
function everyField<const Fields extends readonly (keyof PageRow)[]>(fields: Fields & (Exclude<keyof PageRow, Fields[number]> extends never ? unknown : { missing: Exclude<keyof PageRow, Fields[number]> })): Fields {
  return fields;
}
const pageArray = sql.join(
  PAGE_FIELDS.map((field) => sql`m.${sql.identifier(field)}`),
  sql`, `,
);

/**
 * Metrics for the query, best first, each with the citation that matches it best, `limit` from
 * `offset`, and whether more follow, in one call (search_metrics, migration 0020): the first of
 * its passes that finds any citation answers (every word and any figure named by value, then
 * enough of the words, then the words with typos corrected). `terms`: the words searched for,
 * corrections included. The candidates each pass finds are ranked one per metric (search_page,
 * migration 0018); the score adds how well the words match, weighted by where (label and subject,
 * then speaker and source, then quote and translation, then the rest), a figure named by value,
 * and, for a pasted sentence, how much of a quote it contains.
 */
export async function searchMetrics(db: Database, query: SearchQuery, { limit, offset }: Page): Promise<{ matches: SearchMatch[]; more: boolean; terms: string[] }> {
  const text = query.text.toLowerCase();
  const ranges = query.terms.map(wordRange);
  // A typo is sought among the words with its first letter: a typo there is rare.
  const firstLetters = query.terms.map((term) => wordRange(String.fromCodePoint(term.codePointAt(0)!)));
  const texts = (values: string[]) => sql`${sql.param(values)}::text[]`;
  // Numbers go as text, read by numeric exactly as written out (postgres.js has no numeric[] type).
  const numbers = (pick: (n: SearchQuery['numbers'][number]) => number) => sql`${sql.param(query.numbers.map((n) => String(pick(n))))}::text[]::numeric[]`;
  // The page comes back as one JSON text rather than a row of columns per metric: a driver reads
  // and converts every field of every row, and on PGlite it does so on the database's own thread
  // and then copies each row to the server's. A Korean search on the synthetic catalogue, 21 rows,
  // took 2.8 ms there rather than 2.4, and its thread is what bounds searches a second on PGlite.
  // The same numbers and texts arrive, as JSON has them.
  const [{ page }] = rowsOf<{ page: string | null }>(
    await db.execute(sql`SELECT json_agg(json_build_array(${pageArray}) ORDER BY m.ordinality)::text AS page FROM search_metrics(
      ${texts(query.terms)}, ${texts(query.wordTerms)}, ${texts(ranges.map((r) => r[0]))}, ${texts(ranges.map((r) => r[1]))},
      ${texts(firstLetters.map((r) => r[0]))}, ${texts(firstLetters.map((r) => r[1]))},
      ${numbers((n) => n.value)}, ${numbers((n) => n.lo)}, ${numbers((n) => n.hi)}, ${text.length >= SENTENCE ? text : null}::text,
      ${limit + 1}::int, ${offset}::int, ${CANDIDATES}::int, ${LOOKED_UP}::int, ${CORRECTIONS}::int) WITH ORDINALITY m`),
  );
  const rows = page === null ? [] : (JSON.parse(page) as unknown[][]).map((values) => Object.fromEntries(PAGE_FIELDS.map((field, i) => [field, values[i]])) as unknown as PageRow);
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
            score: r.score,
          },
        ],
  );
  return { matches: matches.slice(0, limit), more: matches.length > limit, terms: rows[0]?.searched ?? query.terms };
}
