import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/connect';
import { citations, claims, metrics, sources } from '../db/schema';
import type { DatePrecision } from '../lib/domain';
import { validateSeed, type SeedInput, type ValidSeed } from './validate';

export interface TableChanges {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}
export type SeedResult = Record<'sources' | 'metrics' | 'claims' | 'citations', TableChanges>;

/** '2025-01' → 2025-01-01 at month precision: the database keeps a date and how precise it is. */
function storedDate(partial: string | null): { date: string | null; precision: DatePrecision | null } {
  if (partial === null) return { date: null, precision: null };
  const precision: DatePrecision = partial.length === 4 ? 'year' : partial.length === 7 ? 'month' : 'day';
  return { date: `${partial}-01-01`.slice(0, 10), precision };
}

const sameValue = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;

/**
 * Inserts what is new, updates what changed and deletes what the seed no longer has, matching rows
 * by their natural keys (slug, key) so ids stay stable for links. Nothing is touched when nothing
 * changed, so a re-run writes no row. Runs in one transaction: any failure leaves the database as it was.
 */
async function sync<Row extends { id: number }, Desired extends Record<string, unknown>>(
  existing: Row[],
  desired: Desired[],
  naturalKey: (row: Row | Desired) => string,
  write: {
    insert: (rows: Desired[]) => Promise<Row[]>;
    update: (id: number, row: Desired) => Promise<void>;
  },
  order: { updateFirst?: (row: Desired) => boolean } = {},
): Promise<{ changes: TableChanges; idOf: Map<string, number>; removedIds: number[] }> {
  const byKey = new Map(existing.map((row) => [naturalKey(row), row]));
  const desiredKeys = new Set(desired.map(naturalKey));
  const removedIds = existing.filter((row) => !desiredKeys.has(naturalKey(row))).map((row) => row.id);
  const changes: TableChanges = { inserted: 0, updated: 0, deleted: removedIds.length, unchanged: 0 };
  const toInsert: Desired[] = [];
  const toUpdate: [number, Desired][] = [];
  for (const row of desired) {
    const current = byKey.get(naturalKey(row));
    if (!current) toInsert.push(row);
    else if (Object.keys(row).some((field) => !sameValue((current as Record<string, unknown>)[field], row[field]))) toUpdate.push([current.id, row]);
    else changes.unchanged++;
  }
  // e.g. demote the old preferred claim before promoting the new one (one preferred per metric).
  toUpdate.sort(([, a], [, b]) => Number(order.updateFirst?.(b) ?? false) - Number(order.updateFirst?.(a) ?? false));
  for (const [id, row] of toUpdate) await write.update(id, row);
  changes.updated = toUpdate.length;
  const inserted = toInsert.length > 0 ? await write.insert(toInsert) : [];
  changes.inserted = inserted.length;
  const idOf = new Map<string, number>([...existing, ...inserted].map((row) => [naturalKey(row), row.id]));
  return { changes, idOf, removedIds };
}

/**
 * Fresh planner statistics for the fact tables. Without them PostgreSQL guesses, and after a bulk
 * load it guessed badly: a browse page over 10,000 metrics scanned them all (390 ms against 12 ms).
 */
export async function analyzeFacts(db: Database): Promise<void> {
  await db.execute(sql`ANALYZE ${sources}, ${metrics}, ${claims}, ${citations}`);
}

export async function loadSeed(db: Database, input: SeedInput): Promise<SeedResult> {
  const seed = validateSeed(input);
  const result = await write(db, seed);
  if (Object.values(result).some((c) => c.inserted + c.updated + c.deleted > 0)) await analyzeFacts(db);
  return result;
}

