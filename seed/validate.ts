import { z } from 'zod';
import { KoreanNumberError, parseKoreanDate, parseKoreanNumber, type ParsedNumber } from '../lib/korean-number';
import {
  claimSeedSchema,
  metricSeedSchema,
  sourceSeedSchema,
  type ClaimSeed,
  type MetricSeed,
  type SourceSeed,
} from './schema';

export interface SeedInput {
  sources: readonly SourceSeed[];
  metrics: readonly MetricSeed[];
  claims: readonly ClaimSeed[];
}

export type ValidSource = z.output<typeof sourceSeedSchema>;
export type ValidMetric = z.output<typeof metricSeedSchema>;
export type ValidClaim = z.output<typeof claimSeedSchema>;
export interface ValidSeed {
  sources: ValidSource[];
  metrics: ValidMetric[];
  claims: ValidClaim[];
}

export interface SeedIssue {
  /** e.g. `claims[4] "nvidia-drop"`. */
  record: string;
  /** e.g. `citations[0].statedText`. */
  field: string;
  message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(
      `seed data is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written:\n` +
        issues.map((i) => `  - ${i.record} › ${i.field || '(record)'}: ${i.message}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

const NUMBER_TOLERANCE = 1e-6;
const sameNumber = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= NUMBER_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

function recordName(table: string, index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' ? ((raw as Record<string, unknown>).slug ?? (raw as Record<string, unknown>).key) : undefined;
  return `${table}[${index}]${typeof id === 'string' ? ` "${id}"` : ''}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** A figure stated in the metric's unit: a ratio stated as `18분의 1` is a share in percent. */
function inMetricUnit(parsed: ParsedNumber, metricUnit: string): ParsedNumber | string {
  if (parsed.unit === metricUnit) return parsed;
  if (parsed.unit === 'ratio' && metricUnit === 'percent') {
    const scale = (n: number | null) => (n === null ? null : n * 100);
    return { ...parsed, unit: 'percent', value: scale(parsed.value), lower: scale(parsed.lower), upper: scale(parsed.upper) };
  }
  return `the text states ${parsed.unit} but the metric is measured in ${metricUnit}`;
}

function negated(parsed: ParsedNumber): ParsedNumber {
  const neg = (n: number | null) => (n === null ? null : -n);
  return { ...parsed, value: neg(parsed.value), lower: neg(parsed.upper), upper: neg(parsed.lower) };
}

/** Why the parsed text does not state the claim's figure, or null when it does. */
function mismatch(parsed: ParsedNumber, claim: ValidClaim): string | null {
  const stated = `${parsed.qualifier} ${[parsed.value, parsed.lower, parsed.upper].filter((n) => n !== null).join('..')}`;
  const claimed = `${claim.qualifier} ${[claim.value, claim.lower, claim.upper].filter((n) => n !== null).join('..')}`;
  const sameShape =
    parsed.qualifier === claim.qualifier &&
    sameNumber(parsed.value, claim.value) &&
    sameNumber(parsed.lower, claim.lower) &&
    sameNumber(parsed.upper, claim.upper);
  // The words around the number may carry the qualifier (`1조 위안을 돌파`, `18분의 1 수준`):
  // a bare number then supports a claim of that one number with any single-sided qualifier.
  const single = [claim.value, claim.lower, claim.upper].filter((n) => n !== null);
  const bareNumberFits = parsed.qualifier === 'exact' && claim.qualifier !== 'range' && single.length === 1 && sameNumber(parsed.value, single[0]);
  return sameShape || bareNumberFits ? null : `the text states ${stated}, the claim says ${claimed}`;
}

export function validateSeed(input: SeedInput): ValidSeed {
  const issues: SeedIssue[] = [];
  const parseAll = <S extends z.ZodType>(table: string, schema: S, rows: readonly unknown[]): z.output<S>[] =>
    rows.flatMap((raw, index) => {
      const result = schema.safeParse(raw);
      if (result.success) return [result.data];
      for (const issue of result.error.issues) {
        issues.push({ record: recordName(table, index, raw), field: fieldPath(issue.path), message: issue.message });
      }
      return [];
    });

  const sources = parseAll('sources', sourceSeedSchema, input.sources);
  const metrics = parseAll('metrics', metricSeedSchema, input.metrics);
  const claims = parseAll('claims', claimSeedSchema, input.claims);
  if (issues.length > 0) throw new SeedValidationError(issues);

  const unique = (table: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) issues.push({ record: `${table}[${index}] "${id}"`, field: table === 'citations' ? 'key' : 'slug', message: 'is used twice' });
      seen.add(id);
    });
  };
  unique('sources', sources.map((s) => s.slug));
  unique('metrics', metrics.map((m) => m.slug));
  unique('claims', claims.map((c) => c.key));
  unique('citations', claims.flatMap((c) => c.citations.map((k) => k.key)));

