import { sql } from 'drizzle-orm';
import type { SourceJson } from '../lib/api';
import type { DatePrecision, Qualifier } from '../lib/domain';
import { asTyped, type SearchMatch, type SearchQuery } from '../lib/search';
import type { Database } from './connect';

interface Page {
  limit: number;
  offset: number;
}

/**
 * Search over what the database keeps for every citation (migrations 0005–0012): a full-text
 * document (PostgreSQL's 'simple' configuration, every word matched as a word start and a number
 * whole: migration 0031), its figures
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
 * not turn starts_with into one by itself; PGlite's 18 does). search_terms (migration 0031) checks
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
  missing: string[];
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
  'qualifier', 'value', 'lower', 'upper', 'ref_date', 'ref_date_precision', 'missing',
]);

/** The list as it is, if it names every field of a row; else it does not compile, naming those missing (they would arrive undefined). */
function everyField<const Fields extends readonly (keyof PageRow)[]>(fields: Fields & (Exclude<keyof PageRow, Fields[number]> extends never ? unknown : { missing: Exclude<keyof PageRow, Fields[number]> })): Fields {
  return fields;
}

/** Where each field is in a row's array of values. */
const AT = Object.fromEntries(PAGE_FIELDS.map((field, i) => [field, i])) as { [Field in keyof PageRow]: number };

/** What search_metrics is given for one query: the statement's placeholders, by name. */
interface SearchArguments {
  terms: string[];
  wordTerms: string[];
  amounts: string[];
  starts: string[];
  afters: string[];
  firstStarts: string[];
  firstAfters: string[];
  /** Numbers as text, read by numeric exactly as written out (postgres.js has no numeric[] type). */
  figures: string[];
  figuresLo: string[];
  figuresHi: string[];
  sentence: string | null;
  limit: number;
  offset: number;
}

/**
 * search_metrics' statement, put together once per database (drizzle's prepared query) rather than
 * at every search: drizzle building its SQL and parameters from the template was 6.7% of the
 * server's own thread under never-seen searches on PGlite.
 *
 * The page comes back as one JSON text rather than a row of columns per metric: a driver reads and
 * converts every field of every row, and on PGlite it does so on the database's own thread and then
 * copies each row to the server's. A Korean search on the synthetic catalogue, 21 rows, took 2.8 ms
 * there rather than 2.4, and its thread is what bounds searches a second on PGlite. The same
 * numbers and texts arrive, as JSON has them.
 */
function prepareSearch(db: Database) {
  const argument = (name: keyof SearchArguments) => sql.placeholder(name);
  const texts = (name: keyof SearchArguments) => sql`${argument(name)}::text[]`;
  const numbers = (name: keyof SearchArguments) => sql`${argument(name)}::text[]::numeric[]`;
  const pageArray = sql.join(
    PAGE_FIELDS.map((field) => sql`m.${sql.identifier(field)}`),
    sql`, `,
  );
  return db
    .select({ page: sql<string | null>`json_agg(json_build_array(${pageArray}) ORDER BY m.ordinality)::text` })
    .from(
      sql`search_metrics(${texts('terms')}, ${texts('wordTerms')}, ${texts('amounts')}, ${texts('starts')}, ${texts('afters')}, ${texts('firstStarts')}, ${texts('firstAfters')},
        ${numbers('figures')}, ${numbers('figuresLo')}, ${numbers('figuresHi')}, ${argument('sentence')}::text,
        ${argument('limit')}::int, ${argument('offset')}::int, ${CANDIDATES}::int, ${LOOKED_UP}::int, ${CORRECTIONS}::int) WITH ORDINALITY m`,
    )
    .prepare('search_metrics');
}
const prepared = new WeakMap<Database, ReturnType<typeof prepareSearch>>();

