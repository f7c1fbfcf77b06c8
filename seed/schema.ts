import { z } from 'zod';
import { categorySchema, slugSchema, unitSchema } from '../lib/api';
import { CLAIM_KINDS, CONVERSION_QUALIFIERS, PUBLISHED_BASES, QUALIFIERS, RANKS } from '../lib/domain';

/**
 * The seed's own shape. Every record is checked against it before anything is written, so a bad
 * record stops the load with its key and field named instead of reaching the database.
 */


/** '2025', '2025-01' or '2025-01-27': the length says how precise the date is. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'only http(s) URLs are allowed');

const text = z.string().trim().min(1);

export const qualifierSchema = z.enum(QUALIFIERS);
export const claimKindSchema = z.enum(CLAIM_KINDS);
export const rankSchema = z.enum(RANKS);

/** A source's fields, before the checks across them: what a correction may set. */
export const sourceSeedFields = z
  .object({
    slug: slugSchema,
    /** File name under shared/articles: only the seed's tests read it; it is not stored. */
    articleFile: z.string().regex(/^[\w.-]+\.txt$/),
    publisher: text.nullable(),
    publisherEn: text.nullable(),
    title: text.nullable(),
    byline: text.nullable(),
    published: partialDateSchema.nullable(),
    publishedBasis: z.enum(PUBLISHED_BASES).nullable(),
    publishedNote: text.nullable(),
    /** The date note in Korean: today's seed has it beside every English one (seed/history.ts checks). */
    publishedNoteKo: text.nullable().optional(),
    url: httpUrl.nullable(),
    language: z.string().regex(/^[a-z]{2}$/),
  })
  .strict();

export const sourceSeedSchema = sourceSeedFields
  .refine((s) => (s.published === null) === (s.publishedBasis === null), {
    message: 'published and publishedBasis are both set or both null',
    path: ['publishedBasis'],
  });

export const metricSeedSchema = z
  .object({
    slug: slugSchema,
    label: text,
    category: categorySchema,
    subject: text,
    dimension: z.object({ name: text, value: text }).strict().nullable(),
    unit: unitSchema,
    description: text.nullable(),
    /** Korean label and description: today's seed has both for every metric (seed/history.ts checks). */
    labelKo: text.optional(),
    descriptionKo: text.nullable().optional(),
    /** The subject as Korean readers name it (엔비디아, 중국). */
    subjectKo: text.optional(),
  })
  .strict();

/** A citation's fields, before the checks across them: what a correction may set. */
export const citationSeedFields = z
  .object({
    key: slugSchema,
    source: slugSchema,
    /** Verbatim Korean clause from the article that states the number. */
    quote: text.max(600),
    /** The number exactly as written inside the quote, e.g. '5억 5800만 달러'. */
    statedText: text,
    /** The source's own conversion as written inside the quote, e.g. '약 8100억 원'. */
    conversionText: text.nullable().default(null),
    translation: text,
    /** 1-based index of the article's non-empty line (paragraph) where the quote stands. */
    paragraph: z.number().int().positive(),
    /** The quote states a magnitude and says in words that it is a fall (폭락, 하락, 급락). */
    statesDecrease: z.boolean().default(false),
  })
  .strict();

export const citationSeedSchema = citationSeedFields
  .refine((c) => c.quote.includes(c.statedText), {
    message: 'statedText must occur inside the quote',
    path: ['statedText'],
  })
  .refine((c) => c.conversionText === null || c.quote.includes(c.conversionText), {
    message: 'conversionText must occur inside the quote',
    path: ['conversionText'],
  });

const finite = z.number().finite();

/** A claim's fields, before the checks across them: what a correction may set. */
export const claimSeedFields = z
  .object({
    key: slugSchema,
    metric: slugSchema,
    qualifier: qualifierSchema,
    value: finite.nullable().default(null),
    lower: finite.nullable().default(null),
    upper: finite.nullable().default(null),
    /** The date the figure refers to; for a 'date' metric, the date it states. */
    refDate: partialDateSchema.nullable().default(null),
    refDateNote: text.nullable().default(null),
    kind: claimKindSchema,
    /** Who states the number; null means the article states it in its own voice. */
    speaker: text.nullable(),
    /** The speaker as Korean readers know the name, e.g. '개빈 베이커' (with a speaker only). */
    speakerKo: text.optional(),
    speakerRole: text.nullable().default(null),
    rank: rankSchema.default('normal'),
    rankReason: text.nullable().default(null),
    /** The role, rank reason, date note and note in Korean: today's seed has each beside its English one. */
    speakerRoleKo: text.nullable().optional(),
    rankReasonKo: text.nullable().optional(),
    refDateNoteKo: text.nullable().optional(),
    noteKo: text.nullable().optional(),
    /** The source's conversion into another currency, as the source gives it. */
    conversion: z
      .object({ qualifier: z.enum(CONVERSION_QUALIFIERS), value: finite, unit: unitSchema })
      .strict()
      .nullable()
      .default(null),
    note: text.nullable().default(null),
    citations: z.array(citationSeedSchema).min(1, 'a claim needs at least one citation'),
  })
  .strict();

export const claimSeedSchema = claimSeedFields
  .superRefine((c, ctx) => {
    const has = { value: c.value !== null, lower: c.lower !== null, upper: c.upper !== null };
    const expect: Record<string, [boolean, boolean, boolean]> = {
      exact: [true, false, false],
      approximate: [true, false, false],
      at_least: [false, true, false],
      more_than: [false, true, false],
      at_most: [false, false, true],
      less_than: [false, false, true],
      range: [false, true, true],
    };
    const [v, l, u] = expect[c.qualifier];
    const dateClaim = !has.value && !has.lower && !has.upper && c.qualifier === 'exact';
    if (dateClaim) {
      if (c.refDate === null) ctx.addIssue({ code: 'custom', path: ['refDate'], message: 'a claim with no value must state a date' });
    } else if (has.value !== v || has.lower !== l || has.upper !== u) {
      ctx.addIssue({
        code: 'custom',
        path: ['qualifier'],
        message: `qualifier '${c.qualifier}' needs ${[v && 'value', l && 'lower', u && 'upper'].filter(Boolean).join(' and ')} only`,
      });
    }
    if (c.lower !== null && c.upper !== null && c.lower > c.upper) {
      ctx.addIssue({ code: 'custom', path: ['upper'], message: 'lower must not exceed upper' });
    }
    if (c.rank !== 'normal' && c.rankReason === null) {
      ctx.addIssue({ code: 'custom', path: ['rankReason'], message: `a ${c.rank} claim needs a rankReason` });
    }
  });

export type SourceSeed = z.input<typeof sourceSeedSchema>;
export type MetricSeed = z.input<typeof metricSeedSchema>;
export type ClaimSeed = z.input<typeof claimSeedSchema>;
export type CitationSeed = z.input<typeof citationSeedSchema>;
