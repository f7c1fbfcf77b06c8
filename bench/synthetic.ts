import type { Database } from '../db/connect';
import { citations, claims, metrics, sources } from '../db/schema';
import { CATEGORIES } from '../lib/domain';
import { analyzeFacts } from '../seed/load';

/**
 * A synthetic catalogue for benchmarks only: made by code, every record labelled SYNTHETIC, and
 * written to a database of its own, never beside the real figures.
 */

export interface SyntheticSize {
  sources: number;
  metrics: number;
  claimsPerMetric: number;
}

export const FULL_SIZE: SyntheticSize = { sources: 1_000, metrics: 10_000, claimsPerMetric: 10 };
const BATCH = 1_000;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export async function loadSynthetic(db: Database, size: SyntheticSize = FULL_SIZE): Promise<{ claims: number }> {
  const written = await write(db, size);
  await analyzeFacts(db);
  return written;
}

function write(db: Database, size: SyntheticSize): Promise<{ claims: number }> {
  return db.transaction(async (tx) => {
    const sourceIds: number[] = [];
    for (let start = 0; start < size.sources; start += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, size.sources - start) }, (_, i) => {
        const n = start + i;
        return {
          slug: `synthetic-source-${pad(n, 4)}`, publisher: `SYNTHETIC 합성 출처 ${n}`, publisherEn: `SYNTHETIC benchmark source ${n}`,
          title: `SYNTHETIC article ${n}`, byline: null, publishedOn: `2025-${pad((n % 12) + 1, 2)}-01`, publishedPrecision: 'month' as const,
          publishedBasis: 'printed' as const, publishedNote: 'Synthetic benchmark data', url: `https://example.com/synthetic/${n}`, language: 'ko',
        };
      });
      sourceIds.push(...(await tx.insert(sources).values(rows).returning({ id: sources.id })).map((r) => r.id));
    }

    let claimCount = 0;
    for (let start = 0; start < size.metrics; start += BATCH) {
      const metricRows = Array.from({ length: Math.min(BATCH, size.metrics - start) }, (_, i) => {
        const n = start + i;
        const category = CATEGORIES[n % CATEGORIES.length];
        return {
          slug: `synthetic-metric-${pad(n, 5)}`, label: `SYNTHETIC metric ${n}`, category, subject: `Synthetic subject ${n % 200}`,
          dimensionName: n % 3 === 0 ? 'country' : null, dimensionValue: n % 3 === 0 ? `Country ${n % 50}` : null,
          unit: category === 'events' ? ('date' as const) : ('percent' as const), description: 'Synthetic benchmark data',
        };
      });
      const inserted = await tx.insert(metrics).values(metricRows).returning({ id: metrics.id, unit: metrics.unit });
      const claimRows = inserted.flatMap((metric, m) =>
        Array.from({ length: size.claimsPerMetric }, (_, c) => {
          const n = (start + m) * size.claimsPerMetric + c;
          const dated = metric.unit === 'date';
          return {
            key: `synthetic-claim-${pad(n, 6)}`, metricId: metric.id, qualifier: 'exact' as const,
            value: dated ? null : (n % 1000) / 10, refDate: dated ? `20${pad(10 + (n % 16), 2)}-01-01` : null,
            refDatePrecision: dated ? ('year' as const) : null, kind: 'reported' as const, speaker: `Synthetic speaker ${n % 300}`,
          };
        }),
      );
      for (let c = 0; c < claimRows.length; c += BATCH) {
        const batch = claimRows.slice(c, c + BATCH);
        const ids = await tx.insert(claims).values(batch).returning({ id: claims.id });
        await tx.insert(citations).values(
          ids.map((claim, i) => {
            const row = batch[i];
            const stated = row.value === null ? `${row.refDate!.slice(0, 4)}년` : `${row.value}%`;
            return {
              key: `synthetic-citation-${row.key.slice('synthetic-claim-'.length)}`, claimId: claim.id,
              sourceId: sourceIds[(claimCount + i) % sourceIds.length], quote: `SYNTHETIC 합성 문장: 수치는 ${stated}이다`,
              statedText: stated, translation: `SYNTHETIC sentence: the figure is ${stated}`, paragraph: 1 + (i % 20),
            };
          }),
        );
        claimCount += batch.length;
      }
    }
    return { claims: claimCount };
  });
}
