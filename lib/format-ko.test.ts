import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Unit } from './domain';
import type { FigureLike } from './format';
import { formatFigureKo, formatPartialDateKo, formatTickKo, koreanAmount } from './format-ko';

const exact = (value: number): FigureLike => ({ qualifier: 'exact', value, lower: null, upper: null });

describe('koreanAmount', () => {
  const cases: [number, string][] = [
    [558_000_000, '5억5800만'],
    [612_700_000_000, '6127억'],
    [5_576_000, '557만6000'],
    [880_327_300_000_000, '880조3273억'],
    [2048, '2048'],
    [410_000, '41만'],
    [17.2, '17.2'],
    [-17.2, '−17.2'],
    [1e12, '1조'],
  ];
  for (const [n, want] of cases) it(`${n} → ${want}`, () => assert.equal(koreanAmount(n), want));
});

describe('formatFigureKo', () => {
  const cases: [FigureLike, Unit, string, string?][] = [
    [exact(558_000_000), 'USD', '5억5800만 달러'],
    [exact(5_576_000), 'USD', '557만6000달러'],
    [{ qualifier: 'approximate', value: 810_000_000_000, lower: null, upper: null }, 'KRW', '약 8100억 원'],
    [exact(-17.2), 'percent', '−17.2%'],
    [exact(56), 'percent', '56%'],
    [{ qualifier: 'approximate', value: 100 / 3, lower: null, upper: null }, 'percent', '약 33.3%'],
    [{ qualifier: 'more_than', value: null, lower: 2000, upper: null }, 'count', '2000여 개', '개'],
    [{ qualifier: 'more_than', value: null, lower: 410_000, upper: null }, 'count', '41만여 명', '명'],
    [exact(195_000), 'count', '19만5000명', '명'],
    [{ qualifier: 'approximate', value: 50_000, lower: null, upper: null }, 'count', '약 5만 개', '개'],
    [exact(7), 'count', '7차례', '차례'],
    [{ qualifier: 'range', value: null, lower: 10, upper: 100 }, 'ratio', '10~100배'],
    [{ qualifier: 'at_most', value: null, lower: null, upper: 20 }, 'percent', '최대 20%'],
    [{ qualifier: 'less_than', value: null, lower: null, upper: 20 }, 'percent', '20% 미만'],
    [{ qualifier: 'more_than', value: null, lower: 1e12, upper: null }, 'CNY', '1조여 위안'],
    [{ qualifier: 'more_than', value: null, lower: 17.5, upper: null }, 'percent', '17.5% 초과'],
    [exact(1 / 18), 'ratio', '18분의 1'],
    [exact(500_000_000_000), 'USD', '5000억 달러'],
    [{ qualifier: 'range', value: null, lower: 30_000, upper: 50_000 }, 'USD', '3만~5만 달러'],
    [{ qualifier: 'exact', value: null, lower: null, upper: null, refDate: { date: '2026-01-08', precision: 'day' } }, 'date', '2026년 1월 8일'],
  ];
  for (const [figure, unit, want, counter] of cases) it(`${JSON.stringify(figure)} ${unit} → ${want}`, () => assert.equal(formatFigureKo(figure, unit, counter), want));
});

describe('formatPartialDateKo and formatTickKo', () => {
  const dates: [string, 'day' | 'month' | 'year', string][] = [
    ['2026-01-08', 'day', '2026년 1월 8일'],
    ['2025-01-01', 'month', '2025년 1월'],
    ['2022-01-01', 'year', '2022년'],
  ];
  for (const [date, precision, want] of dates) it(`${date} ${precision} → ${want}`, () => assert.equal(formatPartialDateKo(date, precision), want));
  const ticks: [number, Exclude<Unit, 'date'>, string][] = [
    [500_000_000_000, 'USD', '5000억'],
    [100_000_000, 'KRW', '1억'],
    [50_000, 'count', '5만'],
    [-17.2, 'percent', '−17.2%'],
    [10, 'ratio', '10배'],
    [400, 'count', '400'],
  ];
  for (const [n, unit, want] of ticks) it(`tick ${n} ${unit} → ${want}`, () => assert.equal(formatTickKo(n, unit), want));
});
