import { z } from 'zod';
import { categorySchema, langSchema, slugSchema, unitSchema, type CitationJson, type ClaimJson, type MetricJson, type SourceJson } from './api';
import { citationHref } from './charts';
import { figureIn, sourceLabelIn, speakerIn } from './figure-in';
import { DEFAULT_LOCALE, type Locale } from './locale';
import type { FigureLike } from './format';
import { readAmount } from './korean-number';
import { setsFor, type WordSet } from './search-vocabulary';

/**
 * What a search query asks for, worked out before any database is touched: its text cleaned,
 * the words to look for (English filler words dropped, Korean particles cut off so '엔비디아의'
 * finds '엔비디아는'), and the numbers it names as value ranges ('5.576 million', '557만', '56%').
 */

export const SEARCH_MAX_LENGTH = 500;
export const SEARCH_MIN_LENGTH = 2;

export interface NumberRange {
  /** As the reader wrote it. */
  written: string;
  /** The number as read: the figures nearest it are the likeliest meant. */
  value: number;
  /** Inclusive. */
  lo: number;
  /** Exclusive. */
  hi: number;
  /**
   * Written as an amount: with a unit, a currency or a scale (17%, $6m, 557만, 5.6 million, 20
   * percent), so a figure, where a bare number may be part of a name (Llama 3, 671B).
   */
  amount: boolean;
  /** The word of its unit or currency, where written apart from it (percent, 달러, usd): part of the figure, not a word of its own. */
  unit?: string;
}

export interface SearchQuery {
  /** The query as searched: NFKC, invisible marks dropped, spaces collapsed. */
  text: string;
  /** Words to match (lower-case; in the database a word by its start, a number whole), in query order, without repeats. */
  terms: string[];
  /** Each term as the reader typed it (lower-case, particle and plural not cut), to say which are missing. */
  typed: string[];
  /** The terms that are not numbers read as values: all of these must match in the strict pass. */
  wordTerms: string[];
  /**
   * The terms that are numbers written only as amounts (17 of "Nvidia 17%"): matched by value in
   * every pass, never as a word a citation must hold, since the texts write 17.2% or −17% for the
   * figure meant. Their written form still ranks a citation that writes it.
   */
  amounts: string[];
  numbers: NumberRange[];
}

/** Why a query cannot be searched, for a page to say in its language (the API says `message`). */
export type SearchProblem = { kind: 'unreadable' | 'control' | 'empty' } | { kind: 'tooLong'; maximum: number; length: number } | { kind: 'tooShort'; minimum: number };

export type QueryAnalysis = { ok: true; query: SearchQuery } | { ok: false; status: 400 | 200; message: string; problem: SearchProblem };

/** Words that say nothing about which figure is meant: a question's frame, not its subject. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'by', 'did', 'do', 'does', 'for', 'from', 'has', 'have', 'how', 'in', 'is', 'it', 'its',
  'many', 'much', 'of', 'on', 'or', 'per', 'than', 'that', 'the', 'this', 'to', 'was', 'were', 'what', 'when', 'where', 'which', 'who', 'why',
  'with', 's', 'about', 'vs', 'versus',
  '및', '등', '그', '이', '저', '것', '수', '약', '또', '더',
  '얼마', '얼마나', '몇', '언제', '어디', '어느', '누가', '누구', '무엇', '뭐', '왜', '어떻게',
  // One syllable with its particle, which PARTICLE leaves whole (저가, 수도 and 약을 are words).
  '수는', '수를', '것은', '것이', '것을', '몇은', '몇이', '등은', '등이', '등을', '등도',
]);

/** Korean particles a word may end in: cut once, when at least two syllables remain. */
const PARTICLE = /^(\p{Script=Hangul}{2,}?)(에서|으로|은|는|이|가|을|를|의|에|와|과|도|로)$/u;

/**
 * What a Korean compound or verb may end in where the texts have the noun alone ('상장일', listing
 * date, where they say 상장; '하락폭', the size of a fall; '사용한', used): cut once after the
 * particle, when at least two syllables remain. What remains starts the word as typed, so what that
 * found is still found.
 */
const KOREAN_ENDING = /^(\p{Script=Hangul}{2,}?)(일|폭|률|율|액|량|한|된|하는|했던|했다)$/u;

