import { z } from 'zod';
import { slugSchema } from '../lib/api';
import { citationSeedFields, claimSeedFields, metricSeedSchema, sourceSeedFields, type CitationSeed, type ClaimSeed, type MetricSeed } from './schema';
import { SeedValidationError, validateSeed, type SeedInput, type ValidSeed } from './validate';

/**
 * The seed as a history: the facts as first loaded, then each later change to them with its
 * reason, oldest first. A database replays what it has not yet applied, each entry as a revision
 * of its own, so a fresh database shows the same history, reasons and all, as one that lived
 * through it. Like a migration, an entry is never edited once it has landed; a correction is a
 * new entry.
 */

const reason = z.string().trim().min(1, 'a change needs its reason');

// What a correction may set: any field but the record's own name (renamed by `rename`) and, for
// a claim, its metric and citations (changed one by one). The facts are validated whole afterwards.
const sourceFields = sourceSeedFields.omit({ slug: true, articleFile: true }).partial().strict();
const metricFields = metricSeedSchema.omit({ slug: true }).partial().strict();
const claimFields = claimSeedFields.omit({ key: true, metric: true, citations: true }).partial().strict();
const citationFields = citationSeedFields.omit({ key: true }).partial().strict();
const record = <T>() => z.custom<T>((value) => typeof value === 'object' && value !== null, 'must be a record');

/** What one change does; every kind names the record it changes by its current slug or key. */
export const seedChangeSchema = z.union([
  z.object({ source: slugSchema, set: sourceFields, reason }).strict(),
  z.object({ metric: slugSchema, set: metricFields, reason }).strict(),
  z.object({ claim: slugSchema, set: claimFields, reason }).strict(),
  z.object({ citation: slugSchema, set: citationFields, reason }).strict(),
  /** A citation added to a claim the store already has. */
  z.object({ addCitation: record<CitationSeed>(), to: slugSchema, reason }).strict(),
  /** A claim the store did not have; its citations may be moved into it from others in the same entry. */
  z.object({ addClaim: record<ClaimSeed>(), reason }).strict(),
  /** A citation moved, key and all, to another claim: its anchor keeps landing on it. */
  z.object({ moveCitation: slugSchema, to: slugSchema, reason }).strict(),
  z.object({ addMetric: record<MetricSeed>(), reason }).strict(),
  /** A new slug or key; the old one keeps answering, with a 301 (or, for a citation, its anchor). */
  z.object({ rename: z.object({ metric: slugSchema }).strict().or(z.object({ citation: slugSchema }).strict()), to: slugSchema, reason }).strict(),
  /**
   * Taken out of the store, never deleted: its link answers 410 with what it said and this reason.
   * A metric takes its claims and citations with it; a claim its citations.
   */
  z
    .object({
      withdraw: z.object({ metric: slugSchema }).strict().or(z.object({ claim: slugSchema }).strict()).or(z.object({ citation: slugSchema }).strict()),
      replacedBy: slugSchema.optional(),
      reason,
    })
    .strict(),
]);
export type SeedChange = z.input<typeof seedChangeSchema>;

export const seedRevisionSchema = z
  .object({
    /** Stable and unique: the database records which entries it has applied. */
    id: slugSchema,
    summary: z.string().trim().min(1),
    changes: z.array(seedChangeSchema).min(1, 'a revision changes something'),
  })
  .strict();
export type SeedRevision = z.input<typeof seedRevisionSchema>;

export interface SeedHistory {
  initial: { id: string; summary: string; facts: SeedInput };
  revisions: readonly SeedRevision[];
  /** Languages the facts as they stand today must carry every metric's texts in, beside English. */
  requires?: { korean: boolean };
}

/** A plain set of facts as a history of one entry: what the tests and fixtures load. */
export const historyOf = (facts: SeedInput, id = 'facts', summary = 'Facts loaded from a fixture'): SeedHistory => ({ initial: { id, summary, facts }, revisions: [] });

export type FactTableName = 'metrics' | 'claims' | 'citations';

