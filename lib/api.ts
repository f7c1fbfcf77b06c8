import { z } from 'zod';
import { LOCALES } from './locale';
import { CATEGORIES, CLAIM_KINDS, CONVERSION_QUALIFIERS, DATE_PRECISIONS, isSlug, PUBLISHED_BASES, QUALIFIERS, RANKS, SLUG_MAX_LENGTH, UNITS } from './domain';

/**
 * The public read API's contract: what a request may ask and what a response holds. Handlers
 * parse their query strings with these schemas, and tests parse handler output with them.
 */

export const categorySchema = z.enum(CATEGORIES);
export const unitSchema = z.enum(UNITS);

export const slugSchema = z.string().refine(isSlug, `must be a slug: lowercase a-z, 0-9 and single hyphens, at most ${SLUG_MAX_LENGTH} characters`);

/** `?rev=N`: a revision number as written in a link, digits only (1, 2, 3…). */
export const revisionSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'must be a revision number: 1, 2, 3…')
  .transform(Number)
  .refine((n) => n <= 2_147_483_647, 'no such revision');

/** What every export accepts: `rev` to read the facts as they stood at that revision. */
export const revisionQuerySchema = z.object({ rev: revisionSchema.optional() }).strict();

/** A chart's files (`.csv`, `.svg`, `.png`): `rev`, and `lang=ko` for the pictures drawn in Korean. */
/** `lang`: the language a file or result is said in, where an API can say it in Korean too. */
export const langSchema = z.enum(LOCALES, `must be one of ${LOCALES.join(', ')}`);

export const chartFileQuerySchema = revisionQuerySchema.extend({ lang: langSchema.optional() }).strict();

/** Free text a person types: trimmed, bounded, and free of control characters. */
const searchText = z
  .string()
  .trim()
  .max(100)
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');

/** `?category=ipo&subject=DeepSeek&source=…`: every value once, nothing unknown. */
export const metricFilterSchema = z
  .object({
    category: categorySchema.optional(),
    subject: searchText.min(1).optional(),
    source: slugSchema.optional(),
    /** Only metrics whose claims state different figures. */
    disputed: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  })
  .strict();
export type MetricFilter = z.output<typeof metricFilterSchema>;

/** What was wrong with a query, for a page to say in its own language (the API says `message`). */
export type QueryProblem =
  | { kind: 'repeated'; param: string }
  | { kind: 'unknown'; params: string[] }
  | { kind: 'oneOf'; param: string; values: string[] }
  | { kind: 'tooLong'; param: string; maximum: number }
  | { kind: 'invalid'; param: string };

export type ParamsResult<T> = { ok: true; value: T } | { ok: false; message: string; problems: QueryProblem[] };

/** Reads URL search params into a schema, refusing repeated keys instead of silently picking one. */
export function parseSearchParams<S extends z.ZodType>(params: URLSearchParams, schema: S): ParamsResult<z.output<S>> {
  const record: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in record) return { ok: false, message: `query parameter "${key}" is given more than once`, problems: [{ kind: 'repeated', param: key }] };
    record[key] = value;
  }
  const result = schema.safeParse(record);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues.map(describeIssue).join('; '), problems: result.error.issues.map(problemOf) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown query parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
  return `${where}${issue.message}`;
}

function problemOf(issue: z.core.$ZodIssue): QueryProblem {
  const param = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return { kind: 'unknown', params: issue.keys };
  if (issue.code === 'invalid_value') return { kind: 'oneOf', param, values: issue.values.map(String) };
  if (issue.code === 'too_big' && issue.origin === 'string') return { kind: 'tooLong', param, maximum: Number(issue.maximum) };
  return { kind: 'invalid', param };
}

const partialDate = z.object({ date: z.iso.date(), precision: z.enum(DATE_PRECISIONS) });

