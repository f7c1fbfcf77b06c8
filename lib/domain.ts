/**
 * The vocabulary of the fact store, defined once: the database enums, the seed's validation and
 * the API's contract are all built from these lists.
 */

export const CATEGORIES = [
  'market-share', 'ipo', 'stock-move', 'training-cost', 'compute',
  'talent', 'money-deals', 'industry', 'forecast', 'events',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** 'date' is the unit of metrics whose claims state when something happened, not how much. */
export const UNITS = ['USD', 'KRW', 'CNY', 'percent', 'count', 'ratio', 'date'] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = ['exact', 'approximate', 'at_least', 'more_than', 'at_most', 'less_than', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CONVERSION_QUALIFIERS = ['exact', 'approximate'] as const;
export const CLAIM_KINDS = ['reported', 'company_claim', 'estimate', 'allegation', 'forecast'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export const RANKS = ['preferred', 'normal', 'deprecated'] as const;
export type Rank = (typeof RANKS)[number];
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const PUBLISHED_BASES = ['printed', 'inferred'] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 120;

/**
 * Whether a text can be a slug or key (lowercase a-z, 0-9, single inner hyphens): a path segment
 * that cannot is answered as unknown without asking the database.
 */
export function isSlug(text: string): boolean {
  return text.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(text);
}
