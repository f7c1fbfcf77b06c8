import { relations, sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  type AnyPgColumn,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  CATEGORIES,
  CLAIM_KINDS,
  CONVERSION_QUALIFIERS,
  DATE_PRECISIONS,
  PUBLISHED_BASES,
  QUALIFIERS,
  RANKS,
  UNITS,
} from '../lib/domain';

/**
 * The single source of truth for the fact store. Rules about what the data means live here as
 * database constraints (and, for what a CHECK cannot see across rows, in the triggers of the
 * custom migration 0001), so no client, seed or import can store an uncited or malformed number.
 */

export const datePrecision = pgEnum('date_precision', DATE_PRECISIONS);
export const publishedBasis = pgEnum('published_basis', PUBLISHED_BASES);
export const unit = pgEnum('unit', UNITS);
export const metricCategory = pgEnum('metric_category', CATEGORIES);
export const qualifier = pgEnum('qualifier', QUALIFIERS);
export const conversionQualifier = pgEnum('conversion_qualifier', CONVERSION_QUALIFIERS);
export const claimKind = pgEnum('claim_kind', CLAIM_KINDS);
export const claimRank = pgEnum('claim_rank', RANKS);

type Column = Parameters<typeof sql>[1];
const isSlug = (column: Column) => sql`${column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`;
const nonBlank = (column: Column) => sql`btrim(${column}) <> ''`;
/** A Korean text stands only beside its English one, and says something. */
const koreanBeside = (korean: Column, english: Column) => sql`${korean} IS NULL OR (${english} IS NOT NULL AND ${nonBlank(korean)})`;
// A partial date is stored on the first day of its period, so equal dates compare equal.
const startsItsPeriod = (day: Column, precision: Column) =>
  sql`${day} IS NULL OR ${precision} = 'day'
    OR (${precision} = 'month' AND extract(day FROM ${day}) = 1)
    OR (${precision} = 'year' AND extract(doy FROM ${day}) = 1)`;

/**
 * Each fact table's columns are declared once, for the table and for its `_versions` twin below,
 * which keeps every state any row has had. Keys to other tables are declared on the table alone:
 * a version may name a row that has since been withdrawn.
 */
const sourceColumns = () => ({
  slug: text('slug').notNull(),
  publisher: text('publisher'),
  publisherEn: text('publisher_en'),
  title: text('title'),
  byline: text('byline'),
  publishedOn: date('published_on'),
  publishedPrecision: datePrecision('published_precision'),
  publishedBasis: publishedBasis('published_basis'),
  publishedNote: text('published_note'),
  /** The date note in Korean, for Korean pages (the seed requires it beside an English one). */
  publishedNoteKo: text('published_note_ko'),
  url: text('url'),
  language: text('language').notNull(),
});

export const sources = pgTable(
  'sources',
  { id: serial('id').primaryKey(), ...sourceColumns() },
  (t) => [
    uniqueIndex('sources_slug_key').on(t.slug),
    check('sources_slug_format', isSlug(t.slug)),
    // Only web links: a javascript: or data: URL rendered as a link would run in the reader's browser.
    check('sources_url_http', sql`${t.url} IS NULL OR ${t.url} ~* '^https?://[^[:space:]]+$'`),
    check(
      'sources_published_complete',
      sql`(${t.publishedOn} IS NULL) = (${t.publishedPrecision} IS NULL)
        AND (${t.publishedOn} IS NULL) = (${t.publishedBasis} IS NULL)`,
    ),
    check('sources_published_starts_period', startsItsPeriod(t.publishedOn, t.publishedPrecision)),
    check('sources_language_code', sql`${t.language} ~ '^[a-z]{2}$'`),
    check('sources_published_note_ko_beside_english', koreanBeside(t.publishedNoteKo, t.publishedNote)),
  ],
);
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;