export const sourceJsonSchema = z.object({
  slug: slugSchema,
  publisher: z.string().nullable(),
  publisherEn: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  published: partialDate.extend({ basis: z.enum(PUBLISHED_BASES) }).nullable(),
  publishedNote: z.string().nullable(),
  /** The date note in Korean, beside the English one. */
  publishedNoteKo: z.string().nullable(),
  url: z.string().regex(/^https?:\/\//).nullable(),
  language: z.string(),
});
export type SourceJson = z.infer<typeof sourceJsonSchema>;

export const citationJsonSchema = z.object({
  key: slugSchema,
  quote: z.string().min(1),
  statedText: z.string().min(1),
  conversionText: z.string().nullable(),
  translation: z.string().min(1),
  paragraph: z.number().int().positive(),
  source: sourceJsonSchema,
});
export type CitationJson = z.infer<typeof citationJsonSchema>;

export const claimJsonSchema = z.object({
  key: slugSchema,
  qualifier: z.enum(QUALIFIERS),
  value: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  refDate: partialDate.extend({ note: z.string().nullable(), noteKo: z.string().nullable() }).nullable(),
  kind: z.enum(CLAIM_KINDS),
  speaker: z.string().nullable(),
  /** The speaker as Korean readers know the name; null without a speaker. */
  speakerKo: z.string().nullable(),
  speakerRole: z.string().nullable(),
  rank: z.enum(RANKS),
  rankReason: z.string().nullable(),
  conversion: z.object({ qualifier: z.enum(CONVERSION_QUALIFIERS), value: z.number(), unit: unitSchema }).nullable(),
  note: z.string().nullable(),
  /** The role, rank reason and note in Korean, each beside its English one. */
  speakerRoleKo: z.string().nullable(),
  rankReasonKo: z.string().nullable(),
  noteKo: z.string().nullable(),
  citations: z.array(citationJsonSchema).min(1),
});
export type ClaimJson = z.infer<typeof claimJsonSchema>;

export const metricJsonSchema = z.object({
  slug: slugSchema,
  label: z.string(),
  category: categorySchema,
  subject: z.string(),
  dimension: z.object({ name: z.string(), value: z.string() }).nullable(),
  unit: unitSchema,
  description: z.string().nullable(),
  /** In Korean; null only before the seed gave one. */
  labelKo: z.string().nullable(),
  descriptionKo: z.string().nullable(),
  subjectKo: z.string().nullable(),
  claims: z.array(claimJsonSchema),
});
export type MetricJson = z.infer<typeof metricJsonSchema>;

/** `?q=…&limit=…`: what a filter's search box suggests as a person types. */
export const optionSearchSchema = z
  .object({
    q: searchText.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict();

export const sourceListJsonSchema = z.object({ count: z.number().int().nonnegative(), sources: z.array(sourceJsonSchema) });
export const subjectListJsonSchema = z.object({ count: z.number().int().nonnegative(), subjects: z.array(z.string()) });

/** A page of metrics: `count` on this page; `nextCursor` null on the last. */
export const metricListJsonSchema = z.object({
  /** The revision read: `?rev=N` if given, else the newest. */
  revision: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  metrics: z.array(metricJsonSchema),
  nextCursor: z.string().nullable(),
});
export type MetricListJson = z.infer<typeof metricListJsonSchema>;
export const apiErrorSchema = z.object({ error: z.object({ status: z.number().int(), message: z.string() }) });

/** `GET /api/oembed?url=…&maxwidth=…&maxheight=…&format=json` (oembed.com, §2.2). */
export const oembedQuerySchema = z
  .object({
    url: z.string().min(1).max(2000),
    maxwidth: z.coerce.number().int().min(1).max(10_000).optional(),
    maxheight: z.coerce.number().int().min(1).max(10_000).optional(),
    format: z.string().max(20).optional(),
  })
  .strict();

/** A rich oEmbed answer (oembed.com, §2.3): the iframe that shows the chart or the figure. */
export const oembedJsonSchema = z
  .object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    title: z.string(),
    provider_name: z.literal('Cited'),
    provider_url: z.string().url(),
    html: z.string().startsWith('<iframe '),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    cache_age: z.number().int().positive(),
    thumbnail_url: z.string().url(),
    thumbnail_width: z.number().int().positive(),
    thumbnail_height: z.number().int().positive(),
  })
  .strict();
export type OembedJson = z.infer<typeof oembedJsonSchema>;

/** `GET /api/health`: the server answers (liveness); whether its database does is a field (readiness). */
export const healthJsonSchema = z
  .object({
    status: z.literal('ok'),
    database: z.object({ kind: z.enum(['postgresql', 'pglite']), ready: z.boolean() }).strict(),
  })
  .strict();
export type HealthJson = z.infer<typeof healthJsonSchema>;