/**
 * Metrics for the query, best first, each with the citation that matches it best, `limit` from
 * `offset`, and whether more follow, in one call (search_metrics, migration 0020): the first of
 * its passes that finds any citation answers (every word and any figure named by value, then
 * enough of the words, then the words with typos corrected). `terms`: the words searched for,
 * corrections included. The candidates each pass finds are ranked one per metric (search_page,
 * migration 0018); the score adds how well the words match, weighted by where (label and subject,
 * then speaker and source, then quote and translation, then the rest), a figure named by value, by
 * how near it is (migration 0033; where the documents write one of the query's bare numbers as a
 * word, only for a citation holding every word: migration 0025; an amount, such as 17%, is never
 * looked up as a word: `amounts`), and, for a pasted sentence, how much of a quote it contains. When
 * no pass finds any, a last one takes citations holding any one of the words (migration 0026), and
 * each match says which of the query's words its citation lacks, as the reader typed them.
 */
export async function searchMetrics(db: Database, query: SearchQuery, { limit, offset }: Page): Promise<{ matches: SearchMatch[]; more: boolean; terms: string[] }> {
  const text = query.text.toLowerCase();
  const ranges = query.terms.map(wordRange);
  // A typo is sought among the words with its first letter: a typo there is rare.
  const firstLetters = query.terms.map((term) => wordRange(String.fromCodePoint(term.codePointAt(0)!)));
  const numbers = (pick: (n: SearchQuery['numbers'][number]) => number) => query.numbers.map((n) => String(pick(n)));
  let statement = prepared.get(db);
  if (!statement) prepared.set(db, (statement = prepareSearch(db)));
  const [{ page }] = await statement.execute({
    terms: query.terms,
    wordTerms: query.wordTerms,
    amounts: query.amounts,
    starts: ranges.map((r) => r[0]),
    afters: ranges.map((r) => r[1]),
    firstStarts: firstLetters.map((r) => r[0]),
    firstAfters: firstLetters.map((r) => r[1]),
    figures: numbers((n) => n.value),
    figuresLo: numbers((n) => n.lo),
    figuresHi: numbers((n) => n.hi),
    sentence: text.length >= SENTENCE ? text : null,
    limit: limit + 1,
    offset,
  } satisfies SearchArguments);
  // Read by position: objects built from each row's values took three times as long as parsing the JSON.
  const rows = page === null ? [] : (JSON.parse(page) as unknown[][]);
  const terms = rows.length > 0 ? (rows[0][AT.searched] as PageRow['searched']) : query.terms;
  const matches = rows.flatMap((values): SearchMatch[] => {
    const r = <Field extends keyof PageRow>(field: Field) => values[AT[field]] as PageRow[Field];
    const slug = r('metric_slug');
    if (slug === null) return [];
    const qualifier = r('qualifier');
    const refDate = r('ref_date');
    const refDatePrecision = r('ref_date_precision');
    const publishedOn = r('published_on');
    const publishedPrecision = r('published_precision');
    const publishedBasis = r('published_basis');
    return [
      {
        metric: { slug, label: r('label'), labelKo: r('label_ko'), category: r('category'), unit: r('unit') },
        headline:
          qualifier === null
            ? null
            : { qualifier, value: r('value'), lower: r('lower'), upper: r('upper'), refDate: refDate && refDatePrecision ? { date: refDate, precision: refDatePrecision } : null },
        citation: { key: r('citation_key'), quote: r('quote'), translation: r('translation'), statedText: r('stated_text') },
        speaker: r('speaker'),
        speakerKo: r('speaker_ko'),
        source: {
          slug: r('source_slug'),
          publisher: r('publisher'),
          publisherEn: r('publisher_en'),
          published: publishedOn && publishedPrecision && publishedBasis ? { date: publishedOn, precision: publishedPrecision, basis: publishedBasis } : null,
        },
        score: r('score'),
        missing: asTyped(query, r('missing')),
      },
    ];
  });
  return { matches: matches.slice(0, limit), more: matches.length > limit, terms };
}
