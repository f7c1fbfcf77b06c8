import { and, asc, eq, gt, inArray, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { PgDialect, type PgSelect, type SelectedFields } from 'drizzle-orm/pg-core';
import type { MetricFilter } from '../lib/api';
import { crlfRowEnds, defuseFormula, type CsvColumnType } from '../lib/csv';
import { CITATION_FIELDS, CITED_NUMBER_FIELDS, CLAIM_FIELDS, METRIC_FIELDS, SOURCE_FIELDS, type CitedNumberRow, type TableRow } from '../lib/export-schema';
import type { Connection, Database } from './connect';
import { metricConditions } from './queries';
import type { RevisionView } from './revisions';
import { citations, claims, metrics, sources } from './schema';

/**
 * Exports read the database in keyset-paged batches, so a download of any size holds one batch
 * in memory at a time; each yields rows shaped as lib/export declares.
 */

const EXPORT_BATCH = 5000;

export interface ExportScope extends MetricFilter {
  metricSlug?: string;
  claimKeys?: string[];
}

/** Each cited-number field as the SQL that reads it: the JSON and CSV exports select the same list. */
function citedNumberColumns(origin: string, revision: number) {
  return {
    citation_key: citations.key,
    claim_key: claims.key,
    metric_slug: metrics.slug,
    metric_label: metrics.label,
    category: metrics.category,
    subject: metrics.subject,
    dimension_name: metrics.dimensionName,
    dimension_value: metrics.dimensionValue,
    value: claims.value,
    lower: claims.lower,
    upper: claims.upper,
    qualifier: claims.qualifier,
    unit: metrics.unit,
    ref_date: claims.refDate,
    ref_date_precision: claims.refDatePrecision,
    claim_kind: claims.kind,
    rank: claims.rank,
    rank_reason: claims.rankReason,
    speaker: claims.speaker,
    speaker_role: claims.speakerRole,
    stated_text: citations.statedText,
    conversion_value: claims.conversionValue,
    conversion_unit: claims.conversionUnit,
    conversion_text: citations.conversionText,
    quote: citations.quote,
    translation: citations.translation,
    paragraph: citations.paragraph,
    source_slug: sources.slug,
    publisher: sources.publisher,
    publisher_en: sources.publisherEn,
    title: sources.title,
    byline: sources.byline,
    published_on: sources.publishedOn,
    published_precision: sources.publishedPrecision,
    published_basis: sources.publishedBasis,
    source_url: sources.url,
    // Pinned to the revision exported: the link shows the citation as this file has it.
    permalink: sql<string>`${origin} || '/metrics/' || ${metrics.slug} || ${`?rev=${revision}#cite-`} || ${citations.key}`,
    metric_label_ko: metrics.labelKo,
    subject_ko: metrics.subjectKo,
    speaker_ko: claims.speakerKo,
    speaker_role_ko: claims.speakerRoleKo,
    rank_reason_ko: claims.rankReasonKo,
  } satisfies Record<keyof typeof CITED_NUMBER_FIELDS, SQLWrapper>;
}

/** The cited numbers in scope, in citation order. */
function citedNumbersIn<Q extends PgSelect>(query: Q, db: Database, scope: ExportScope, after?: SQL) {
  const conditions: SQL[] = metricConditions(db, scope);
  if (scope.metricSlug) conditions.push(eq(metrics.slug, scope.metricSlug));
  if (scope.claimKeys) conditions.push(inArray(claims.key, scope.claimKeys.length > 0 ? scope.claimKeys : ['']));
  if (after) conditions.push(after);
  return query
    .innerJoin(claims, eq(claims.id, citations.claimId))
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .innerJoin(sources, eq(sources.id, citations.sourceId))
    .where(and(...conditions))
    .orderBy(asc(citations.id));
}

/** One batch of them after a citation id: paging walks the citations' primary key, so each batch is an index range scan. */
function citedNumbersAfter<Q extends PgSelect>(query: Q, db: Database, scope: ExportScope, afterId: number, batch: number) {
  return citedNumbersIn(query, db, scope, gt(citations.id, afterId)).limit(batch);
}

/**
 * At most `limit` cited numbers (claim × citation) in scope after the citation `afterId`, in
 * citation order, and where the next page starts (null on the last). Paging walks the citations'
 * primary key, so each page is an index range scan however large the catalogue.
 */
export async function pageCitedNumbers(
  db: Database,
  scope: ExportScope,
  origin: string,
  { limit, afterId = 0, revision }: { limit: number; afterId?: number; revision: number },
): Promise<{ rows: CitedNumberRow[]; nextAfterId: number | null }> {
  const fields = { id: citations.id, ...citedNumberColumns(origin, revision) };
  // One more than the page holds says whether another page follows.
  const found = await citedNumbersAfter(db.select(fields).from(citations).$dynamic(), db, scope, afterId, limit + 1);
  const page = found.slice(0, limit);
  return { rows: page.map(({ id: _, ...row }) => row), nextAfterId: found.length > limit ? page[page.length - 1].id : null };
}

/**
 * Columns whose every value is already a plain CSV cell: slugs and keys (the schema's CHECKs hold
 * them to a-z, 0-9 and inner hyphens), enum labels (fixed identifiers, checked in the tests), and
 * the permalink, whose origin is defused in JavaScript before it is written in. Copying them as
 * they are spares the database a test per cell: what keeps the export near a bare COPY's speed.
 */
const PLAIN_CELLS = new Set<keyof typeof CITED_NUMBER_FIELDS>(['citation_key', 'claim_key', 'metric_slug', 'source_slug', 'permalink']);
const plainCell = (name: keyof typeof CITED_NUMBER_FIELDS) => PLAIN_CELLS.has(name) || 'enum' in CITED_NUMBER_FIELDS[name];

/**
 * The same cited numbers as CSV lines (after lib/csv's header), written by PostgreSQL's COPY so
 * that JavaScript builds no object per row: that is what lets the export keep pace with a bare
 * COPY. The bytes are exactly what lib/csv writes for the same rows (a test holds the two equal).
 * PostgreSQL streams one COPY of everything; PGlite holds a COPY whole in memory, so there it
 * copies a batch at a time, walking the citations' primary key.
 */
export async function* exportCitedNumbersCsv(
  { db, copyCsv, copyIsBuffered }: Pick<Connection, 'db' | 'copyCsv' | 'copyIsBuffered'>,
  view: RevisionView,
  scope: ExportScope,
  origin: string,
  batch = EXPORT_BATCH,
): AsyncGenerator<Uint8Array> {
  // Columns in the order of the field list, which is also the order of lib/csv's header.
  const columns = citedNumberColumns(defuseFormula(origin), view.revision);
  const asOf = view.latest ? undefined : view.revision;
  const cells = Object.fromEntries(
    (Object.keys(CITED_NUMBER_FIELDS) as (keyof typeof CITED_NUMBER_FIELDS)[]).map((name, i) => {
      const column = columns[name];
      return [`c${i}`, (plainCell(name) ? sql`${column}` : copyCellSql(column, CITED_NUMBER_FIELDS[name].type)).as(`c${i}`)];
    }),
  );
  const toCrlf = crlfRowEnds();
  const copy = async function* (range?: SQL) {
    for await (const chunk of copyCsv(inlineSql(citedNumbersIn(db.select(cells).from(citations).$dynamic(), db, scope, range)), asOf)) yield toCrlf(chunk);
  };
  if (!copyIsBuffered) {
    yield* copy();
    return;
  }
  for (let afterId = 0; ; ) {
    const from = afterId;
    const [{ last, count }] = await view.read((at) => {
      const page = citedNumbersAfter(at.select({ id: citations.id }).from(citations).$dynamic(), at, scope, from, batch).as('page');
      return at.select({ last: sql<number>`max(${page.id})`.mapWith(Number), count: sql<number>`count(*)`.mapWith(Number) }).from(page);
    });
    if (count === 0) return;
    yield* copy(and(gt(citations.id, afterId), lte(citations.id, last)));
    afterId = last;
    if (count < batch) return;
  }
}

/**
 * A cell as COPY should be given it, so that COPY's CSV is lib/csv's: text that a spreadsheet
 * would read as a formula (= + - @ tab CR) gains a leading quote mark, empty text becomes NULL
 * (COPY would write "" for it), numbers are written as their shortest decimal. COPY itself quotes
 * what holds a comma, quote or line break, as lib/csv does.
 */
export function copyCellSql(column: SQLWrapper, type: CsvColumnType): SQL {
  if (type === 'number') return sql`trim_scale(${column})`;
  if (type === 'integer') return sql`${column}`;
  if (type === 'date') return sql`to_char(${column}, 'YYYY-MM-DD')`;
  const text = sql`(${column})::text`;
  // Only text that needs a mark is copied; the rest passes through untouched.
  return sql`CASE WHEN ascii(${text}) IN (61, 43, 45, 64, 9, 13) THEN '''' || ${text} WHEN ${text} = '' THEN NULL ELSE ${text} END`;
}

/** Writes string values as E'' literals, which mean the same whatever standard_conforming_strings says. */
class LiteralDialect extends PgDialect {
  override escapeString(text: string): string {
    if (text.includes('\0')) throw new RangeError('a NUL character cannot be written into SQL');
    return `E'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  }
}
const literalDialect = new LiteralDialect();

/** A query with its values written into it, for COPY, which takes no bind parameters. */
export function inlineSql(query: SQLWrapper): string {
  return literalDialect.sqlToQuery(query.getSQL().inlineParams()).sql;
}

/**
 * Each table of the Data Package as the SQL that reads its fields (natural keys, not ids), and the
 * joins those keys need: one map per table, so a field cannot be read two ways.
 */
const TABLE_EXPORTS = {
  sources: {
    id: sources.id,
    columns: {
      slug: sources.slug, publisher: sources.publisher, publisher_en: sources.publisherEn, title: sources.title, byline: sources.byline,
      published_on: sources.publishedOn, published_precision: sources.publishedPrecision, published_basis: sources.publishedBasis,
      published_note: sources.publishedNote, url: sources.url, language: sources.language, published_note_ko: sources.publishedNoteKo,
    } satisfies Record<keyof typeof SOURCE_FIELDS, SQLWrapper>,
    from: (db: Database, fields: SelectedFields) => db.select(fields).from(sources).$dynamic(),
  },
  metrics: {
    id: metrics.id,
    columns: {
      slug: metrics.slug, label: metrics.label, category: metrics.category, subject: metrics.subject,
      dimension_name: metrics.dimensionName, dimension_value: metrics.dimensionValue, unit: metrics.unit, description: metrics.description,
      label_ko: metrics.labelKo, description_ko: metrics.descriptionKo, subject_ko: metrics.subjectKo,
    } satisfies Record<keyof typeof METRIC_FIELDS, SQLWrapper>,
    from: (db: Database, fields: SelectedFields) => db.select(fields).from(metrics).$dynamic(),
  },
  claims: {
    id: claims.id,
    columns: {
      key: claims.key, metric_slug: metrics.slug, qualifier: claims.qualifier, value: claims.value, lower: claims.lower, upper: claims.upper,
      ref_date: claims.refDate, ref_date_precision: claims.refDatePrecision, ref_date_note: claims.refDateNote, kind: claims.kind,
      speaker: claims.speaker, speaker_role: claims.speakerRole, rank: claims.rank, rank_reason: claims.rankReason,
      conversion_qualifier: claims.conversionQualifier, conversion_value: claims.conversionValue, conversion_unit: claims.conversionUnit, note: claims.note,
      speaker_ko: claims.speakerKo, speaker_role_ko: claims.speakerRoleKo, rank_reason_ko: claims.rankReasonKo, ref_date_note_ko: claims.refDateNoteKo, note_ko: claims.noteKo,
    } satisfies Record<keyof typeof CLAIM_FIELDS, SQLWrapper>,
    from: (db: Database, fields: SelectedFields) => db.select(fields).from(claims).innerJoin(metrics, eq(metrics.id, claims.metricId)).$dynamic(),
  },
  citations: {
    id: citations.id,
    columns: {
      key: citations.key, claim_key: claims.key, source_slug: sources.slug, quote: citations.quote, stated_text: citations.statedText,
      conversion_text: citations.conversionText, translation: citations.translation, paragraph: citations.paragraph,
    } satisfies Record<keyof typeof CITATION_FIELDS, SQLWrapper>,
    from: (db: Database, fields: SelectedFields) =>
      db.select(fields).from(citations).innerJoin(claims, eq(claims.id, citations.claimId)).innerJoin(sources, eq(sources.id, citations.sourceId)).$dynamic(),
  },
};

type Tables = {
  sources: TableRow<typeof SOURCE_FIELDS>;
  metrics: TableRow<typeof METRIC_FIELDS>;
  claims: TableRow<typeof CLAIM_FIELDS>;
  citations: TableRow<typeof CITATION_FIELDS>;
};
export type TableName = keyof Tables;

/** One table of the Data Package, keyed by natural keys (slugs), in batches by id. */
export async function* exportTable<T extends TableName>(view: RevisionView, table: T, batch = EXPORT_BATCH): AsyncGenerator<Tables[T][]> {
  const { id, columns, from } = TABLE_EXPORTS[table];
  for (let afterId = 0; ; ) {
    const start = afterId;
    // Each map satisfies its table's field list, so its rows are that table's rows.
    const page = (await view.read((db) => from(db, { id, ...columns }).where(gt(id, start)).orderBy(asc(id)).limit(batch))) as unknown as ({ id: number } & Tables[T])[];
    if (page.length === 0) return;
    yield page.map(({ id: _, ...row }) => row as unknown as Tables[T]);
    afterId = page[page.length - 1].id;
    if (page.length < batch) return;
  }
}

/** Why a filter names something that does not exist (404), or null: an empty export is never a silent 200. */
export async function missingFilterTarget(db: Database, scope: ExportScope): Promise<string | null> {
  if (scope.source) {
    const [found] = await db.select({ id: sources.id }).from(sources).where(eq(sources.slug, scope.source));
    if (!found) return `no source "${scope.source}"`;
  }
  if (scope.subject) {
    const [found] = await db.select({ id: metrics.id }).from(metrics).where(sql`lower(${metrics.subject}) = lower(${scope.subject})`).limit(1);
    if (!found) return `no metric has subject "${scope.subject}"`;
  }
  if (scope.metricSlug) {
    const [found] = await db.select({ id: metrics.id }).from(metrics).where(eq(metrics.slug, scope.metricSlug));
    if (!found) return `no metric "${scope.metricSlug}"`;
  }
  return null;
}
