import { and, asc, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { CitationJson } from '../lib/api';
import { changeKind, type FactChange, type FactTableName, type RevisionInfo } from '../lib/revisions';
import type { Database } from './connect';
import { toCitationJson } from './queries';
import {
  changeReasons,
  citations,
  citationVersions,
  claimVersions,
  metrics,
  metricVersions,
  revisions,
  sourceVersions,
  withdrawals,
  type Revision,
} from './schema';

/**
 * Reads of the fact store's history: the revisions, what each changed, and the store as it was at
 * any of them. Every version is written by the database's own triggers (migration 0004).
 */

const VERSIONS = { sources: sourceVersions, metrics: metricVersions, claims: claimVersions, citations: citationVersions } as const;
type VersionRow = Record<string, unknown> & { id: number; validFrom: number; validTo: number | null };

const info = (r: Pick<Revision, 'number' | 'createdAt' | 'summary'>): RevisionInfo => ({ number: r.number, createdAt: r.createdAt.toISOString(), summary: r.summary });

/**
 * `read` run against the fact store as it stood at `revision`: the same queries, in a read-only
 * transaction whose search_path puts the as_of views (versions valid at that revision) in front
 * of the tables. A short transaction per call, since on PGlite it holds the one connection.
 */
export function asOf<T>(db: Database, revision: number, read: (db: Database) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`SELECT set_config('search_path', 'as_of, public', true), set_config('cited.as_of', ${String(revision)}, true)`);
      return read(tx as unknown as Database);
    },
    { accessMode: 'read only' },
  );
}

/**
 * The store as one revision shows it, for exports that read in many short queries: today's
 * tables when it is the newest, else each read in its own as-of transaction.
 */
export interface RevisionView {
  revision: number;
  latest: boolean;
  read<T>(read: (db: Database) => Promise<T>): Promise<T>;
}

export function viewAt(db: Database, revision: number, latest: boolean): RevisionView {
  return { revision, latest, read: (read) => (latest ? read(db) : asOf(db, revision, read)) };
}

/** The newest revision, or null before anything was loaded. */
export async function latestRevision(db: Database): Promise<RevisionInfo | null> {
  const [row] = await db.select().from(revisions).orderBy(desc(revisions.number)).limit(1);
  return row ? info(row) : null;
}

export async function getRevision(db: Database, number: number): Promise<RevisionInfo | null> {
  const [row] = await db.select().from(revisions).where(eq(revisions.number, number));
  return row ? info(row) : null;
}

/** Revisions newest first, `limit` of them, before `before` when given (for paging). */
export async function listRevisions(db: Database, { limit, before }: { limit: number; before?: number }): Promise<RevisionInfo[]> {
  const rows = await db
    .select()
    .from(revisions)
    .where(before ? lt(revisions.number, before) : undefined)
    .orderBy(desc(revisions.number))
    .limit(limit);
  return rows.map(info);
}

/** The newest version of each metric among `ids`: its slug now, or when it was withdrawn. */
async function metricSlugs(db: Database, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([metricVersions.id], { id: metricVersions.id, slug: metricVersions.slug })
    .from(metricVersions)
    .where(inArray(metricVersions.id, ids))
    .orderBy(metricVersions.id, desc(metricVersions.validFrom));
  return new Map(rows.map((r) => [r.id, r.slug]));
}

/** The metric each claim belongs to, by the claim's newest version. */
async function claimMetrics(db: Database, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([claimVersions.id], { id: claimVersions.id, metricId: claimVersions.metricId })
    .from(claimVersions)
    .where(inArray(claimVersions.id, ids))
    .orderBy(claimVersions.id, desc(claimVersions.validFrom));
  return new Map(rows.map((r) => [r.id, r.metricId]));
}

/**
 * Versions of rows, paired per (revision, row) into changes with their reasons: a version that
 * starts at a revision is the row after it, one that ends there the row before it.
 */
