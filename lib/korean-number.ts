/**
 * Numbers as Korean news writes them: `5억 5800만 달러`, `6천127억 달러`, `2천여개`, `18분의 1`,
 * `1~2자릿수(10~100배)`, `약 20%`, `20% 미만`, `일곱 차례` → value or bounds, qualifier and unit.
 * Pure: no I/O, so the seed, the pages and the tests all read numbers the same way.
 */

import type { Qualifier, Unit } from './domain';

export type NumberUnit = Exclude<Unit, 'date'>;

export interface ParsedNumber {
  qualifier: Qualifier;
  /** Set for exact and approximate figures. */
  value: number | null;
  /** Set for at_least, more_than and range. */
  lower: number | null;
  /** Set for at_most, less_than and range. */
  upper: number | null;
  unit: NumberUnit;
  /** The same figure restated in parentheses, e.g. a currency conversion `(약 8100억 원)`. */
  restated: ParsedNumber | null;
}

export class KoreanNumberError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`cannot read "${input}" as a number: ${reason}`);
    this.name = 'KoreanNumberError';
  }
}

const BIG_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
const SMALL_UNITS: Record<string, number> = { 천: 1000, 백: 100, 십: 10 };
const NATIVE_NUMBERS: Record<string, number> = {
  한: 1, 하나: 1, 두: 2, 둘: 2, 세: 3, 셋: 3, 네: 4, 넷: 4, 다섯: 5,
  여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10,
};
const UNIT_WORDS: [RegExp, NumberUnit][] = [
  [/^(?:달러|불|美달러)$/, 'USD'],
  [/^원$/, 'KRW'],
  [/^위안$/, 'CNY'],
  [/^(?:%|％|퍼센트)$/, 'percent'],
  [/^배$/, 'ratio'],
  [/^(?:개|명|차례|번|곳|건|대|가지|개국|개사)$/, 'count'],
];
const PREFIX_QUALIFIERS: Record<string, Qualifier> = { 약: 'approximate', 대략: 'approximate', 최대: 'at_most', 최소: 'at_least' };
const SUFFIX_QUALIFIERS: Record<string, Qualifier> = {
  미만: 'less_than', 이하: 'at_most', 이상: 'at_least', 초과: 'more_than',
  안팎: 'approximate', 가량: 'approximate', 정도: 'approximate', 내외: 'approximate', 남짓: 'more_than',
};

const DIGITS = String.raw`\d[\d,]*(?:\.\d+)?`;
const AMOUNT = String.raw`(?:${DIGITS}|[천백십조억만])(?:[\s\d,.천백십조억만])*`;

function unitOf(word: string, input: string): NumberUnit {
  const found = UNIT_WORDS.find(([pattern]) => pattern.test(word));
  if (!found) throw new KoreanNumberError(input, word ? `unknown unit "${word}"` : 'no unit');
  return found[1];
}

function toNumber(digits: string, input: string): number {
  const n = Number(digits.replaceAll(',', ''));
  if (!Number.isFinite(n)) throw new KoreanNumberError(input, `"${digits}" is not a number`);
  return n;
}

/** `6천127` → 6127; `6백` → 600; `2천` → 2000; `5800` → 5800. */
function readSmall(part: string, input: string): number {
  if (part === '') return 1;
  let total = 0;
  let lastMultiplier = Infinity;
  for (const [, digits, small] of part.matchAll(/(\d[\d,]*(?:\.\d+)?)?([천백십])?/g)) {
    if (digits === undefined && small === undefined) continue;
    const multiplier = small ? SMALL_UNITS[small] : 1;
    if (multiplier >= lastMultiplier) throw new KoreanNumberError(input, `"${part}" has its units out of order`);
    lastMultiplier = multiplier;
    total += (digits === undefined ? 1 : toNumber(digits, input)) * multiplier;
  }
  return total;
}