const metricColumns = () => ({
  slug: text('slug').notNull(),
  label: text('label').notNull(),
  category: metricCategory('category').notNull(),
  subject: text('subject').notNull(),
  dimensionName: text('dimension_name'),
  dimensionValue: text('dimension_value'),
  unit: unit('unit').notNull(),
  description: text('description'),
  /** The label and description in Korean, for Korean pages and exports (the seed requires both). */
  labelKo: text('label_ko'),
  descriptionKo: text('description_ko'),
  /** The subject as Korean readers name it (엔비디아, 중국): shown on Korean pages; filters keep `subject`. */
  subjectKo: text('subject_ko'),
});

export const metrics = pgTable(
  'metrics',
  { id: serial('id').primaryKey(), ...metricColumns() },
  (t) => [
    uniqueIndex('metrics_slug_key').on(t.slug),
    // Lists page through metrics in (category, slug) order; subject filters ignore case.
    index('metrics_category_slug_idx').on(t.category, t.slug),
    index('metrics_subject_lower_idx').on(sql`lower(${t.subject})`),
    check('metrics_slug_format', isSlug(t.slug)),
    check('metrics_label_present', nonBlank(t.label)),
    check('metrics_label_ko_present', sql`${t.labelKo} IS NULL OR ${nonBlank(t.labelKo)}`),
    check('metrics_subject_ko_present', sql`${t.subjectKo} IS NULL OR ${nonBlank(t.subjectKo)}`),
    // A Korean description where there is an English one, and only then.
    check('metrics_description_ko_matches', sql`${t.labelKo} IS NULL OR (${t.description} IS NULL) = (${t.descriptionKo} IS NULL)`),
    check('metrics_subject_present', nonBlank(t.subject)),
    check('metrics_dimension_complete', sql`(${t.dimensionName} IS NULL) = (${t.dimensionValue} IS NULL)`),
  ],
);
export type Metric = typeof metrics.$inferSelect;
export type NewMetric = typeof metrics.$inferInsert;

const claimColumns = () => ({
  key: text('key').notNull(),
  metricId: integer('metric_id').notNull(),
  qualifier: qualifier('qualifier').notNull(),
  value: numeric('value', { mode: 'number' }),
  lower: numeric('lower', { mode: 'number' }),
  upper: numeric('upper', { mode: 'number' }),
  refDate: date('ref_date'),
  refDatePrecision: datePrecision('ref_date_precision'),
  refDateNote: text('ref_date_note'),
  kind: claimKind('kind').notNull(),
  speaker: text('speaker'),
  /** The speaker as Korean readers know the name (개빈 베이커), for Korean pages. */
  speakerKo: text('speaker_ko'),
  speakerRole: text('speaker_role'),
  rank: claimRank('rank').notNull().default('normal'),
  rankReason: text('rank_reason'),
  /** The role, rank reason, date note and note in Korean, for Korean pages: each beside its English one only. */
  speakerRoleKo: text('speaker_role_ko'),
  rankReasonKo: text('rank_reason_ko'),
  refDateNoteKo: text('ref_date_note_ko'),
  noteKo: text('note_ko'),
  conversionQualifier: conversionQualifier('conversion_qualifier'),
  conversionValue: numeric('conversion_value', { mode: 'number' }),
  conversionUnit: unit('conversion_unit'),
  note: text('note'),
});

/** The order of ranks a metric's claims are listed and headlined in: preferred, normal, deprecated. */
export const claimRankOrder = (rank: AnyPgColumn) => sql`(CASE ${rank} WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END)`;

