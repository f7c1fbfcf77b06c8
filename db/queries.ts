import { and, asc, eq, exists, gt, ilike, inArray, ne, not, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CitationJson, MetricFilter, MetricJson, SourceJson } from '../lib/api';
import type { Database } from './connect';
import { citations, claimRankOrder, claims, metrics, sources, type Citation, type Source } from './schema';

/**
 * Verb-named reads of the fact store. Each takes the database it reads, so the pages (through the
 * per-process client) and the tests (on a database of their own) run the same queries.
 */

/** A metric's claims in the order pages list them: its headline claim (lib/metric headlineClaim) first. */
export const CLAIM_ORDER = [claimRankOrder(claims.rank), asc(claims.key)];

function toSourceJson(s: Source): SourceJson {
  return {
    slug: s.slug,
    publisher: s.publisher,
    publisherEn: s.publisherEn,
    title: s.title,
    byline: s.byline,
    published:
      s.publishedOn && s.publishedPrecision && s.publishedBasis
        ? { date: s.publishedOn, precision: s.publishedPrecision, basis: s.publishedBasis }
        : null,
    publishedNote: s.publishedNote,
    publishedNoteKo: s.publishedNoteKo,
    url: s.url,
    language: s.language,
  };
}

/** A citation row (today's, or any version of it) as the API shows it. */
export function toCitationJson(k: Omit<Citation, 'id' | 'claimId' | 'sourceId'>, source: Source): CitationJson {
  return {
    key: k.key,
    quote: k.quote,
    statedText: k.statedText,
    conversionText: k.conversionText,
    translation: k.translation,
    paragraph: k.paragraph,
    source: toSourceJson(source),
  };
}

export function metricConditions(db: Database, filter: MetricFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.category) conditions.push(eq(metrics.category, filter.category));
  if (filter.subject) conditions.push(sql`lower(${metrics.subject}) = lower(${filter.subject})`);
  if (filter.source) {
    // A subquery from the query builder: the relational API would re-alias raw SQL columns to metrics.
    const citedIn = db
      .select({ metricId: claims.metricId })
      .from(claims)
      .innerJoin(citations, eq(citations.claimId, claims.id))
      .innerJoin(sources, eq(sources.id, citations.sourceId))
      .where(eq(sources.slug, filter.source));
    conditions.push(inArray(metrics.id, citedIn));
  }
  if (filter.disputed !== undefined) {
    // lib/metric isDisputed, in SQL: two claims with different figures, or with dates that no
    // common period contains.
    const a = alias(claims, 'a');
    const b = alias(claims, 'b');
    const coarser = sql`CASE WHEN 'year' IN (${a.refDatePrecision}::text, ${b.refDatePrecision}::text) THEN 'year'
      WHEN 'month' IN (${a.refDatePrecision}::text, ${b.refDatePrecision}::text) THEN 'month' ELSE 'day' END`;
    const differ = sql`CASE WHEN ${metrics.unit} = 'date'
      THEN date_trunc(${coarser}, ${a.refDate}) IS DISTINCT FROM date_trunc(${coarser}, ${b.refDate})
      ELSE (${a.qualifier}, ${a.value}, ${a.lower}, ${a.upper}) IS DISTINCT FROM (${b.qualifier}, ${b.value}, ${b.lower}, ${b.upper}) END`;
    const conflict = exists(
      db
        .select({ one: sql`1` })
        .from(a)
        .innerJoin(b, and(eq(b.metricId, a.metricId), gt(b.id, a.id)))
        .where(and(eq(a.metricId, metrics.id), differ)),
    );
    conditions.push(filter.disputed ? conflict : not(conflict));
  }
  return conditions;
}

/** Metrics with every claim, citation and source: what the read API and the home page show. */
export function listMetrics(db: Database, filter: MetricFilter = {}): Promise<MetricJson[]> {
  return findMetrics(db, metricConditions(db, filter));
}

export function listMetricsBySlug(db: Database, slugs: string[]): Promise<MetricJson[]> {
  return slugs.length === 0 ? Promise.resolve([]) : findMetrics(db, [inArray(metrics.slug, slugs)]);
}

export interface MetricPage {
  metrics: MetricJson[];
  total: number;
}

/**
 * One page of metrics in scope and how many there are in all: lists that grow with the catalogue
 * are paged, so a page costs the same with sixty metrics or ten thousand.
 */
export async function pageMetrics(
  db: Database,
  filter: MetricFilter & { excludeSlugs?: string[]; excludeCategory?: MetricJson['category'] },
  page: { limit: number; offset: number },
): Promise<MetricPage> {
  const conditions = metricConditions(db, filter);
  if (filter.excludeSlugs?.length) conditions.push(notInArray(metrics.slug, filter.excludeSlugs));
  if (filter.excludeCategory) conditions.push(ne(metrics.category, filter.excludeCategory));
  const [total, found] = await Promise.all([db.$count(metrics, and(...conditions)), findMetrics(db, conditions, page)]);
  return { metrics: found, total };
}

/** Where a page of metrics ended: metrics are listed in (category, slug) order. */
export interface MetricPosition {
  category: MetricJson['category'];
  slug: string;
}

/**
 * At most `limit` metrics in scope after `after`, and where the next page starts (null on the
 * last): keyset paging on the (category, slug) index, so a deep page costs what the first does.
 */