async function pairChanges(db: Database, found: { table: FactTableName; rows: VersionRow[] }[], onlyRevision?: number): Promise<Map<number, FactChange[]>> {
  const byRevision = new Map<number, Map<string, { table: FactTableName; id: number; before: VersionRow | null; after: VersionRow | null }>>();
  const slot = (revision: number, table: FactTableName, id: number) => {
    const changes = byRevision.get(revision) ?? new Map();
    byRevision.set(revision, changes);
    const key = `${table}:${id}`;
    if (!changes.has(key)) changes.set(key, { table, id, before: null, after: null });
    return changes.get(key)!;
  };
  for (const { table, rows } of found) {
    for (const row of rows) {
      if (onlyRevision === undefined || row.validFrom === onlyRevision) slot(row.validFrom, table, row.id).after = row;
      if (row.validTo !== null && (onlyRevision === undefined || row.validTo === onlyRevision)) slot(row.validTo, table, row.id).before = row;
    }
  }
  const all = [...byRevision.values()].flatMap((m) => [...m.values()]);
  if (all.length === 0) return new Map();
  const revisionNumbers = [...byRevision.keys()];
  const [reasons, gone] = await Promise.all([
    db.select().from(changeReasons).where(inArray(changeReasons.revision, revisionNumbers)),
    db.select().from(withdrawals).where(inArray(withdrawals.revision, revisionNumbers)),
  ]);
  const reasonOf = new Map(reasons.map((r) => [`${r.revision}:${r.factTable}:${r.factId}`, r.reason]));
  const withdrawalOf = new Map(gone.map((w) => [`${w.revision}:${w.factTable}:${w.factId}`, w]));

  // Which metric each change belongs to, for its link.
  const claimIds = new Set<number>();
  const metricIds = new Set<number>();
  const citationClaims = new Map<number, number>();
  for (const c of all) {
    const row = (c.after ?? c.before)!;
    if (c.table === 'metrics') metricIds.add(c.id);
    if (c.table === 'claims') claimIds.add(c.id);
    if (c.table === 'citations') {
      citationClaims.set(c.id, row.claimId as number);
      claimIds.add(row.claimId as number);
    }
  }
  const metricOfClaim = await claimMetrics(db, [...claimIds]);
  for (const id of metricOfClaim.values()) metricIds.add(id);
  const slugOf = await metricSlugs(db, [...metricIds]);

  const result = new Map<number, FactChange[]>();
  for (const [revision, changes] of byRevision) {
    result.set(
      revision,
      [...changes.values()].map(({ table, id, before, after }) => {
        const row = (after ?? before)!;
        const withdrawal = withdrawalOf.get(`${revision}:${table}:${id}`);
        const metricId = table === 'metrics' ? id : table === 'claims' ? (row.metricId as number) : metricOfClaim.get(citationClaims.get(id)!);
        return {
          table,
          id,
          key: String(row.slug ?? row.key),
          metricSlug: (metricId !== undefined && slugOf.get(metricId)) || null,
          kind: changeKind(before, after),
          before: before && strip(before),
          after: after && strip(after),
          reason: withdrawal?.reason ?? reasonOf.get(`${revision}:${table}:${id}`) ?? null,
          replacedBy: withdrawal?.replacedBy ?? null,
        };
      }),
    );
  }
  return result;
}

const TABLE_ORDER: Record<FactTableName, number> = { sources: 0, metrics: 1, claims: 2, citations: 3 };
function strip({ validFrom: _from, validTo: _to, ...row }: VersionRow): Record<string, unknown> {
  return row;
}