function write(db: Database, seed: ValidSeed): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    // Removed claims go first (their citations with them), so a claim the seed now prefers
    // never meets the one it replaces in the one-preferred-per-metric index.
    const existingClaims = await tx.select().from(claims);
    const seedClaimKeys = new Set(seed.claims.map((c) => c.key));
    const goneClaims = existingClaims.filter((c) => !seedClaimKeys.has(c.key)).map((c) => c.id);
    if (goneClaims.length > 0) await tx.delete(claims).where(inArray(claims.id, goneClaims));

    const sourceSync = await sync(
      await tx.select().from(sources),
      seed.sources.map((s) => {
        const published = storedDate(s.published);
        return {
          slug: s.slug, publisher: s.publisher, publisherEn: s.publisherEn, title: s.title, byline: s.byline,
          publishedOn: published.date, publishedPrecision: published.precision, publishedBasis: s.publishedBasis,
          publishedNote: s.publishedNote, url: s.url, language: s.language,
        };
      }),
      (row) => row.slug,
      {
        insert: (rows) => tx.insert(sources).values(rows).returning(),
        update: async (id, row) => void (await tx.update(sources).set(row).where(eq(sources.id, id))),
      },
    );

    const metricSync = await sync(
      await tx.select().from(metrics),
      seed.metrics.map((m) => ({
        slug: m.slug, label: m.label, category: m.category, subject: m.subject,
        dimensionName: m.dimension?.name ?? null, dimensionValue: m.dimension?.value ?? null,
        unit: m.unit, description: m.description,
      })),
      (row) => row.slug,
      {
        insert: (rows) => tx.insert(metrics).values(rows).returning(),
        update: async (id, row) => void (await tx.update(metrics).set(row).where(eq(metrics.id, id))),
      },
    );

    const claimSync = await sync(
      existingClaims.filter((c) => seedClaimKeys.has(c.key)),
      seed.claims.map((c) => {
        const ref = storedDate(c.refDate);
        return {
          key: c.key, metricId: metricSync.idOf.get(c.metric)!, qualifier: c.qualifier,
          value: c.value, lower: c.lower, upper: c.upper,
          refDate: ref.date, refDatePrecision: ref.precision, refDateNote: c.refDateNote,
          kind: c.kind, speaker: c.speaker, speakerRole: c.speakerRole, rank: c.rank, rankReason: c.rankReason,
          conversionQualifier: c.conversion?.qualifier ?? null, conversionValue: c.conversion?.value ?? null,
          conversionUnit: c.conversion?.unit ?? null, note: c.note,
        };
      }),
      (row) => row.key,
      {
        insert: (rows) => tx.insert(claims).values(rows).returning(),
        update: async (id, row) => void (await tx.update(claims).set(row).where(eq(claims.id, id))),
      },
      { updateFirst: (row) => row.rank !== 'preferred' },
    );
    claimSync.changes.deleted = goneClaims.length;

    const citationSync = await sync(
      await tx.select().from(citations),
      seed.claims.flatMap((c) =>
        c.citations.map((k) => ({
          key: k.key, claimId: claimSync.idOf.get(c.key)!, sourceId: sourceSync.idOf.get(k.source)!,
          quote: k.quote, statedText: k.statedText, conversionText: k.conversionText,
          translation: k.translation, paragraph: k.paragraph,
        })),
      ),
      (row) => row.key,
      {
        insert: (rows) => tx.insert(citations).values(rows).returning(),
        update: async (id, row) => void (await tx.update(citations).set(row).where(eq(citations.id, id))),
      },
    );

    // Citations that the seed dropped from a claim it kept; the deferred trigger checks at commit
    // that every remaining claim still has one. Then what nothing refers to any more.
    if (citationSync.removedIds.length > 0) await tx.delete(citations).where(inArray(citations.id, citationSync.removedIds));
    if (metricSync.removedIds.length > 0) await tx.delete(metrics).where(inArray(metrics.id, metricSync.removedIds));
    if (sourceSync.removedIds.length > 0) await tx.delete(sources).where(inArray(sources.id, sourceSync.removedIds));

    return { sources: sourceSync.changes, metrics: metricSync.changes, claims: claimSync.changes, citations: citationSync.changes };
  });
}