export async function pageMetricsAfter(
  db: Database,
  filter: MetricFilter,
  { limit, after }: { limit: number; after?: MetricPosition },
): Promise<{ metrics: MetricJson[]; next: MetricPosition | null }> {
  const conditions = metricConditions(db, filter);
  if (after) conditions.push(sql`(${metrics.category}, ${metrics.slug}) > (${after.category}::metric_category, ${after.slug})`);
  // One more than the page holds says whether another page follows.
  const found = await findMetrics(db, conditions, { limit: limit + 1, offset: 0 });
  const page = found.slice(0, limit);
  const last = page[page.length - 1];
  return { metrics: page, next: found.length > limit && last ? { category: last.category, slug: last.slug } : null };
}

export async function getMetric(db: Database, slug: string): Promise<MetricJson | null> {
  const [metric] = await findMetrics(db, [eq(metrics.slug, slug)]);
  return metric ?? null;
}

const METRIC_ORDER = [asc(metrics.category), asc(metrics.slug)];

async function findMetrics(db: Database, conditions: SQL[], page?: { limit: number; offset: number }): Promise<MetricJson[]> {
  let where = conditions.length > 0 ? and(...conditions) : undefined;
  if (page) {
    // The page's metrics first, from the (category, slug) index; claims and citations are then
    // gathered for those alone, not for every metric the offset skips.
    const ids = await db.select({ id: metrics.id }).from(metrics).where(where).orderBy(...METRIC_ORDER).limit(page.limit).offset(page.offset);
    if (ids.length === 0) return [];
    where = inArray(metrics.id, ids.map((r) => r.id));
  }
  const rows = await db.query.metrics.findMany({
    where,
    orderBy: METRIC_ORDER,
    with: {
      claims: {
        orderBy: CLAIM_ORDER,
        with: { citations: { orderBy: [asc(citations.key)], with: { source: true } } },
      },
    },
  });
  return rows.map((m) => ({
    slug: m.slug,
    label: m.label,
    category: m.category,
    subject: m.subject,
    dimension: m.dimensionName && m.dimensionValue ? { name: m.dimensionName, value: m.dimensionValue } : null,
    unit: m.unit,
    description: m.description,
    labelKo: m.labelKo,
    descriptionKo: m.descriptionKo,
    subjectKo: m.subjectKo,
    claims: m.claims.map((c) => ({
      key: c.key,
      qualifier: c.qualifier,
      value: c.value,
      lower: c.lower,
      upper: c.upper,
      refDate: c.refDate && c.refDatePrecision ? { date: c.refDate, precision: c.refDatePrecision, note: c.refDateNote, noteKo: c.refDateNoteKo } : null,
      kind: c.kind,
      speaker: c.speaker,
      speakerKo: c.speakerKo,
      speakerRole: c.speakerRole,
      rank: c.rank,
      rankReason: c.rankReason,
      conversion:
        c.conversionQualifier && c.conversionValue !== null && c.conversionUnit
          ? { qualifier: c.conversionQualifier, value: c.conversionValue, unit: c.conversionUnit }
          : null,
      note: c.note,
      speakerRoleKo: c.speakerRoleKo,
      rankReasonKo: c.rankReasonKo,
      noteKo: c.noteKo,
      citations: c.citations.map((k) => toCitationJson(k, k.source)),
    })),
  }));
}

export async function getSource(db: Database, slug: string): Promise<SourceJson | null> {
  const [row] = await db.select().from(sources).where(eq(sources.slug, slug));
  return row ? toSourceJson(row) : null;
}

/** What a search box asks for: a few rows, optionally only those containing some text. */
export interface OptionQuery {
  search?: string;
  limit: number;
}

/** `%text%` for ILIKE, with the text's own % and _ matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Sources by slug, publisher or title, in slug order: the browse filter and its suggestions. */
export async function listSources(db: Database, { search, limit }: OptionQuery): Promise<SourceJson[]> {
  const pattern = search ? containsPattern(search) : undefined;
  const rows = await db
    .select()
    .from(sources)
    .where(pattern ? or(ilike(sources.slug, pattern), ilike(sources.publisher, pattern), ilike(sources.publisherEn, pattern), ilike(sources.title, pattern)) : undefined)
    .orderBy(asc(sources.slug))
    .limit(limit);
  return rows.map(toSourceJson);
}

/** Distinct metric subjects, alphabetically, with their Korean names, optionally only those containing the search text. */
export async function listSubjects(db: Database, { search, limit }: OptionQuery): Promise<{ subject: string; subjectKo: string | null }[]> {
  return db
    .select({ subject: metrics.subject, subjectKo: sql<string | null>`min(${metrics.subjectKo})` })
    .from(metrics)
    .where(search ? ilike(metrics.subject, containsPattern(search)) : undefined)
    .groupBy(metrics.subject)
    .orderBy(asc(metrics.subject))
    .limit(limit);
}

export async function countFacts(db: Database): Promise<Record<'sources' | 'metrics' | 'claims' | 'citations', number>> {
  const [sourceCount, metricCount, claimCount, citationCount] = await Promise.all([db.$count(sources), db.$count(metrics), db.$count(claims), db.$count(citations)]);
  return { sources: sourceCount, metrics: metricCount, claims: claimCount, citations: citationCount };
}