export interface Withdrawn {
  table: FactTableName;
  key: string;
  reason: string;
  replacedBy: string | null;
}

/** Why a row changed in one entry: its table, its slug or key after the entry, and the reason. */
export interface ChangeReason {
  table: FactTableName | 'sources';
  key: string;
  reason: string;
}

/** The facts after one entry, what it withdrew, and the old names its records still answer to. */
export interface SeedStep {
  id: string;
  summary: string;
  facts: ValidSeed;
  reasons: ChangeReason[];
  withdrawn: Withdrawn[];
  /** New slug or key → every earlier one, across all entries so far. */
  formerNames: Record<FactTableName | 'metrics', Map<string, string[]>>;
}

type Facts = { sources: SeedInput['sources'][number][]; metrics: MetricSeed[]; claims: ClaimSeed[] };

/** Every state the history passes through, each validated as a whole; the last is the seed today. */
export function replay(history: SeedHistory): SeedStep[] {
  const formerNames = { metrics: new Map<string, string[]>(), claims: new Map<string, string[]>(), citations: new Map<string, string[]>() };
  let facts: Facts = { sources: [...history.initial.facts.sources], metrics: [...history.initial.facts.metrics], claims: [...history.initial.facts.claims] };
  const steps: SeedStep[] = [{ id: history.initial.id, summary: history.initial.summary, facts: validateSeed(facts), reasons: [], withdrawn: [], formerNames: copy(formerNames) }];
  const seen = new Set([history.initial.id]);
  history.revisions.forEach((raw, index) => {
    const record = `revisions[${index}]${typeof raw?.id === 'string' ? ` "${raw.id}"` : ''}`;
    const parsed = seedRevisionSchema.safeParse(raw);
    if (!parsed.success) {
      throw new SeedValidationError(parsed.error.issues.map((i) => ({ record, field: i.path.join('.'), message: i.message })));
    }
    const revision = parsed.data;
    if (seen.has(revision.id)) throw new SeedValidationError([{ record, field: 'id', message: 'is used twice' }]);
    seen.add(revision.id);
    const reasons: ChangeReason[] = [];
    const withdrawn: Withdrawn[] = [];
    // The parse checked each change; its output is not applied, since it fills every field a
    // correction left out with its default, and a correction sets only what it names.
    raw.changes.forEach((change, c) => {
      const fail = (message: string): never => {
        throw new SeedValidationError([{ record, field: `changes[${c}]`, message }]);
      };
      facts = applyChange(facts, change, { reasons, withdrawn, formerNames, fail });
    });
    let valid: ValidSeed;
    try {
      valid = validateSeed(facts);
    } catch (error) {
      if (error instanceof SeedValidationError) throw new SeedValidationError(error.issues.map((i) => ({ ...i, record: `${record} › ${i.record}` })));
      throw error;
    }
    steps.push({ id: revision.id, summary: revision.summary, facts: valid, reasons, withdrawn, formerNames: copy(formerNames) });
  });
  if (history.requires?.korean) requireKorean(steps.at(-1)!.facts);
  return steps;
}

/**
 * Each English text and its Korean twin, by record: on the facts today, each twin stands beside
 * its English text and nowhere else (so a metric's label and subject, never empty, always have one).
 */
const KOREAN_TWINS = {
  sources: [['publishedNote', 'publishedNoteKo']],
  metrics: [['label', 'labelKo'], ['subject', 'subjectKo'], ['description', 'descriptionKo']],
  claims: [['speaker', 'speakerKo'], ['speakerRole', 'speakerRoleKo'], ['rankReason', 'rankReasonKo'], ['refDateNote', 'refDateNoteKo'], ['note', 'noteKo']],
} as const;

const present = (value: unknown) => value !== null && value !== undefined;

/** A twin missing where its English text stands, or standing without one. */
function twinIssues(record: string, row: Record<string, unknown>, twins: readonly (readonly [string, string])[]) {
  return twins.flatMap(([english, korean]) =>
    present(row[english]) === present(row[korean])
      ? []
      : [{ record, field: korean, message: present(row[english]) ? `needs its ${english} in Korean too (add it in a seed entry)` : `a Korean ${english} without an English one` }],
  );
}