/** What one revision changed, row by row, at most `limit` rows, and how many there were in all. */
export async function revisionChanges(db: Database, revision: number, limit: number): Promise<{ changes: FactChange[]; total: number }> {
  const found = await Promise.all(
    (Object.keys(VERSIONS) as FactTableName[]).map(async (table) => {
      const v = VERSIONS[table];
      const rows = (await db.select().from(v).where(or(eq(v.validFrom, revision), eq(v.validTo, revision))).orderBy(asc(v.id)).limit(limit * 2 + 1)) as VersionRow[];
      return { table, rows };
    }),
  );
  const changes = ((await pairChanges(db, found, revision)).get(revision) ?? []).sort((a, b) => TABLE_ORDER[a.table] - TABLE_ORDER[b.table] || a.key.localeCompare(b.key));
  const counts = await Promise.all(
    (Object.keys(VERSIONS) as FactTableName[]).map((table) => {
      const v = VERSIONS[table];
      return db.$count(v, or(eq(v.validFrom, revision), and(eq(v.validTo, revision), sql`NOT EXISTS (SELECT 1 FROM ${v} w WHERE w.id = ${v.id} AND w.valid_from = ${revision})`)));
    }),
  );
  return { changes: changes.slice(0, limit), total: counts.reduce((a, b) => a + b, 0) };
}

/** A metric by its slug now or at any time before: its id, its slug today, and whether it is withdrawn. */
export async function findMetricEver(db: Database, slug: string): Promise<{ id: number; slug: string; label: string; labelKo: string | null; withdrawn: boolean } | null> {
  const [current] = await db.select({ id: metrics.id, slug: metrics.slug, label: metrics.label, labelKo: metrics.labelKo }).from(metrics).where(eq(metrics.slug, slug));
  if (current) return { ...current, withdrawn: false };
  const [past] = await db.select({ id: metricVersions.id }).from(metricVersions).where(eq(metricVersions.slug, slug)).orderBy(desc(metricVersions.validFrom)).limit(1);
  if (!past) return null;
  const [now] = await db.select({ id: metrics.id, slug: metrics.slug, label: metrics.label, labelKo: metrics.labelKo }).from(metrics).where(eq(metrics.id, past.id));
  if (now) return { ...now, withdrawn: false };
  const [last] = await db.select().from(metricVersions).where(eq(metricVersions.id, past.id)).orderBy(desc(metricVersions.validFrom)).limit(1);
  return { id: last.id, slug: last.slug, label: last.label, labelKo: last.labelKo, withdrawn: true };
}

/** The slug a metric had at a revision, or null when it did not exist then. */
export async function slugAt(db: Database, metricId: number, revision: number): Promise<string | null> {
  const [row] = await db
    .select({ slug: metricVersions.slug })
    .from(metricVersions)
    .where(and(eq(metricVersions.id, metricId), sql`${metricVersions.validFrom} <= ${revision}`, or(sql`${metricVersions.validTo} IS NULL`, sql`${metricVersions.validTo} > ${revision}`)));
  return row?.slug ?? null;
}

/** Every change ever made to a metric, its claims and their citations, by revision, newest first. */
export async function metricHistory(db: Database, metricId: number): Promise<(RevisionInfo & { changes: FactChange[] })[]> {
  const metricRows = (await db.select().from(metricVersions).where(eq(metricVersions.id, metricId))) as VersionRow[];
  const claimRows = (await db.select().from(claimVersions).where(eq(claimVersions.metricId, metricId))) as VersionRow[];
  const claimIds = [...new Set(claimRows.map((r) => r.id))];
  const citationRows = claimIds.length > 0 ? ((await db.select().from(citationVersions).where(inArray(citationVersions.claimId, claimIds))) as VersionRow[]) : [];
  const paired = await pairChanges(db, [
    { table: 'metrics', rows: metricRows },
    { table: 'claims', rows: claimRows },
    { table: 'citations', rows: citationRows },
  ]);
  if (paired.size === 0) return [];
  const rows = await db.select().from(revisions).where(inArray(revisions.number, [...paired.keys()])).orderBy(desc(revisions.number));
  return rows.map((r) => ({ ...info(r), changes: paired.get(r.number)!.sort((a, b) => TABLE_ORDER[a.table] - TABLE_ORDER[b.table] || a.key.localeCompare(b.key)) }));
}

export interface Withdrawn {
  revision: RevisionInfo;
  reason: string;
  replacedBy: string | null;
}

