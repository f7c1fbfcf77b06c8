import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Unit } from './domain';
import { formatAmount, formatFigure, formatPartialDate, formatTick, type FigureLike } from './format';

const figure = (f: Partial<FigureLike>): FigureLike => ({ qualifier: 'exact', value: null, lower: null, upper: null, ...f });

describe('formatFigure', () => {
  const cases: [FigureLike, Unit, string][] = [
    [figure({ value: 558_000_000 }), 'USD', 'US$558 million'],
    [figure({ value: 5_576_000 }), 'USD', 'US$5.576 million'],
    [figure({ value: 612_700_000_000 }), 'USD', 'US$612.7 billion'],
    [figure({ value: 500_000_000_000 }), 'USD', 'US$500 billion'],
    [figure({ qualifier: 'approximate', value: 30_000 }), 'USD', 'about US$30,000'],
    [figure({ qualifier: 'approximate', value: 8100e8 }), 'KRW', 'about ₩810 billion'],
    [figure({ qualifier: 'more_than', lower: 1e12 }), 'CNY', 'more than ¥1 trillion (yuan)'],
    [figure({ value: 56 }), 'percent', '56%'],
    [figure({ value: -17.2 }), 'percent', '−17.2%'],
    [figure({ value: 5.555556 }), 'percent', '5.56%'],
    [figure({ qualifier: 'approximate', value: 20 }), 'percent', 'about 20%'],
    [figure({ qualifier: 'less_than', upper: 20 }), 'percent', 'under 20%'],
    [figure({ qualifier: 'at_most', upper: 20 }), 'percent', 'at most 20%'],
    [figure({ qualifier: 'more_than', lower: 2000 }), 'count', 'more than 2,000'],
    [figure({ qualifier: 'at_least', lower: 7 }), 'count', 'at least 7'],
    [figure({ value: 2048 }), 'count', '2,048'],
    [figure({ qualifier: 'range', lower: 10, upper: 100 }), 'ratio', '10–100×'],
    [figure({ qualifier: 'range', lower: 1e6, upper: 2e6 }), 'USD', 'US$1 million – US$2 million'],
    [figure({ value: 100 }), 'ratio', '100×'],
    [figure({ value: 1 / 18 }), 'ratio', '1/18'],
    [figure({ refDate: { date: '2025-01-20', precision: 'day' } }), 'date', '20 January 2025'],
    [figure({ refDate: { date: '2024-11-01', precision: 'month' } }), 'date', 'November 2024'],
    [figure({ refDate: { date: '2017-01-01', precision: 'year' } }), 'date', '2017'],
    [figure({}), 'date', 'date unknown'],
  ];
  for (const [input, unit, want] of cases) {
    it(`${JSON.stringify(input)} in ${unit} → ${want}`, () => assert.equal(formatFigure(input, unit), want));
  }
});

describe('formatAmount', () => {
  const cases: [number, string][] = [
    [999, '999'],
    [1_000_000, '1 million'],
    [2_940_000_000_000, '2.94 trillion'],
    [0.5, '0.5'],
  ];
  for (const [n, want] of cases) it(`${n} → ${want}`, () => assert.equal(formatAmount(n), want));
});

describe('formatPartialDate', () => {
  it('reads each precision', () => {
    assert.equal(formatPartialDate('2026-01-08', 'day'), '8 January 2026');
    assert.equal(formatPartialDate('2026-01-01', 'month'), 'January 2026');
    assert.equal(formatPartialDate('2026-01-01', 'year'), '2026');
  });
});

describe('formatTick', () => {
  const cases: [number, Exclude<Unit, 'date'>, string][] = [
    [500_000_000_000, 'USD', 'US$500B'],
    [5_576_000, 'USD', 'US$5.6M'],
    [0, 'USD', 'US$0'],
    [50_000, 'count', '50k'],
    [410_000, 'count', '410k'],
    [-17.2, 'percent', '−17.2%'],
    [100, 'ratio', '100×'],
    [1e12, 'CNY', '¥1T'],
  ];
  for (const [n, unit, want] of cases) it(`${n} ${unit} → ${want}`, () => assert.equal(formatTick(n, unit), want));
});