/** Every text the facts show today in Korean as well as in English. */
function requireKorean(facts: ValidSeed): void {
  const issues = [
    ...facts.sources.flatMap((s, i) => twinIssues(`sources[${i}] "${s.slug}"`, s, KOREAN_TWINS.sources)),
    ...facts.metrics.flatMap((m, i) => twinIssues(`metrics[${i}] "${m.slug}"`, m, KOREAN_TWINS.metrics)),
    ...facts.claims.flatMap((c, i) => twinIssues(`claims[${i}] "${c.key}"`, c, KOREAN_TWINS.claims)),
  ];
  if (issues.length > 0) throw new SeedValidationError(issues);
}

/**
 * A correction to an English text that has a Korean twin corrects the twin too, or the Korean
 * page would go on showing what the English no longer says.
 */
function keepsTwinsTogether(table: keyof typeof KOREAN_TWINS, before: Record<string, unknown>, set: Record<string, unknown>, fail: (message: string) => never): void {
  for (const [english, korean] of KOREAN_TWINS[table]) {
    if (english in set && present(before[korean]) && !(korean in set)) fail(`sets ${english} but not ${korean}: correct both together`);
  }
}

/** The facts as they stand after every entry. */
export const currentFacts = (history: SeedHistory): ValidSeed => replay(history).at(-1)!.facts;

function copy(names: Record<FactTableName, Map<string, string[]>>): SeedStep['formerNames'] {
  return { metrics: new Map(names.metrics), claims: new Map(names.claims), citations: new Map(names.citations) };
}

interface Applying {
  reasons: ChangeReason[];
  withdrawn: Withdrawn[];
  formerNames: Record<FactTableName, Map<string, string[]>>;
  fail: (message: string) => never;
}

