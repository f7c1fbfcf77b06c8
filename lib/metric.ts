import type { ClaimJson, MetricJson } from './api';

/** Rules about a metric and its claims that every view shares: which figure leads, and whether sources disagree. */

const PRECISION_ORDER = ['day', 'month', 'year'] as const;

/** Two dates agree when they name the same period at the coarser of their precisions (Jan 2026 ∋ 14 Jan 2026). */
function datesAgree(a: ClaimJson['refDate'], b: ClaimJson['refDate']): boolean {
  if (!a || !b) return a === b;
  const coarser = PRECISION_ORDER[Math.max(PRECISION_ORDER.indexOf(a.precision), PRECISION_ORDER.indexOf(b.precision))];
  const length = coarser === 'year' ? 4 : coarser === 'month' ? 7 : 10;
  return a.date.slice(0, length) === b.date.slice(0, length);
}

const sameFigure = (a: ClaimJson, b: ClaimJson) =>
  a.qualifier === b.qualifier && a.value === b.value && a.lower === b.lower && a.upper === b.upper;

/**
 * A metric is disputed when two of its claims state different figures, or dates that no common
 * period contains; the same figure stated twice is agreement. db/queries mirrors this in SQL.
 */
export function isDisputed(metric: Pick<MetricJson, 'claims' | 'unit'>): boolean {
  const { claims } = metric;
  return claims.some((a, i) => claims.slice(i + 1).some((b) => !(metric.unit === 'date' ? datesAgree(a.refDate, b.refDate) : sameFigure(a, b))));
}

/** The claim a single-figure view shows: the preferred one, else the first not deprecated. */
export function headlineClaim(metric: Pick<MetricJson, 'claims'>): ClaimJson | undefined {
  return metric.claims.find((c) => c.rank === 'preferred') ?? metric.claims.find((c) => c.rank !== 'deprecated') ?? metric.claims[0];
}
