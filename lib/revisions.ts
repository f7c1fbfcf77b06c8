/**
 * What a revision changed, row by row, in the shape the history pages, the changes feed and the
 * API show: pure, so the differences are worked out and tested without a database.
 */

export type FactTableName = 'sources' | 'metrics' | 'claims' | 'citations';
export type ChangeKind = 'added' | 'changed' | 'withdrawn';

export interface RevisionInfo {
  number: number;
  /** ISO 8601. */
  createdAt: string;
  summary: string;
}

/** One row's change in one revision: its version before (null when added) and after (null when withdrawn). */
export interface FactChange {
  table: FactTableName;
  id: number;
  /** The row's slug or key as the change left it (as it was, when withdrawn). */
  key: string;
  /** The metric the row belongs to, for a link; null if it cannot be told. */
  metricSlug: string | null;
  kind: ChangeKind;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  /** For a withdrawal: the slug or key that replaces the row, if any. */
  replacedBy: string | null;
}

export interface FieldChange {
  field: ChangeField;
  before: string | null;
  after: string | null;
}

/** Every field a change can touch, in the order people read them; ids and bookkeeping are left out. Their names are in messages/ (Field). */
export const CHANGE_FIELDS = [
  'slug',
  'key',
  'label',
  'labelKo',
  'description',
  'descriptionKo',
  'category',
  'subject',
  'subjectKo',
  'dimensionName',
  'dimensionValue',
  'unit',
  'qualifier',
  'value',
  'lower',
  'upper',
  'refDate',
  'refDatePrecision',
  'refDateNote',
  'refDateNoteKo',
  'kind',
  'speaker',
  'speakerKo',
  'speakerRole',
  'speakerRoleKo',
  'rank',
  'rankReason',
  'rankReasonKo',
  'conversionQualifier',
  'conversionValue',
  'conversionUnit',
  'note',
  'noteKo',
  'quote',
  'statedText',
  'conversionText',
  'translation',
  'paragraph',
  'publisher',
  'publisherEn',
  'title',
  'byline',
  'publishedOn',
  'publishedPrecision',
  'publishedBasis',
  'publishedNote',
  'publishedNoteKo',
  'url',
  'language',
] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

const shown = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** The fields whose value differs between two versions of a row, in the order people read them. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  return CHANGE_FIELDS.flatMap((field) => {
    const [was, now] = [shown(before?.[field]), shown(after?.[field])];
    if (was === now || (before && !(field in before) && after && !(field in after))) return [];
    return [{ field, before: was, after: now }];
  });
}

export type DiffPart = { text: string; change: 'same' | 'removed' | 'added' };

/** Words with the space before them: Korean has no word list here, so spaces cut, and punctuation. */
function tokens(text: string): string[] {
  return text.match(/\s*[\p{L}\p{N}]+|\s*[^\p{L}\p{N}\s]+|\s+/gu) ?? [];
}

/**
 * A word-level difference of two texts (longest common subsequence), for highlighting what a
 * correction changed: within each changed stretch, what was removed comes before what was added,
 * so a reader sees "old words" then "new words" rather than the two interleaved. Long texts fall
 * back to "all removed, all added".
 */
export function diffText(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const whole = (): DiffPart[] => [...(before ? [{ text: before, change: 'removed' as const }] : []), ...(after ? [{ text: after, change: 'added' as const }] : [])];
  if (a.length * b.length > 250_000) return whole();
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) parts.push({ text: removed, change: 'removed' });
    if (added) parts.push({ text: added, change: 'added' });
    removed = added = '';
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      const last = parts[parts.length - 1];
      if (last?.change === 'same') last.text += a[i];
      else parts.push({ text: a[i], change: 'same' });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) removed += a[i++];
    else added += b[j++];
  }
  flush();
  return parts;
}

/** 'added' / 'changed' / 'withdrawn' from which versions a revision holds of a row. */
export function changeKind(before: unknown, after: unknown): ChangeKind {
  return before && after ? 'changed' : after ? 'added' : 'withdrawn';
}

/** Singular names of the fact tables, for sentences. */
export const FACT_NAMES: Record<FactTableName, string> = { sources: 'source', metrics: 'metric', claims: 'claim', citations: 'citation' };