/** A withdrawn metric's last version and why it went; null when the slug was never withdrawn. */
export async function getWithdrawnMetric(db: Database, slug: string): Promise<{ slug: string; label: string; description: string | null; withdrawn: Withdrawn } | null> {
  const found = await findMetricEver(db, slug);
  if (!found?.withdrawn) return null;
  const [row] = await db
    .select({ withdrawal: withdrawals, revision: revisions, metric: metricVersions })
    .from(withdrawals)
    .innerJoin(revisions, eq(revisions.number, withdrawals.revision))
    .innerJoin(metricVersions, and(eq(metricVersions.id, withdrawals.factId), eq(metricVersions.validTo, withdrawals.revision)))
    .where(and(eq(withdrawals.factTable, 'metrics'), eq(withdrawals.factId, found.id)));
  if (!row) return null;
  return {
    slug: row.metric.slug,
    label: row.metric.label,
    description: row.metric.description,
    withdrawn: { revision: info(row.revision), reason: row.withdrawal.reason, replacedBy: row.withdrawal.replacedBy },
  };
}

/**
 * Addresses that moved: metric slugs renamed (old → today's) and withdrawn. Small (only what
 * moved), so the proxy keeps it in memory and answers 301 and 410 without touching the page.
 */
export async function listMovedMetrics(db: Database): Promise<{ renamed: [string, string][]; withdrawn: string[] }> {
  const rows = await db
    .selectDistinct({ old: metricVersions.slug, now: metrics.slug })
    .from(metricVersions)
    .leftJoin(metrics, eq(metrics.id, metricVersions.id))
    .where(sql`${metricVersions.slug} NOT IN (SELECT slug FROM ${metrics})`);
  return {
    renamed: rows.filter((r) => r.now !== null).map((r) => [r.old, r.now!]),
    withdrawn: rows.filter((r) => r.now === null).map((r) => r.old),
  };
}

export type WithdrawnCitation = CitationJson & { withdrawn: Withdrawn };

/**
 * What a metric page shows beyond its current claims: citations withdrawn from it (so a
 * `#cite-…` link to one still lands, on the citation marked withdrawn), and the earlier keys of
 * its current citations (so an anchor to a renamed one still lands).
 */
export interface MetricRecord {
  withdrawnCitations: WithdrawnCitation[];
  /** Today's citation key → the keys it had before. */
  formerKeys: Record<string, string[]>;
}

export async function getMetricRecord(db: Database, metricId: number): Promise<MetricRecord> {
  const claimIds = (await db.selectDistinct({ id: claimVersions.id }).from(claimVersions).where(eq(claimVersions.metricId, metricId))).map((r) => r.id);
  if (claimIds.length === 0) return { withdrawnCitations: [], formerKeys: {} };
  const [gone, keys] = await Promise.all([
    db
      .select({ citation: citationVersions, source: sourceVersions, withdrawal: withdrawals, revision: revisions })
      .from(withdrawals)
      .innerJoin(revisions, eq(revisions.number, withdrawals.revision))
      .innerJoin(citationVersions, and(eq(citationVersions.id, withdrawals.factId), eq(citationVersions.validTo, withdrawals.revision)))
      .innerJoin(sourceVersions, and(eq(sourceVersions.id, citationVersions.sourceId), sql`${sourceVersions.validTo} IS NULL`))
      .where(and(eq(withdrawals.factTable, 'citations'), inArray(citationVersions.claimId, claimIds)))
      .orderBy(desc(withdrawals.revision), asc(citationVersions.key)),
    db
      .selectDistinct({ key: citationVersions.key, now: citations.key })
      .from(citationVersions)
      .innerJoin(citations, eq(citations.id, citationVersions.id))
      .where(and(inArray(citationVersions.claimId, claimIds), sql`${citationVersions.key} <> ${citations.key}`)),
  ]);
  const formerKeys: Record<string, string[]> = {};
  for (const { key, now } of keys) (formerKeys[now] ??= []).push(key);
  return {
    withdrawnCitations: gone.map(({ citation, source, withdrawal, revision }) => ({
      ...toCitationJson(citation, source),
      withdrawn: { revision: info(revision), reason: withdrawal.reason, replacedBy: withdrawal.replacedBy },
    })),
    formerKeys,
  };
}
