import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../db/connect';
import { changeReasons, citations, searchDocuments, searchNumbers, searchWords, citationVersions, claims, claimVersions, metrics, metricVersions, revisions, sources, sourceVersions, withdrawals, type FactTable } from '../db/schema';
import type { DatePrecision } from '../lib/domain';
import { syncCategoryNames } from './category-names';
import { syncSearchVocabulary } from './search-vocabulary';
import { replay, type ChangeReason, type SeedHistory, type SeedStep } from './history';
import { validateSeed, type SeedInput } from './validate';

export interface TableChanges {
  inserted: number;
  updated: number;
  withdrawn: number;
  unchanged: number;
}
export type TableResult = Record<FactTable, TableChanges>;

/** One entry the load applied: the revision it made (null when it changed nothing) and what changed. */
export interface AppliedEntry {
  entry: string | null;
  summary: string;
  revision: number | null;
  changes: TableResult;
}
export interface SeedResult {
  applied: AppliedEntry[];
  /** Summed over the entries applied. */
  changes: TableResult;
}

/** A row the database has and the seed no longer does, without a withdrawal that says why. */
export class SeedWithdrawalError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `the seed no longer has ${missing.join(', ')}; nothing was written. A published link may point at them: ` +
        'withdraw each in a new entry of seed/data/revisions.ts, with its reason, rather than removing it.',
    );
    this.name = 'SeedWithdrawalError';
  }
}

/** The database was loaded from a seed entry this seed does not have: an entry was edited or removed after it landed. */
export class SeedHistoryError extends Error {
  constructor(entry: string) {
    super(`the database was last loaded from seed entry "${entry}", which this seed does not have: entries are never edited or removed once landed; nothing was written`);
    this.name = 'SeedHistoryError';
  }
}

/** '2025-01' → 2025-01-01 at month precision: the database keeps a date and how precise it is. */
function storedDate(partial: string | null): { date: string | null; precision: DatePrecision | null } {
  if (partial === null) return { date: null, precision: null };
  const precision: DatePrecision = partial.length === 4 ? 'year' : partial.length === 7 ? 'month' : 'day';
  return { date: `${partial}-01-01`.slice(0, 10), precision };
}

const sameValue = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;

const noChanges = (): TableChanges => ({ inserted: 0, updated: 0, withdrawn: 0, unchanged: 0 });

/**
 * Inserts what is new and updates what changed, matching rows by their natural keys (slug, key),
 * or by a name the seed has since renamed, so ids stay stable for links. Nothing is touched when
 * nothing changed, so a re-run writes no row. What the seed no longer has is returned, to be withdrawn.
 */
async function sync<Row extends { id: number }, Desired extends Record<string, unknown>>(
  existing: Row[],
  desired: Desired[],
  naturalKey: (row: Row | Desired) => string,
  formerNames: Map<string, string[]>,
  write: {
    insert: (rows: Desired[]) => Promise<Row[]>;
    update: (id: number, row: Desired) => Promise<void>;
  },
  order: { updateFirst?: (row: Desired) => boolean } = {},
): Promise<{ changes: TableChanges; idOf: Map<string, number>; removed: Row[] }> {
  const byKey = new Map(existing.map((row) => [naturalKey(row), row]));
  const matched = new Set<Row>();
  const changes = noChanges();
  const toInsert: Desired[] = [];
  const toUpdate: [number, Desired][] = [];
  const idOf = new Map<string, number>();
  for (const row of desired) {
    const key = naturalKey(row);
    const current = [key, ...(formerNames.get(key) ?? [])].map((name) => byKey.get(name)).find((r) => r !== undefined);
    if (!current) {
      toInsert.push(row);
      continue;
    }
    matched.add(current);
    idOf.set(key, current.id);
    if (Object.keys(row).some((field) => !sameValue((current as Record<string, unknown>)[field], row[field]))) toUpdate.push([current.id, row]);
    else changes.unchanged++;
  }
  // e.g. demote the old preferred claim before promoting the new one (one preferred per metric).
  toUpdate.sort(([, a], [, b]) => Number(order.updateFirst?.(b) ?? false) - Number(order.updateFirst?.(a) ?? false));
  for (const [id, row] of toUpdate) await write.update(id, row);
  changes.updated = toUpdate.length;
  const inserted = toInsert.length > 0 ? await write.insert(toInsert) : [];
  changes.inserted = inserted.length;
  for (const row of inserted) idOf.set(naturalKey(row), row.id);
  return { changes, idOf, removed: existing.filter((row) => !matched.has(row)) };
}