function applyChange(facts: Facts, change: SeedChange, { reasons, withdrawn, formerNames, fail }: Applying): Facts {
  const claimOf = (key: string) => facts.claims.find((c) => c.citations.some((k) => k.key === key));
  const requireMetric = (slug: string) => facts.metrics.some((m) => m.slug === slug) || fail(`no metric "${slug}"`);
  const requireClaim = (key: string) => facts.claims.some((c) => c.key === key) || fail(`no claim "${key}"`);
  const requireCitation = (key: string) => claimOf(key) ?? fail(`no citation "${key}"`);
  const mapCitations = (key: string, map: (k: CitationSeed) => CitationSeed) =>
    facts.claims.map((c) => ({ ...c, citations: c.citations.map((k) => (k.key === key ? map(k) : k)) }));

  if ('set' in change && 'source' in change) {
    const before = facts.sources.find((s) => s.slug === change.source) ?? fail(`no source "${change.source}"`);
    keepsTwinsTogether('sources', before, change.set, fail);
    reasons.push({ table: 'sources', key: change.source, reason: change.reason });
    return { ...facts, sources: facts.sources.map((s) => (s.slug === change.source ? { ...s, ...change.set } : s)) };
  }
  if ('set' in change && 'metric' in change) {
    requireMetric(change.metric);
    keepsTwinsTogether('metrics', facts.metrics.find((m) => m.slug === change.metric)!, change.set, fail);
    reasons.push({ table: 'metrics', key: change.metric, reason: change.reason });
    return { ...facts, metrics: facts.metrics.map((m) => (m.slug === change.metric ? { ...m, ...change.set } : m)) };
  }
  if ('set' in change && 'claim' in change) {
    requireClaim(change.claim);
    keepsTwinsTogether('claims', facts.claims.find((c) => c.key === change.claim)!, change.set, fail);
    reasons.push({ table: 'claims', key: change.claim, reason: change.reason });
    return { ...facts, claims: facts.claims.map((c) => (c.key === change.claim ? { ...c, ...change.set } : c)) };
  }
  if ('set' in change && 'citation' in change) {
    requireCitation(change.citation);
    reasons.push({ table: 'citations', key: change.citation, reason: change.reason });
    return { ...facts, claims: mapCitations(change.citation, (k) => ({ ...k, ...change.set })) };
  }
  if ('addCitation' in change) {
    requireClaim(change.to);
    reasons.push({ table: 'citations', key: change.addCitation.key, reason: change.reason });
    return { ...facts, claims: facts.claims.map((c) => (c.key === change.to ? { ...c, citations: [...c.citations, change.addCitation] } : c)) };
  }
  if ('addClaim' in change) {
    reasons.push({ table: 'claims', key: change.addClaim.key, reason: change.reason });
    for (const k of change.addClaim.citations ?? []) reasons.push({ table: 'citations', key: k.key, reason: change.reason });
    return { ...facts, claims: [...facts.claims, change.addClaim] };
  }
  if ('moveCitation' in change) {
    const moved = requireCitation(change.moveCitation).citations.find((k) => k.key === change.moveCitation)!;
    requireClaim(change.to);
    reasons.push({ table: 'citations', key: change.moveCitation, reason: change.reason });
    return {
      ...facts,
      claims: facts.claims.map((c) => ({
        ...c,
        citations: c.key === change.to ? [...c.citations.filter((k) => k.key !== moved.key), moved] : c.citations.filter((k) => k.key !== moved.key),
      })),
    };
  }
  if ('addMetric' in change) {
    reasons.push({ table: 'metrics', key: change.addMetric.slug, reason: change.reason });
    return { ...facts, metrics: [...facts.metrics, change.addMetric] };
  }
  if ('rename' in change) {
    const table: FactTableName = 'metric' in change.rename ? 'metrics' : 'citations';
    const from = 'metric' in change.rename ? change.rename.metric : change.rename.citation;
    const names = formerNames[table];
    names.set(change.to, [...(names.get(from) ?? []), from]);
    names.delete(from);
    reasons.push({ table, key: change.to, reason: change.reason });
    if (table === 'metrics') {
      requireMetric(from);
      return {
        ...facts,
        metrics: facts.metrics.map((m) => (m.slug === from ? { ...m, slug: change.to } : m)),
        claims: facts.claims.map((c) => (c.metric === from ? { ...c, metric: change.to } : c)),
      };
    }
    requireCitation(from);
    return { ...facts, claims: mapCitations(from, (k) => ({ ...k, key: change.to })) };
  }
  const { withdraw, reason, replacedBy } = change;
  const out = (table: FactTableName, key: string, why = reason, by: string | null = replacedBy ?? null) => withdrawn.push({ table, key, reason: why, replacedBy: by });
  const withClaim = (claim: ClaimSeed, why: string) => {
    for (const k of claim.citations) out('citations', k.key, why, null);
  };
  if ('metric' in withdraw) {
    requireMetric(withdraw.metric);
    out('metrics', withdraw.metric);
    for (const claim of facts.claims.filter((c) => c.metric === withdraw.metric)) {
      out('claims', claim.key, `Withdrawn with its metric: ${reason}`, null);
      withClaim(claim, `Withdrawn with its metric: ${reason}`);
    }
    return { ...facts, metrics: facts.metrics.filter((m) => m.slug !== withdraw.metric), claims: facts.claims.filter((c) => c.metric !== withdraw.metric) };
  }
  if ('claim' in withdraw) {
    requireClaim(withdraw.claim);
    const claim = facts.claims.find((c) => c.key === withdraw.claim)!;
    out('claims', claim.key);
    withClaim(claim, `Withdrawn with its claim: ${reason}`);
    return { ...facts, claims: facts.claims.filter((c) => c.key !== withdraw.claim) };
  }
  requireCitation(withdraw.citation);
  out('citations', withdraw.citation);
  return { ...facts, claims: facts.claims.map((c) => ({ ...c, citations: c.citations.filter((k) => k.key !== withdraw.citation) })) };
}
