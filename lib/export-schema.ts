import { z } from 'zod';
import type { CsvColumn, CsvColumnType } from './csv';
import { CATEGORIES, CLAIM_KINDS, CONVERSION_QUALIFIERS, DATE_PRECISIONS, PUBLISHED_BASES, QUALIFIERS, RANKS, UNITS } from './domain';

/**
 * The exports' one definition of each table: CSV columns, the JSON schema the handlers' output is
 * checked against, and the Data Package fields are all read from the same lists.
 */

interface FieldSpec {
  type: CsvColumnType;
  required?: boolean;
  enum?: readonly string[];
  description: string;
}

// Each helper keeps its literal type, so a row's TypeScript type follows from its fields.
const text = (description: string, required = false) => ({ type: 'string' as const, required, description });
const oneOf = (values: readonly string[], description: string, required = true) => ({ type: 'string' as const, enum: values, required, description });
const number = (description: string) => ({ type: 'number' as const, description });
const date = (description: string) => ({ type: 'date' as const, description });

/** One cited number: a claim and one of its citations, with its metric and source spelled out. */
export const CITED_NUMBER_FIELDS = {
  citation_key: text('Citation key; with the metric slug it names the permalink', true),
  claim_key: text('Claim key', true),
  metric_slug: text('Metric slug', true),
  metric_label: text('What is measured', true),
  category: oneOf(CATEGORIES, 'Metric category'),
  subject: text('Entity measured (DeepSeek, Nvidia …)', true),
  dimension_name: text('Breakdown name, e.g. country'),
  dimension_value: text('Breakdown value, e.g. Belarus'),
  value: number('The figure, for exact and approximate claims'),
  lower: number('Lower bound, for at_least, more_than and range claims'),
  upper: number('Upper bound, for at_most, less_than and range claims'),
  qualifier: oneOf(QUALIFIERS, 'How the figure is stated: exact, approximate, a bound or a range'),
  unit: oneOf(UNITS, 'Unit of value, lower and upper (percent is 0–100; date metrics state ref_date)'),
  ref_date: date('Date the figure refers to (first day of its period)'),
  ref_date_precision: oneOf(DATE_PRECISIONS, 'Precision of ref_date', false),
  claim_kind: oneOf(CLAIM_KINDS, 'Reported figure, company claim, estimate, allegation or forecast'),
  rank: oneOf(RANKS, 'preferred, normal or deprecated'),
  rank_reason: text('Why the claim is preferred or deprecated'),
  speaker: text('Who states the number; empty when the article states it in its own voice'),
  speaker_role: text('Who the speaker is, and how the statement reached the article'),
  stated_text: text('The number exactly as the article writes it', true),
  conversion_value: number('The source’s own conversion into another currency'),
  conversion_unit: oneOf(UNITS, 'Unit of conversion_value', false),
  conversion_text: text('The conversion as the article writes it'),
  quote: text('Verbatim Korean clause that states the number', true),
  translation: text('English translation of the quote', true),
  paragraph: { type: 'integer' as const, required: true, description: 'Paragraph of the article where the quote stands (1-based)' },
  source_slug: text('Source slug', true),
  publisher: text('Publisher as named in the text; empty when unknown'),
  publisher_en: text('Publisher in English; empty when unknown'),
  title: text('Article title; empty when the text prints none'),
  byline: text('Byline; empty when unknown'),
  published_on: date('Publication date (first day of its period); empty when unknown'),
  published_precision: oneOf(DATE_PRECISIONS, 'Precision of published_on', false),
  published_basis: oneOf(PUBLISHED_BASES, 'printed in the text, or inferred from it', false),
  source_url: text('Article URL; empty when the text gives none'),
  permalink: text('This citation in Cited', true),
  // Added after the columns above, which keep their names and places.
  metric_label_ko: text('What is measured, in Korean'),
  subject_ko: text('Entity measured, in Korean'),
  speaker_ko: text('Who states the number, as the Korean articles write the name'),
  speaker_role_ko: text('Who the speaker is, in Korean'),
  rank_reason_ko: text('Why the claim is preferred or deprecated, in Korean'),
} satisfies Record<string, FieldSpec>;


export const SOURCE_FIELDS = {
  slug: text('Source slug', true),
  publisher: CITED_NUMBER_FIELDS.publisher,
  publisher_en: CITED_NUMBER_FIELDS.publisher_en,
  title: CITED_NUMBER_FIELDS.title,
  byline: CITED_NUMBER_FIELDS.byline,
  published_on: CITED_NUMBER_FIELDS.published_on,
  published_precision: CITED_NUMBER_FIELDS.published_precision,
  published_basis: CITED_NUMBER_FIELDS.published_basis,
  published_note: text('How the date was found, or why it is unknown'),
  url: CITED_NUMBER_FIELDS.source_url,
  language: text('ISO 639-1 language of the article', true),
  published_note_ko: text('How the date was found, or why it is unknown, in Korean'),
} satisfies Record<string, FieldSpec>;