export const claims = pgTable(
  'claims',
  { id: serial('id').primaryKey(), ...claimColumns() },
  (t) => [
    foreignKey({ name: 'claims_metric_id_metrics_id_fk', columns: [t.metricId], foreignColumns: [metrics.id] }).onDelete('restrict'),
    uniqueIndex('claims_key_key').on(t.key),
    // A metric's claims in headline order straight from the index: the pages list them so, and a
    // search reads each result's headline claim, the first of them, 20 or so times a search.
    index('claims_metric_rank_key_idx').on(t.metricId, claimRankOrder(t.rank), t.key),
    // At most one preferred claim per metric; the others stay visible as normal or deprecated.
    uniqueIndex('claims_one_preferred_per_metric').on(t.metricId).where(sql`${t.rank} = 'preferred'`),
    check('claims_key_format', isSlug(t.key)),
    // The qualifier decides which of value / lower / upper are present. A claim with none of them
    // states a date (in ref_date); the trigger in 0001 checks its metric is measured in dates.
    check(
      'claims_value_shape',
      sql`CASE ${t.qualifier}
        WHEN 'exact' THEN ${t.lower} IS NULL AND ${t.upper} IS NULL AND (${t.value} IS NOT NULL OR ${t.refDate} IS NOT NULL)
        WHEN 'approximate' THEN ${t.value} IS NOT NULL AND ${t.lower} IS NULL AND ${t.upper} IS NULL
        WHEN 'at_least' THEN ${t.lower} IS NOT NULL AND ${t.value} IS NULL AND ${t.upper} IS NULL
        WHEN 'more_than' THEN ${t.lower} IS NOT NULL AND ${t.value} IS NULL AND ${t.upper} IS NULL
        WHEN 'at_most' THEN ${t.upper} IS NOT NULL AND ${t.value} IS NULL AND ${t.lower} IS NULL
        WHEN 'less_than' THEN ${t.upper} IS NOT NULL AND ${t.value} IS NULL AND ${t.lower} IS NULL
        WHEN 'range' THEN ${t.lower} IS NOT NULL AND ${t.upper} IS NOT NULL AND ${t.value} IS NULL
      END`,
    ),
    check('claims_speaker_ko_names_speaker', sql`${t.speakerKo} IS NULL OR (${t.speaker} IS NOT NULL AND ${nonBlank(t.speakerKo)})`),
    check('claims_speaker_role_ko_beside_english', koreanBeside(t.speakerRoleKo, t.speakerRole)),
    check('claims_rank_reason_ko_beside_english', koreanBeside(t.rankReasonKo, t.rankReason)),
    check('claims_ref_date_note_ko_beside_english', koreanBeside(t.refDateNoteKo, t.refDateNote)),
    check('claims_note_ko_beside_english', koreanBeside(t.noteKo, t.note)),
    check('claims_bounds_ordered', sql`${t.lower} IS NULL OR ${t.upper} IS NULL OR ${t.lower} <= ${t.upper}`),
    check('claims_ref_date_complete', sql`(${t.refDate} IS NULL) = (${t.refDatePrecision} IS NULL)`),
    check('claims_ref_date_starts_period', startsItsPeriod(t.refDate, t.refDatePrecision)),
    check('claims_rank_reason', sql`${t.rank} = 'normal' OR ${t.rankReason} IS NOT NULL`),
    check(
      'claims_conversion_complete',
      sql`(${t.conversionValue} IS NULL) = (${t.conversionUnit} IS NULL)
        AND (${t.conversionValue} IS NULL) = (${t.conversionQualifier} IS NULL)`,
    ),
  ],
);
export type Claim = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;

const citationColumns = () => ({
  key: text('key').notNull(),
  claimId: integer('claim_id').notNull(),
  sourceId: integer('source_id').notNull(),
  quote: text('quote').notNull(),
  statedText: text('stated_text').notNull(),
  conversionText: text('conversion_text'),
  translation: text('translation').notNull(),
  paragraph: integer('paragraph').notNull(),
});

export const citations = pgTable(
  'citations',
  { id: serial('id').primaryKey(), ...citationColumns() },
  (t) => [
    foreignKey({ name: 'citations_claim_id_claims_id_fk', columns: [t.claimId], foreignColumns: [claims.id] }).onDelete('cascade'),
    foreignKey({ name: 'citations_source_id_sources_id_fk', columns: [t.sourceId], foreignColumns: [sources.id] }).onDelete('restrict'),
    uniqueIndex('citations_key_key').on(t.key),
    index('citations_claim_idx').on(t.claimId),
    index('citations_source_idx').on(t.sourceId),
    check('citations_key_format', isSlug(t.key)),
    check('citations_quote_present', nonBlank(t.quote)),
    // A clause, not a paragraph: the project never stores whole article texts.
    check('citations_quote_length', sql`char_length(${t.quote}) <= 600`),
    check('citations_translation_present', nonBlank(t.translation)),
    check('citations_stated_in_quote', sql`${nonBlank(t.statedText)} AND strpos(${t.quote}, ${t.statedText}) > 0`),
    check(
      'citations_conversion_in_quote',
      sql`${t.conversionText} IS NULL OR strpos(${t.quote}, ${t.conversionText}) > 0`,
    ),
    check('citations_paragraph_positive', sql`${t.paragraph} > 0`),
  ],
);
export type Citation = typeof citations.$inferSelect;
export type NewCitation = typeof citations.$inferInsert;