/**
 * Fresh planner statistics for the fact tables. Without them PostgreSQL guesses, and after a bulk
 * load it guessed badly: a browse page over 10,000 metrics scanned them all (390 ms against 12 ms).
 */
export async function analyzeFacts(db: Database): Promise<void> {
  await db.execute(sql`ANALYZE ${sources}, ${metrics}, ${claims}, ${citations}, ${searchDocuments}, ${searchNumbers}, ${searchWords}`);
}

/**
 * Brings the database up to the seed. A history applies each entry the database has not yet
 * applied as a revision of its own; plain facts (the tests' fixtures) are one step. Each step is
 * one transaction: any failure leaves the database as the step before left it. First the
 * categories' names, as the messages now write them.
 */
export async function loadSeed(db: Database, seed: SeedHistory | SeedInput): Promise<SeedResult> {
  // Not facts: the names the pages give categories and the words readers search by, which search
  // documents hold, written first (when they changed) so that new facts' documents are written
  // once, with them.
  const renamed = await syncCategoryNames(db);
  const vocabulary = await syncSearchVocabulary(db);
  const steps: (SeedStep & { entry: string | null })[] =
    'initial' in seed
      ? await pendingSteps(db, replay(seed))
      : [{ id: 'facts', entry: null, summary: 'Facts loaded from a fixture', facts: validateSeed(seed), reasons: [], withdrawn: [], formerNames: { metrics: new Map(), claims: new Map(), citations: new Map() } }];
  const applied: AppliedEntry[] = [];
  for (const step of steps) applied.push(await write(db, step));
  const changes = { sources: noChanges(), metrics: noChanges(), claims: noChanges(), citations: noChanges() };
  for (const { changes: step } of applied) {
    for (const table of Object.keys(changes) as FactTable[]) {
      for (const field of Object.keys(changes[table]) as (keyof TableChanges)[]) changes[table][field] += step[table][field];
    }
  }
  if (applied.some((a) => a.revision !== null) || renamed.length > 0 || vocabulary.written.length + vocabulary.removed.length > 0) await analyzeFacts(db);
  return { applied, changes };
}

/**
 * The entries after the last one this database applied. A database that holds facts from before
 * entries were recorded is brought to today's seed in one step that knows every withdrawal and
 * old name of the history, since replaying old states would roll its facts back first.
 */
async function pendingSteps(db: Database, steps: SeedStep[]): Promise<(SeedStep & { entry: string | null })[]> {
  const [last] = await db.select({ entry: revisions.seedEntry }).from(revisions).where(isNotNull(revisions.seedEntry)).orderBy(desc(revisions.number)).limit(1);
  if (last) {
    const index = steps.findIndex((s) => s.id === last.entry);
    if (index === -1) throw new SeedHistoryError(last.entry!);
    return steps.slice(index + 1).map((s) => ({ ...s, entry: s.id }));
  }
  if ((await db.$count(sources)) + (await db.$count(metrics)) === 0) return steps.map((s) => ({ ...s, entry: s.id }));
  const today = steps.at(-1)!;
  return [{ ...today, entry: today.id, withdrawn: steps.flatMap((s) => s.withdrawn), reasons: steps.flatMap((s) => s.reasons) }];
}