export const METRIC_FIELDS = {
  slug: CITED_NUMBER_FIELDS.metric_slug,
  label: CITED_NUMBER_FIELDS.metric_label,
  category: CITED_NUMBER_FIELDS.category,
  subject: CITED_NUMBER_FIELDS.subject,
  dimension_name: CITED_NUMBER_FIELDS.dimension_name,
  dimension_value: CITED_NUMBER_FIELDS.dimension_value,
  unit: CITED_NUMBER_FIELDS.unit,
  description: text('What exactly is measured'),
  label_ko: CITED_NUMBER_FIELDS.metric_label_ko,
  description_ko: text('What exactly is measured, in Korean'),
  subject_ko: CITED_NUMBER_FIELDS.subject_ko,
} satisfies Record<string, FieldSpec>;

export const CLAIM_FIELDS = {
  key: CITED_NUMBER_FIELDS.claim_key,
  metric_slug: CITED_NUMBER_FIELDS.metric_slug,
  qualifier: CITED_NUMBER_FIELDS.qualifier,
  value: CITED_NUMBER_FIELDS.value,
  lower: CITED_NUMBER_FIELDS.lower,
  upper: CITED_NUMBER_FIELDS.upper,
  ref_date: CITED_NUMBER_FIELDS.ref_date,
  ref_date_precision: CITED_NUMBER_FIELDS.ref_date_precision,
  ref_date_note: text('How ref_date was read from the text'),
  kind: CITED_NUMBER_FIELDS.claim_kind,
  speaker: CITED_NUMBER_FIELDS.speaker,
  speaker_role: CITED_NUMBER_FIELDS.speaker_role,
  rank: CITED_NUMBER_FIELDS.rank,
  rank_reason: CITED_NUMBER_FIELDS.rank_reason,
  conversion_qualifier: oneOf(CONVERSION_QUALIFIERS, 'Whether the source’s conversion is exact or approximate', false),
  conversion_value: CITED_NUMBER_FIELDS.conversion_value,
  conversion_unit: CITED_NUMBER_FIELDS.conversion_unit,
  note: text('Notes on how the claim was read'),
  speaker_ko: CITED_NUMBER_FIELDS.speaker_ko,
  speaker_role_ko: CITED_NUMBER_FIELDS.speaker_role_ko,
  rank_reason_ko: CITED_NUMBER_FIELDS.rank_reason_ko,
  ref_date_note_ko: text('How ref_date was read from the text, in Korean'),
  note_ko: text('Notes on how the claim was read, in Korean'),
} satisfies Record<string, FieldSpec>;

export const CITATION_FIELDS = {
  key: CITED_NUMBER_FIELDS.citation_key,
  claim_key: CITED_NUMBER_FIELDS.claim_key,
  source_slug: CITED_NUMBER_FIELDS.source_slug,
  quote: CITED_NUMBER_FIELDS.quote,
  stated_text: CITED_NUMBER_FIELDS.stated_text,
  conversion_text: CITED_NUMBER_FIELDS.conversion_text,
  translation: CITED_NUMBER_FIELDS.translation,
  paragraph: CITED_NUMBER_FIELDS.paragraph,
} satisfies Record<string, FieldSpec>;

export type TableRow<F extends Record<string, FieldSpec>> = { [K in keyof F]: F[K]['type'] extends 'number' | 'integer' ? number | null : string | null };
export type CitedNumberRow = TableRow<typeof CITED_NUMBER_FIELDS>;

export function csvColumns<F extends Record<string, FieldSpec>>(fields: F): CsvColumn<TableRow<F>>[] {
  return Object.entries(fields).map(([name, field]) => ({ name, type: field.type, value: (row: TableRow<F>) => row[name as keyof F] }));
}

/** The zod schema of one exported row, for the JSON export and the tests. */
export function rowSchema<F extends Record<string, FieldSpec>>(fields: F) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(fields)) {
    let schema: z.ZodType =
      field.type === 'number' ? z.number() : field.type === 'integer' ? z.number().int() : field.type === 'date' ? z.iso.date() : field.enum ? z.enum(field.enum as [string, ...string[]]) : z.string();
    if (!field.required) schema = schema.nullable();
    shape[name] = schema;
  }
  return z.object(shape).strict();
}