/**
 * A numbered state of the fact store. The database opens one itself on the first write of a
 * transaction (custom migration 0004), so no code path can change a fact without one; a re-run
 * that changes nothing opens none. The seed loader names it after its seed entry.
 */
export const revisions = pgTable('revisions', {
  number: serial('number').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  summary: text('summary').notNull(),
  /** The seed entry (seed/revisions.ts) this revision brought the database up to; null for any other write. */
  seedEntry: text('seed_entry'),
});
export type Revision = typeof revisions.$inferSelect;

/**
 * Every state of every row: a version holds from the revision that wrote it (`valid_from`) until
 * the one that changed or withdrew it (`valid_to`, null while current). Written by triggers only.
 */
const versionColumns = () => ({
  validFrom: integer('valid_from').notNull().references(() => revisions.number),
  validTo: integer('valid_to').references(() => revisions.number),
  id: integer('id').notNull(),
});
const versionIndexes = (t: { id: Column; validFrom: Column; validTo: Column }) => [
  primaryKey({ columns: [t.id, t.validFrom] }),
  index().on(t.validFrom),
  index().on(t.validTo),
];

export const sourceVersions = pgTable('sources_versions', { ...versionColumns(), ...sourceColumns() }, (t) => [
  ...versionIndexes(t),
  index().on(t.slug),
]);
export const metricVersions = pgTable('metrics_versions', { ...versionColumns(), ...metricColumns() }, (t) => [
  ...versionIndexes(t),
  index().on(t.slug),
]);
export const claimVersions = pgTable('claims_versions', { ...versionColumns(), ...claimColumns() }, (t) => [
  ...versionIndexes(t),
  index().on(t.metricId),
]);
export const citationVersions = pgTable('citations_versions', { ...versionColumns(), ...citationColumns() }, (t) => [
  ...versionIndexes(t),
  index().on(t.claimId),
  index().on(t.key),
]);
export type MetricVersion = typeof metricVersions.$inferSelect;
export type ClaimVersion = typeof claimVersions.$inferSelect;
export type CitationVersion = typeof citationVersions.$inferSelect;
export type SourceVersion = typeof sourceVersions.$inferSelect;

export const FACT_TABLES = ['sources', 'metrics', 'claims', 'citations'] as const;
export type FactTable = (typeof FACT_TABLES)[number];
export const factTable = pgEnum('fact_table', FACT_TABLES);

/**
 * A row that left the fact store, and why: a published link to it answers 410 with its last
 * version and this reason. The database refuses to delete a fact without one (migration 0004).
 */
export const withdrawals = pgTable(
  'withdrawals',
  {
    factTable: factTable('fact_table').notNull(),
    factId: integer('fact_id').notNull(),
    revision: integer('revision').notNull().references(() => revisions.number),
    reason: text('reason').notNull(),
    /** The slug or key of what replaces it, if anything does. */
    replacedBy: text('replaced_by'),
  },
  (t) => [primaryKey({ columns: [t.factTable, t.factId] }), check('withdrawals_reason_present', nonBlank(t.reason))],
);
export type Withdrawal = typeof withdrawals.$inferSelect;

/** Why a revision changed one row: shown beside the difference in its history. */
export const changeReasons = pgTable(
  'change_reasons',
  {
    revision: integer('revision').notNull().references(() => revisions.number),
    factTable: factTable('fact_table').notNull(),
    factId: integer('fact_id').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.revision, t.factTable, t.factId] }), check('change_reasons_reason_present', nonBlank(t.reason))],
);