/** `880조3천273억` → 880_327_300_000_000; `5억 5800만` → 558_000_000; `557만6000` → 5_576_000. */
export function readAmount(text: string, input = text): number {
  const compact = text.replace(/\s+/g, '');
  if (!/^[\d,.천백십조억만]+$/.test(compact) || !/[\d천백십]/.test(compact)) {
    throw new KoreanNumberError(input, `"${text}" is not an amount`);
  }
  let total = 0;
  let lastBig = Infinity;
  let rest = compact;
  for (const [whole, small, big] of compact.matchAll(/([\d,.천백십]*)([조억만])/g)) {
    const size = BIG_UNITS[big];
    if (size >= lastBig) throw new KoreanNumberError(input, `"${text}" has its units out of order`);
    lastBig = size;
    total += readSmall(small, input) * size;
    rest = rest.replace(whole, '');
  }
  if (rest !== '') total += readSmall(rest, input);
  return total;
}

function shape(qualifier: Qualifier, value: number): Pick<ParsedNumber, 'qualifier' | 'value' | 'lower' | 'upper'> {
  switch (qualifier) {
    case 'exact':
    case 'approximate':
      return { qualifier, value, lower: null, upper: null };
    case 'at_least':
    case 'more_than':
      return { qualifier, value: null, lower: value, upper: null };
    case 'at_most':
    case 'less_than':
      return { qualifier, value: null, lower: null, upper: value };
    case 'range':
      throw new Error('a range has two numbers');
  }
}

function combine(input: string, ...qualifiers: (Qualifier | undefined)[]): Qualifier {
  const given = [...new Set(qualifiers.filter((q): q is Qualifier => q !== undefined))];
  if (given.length > 1) throw new KoreanNumberError(input, `conflicting qualifiers (${given.join(', ')})`);
  return given[0] ?? 'exact';
}

function parseCore(core: string, input: string): Omit<ParsedNumber, 'restated'> {
  let text = core;
  let prefix: Qualifier | undefined;
  let suffix: Qualifier | undefined;
  const prefixMatch = text.match(/^(약|대략|최대|최소)\s*/);
  if (prefixMatch) {
    prefix = PREFIX_QUALIFIERS[prefixMatch[1]];
    text = text.slice(prefixMatch[0].length);
  }
  const suffixMatch = text.match(/\s*(미만|이하|이상|초과|안팎|가량|정도|내외|남짓)$/);
  if (suffixMatch) {
    suffix = SUFFIX_QUALIFIERS[suffixMatch[1]];
    text = text.slice(0, -suffixMatch[0].length);
  }
  if (text === '') throw new KoreanNumberError(input, 'no number');

  const fraction = text.match(new RegExp(String.raw`^(${DIGITS})\s*분의\s*(${DIGITS})$`));
  if (fraction) {
    const denominator = toNumber(fraction[1], input);
    if (denominator === 0) throw new KoreanNumberError(input, 'division by zero');
    return { ...shape(combine(input, prefix, suffix), toNumber(fraction[2], input) / denominator), unit: 'ratio' };
  }

  const magnitudes = text.match(new RegExp(String.raw`^(${DIGITS})\s*~\s*(${DIGITS})\s*자릿수$`));
  if (magnitudes) {
    return rangeOf(10 ** toNumber(magnitudes[1], input), 10 ** toNumber(magnitudes[2], input), 'ratio', input, prefix, suffix);
  }

  const range = text.match(new RegExp(String.raw`^(${AMOUNT}?)\s*~\s*(${AMOUNT}?)\s*([^\d\s~]+)$`));
  if (range) {
    return rangeOf(readAmount(range[1], input), readAmount(range[2], input), unitOf(range[3], input), input, prefix, suffix);
  }

  const native = text.match(new RegExp(String.raw`^(${Object.keys(NATIVE_NUMBERS).join('|')})\s*(\S+)$`));
  if (native) {
    return { ...shape(combine(input, prefix, suffix), NATIVE_NUMBERS[native[1]]), unit: unitOf(native[2], input) };
  }

  const amount = text.match(new RegExp(String.raw`^(${AMOUNT}?)(여)?\s*([^\d\s.,천백십조억만~][^\s]*)?$`));
  if (!amount) throw new KoreanNumberError(input, 'unrecognised form');
  const [, digits, yeo, unitWord = ''] = amount;
  const qualifier = combine(input, prefix, suffix, yeo ? 'more_than' : undefined);
  return { ...shape(qualifier, readAmount(digits.trim(), input)), unit: unitOf(unitWord, input) };
}