function write(db: Database, step: SeedStep & { entry: string | null }): Promise<AppliedEntry> {
  const seed = step.facts;
  return db.transaction(async (tx) => {
    // What the revision the database opens on the first write will be called (migration 0004).
    await tx.execute(sql`SELECT set_config('cited.revision_summary', ${step.summary}, true), set_config('cited.seed_entry', ${step.entry ?? ''}, true)`);

    const sourceSync = await sync(
      await tx.select().from(sources),
      seed.sources.map((s) => {
        const published = storedDate(s.published);
        return {
          slug: s.slug, publisher: s.publisher, publisherEn: s.publisherEn, title: s.title, byline: s.byline,
          publishedOn: published.date, publishedPrecision: published.precision, publishedBasis: s.publishedBasis,
          publishedNote: s.publishedNote, publishedNoteKo: s.publishedNoteKo ?? null, url: s.url, language: s.language,
        };
      }),
      (row) => row.slug,
      new Map(),
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
        unit: m.unit, description: m.description, labelKo: m.labelKo ?? null, descriptionKo: m.descriptionKo ?? null, subjectKo: m.subjectKo ?? null,
      })),
      (row) => row.slug,
      step.formerNames.metrics,
      {
        insert: (rows) => tx.insert(metrics).values(rows).returning(),
        update: async (id, row) => void (await tx.update(metrics).set(row).where(eq(metrics.id, id))),
      },
    );

    // Claims the seed withdrew go before the others change, so a claim the seed now prefers never
    // meets the one it replaces in the one-preferred-per-metric index.
    const existingClaims = await tx.select().from(claims);
    const seedClaimKeys = new Set(seed.claims.map((c) => c.key));
    const existingCitations = await tx.select().from(citations);
    const seedCitationKeys = new Set(seed.claims.flatMap((c) => c.citations.map((k) => [k.key, ...(step.formerNames.citations.get(k.key) ?? [])])).flat());
    const goneClaims = existingClaims.filter((c) => !seedClaimKeys.has(c.key));
    const goneCitations = existingCitations.filter((k) => !seedCitationKeys.has(k.key));
    await withdraw(tx, step, [
      ...goneClaims.map((c) => ({ table: 'claims' as const, id: c.id, key: c.key })),
      ...goneCitations.map((k) => ({ table: 'citations' as const, id: k.id, key: k.key })),
    ]);
    if (goneClaims.length > 0) await tx.delete(claims).where(inArray(claims.id, goneClaims.map((c) => c.id)));

    const claimSync = await sync(
      existingClaims.filter((c) => seedClaimKeys.has(c.key)),
      seed.claims.map((c) => {
        const ref = storedDate(c.refDate);
        return {
          key: c.key, metricId: metricSync.idOf.get(c.metric)!, qualifier: c.qualifier,
          value: c.value, lower: c.lower, upper: c.upper,
          refDate: ref.date, refDatePrecision: ref.precision, refDateNote: c.refDateNote,
          kind: c.kind, speaker: c.speaker, speakerKo: c.speakerKo ?? null, speakerRole: c.speakerRole, rank: c.rank, rankReason: c.rankReason,
          conversionQualifier: c.conversion?.qualifier ?? null, conversionValue: c.conversion?.value ?? null,
          conversionUnit: c.conversion?.unit ?? null, note: c.note,
          speakerRoleKo: c.speakerRoleKo ?? null, rankReasonKo: c.rankReasonKo ?? null, refDateNoteKo: c.refDateNoteKo ?? null, noteKo: c.noteKo ?? null,
        };
      }),
      (row) => row.key,
      step.formerNames.claims,
      {
        insert: (rows) => tx.insert(claims).values(rows).returning(),
        update: async (id, row) => void (await tx.update(claims).set(row).where(eq(claims.id, id))),
      },
      { updateFirst: (row) => row.rank !== 'preferred' },
    );
    claimSync.changes.withdrawn = goneClaims.length;

    const goneClaimIds = new Set(goneClaims.map((c) => c.id));
    const citationSync = await sync(
      existingCitations.filter((k) => !goneClaimIds.has(k.claimId)),
      seed.claims.flatMap((c) =>
        c.citations.map((k) => ({
          key: k.key, claimId: claimSync.idOf.get(c.key)!, sourceId: sourceSync.idOf.get(k.source)!,
          quote: k.quote, statedText: k.statedText, conversionText: k.conversionText,
          translation: k.translation, paragraph: k.paragraph,
        })),
      ),
      (row) => row.key,
      step.formerNames.citations,
      {
        insert: (rows) => tx.insert(citations).values(rows).returning(),
        update: async (id, row) => void (await tx.update(citations).set(row).where(eq(citations.id, id))),
      },
    );
    citationSync.changes.withdrawn = goneCitations.length;

    // Citations the seed dropped from a claim it kept; the deferred trigger checks at commit that
    // every remaining claim still has one. Then the metrics the seed withdrew.
    const droppedCitations = citationSync.removed.map((k) => k.id);
    if (droppedCitations.length > 0) await tx.delete(citations).where(inArray(citations.id, droppedCitations));
    await withdraw(tx, step, metricSync.removed.map((m) => ({ table: 'metrics' as const, id: m.id, key: m.slug })));
    if (metricSync.removed.length > 0) await tx.delete(metrics).where(inArray(metrics.id, metricSync.removed.map((m) => m.id)));
    metricSync.changes.withdrawn = metricSync.removed.length;
    if (sourceSync.removed.length > 0) throw new SeedWithdrawalError(sourceSync.removed.map((s) => `source "${s.slug}"`));

    const number = await currentRevision(tx);
    if (number !== null) await recordReasons(tx, number, step, { sources: sourceSync.idOf, metrics: metricSync.idOf, claims: claimSync.idOf, citations: citationSync.idOf });
    return {
      entry: step.entry,
      summary: step.summary,
      revision: number,
      changes: { sources: { ...sourceSync.changes }, metrics: metricSync.changes, claims: claimSync.changes, citations: citationSync.changes },
    };
  });
}

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The revision this transaction's writes opened, or null when it has written nothing. */
async function currentRevision(tx: Transaction): Promise<number | null> {
  const [row] = await tx.select({ number: revisions.number }).from(revisions).where(sql`${revisions.number} = nullif(current_setting('cited.revision', true), '')::integer`);
  return row?.number ?? null;
}