export const citedNumberRowSchema = rowSchema(CITED_NUMBER_FIELDS);
export const citedNumbersJsonSchema = z.object({
  /** The revision read: `?rev=N` if given, else the newest; each permalink names it too. */
  revision: z.number().int().nonnegative(),
  generatedAt: z.iso.datetime(),
  license: z.string(),
  rows: z.array(citedNumberRowSchema),
  /** Where the next page starts; null on the last. */
  nextCursor: z.string().nullable(),
});
export type CitedNumbersJson = { revision: number; generatedAt: string; license: string; rows: CitedNumberRow[]; nextCursor: string | null };

export interface TableResource {
  name: string;
  path: string;
  title: string;
  fields: Record<string, FieldSpec>;
  primaryKey: string;
  foreignKeys: { fields: string; reference: { resource: string; fields: string } }[];
}

/** Every cited number as the Data Package reads it (the same rows as /api/metrics.csv, for programs). */
export const CITED_NUMBERS_TABLE_PATH = '/api/tables/cited-numbers.csv';

export const TABLE_RESOURCES: TableResource[] = [
  { name: 'sources', path: '/api/tables/sources.csv', title: 'Source articles', fields: SOURCE_FIELDS, primaryKey: 'slug', foreignKeys: [] },
  { name: 'metrics', path: '/api/tables/metrics.csv', title: 'Metrics: what is measured', fields: METRIC_FIELDS, primaryKey: 'slug', foreignKeys: [] },
  {
    name: 'claims', path: '/api/tables/claims.csv', title: 'Claims: one stated number each', fields: CLAIM_FIELDS, primaryKey: 'key',
    foreignKeys: [{ fields: 'metric_slug', reference: { resource: 'metrics', fields: 'slug' } }],
  },
  {
    name: 'citations', path: '/api/tables/citations.csv', title: 'Citations: the evidence for each claim', fields: CITATION_FIELDS, primaryKey: 'key',
    foreignKeys: [
      { fields: 'claim_key', reference: { resource: 'claims', fields: 'key' } },
      { fields: 'source_slug', reference: { resource: 'sources', fields: 'slug' } },
    ],
  },
];

function schemaOf(fields: Record<string, FieldSpec>) {
  return {
    fields: Object.entries(fields).map(([name, f]) => ({
      name,
      // The CSV column types are named as Frictionless names its field types.
      type: f.type,
      description: f.description,
      ...(f.required || f.enum ? { constraints: { ...(f.required ? { required: true } : {}), ...(f.enum ? { enum: [...f.enum] } : {}) } } : {}),
    })),
    missingValues: [''],
  };
}

/** A Frictionless Data Package describing every CSV export, with keys between the tables. */
export function dataPackage(origin: string, generatedAt: string, revision: number) {
  // Every table is pinned to the revision described, so the package reads the same data later.
  const at = `?rev=${revision}`;
  // The package's tables are served without the byte-order mark the spreadsheet downloads carry.
  const csv = { format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } };
  return {
    profile: 'tabular-data-package',
    name: 'cited-us-china-ai-race',
    title: 'Cited: figures on the US–China AI race, each with its source',
    description: 'Every figure stated in five Korean news articles (January 2025 to January 2026), each with the verbatim quote that states it, an English translation, the speaker and the source article.',
    homepage: origin,
    version: `revision ${revision}`,
    created: generatedAt,
    licenses: [{ name: 'other-at', title: 'Quotes are short attributed citations of copyrighted articles; see each source.' }],
    resources: [
      ...TABLE_RESOURCES.map((r) => ({
        name: r.name, path: `${origin}${r.path}${at}`, title: r.title, profile: 'tabular-data-resource', ...csv,
        // The profile wants at least one foreign key where the property is present at all.
        schema: { ...schemaOf(r.fields), primaryKey: r.primaryKey, ...(r.foreignKeys.length > 0 ? { foreignKeys: r.foreignKeys } : {}) },
      })),
      {
        name: 'cited-numbers', path: `${origin}${CITED_NUMBERS_TABLE_PATH}${at}`, title: 'Every cited number (one row per claim and citation)', profile: 'tabular-data-resource', ...csv,
        schema: {
          ...schemaOf(CITED_NUMBER_FIELDS),
          primaryKey: 'citation_key',
          foreignKeys: [
            { fields: 'claim_key', reference: { resource: 'claims', fields: 'key' } },
            { fields: 'metric_slug', reference: { resource: 'metrics', fields: 'slug' } },
            { fields: 'source_slug', reference: { resource: 'sources', fields: 'slug' } },
          ],
        },
      },
    ],
  };
}
export type DataPackage = ReturnType<typeof dataPackage>;