  const sourceBySlug = new Map(sources.map((s) => [s.slug, s]));
  const metricBySlug = new Map(metrics.map((m) => [m.slug, m]));
  const preferred = new Map<string, string>();

  claims.forEach((claim, index) => {
    const record = `claims[${index}] "${claim.key}"`;
    const flag = (field: string, message: string) => issues.push({ record, field, message });
    const metric = metricBySlug.get(claim.metric);
    if (!metric) return flag('metric', `no metric "${claim.metric}"`);

    if (claim.rank === 'preferred') {
      const other = preferred.get(claim.metric);
      if (other) flag('rank', `metric "${claim.metric}" already has a preferred claim ("${other}")`);
      preferred.set(claim.metric, claim.key);
    }
    const statesDate = claim.value === null && claim.lower === null && claim.upper === null;
    if (statesDate !== (metric.unit === 'date')) {
      flag('value', metric.unit === 'date' ? `metric "${metric.slug}" is measured in dates: give refDate, no value` : `metric "${metric.slug}" needs a value or bounds`);
      return;
    }

    claim.citations.forEach((citation, c) => {
      const field = (name: string) => `citations[${c}].${name}`;
      const source = sourceBySlug.get(citation.source);
      if (!source) return flag(field('source'), `no source "${citation.source}"`);
      try {
        if (statesDate) {
          const date = parseKoreanDate(citation.statedText, source.published);
          if (date !== claim.refDate) flag(field('statedText'), `the text states ${date}, the claim's refDate is ${claim.refDate}`);
          return;
        }
        const parsed = parseKoreanNumber(citation.statedText);
        const converted = inMetricUnit(citation.statesDecrease ? negated(parsed) : parsed, metric.unit);
        if (typeof converted === 'string') return flag(field('statedText'), converted);
        const problem = mismatch(converted, claim);
        if (problem) flag(field('statedText'), problem);
        const conversion = citation.conversionText ? parseKoreanNumber(citation.conversionText) : parsed.restated;
        if (citation.conversionText && !claim.conversion) flag('conversion', `citation "${citation.key}" states a conversion the claim lacks`);
        if (conversion && claim.conversion && citation.conversionText) {
          const { qualifier, value, unit } = claim.conversion;
          if (conversion.unit !== unit || conversion.qualifier !== qualifier || !sameNumber(conversion.value, value)) {
            flag(field('conversionText'), `the text states ${conversion.qualifier} ${conversion.value} ${conversion.unit}, the claim's conversion is ${qualifier} ${value} ${unit}`);
          }
        }
      } catch (error) {
        if (!(error instanceof KoreanNumberError)) throw error;
        flag(field('statedText'), error.message);
      }
    });
    if (claim.conversion && !claim.citations.some((c) => c.conversionText)) {
      flag('conversion', 'no citation states this conversion (set conversionText)');
    }
  });

  if (issues.length > 0) throw new SeedValidationError(issues);
  return { sources, metrics, claims };
}