/** Records why each row leaves, before it is deleted: the database refuses a delete without it. */
async function withdraw(tx: Transaction, step: SeedStep, gone: { table: 'metrics' | 'claims' | 'citations'; id: number; key: string }[]): Promise<void> {
  if (gone.length === 0) return;
  const why = new Map(step.withdrawn.map((w) => [`${w.table}:${w.key}`, w]));
  const missing = gone.filter((g) => !why.has(`${g.table}:${g.key}`));
  if (missing.length > 0) throw new SeedWithdrawalError(missing.map((g) => `${g.table.slice(0, -1)} "${g.key}"`));
  await tx.insert(withdrawals).values(
    gone.map((g) => {
      const w = why.get(`${g.table}:${g.key}`)!;
      return { factTable: g.table, factId: g.id, revision: sql`current_revision()`, reason: w.reason, replacedBy: w.replacedBy };
    }),
  );
}

/** Why each row the entry names changed, for the rows that did change in this revision. */
async function recordReasons(tx: Transaction, revision: number, step: SeedStep, idOf: Record<ChangeReason['table'], Map<string, number>>): Promise<void> {
  const grouped = new Map<string, { table: ChangeReason['table']; id: number; reasons: string[] }>();
  for (const { table, key, reason } of step.reasons) {
    const id = idOf[table].get(key);
    if (id === undefined) continue;
    const entry = grouped.get(`${table}:${id}`) ?? { table, id, reasons: [] };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    grouped.set(`${table}:${id}`, entry);
  }
  const versions = { sources: sourceVersions, metrics: metricVersions, claims: claimVersions, citations: citationVersions };
  for (const { table, id, reasons } of grouped.values()) {
    const v = versions[table];
    const [changed] = await tx.select({ id: v.id }).from(v).where(and(eq(v.id, id), eq(v.validFrom, revision)));
    if (changed) await tx.insert(changeReasons).values({ revision, factTable: table, factId: id, reason: reasons.join(' ') });
  }
}
