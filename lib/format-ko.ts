import type { DatePrecision, Unit } from './domain';
import type { FigureLike } from './format';

/**
 * How a figure reads on a Korean page, as Korean newspapers write it: amounts grouped by 만, 억
 * and 조 in digits (5억5800만 달러, 557만6000달러, 약 8100억 원), counts with the counter the
 * metric takes (41만여 명, 2048개), ratios as 배 or a fraction (10~100배, 18분의 1), dates with
 * 년 월 일 (2026년 1월 8일). The number as the article wrote it is never rewritten: it is shown
 * from the quote itself.
 */

const GROUPS: [number, string][] = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
];

/** 558_000_000 → '5억5800만'; 5_576_000 → '557만6000'; 2048 → '2048'; 17.2 → '17.2'. */
export function koreanAmount(n: number): string {
  const abs = Math.abs(n);
  if (!Number.isInteger(abs) || abs < 1e4) return `${n < 0 ? '−' : ''}${Number(abs.toPrecision(12))}`;
  let rest = abs;
  let text = '';
  for (const [size, word] of GROUPS) {
    const group = Math.floor(rest / size);
    if (group > 0) text += `${group}${word}`;
    rest -= group * size;
  }
  if (rest > 0) text += String(rest);
  return `${n < 0 ? '−' : ''}${text}`;
}

/** The unit word after an amount: spaced after a Hangul number word (5억 달러), attached to digits (557만6000달러, 56%). */
function withUnit(amount: string, unit: string): string {
  if (unit === '%' || unit === '배') return `${amount}${unit}`;
  return /[만억조여]$/.test(amount) ? `${amount} ${unit}` : `${amount}${unit}`;
}

const UNIT_WORDS: Record<Exclude<Unit, 'date' | 'ratio' | 'count'>, string> = { USD: '달러', KRW: '원', CNY: '위안', percent: '%' };

export function formatNumberKo(n: number, unit: Exclude<Unit, 'date'>, counter = '개'): string {
  if (unit === 'ratio') return n > 0 && n < 1 ? `${Number((1 / n).toPrecision(3))}분의 1` : `${Number(n.toPrecision(12))}배`;
  // A share is shown to a tenth, as on English pages (a third of a revenue: 33.3%).
  return withUnit(koreanAmount(unit === 'percent' ? Number(n.toFixed(1)) : n), unit === 'count' ? counter : UNIT_WORDS[unit]);
}

/** '2026-01-08' → '2026년 1월 8일'; at month precision '2025년 1월'; at year precision '2022년'. */
export function formatPartialDateKo(date: string, precision: DatePrecision): string {
  const [year, month, day] = date.split('-').map(Number);
  if (precision === 'year') return `${year}년`;
  if (precision === 'month') return `${year}년 ${month}월`;
  return `${year}년 ${month}월 ${day}일`;
}

/** A round number (two significant digits at most) takes 여 ('2000여 개': 2,000-odd); any other, 초과 ('17.5% 초과'). */
const isRound = (n: number) => Number.isInteger(n) && n >= 10 && String(n).replace(/0+$/, '').length <= 2;

export function formatFigureKo(figure: FigureLike, unit: Unit, counter = '개'): string {
  if (unit === 'date') return figure.refDate ? formatPartialDateKo(figure.refDate.date, figure.refDate.precision) : '날짜 미상';
  const f = (n: number | null) => (n === null ? '?' : formatNumberKo(n, unit, counter));
  switch (figure.qualifier) {
    case 'exact':
      return f(figure.value);
    case 'approximate':
      return `약 ${f(figure.value)}`;
    case 'at_least':
      return `${f(figure.lower)} 이상`;
    case 'more_than': {
      const n = figure.lower;
      if (n === null || unit === 'percent' || unit === 'ratio' || !isRound(n)) return `${f(n)} 초과`;
      const word = unit === 'count' ? counter : UNIT_WORDS[unit];
      return `${koreanAmount(n)}여 ${word}`;
    }
    case 'at_most':
      return `최대 ${f(figure.upper)}`;
    case 'less_than':
      return `${f(figure.upper)} 미만`;
    case 'range': {
      // The unit once, at the end, when it attaches (10~100배, 20~30%); else on both sides (3만~5만 달러).
      if (unit === 'ratio' || unit === 'percent') return `${Number((figure.lower ?? NaN).toPrecision(12))}~${f(figure.upper)}`;
      return `${koreanAmount(figure.lower ?? NaN)}~${f(figure.upper)}`;
    }
  }
}

/** Axis ticks by 만, 억 and 조, the unit in the axis title: 5000억, 1억, 5만; −17.2%; 10배. */
export function formatTickKo(n: number, unit: Exclude<Unit, 'date'>): string {
  const sign = n < 0 ? '−' : '';
  const abs = Math.abs(n);
  if (unit === 'percent') return `${sign}${Number(abs.toFixed(1))}%`;
  if (unit === 'ratio') return `${sign}${Number(abs.toFixed(1))}배`;
  const group = GROUPS.find(([size]) => abs >= size);
  return `${sign}${group ? `${Number((abs / group[0]).toFixed(1))}${group[1]}` : Number(abs.toFixed(1))}`;
}