function rangeOf(
  lower: number,
  upper: number,
  unit: NumberUnit,
  input: string,
  ...qualifiers: (Qualifier | undefined)[]
): Omit<ParsedNumber, 'restated'> {
  if (qualifiers.some((q) => q !== undefined)) throw new KoreanNumberError(input, 'a range takes no qualifier');
  if (lower > upper) throw new KoreanNumberError(input, 'the range runs backwards');
  return { qualifier: 'range', value: null, lower, upper, unit };
}

/** Reads one stated number; a trailing parenthesis restating it (often in another currency) is read too. */
export function parseKoreanNumber(input: string): ParsedNumber {
  const text = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') throw new KoreanNumberError(input, 'empty text');
  const parenthesis = text.match(/^(.*?)\s*\(([^()]+)\)$/);
  if (parenthesis) {
    return { ...parseCore(parenthesis[1], input), restated: parseKoreanNumber(parenthesis[2]) };
  }
  if (/[()]/.test(text)) throw new KoreanNumberError(input, 'unbalanced parentheses');
  return { ...parseCore(text, input), restated: null };
}

/** A date to the precision the text gives: '2025', '2025-01' or '2025-01-20'. */
export type PartialDate = string;

/**
 * `2024년 11월` → '2024-11'; `2017년` → '2017'; relative forms (`지난 20일`, `8일`, `지난해 12월`,
 * `작년 4분기`, `지난달 말`) need the month the text was written in, and a quarter is kept to its year.
 */
export function parseKoreanDate(input: string, writtenIn?: PartialDate | null): PartialDate {
  const text = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  const pad = (n: number) => String(n).padStart(2, '0');
  const checkMonth = (m: number) => {
    if (m < 1 || m > 12) throw new KoreanNumberError(input, `month ${m} does not exist`);
    return pad(m);
  };
  const absolute = text.match(/^(\d{4})년(?:\s*(\d{1,2})월(?:\s*(\d{1,2})일)?)?(?:\s*(?:기준|말|초))?$/);
  if (absolute) {
    const [, year, month, day] = absolute;
    if (month === undefined) return year;
    const date = `${year}-${checkMonth(Number(month))}`;
    return day === undefined ? date : withDay(date, Number(day), input);
  }
  const context = (what: string) => {
    if (!writtenIn || writtenIn.length < 7) {
      throw new KoreanNumberError(input, `"${what}" is relative and the month it was written in is unknown`);
    }
    return { year: Number(writtenIn.slice(0, 4)), month: writtenIn.slice(0, 7) };
  };
  const dayOnly = text.match(/^(?:지난\s*)?(\d{1,2})일(?:\s*\(현지\s*시간\)|\(현지시간\))?$/);
  if (dayOnly) {
    const day = Number(dayOnly[1]);
    let { month } = context(text);
    // Written on the 3rd, "지난 28일" is the 28th of the month before.
    if (writtenIn!.length === 10 && day > Number(writtenIn!.slice(8))) month = previousMonth(month);
    return withDay(month, day, input);
  }
  const lastMonth = text.match(/^지난달(?:\s*(?:말|초|중순))?$/);
  if (lastMonth) return previousMonth(context(text).month);
  const lastYear = text.match(/^(?:지난해|작년)(?:\s*(\d{1,2})월|\s*[1-4]분기)?$/);
  if (lastYear) {
    const year = context(text).year - 1;
    return lastYear[1] === undefined ? String(year) : `${year}-${checkMonth(Number(lastYear[1]))}`;
  }
  throw new KoreanNumberError(input, 'unrecognised date');
}

function withDay(month: string, day: number, input: string): PartialDate {
  const date = `${month}-${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new KoreanNumberError(input, `${date} is not a calendar date`);
  }
  return date;
}

function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}