/**
 * An English plural, as the start its singular shares with it ('prices' → 'price', 'companies' →
 * 'compan'): words are matched as word starts, so the result still finds the plural and now finds
 * the singular too ('chip prices' finds 'price'). Harman's S-stemmer, cut to a shared start of at
 * least four letters; words of four letters or fewer ('news', 'gpus') and endings that are not
 * plurals (-ss, -us, -is) stay.
 */
function pluralStart(word: string): string {
  if (word.length <= 4 || !/^[a-z]+$/.test(word)) return word;
  if (/[^ae]ies$/.test(word) && word.length >= 7) return word.slice(0, -3);
  if (/(?<![sui])s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A number after a tilde, as in a range ('1~2자릿수', '10~100배'): PostgreSQL's parser keeps it as a
 * word of its own with the tilde ('~2') and what follows as another ('자릿수'). A term cannot hold a
 * tilde, so the number is left to be matched by its value (numberRanges reads the text whole) and
 * the rest is a word apart, as the documents have it.
 */
const AFTER_TILDE = /~\d[\d,]*(?:\.\d+)?/g;

/** Tokens as PostgreSQL's parser forms them closely enough: letters and digits, with decimal points and thousands commas inside numbers. */
const TOKEN = /[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu;

const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

/**
 * Numbers written in digits, alone or with Korean units (557만, 5억 5800만, 6천127억) or an English scale
 * (5.576 million, $6m): never a digit inside a word (V3, R1). A Korean unit apart from its number
 * does not start a longer word: "2021 백신" is 2021 and a vaccine, not 202,100.
 */
const NUMBER = /(?<![\p{L}\p{N}.,])(\d[\d,]*(?:\.\d+)?(?:(?:[천백십조억만]|\s+[천백십조억만](?!(?!원)\p{Script=Hangul}))(?:\s*\d[\d,]*(?:\.\d+)?)?)*)(?:\s*(thousand|million|billion|trillion|mn|bn|tn|k|m|b)(?![\p{L}]))?/giu;

/**
 * A currency before a number, or a unit after it, that makes it an amount (a Korean unit or a
 * scale word does too; a scale letter alone does not: 671B and 7B name models). A unit must end
 * where its word does: "3 원전" is three nuclear plants, "2025 엔비디아" a year and a company.
 */
const CURRENCY_BEFORE = /(?:[$₩¥€£]|US\$|(usd|krw|eur))\s*$/iu;
const UNIT_AFTER = /^\s*(?:[%％]|x(?!\p{L})|(퍼센트|달러|원|위안|엔|유로|배)(?!\p{Script=Hangul})|(percent|per\s?cent|pct|times|dollars?|won|yuan|usd|krw|eur)(?!\p{L}))/iu;

/** The place of a number's last written digit: 10 for 5580, 0.1 for 17.2. */
function lastPlace(value: number): number {
  const text = String(Number(value.toPrecision(12)));
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  if (decimals > 0) return 10 ** -decimals;
  const zeros = /0*$/.exec(text)![0].length;
  return 10 ** zeros;
}

/**
 * Each number as the range a reader who writes it may mean: rounded ('5.6 million' for 5,576,000)
 * or cut short ('557만' for 557만6000): from half a last place below to a whole last place above.
 */
export function numberRanges(text: string): NumberRange[] {
  return writtenNumbers(text).map(({ at: _, ...range }) => range);
}

/** Each number of `text` as numberRanges reads it, with where it is written (`at`, as long as `written`). */
function writtenNumbers(text: string): (NumberRange & { at: number })[] {
  const found: (NumberRange & { at: number })[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [written, numeral, scale] = match;
    let value: number;
    try {
      value = /[천백십조억만]/.test(numeral) ? readAmount(numeral) : Number(numeral.replaceAll(',', ''));
    } catch {
      continue;
    }
    if (scale) value *= SCALES[scale.toLowerCase()];
    if (!Number.isFinite(value) || value <= 0) continue;
    const place = lastPlace(value);
    const before = CURRENCY_BEFORE.exec(text.slice(0, match.index));
    const after = UNIT_AFTER.exec(text.slice(match.index + written.length));
    const amount = /[천백십조억만]/.test(numeral) || (scale ?? '').length > 1 || before !== null || after !== null;
    // Joined to the number (100배, 558만달러), a unit is in the number's own word.
    const unit = (/^\s/.test(after?.[0] ?? '') ? (after![1] ?? after![2]) : /\s$/.test(before?.[0] ?? '') ? before![1] : undefined)?.toLowerCase();
    found.push({ written: written.trim(), value, lo: value - place / 2, hi: value + place, amount, ...(unit && { unit }), at: match.index });
  }
  return found;
}

function cleaned(raw: string): string | { problem: SearchProblem; message: string } {
  if (raw.includes('\uFFFD')) return { problem: { kind: 'unreadable' }, message: 'the query is not valid UTF-8' };
  // Tabs and line breaks are spaces; other control characters have no place in a search.
  const text = raw.normalize('NFKC').replace(/[\t\n\r]/g, ' ');
  if (/\p{Cc}/u.test(text)) return { problem: { kind: 'control' }, message: 'the query must not contain control characters' };
  // Direction marks, zero-width spaces and the like are invisible: they would only stop a match.
  return text.replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim();
}

export function analyzeQuery(raw: string | undefined): QueryAnalysis {
  const text = cleaned(raw ?? '');
  if (typeof text !== 'string') return { ok: false, status: 400, ...text };
  if (text.length === 0) return { ok: false, status: 400, problem: { kind: 'empty' }, message: 'type what you are looking for: a figure, a name, a few words or a sentence from an article' };
  if (text.length > SEARCH_MAX_LENGTH) {
    const problem = { kind: 'tooLong', maximum: SEARCH_MAX_LENGTH, length: text.length } as const;
    return { ok: false, status: 400, problem, message: `a search is at most ${SEARCH_MAX_LENGTH} characters (this one has ${text.length}): paste the sentence that holds the figure, not the article` };
  }
  if (text.length < SEARCH_MIN_LENGTH) return { ok: false, status: 200, problem: { kind: 'tooShort', minimum: SEARCH_MIN_LENGTH }, message: `type at least ${SEARCH_MIN_LENGTH} characters` };
  const numbers = numberRanges(text);
  // A unit written apart is part of its figure ("20 percent", "557만 달러"), not a word to hold.
  const tokensOf = (ranges: NumberRange[]) => new Set(ranges.flatMap((n) => [...(n.written.toLowerCase().match(TOKEN) ?? []), ...(n.unit?.match(TOKEN) ?? [])]));
  const numeric = tokensOf(numbers);
  const bare = tokensOf(numbers.filter((n) => !n.amount));
  const terms: string[] = [];
  const typed: string[] = [];
  // US$ is a currency, not the United States (whose readers' words lib/search-vocabulary.ts knows).
  for (const token of text.toLowerCase().replace(AFTER_TILDE, ' ').replace(/(?<!\p{L})us\$/gu, '$').match(TOKEN) ?? []) {
    const term = pluralStart(token.replace(PARTICLE, '$1').replace(KOREAN_ENDING, '$1'));
    if (STOP_WORDS.has(term) || (term.length === 1 && /[a-z]/.test(term)) || terms.includes(term)) continue;
    terms.push(term);
    typed.push(token);
  }
  // A term is a number's as searched or as typed (557만은 is searched as 557만).
  const ofNumbers = (tokens: Set<string>, i: number) => tokens.has(terms[i]) || tokens.has(typed[i]);
  const wordTerms = terms.filter((t, i) => !ofNumbers(numeric, i) && !/^[\d.,]+$/.test(t));
  const amounts = terms.filter((_, i) => ofNumbers(numeric, i) && !ofNumbers(bare, i));
  return { ok: true, query: { text, terms, typed, wordTerms, amounts, numbers } };
}

export type Highlighted = { text: string; match: boolean }[];

/**
 * What cuts a text where a term, what the texts write for it (lib/search-vocabulary.ts: 폭락 for
 * "drop", but not in a text saying the set does not apply) or a number as written occurs,
 * case-insensitively, for <mark>; and where the text writes an amount a number named may mean, as
 * search matched it by value (17.2% for "nvidia 17%", 557만6000달러 for "557만"): made once per
 * query, since a page of results marks forty texts with it.
 */
export function highlighter(query: Pick<SearchQuery, 'terms' | 'numbers'>): (text: string) => Highlighted {
  const plain = [...query.terms, ...query.numbers.map((n) => n.written)].map((n) => ({ length: n.length, source: fromWordStart(n, numberWhole(n, escaped(n.toLowerCase()))) }));
  const sets = setsFor(query.terms);
  const formsOf = (set: WordSet) => set.written.map((form) => ({ length: form.length, source: formPattern(form) }));
  const refusals = sets.filter((set) => set.unless).map((set) => ({ set, pattern: new RegExp(set.unless!.map(formPattern).join('|')) }));
  const patterns = new Map<string, { source: string; pattern: RegExp; caseless?: RegExp }>();
  /** The pattern for the sets that apply to a text, made once for each such choice. */
  const patternFor = (applying: WordSet[]) => {
    const key = applying.map((set) => set.name).join();
    let made = patterns.get(key);
    if (!made) {
      const needles = [...plain, ...applying.flatMap(formsOf)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
      const source = [...new Set(needles.map((n) => n.source))].join('|');
      patterns.set(key, (made = { source, pattern: new RegExp(source || '(?!)', 'g') }));
    }
    return made;
  };
  if (plain.every((n) => n.length === 0) && sets.length === 0) return (text) => [{ text, match: false }];
  const named = (amount: NumberRange) => query.numbers.some((n) => amount.value >= n.lo && amount.value < n.hi);
  return (text) => {
    const lower = text.toLowerCase();
    const refused = refusals.filter((r) => r.pattern.test(lower)).map((r) => r.set);
    const made = patternFor(sets.filter((set) => !refused.includes(set)));
    const amounts = query.numbers.length === 0 ? [] : writtenNumbers(text).filter((n) => n.amount && named(n)).map((n): Span => [n.at, n.at + n.written.length]);
    // Matched in the lower-cased text: a case-insensitive Unicode pattern costs three times as much
    // to compile, and every query compiles its own. A text whose lower case changes its length
    // (İ) cannot lend its positions, and takes that pattern.
    const words = lower.length === text.length ? spans(lower, made.pattern) : spans(text, (made.caseless ??= new RegExp(made.source || '(?!)', 'giu')));
    return cut(text, [...words, ...amounts]);
  };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');

/** A letter, Hangul or digit: what a word is made of, as the database's parser cuts words. */
const WORD_CHARACTER = '[0-9a-z\\u00c0-\\u024f\\u3131-\\u318e\\uac00-\\ud7a3]';

/** A written form's pattern: its words from a word start, each whole or, ending in *, a word start. */
function formPattern(form: string): string {
  const words = form.split(' ').map((w) => (w.endsWith('*') ? escaped(w.slice(0, -1)) : `${escaped(w)}(?!${WORD_CHARACTER})`));
  return `(?<!${WORD_CHARACTER})${words.join('\\s+')}`;
}

/** A letter or Hangul: a word, not a number (numberWhole keeps those whole). */
const STARTS_WITH_LETTER = new RegExp(`^(?!\\d)${WORD_CHARACTER}`);

/** A word's pattern from a word start, as search matches it: "us" is not marked in Russia or industry. */
function fromWordStart(needle: string, pattern: string): string {
  return STARTS_WITH_LETTER.test(needle.toLowerCase()) ? `(?<!${WORD_CHARACTER})${pattern}` : pattern;
}

/**
 * A needle's pattern, kept from the middle of a longer number where it starts or ends with a
 * digit, as search matches numbers (migration 0031): 20 is not marked in 2025, nor 17.2 in 17.25.
 * (The parser reads 50,000 as 50 and 000, and search finds it by 50: so is it marked.)
 */
function numberWhole(needle: string, pattern: string): string {
  return `${/^\d/.test(needle) ? '(?<![\\d.])' : ''}${pattern}${/\d$/.test(needle) && /^[\d.,]+$/.test(needle) ? '(?!\\.?\\d)' : ''}`;
}

/** From where to where a text is marked. */
type Span = [start: number, end: number];

/** Where `pattern` matches `searched`. */
function spans(searched: string, pattern: RegExp): Span[] {
  return [...searched.matchAll(pattern)].filter((found) => found[0].length > 0).map((found) => [found.index, found.index + found[0].length]);
}

/** `text` cut into parts marked where any of `marked` covers it (overlapping spans make one mark). */
function cut(text: string, marked: Span[]): Highlighted {
  const parts: Highlighted = [];
  let at = 0;
  for (const [start, end] of marked.sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: text.slice(at, from), match: false });
    const last = parts.at(-1);
    if (last?.match && from === at) last.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** The query's terms as the reader typed them: what a page says is missing. */
export function asTyped(query: Pick<SearchQuery, 'terms' | 'typed'>, terms: string[]): string[] {
  return terms.map((term) => query.typed[query.terms.indexOf(term)] ?? term);
}

/**
 * The query's words that were not searched, because no citation has them (`unknown`, as typed),
 * and the words searched in their place, the nearest the citations have (`instead`): what a results
 * page says before its results. Null when every word was searched.
 */
export function respelling(query: Pick<SearchQuery, 'terms' | 'typed' | 'wordTerms'>, searched: string[]): { unknown: string[]; instead: string[] } | null {
  const unknown = asTyped(query, query.wordTerms.filter((word) => !searched.includes(word)));
  if (unknown.length === 0) return null;
  const nearest = searched.filter((word) => !query.terms.includes(word));
  // Words are matched as word starts: deepseek-r1 is already searched by deepseek.
  return { unknown, instead: nearest.filter((word) => !nearest.some((shorter) => shorter !== word && word.startsWith(shorter))) };
}

/** What the API says when nothing matches (pages say it in their language). */
export const nothingFound = (query: string) => `No figure in Cited matches “${query}”. Try fewer words, a name, or the figure as the article writes it (557만, 17.2%).`;

/**
 * `GET /api/search`: the query, a page size (1–50, default 20), where the page starts, and the
 * language each result's figure and source are said in (`lang=ko`, as the search box on a Korean
 * page asks for its suggestions).
 */
export const searchParamsSchema = z
  .object({
    q: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    cursor: z.string().max(400).optional(),
    lang: langSchema.default(DEFAULT_LOCALE),
  })
  .strict();

/** Where a page of results starts: the cursor's content. */
export const searchPositionSchema = z.object({ offset: z.number().int().min(0).max(10_000) }).strict();

const highlightedSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));

export const searchResultSchema = z.object({
  metric: z.object({ slug: slugSchema, label: z.string(), labelKo: z.string().nullable(), category: categorySchema, unit: unitSchema }),
  /** The metric's preferred (or first) figure, as Cited shows it in the language asked for. */
  figure: z.string(),
  /** The metric page at the matching citation. */
  href: z.string(),
  citation: z.object({
    key: slugSchema,
    quote: highlightedSchema,
    translation: highlightedSchema,
    statedText: z.string(),
    speaker: z.string(),
    source: z.object({ slug: slugSchema, label: z.string() }),
  }),
  score: z.number(),
  /** The query's words the citation does not hold, as typed (a misspelt word is held where a correction is; numbers read as values are never listed). */
  missing: z.array(z.string()),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchJsonSchema = z.object({
  query: z.string(),
  /** The words searched for, in order: the query's, or where one is in no citation, the words most like it (the results are marked by these). */
  searched: z.array(z.string()),
  count: z.number().int().nonnegative(),
  results: z.array(searchResultSchema),
  nextCursor: z.string().nullable(),
  /** Said when there are no results, or the query is too short to search. */
  message: z.string().nullable(),
});
export type SearchJson = z.infer<typeof searchJsonSchema>;

/**
 * What the database gives for one result: the metric, its headline claim's figure, and the
 * citation that matched with its claim's speaker and its source.
 */
export interface SearchMatch {
  metric: Pick<MetricJson, 'slug' | 'label' | 'labelKo' | 'category' | 'unit'>;
  headline: FigureLike | null;
  citation: Pick<CitationJson, 'key' | 'quote' | 'translation' | 'statedText'>;
  speaker: ClaimJson['speaker'];
  speakerKo: ClaimJson['speakerKo'];
  source: Pick<SourceJson, 'slug' | 'publisher' | 'publisherEn' | 'published'>;
  score: number;
  missing: string[];
}

/** One result as pages and the API show it: the metric, its figure, the citation that matched, marked. */
export function searchResult({ metric, headline, citation, speaker, speakerKo, source, score, missing }: SearchMatch, mark: (text: string) => Highlighted, locale: Locale = DEFAULT_LOCALE): SearchResult {
  return {
    metric: { slug: metric.slug, label: metric.label, labelKo: metric.labelKo, category: metric.category, unit: metric.unit },
    figure: headline ? figureIn(locale, headline, metric.unit, metric.slug) : locale === 'ko' ? '수치 없음' : 'no figure',
    href: citationHref(metric.slug, citation.key),
    citation: {
      key: citation.key,
      quote: mark(citation.quote),
      translation: mark(citation.translation),
      statedText: citation.statedText,
      speaker: speakerIn(locale, { speaker, speakerKo }, source),
      source: { slug: source.slug, label: sourceLabelIn(locale, source) },
    },
    score,
    missing,
  };
}