/**
 * Each category's name as the pages show it (`Category` in messages/en.json and ko.json, where
 * they are written), copied in by the seed loader at every setup: the search documents hold them
 * (migration 0028), so a reader finds a figure by the name on its card ("training costs", "훈련
 * 비용"). Not a fact: not versioned, rewritten whenever the messages change.
 */
export const categoryNames = pgTable('category_names', {
  category: metricCategory('category').primaryKey(),
  name: text('name').notNull(),
  nameKo: text('name_ko').notNull(),
});
export type CategoryName = typeof categoryNames.$inferSelect;
export type NewCategoryName = typeof categoryNames.$inferInsert;

/** PostgreSQL's full-text document: lexemes with their weights and positions. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** A full-text query, in tsquery's input syntax. */
const tsquery = customType<{ data: string }>({ dataType: () => 'tsquery' });

/**
 * Words readers search by that the texts put otherwise (lib/search-vocabulary.ts, where they are
 * written), copied in by the seed loader at every setup: a citation's search document gains a
 * set's words where its label and subject, or its quote and translation, match `written` and not
 * `unless` (migration 0029). Not a fact: not versioned, rewritten whenever the vocabulary changes.
 */
export const searchVocabulary = pgTable('search_vocabulary', {
  name: text('name').primaryKey(),
  words: text('words').array().notNull(),
  written: tsquery('written').notNull(),
  unless: tsquery('unless'),
});
export type SearchWordSet = typeof searchVocabulary.$inferSelect;
export type NewSearchWordSet = typeof searchVocabulary.$inferInsert;

/**
 * What search reads: one document per citation, with everything a reader might type about it
 * (the metric's label and subject, the speaker, the source, the quote and its translation),
 * weighted A to D. Derived from the facts by triggers (migration 0007), never written by code.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    citationId: integer('citation_id')
      .primaryKey()
      .references(() => citations.id, { onDelete: 'cascade' }),
    metricId: integer('metric_id')
      .notNull()
      .references(() => metrics.id, { onDelete: 'cascade' }),
    /** Full-text document ('simple' configuration: no stemming, no stop words, any language). */
    document: tsvector('document').notNull(),
  },
  (t) => [index('search_documents_document_idx').using('gin', t.document).with({ fastupdate: false }), index('search_documents_metric_idx').on(t.metricId)],
);

/** Every figure a citation's claim states (value, bounds, conversion), as a magnitude: search by value. */
export const searchNumbers = pgTable(
  'search_numbers',
  {
    value: numeric('value', { mode: 'number' }).notNull(),
    citationId: integer('citation_id')
      .notNull()
      .references(() => citations.id, { onDelete: 'cascade' }),
  },
  // By citation too: whether a result's citation states a figure the query names is checked for
  // each candidate, which the value-first key cannot answer without reading the whole range.
  (t) => [primaryKey({ columns: [t.value, t.citationId] }), index('search_numbers_citation_idx').on(t.citationId, t.value)],
);

/**
 * Every word the search documents hold, once: a typo is corrected against this short list (by
 * trigram likeness, among the words that share its first letter: a range of the key) rather than
 * against every document. Kept by triggers as documents are written, rewritten and deleted
 * (migration 0030): a word no document holds any more is gone.
 */
export const searchWords = pgTable(
  'search_words',
  {
    word: text('word').primaryKey(),
    /** How many documents hold the word: a query looks its rarest words up in the index first. */
    documents: integer('documents').notNull().default(0),
  },
);

export const sourcesRelations = relations(sources, ({ many }) => ({ citations: many(citations) }));
export const metricsRelations = relations(metrics, ({ many }) => ({ claims: many(claims) }));
export const claimsRelations = relations(claims, ({ one, many }) => ({
  metric: one(metrics, { fields: [claims.metricId], references: [metrics.id] }),
  citations: many(citations),
}));
export const citationsRelations = relations(citations, ({ one }) => ({
  claim: one(claims, { fields: [citations.claimId], references: [claims.id] }),
  source: one(sources, { fields: [citations.sourceId], references: [sources.id] }),
}));
