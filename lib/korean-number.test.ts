import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KoreanNumberError, parseKoreanDate, parseKoreanNumber, readAmount, type ParsedNumber } from './korean-number';

type Expected = Partial<Omit<ParsedNumber, 'restated'>> & { restated?: Partial<ParsedNumber> };

const numbers: [string, Expected][] = [
  ['5억 5800만 달러', { qualifier: 'exact', value: 558_000_000, unit: 'USD' }],
  ['6천127억 달러', { value: 612_700_000_000, unit: 'USD' }],
  ['557만6000달러', { value: 5_576_000, unit: 'USD' }],
  ['880조3천273억원', { value: 880_327_300_000_000, unit: 'KRW' }],
  ['2천여개', { qualifier: 'more_than', value: null, lower: 2000, upper: null, unit: 'count' }],
  ['41만여명', { qualifier: 'more_than', lower: 410_000, unit: 'count' }],
  ['18분의 1', { qualifier: 'exact', value: 1 / 18, unit: 'ratio' }],
  ['10분의 1', { value: 0.1, unit: 'ratio' }],
  ['1~2자릿수(10~100배)', {
    qualifier: 'range', value: null, lower: 10, upper: 100, unit: 'ratio',
    restated: { qualifier: 'range', lower: 10, upper: 100, unit: 'ratio' },
  }],
  ['10~100배', { qualifier: 'range', lower: 10, upper: 100, unit: 'ratio' }],
  ['17.40%', { qualifier: 'exact', value: 17.4, unit: 'percent' }],
  ['약 20%', { qualifier: 'approximate', value: 20, unit: 'percent' }],
  ['20% 미만', { qualifier: 'less_than', value: null, upper: 20, unit: 'percent' }],
  ['최대 20%', { qualifier: 'at_most', upper: 20, unit: 'percent' }],
  ['1조 위안', { qualifier: 'exact', value: 1e12, unit: 'CNY' }],
  ['1조 위안(약 211조원)', {
    value: 1e12, unit: 'CNY', restated: { qualifier: 'approximate', value: 211e12, unit: 'KRW' },
  }],
  ['5억 5800만 달러(약 8100억 원)', { value: 558e6, restated: { qualifier: 'approximate', value: 8100e8, unit: 'KRW' } }],
  ['6백만달러', { value: 6_000_000, unit: 'USD' }],
  ['3만 달러 안팎', { qualifier: 'approximate', value: 30_000, unit: 'USD' }],
  ['약 5만개', { qualifier: 'approximate', value: 50_000, unit: 'count' }],
  ['19만5000명', { value: 195_000, unit: 'count' }],
  ['2048개', { value: 2048, unit: 'count' }],
  ['2,048개', { value: 2048, unit: 'count' }],
  ['일곱 차례', { qualifier: 'exact', value: 7, unit: 'count' }],
  ['5천억달러', { value: 500_000_000_000, unit: 'USD' }],
  ['약 2조9400억원', { qualifier: 'approximate', value: 2_940_000_000_000, unit: 'KRW' }],
  ['100배', { value: 100, unit: 'ratio' }],
  ['3분의 1', { value: 1 / 3, unit: 'ratio' }],
  ['  25%  ', { value: 25, unit: 'percent' }],
];

describe('parseKoreanNumber', () => {
  for (const [input, expected] of numbers) {
    it(`reads ${input}`, () => {
      const parsed = parseKoreanNumber(input);
      const { restated, ...rest } = expected;
      for (const [field, want] of Object.entries(rest)) {
        const got = parsed[field as keyof ParsedNumber];
        if (typeof want === 'number') assert.ok(Math.abs((got as number) - want) < 1e-9, `${field}: ${got} ≠ ${want}`);
        else assert.equal(got, want, field);
      }
      if (restated) {
        assert.ok(parsed.restated, 'restated figure expected');
        for (const [field, want] of Object.entries(restated)) assert.equal(parsed.restated[field as keyof ParsedNumber], want, `restated ${field}`);
      } else {
        assert.equal(parsed.restated, null);
      }
    });
  }

  const malformed: [string, RegExp][] = [
    ['', /empty/],
    ['   ', /empty/],
    ['달러', /not an amount|no number|unrecognised/],
    ['5800', /no unit/],
    ['5800 파운드', /unknown unit "파운드"/],
    ['5만 3억 달러', /out of order/],
    ['100~10배', /backwards/],
    ['약 20% 미만', /conflicting qualifiers/],
    ['0분의 1', /division by zero/],
    ['3~5년', /unknown unit "년"/],
    ['5억 (달러', /unbalanced|unrecognised|not an amount/],
    ['약', /no number/],
  ];
  for (const [input, message] of malformed) {
    it(`rejects ${JSON.stringify(input)} with a clear error`, () => {
      assert.throws(() => parseKoreanNumber(input), (error: unknown) => {
        assert.ok(error instanceof KoreanNumberError, `expected KoreanNumberError, got ${String(error)}`);
        assert.match(error.message, message);
        assert.match(error.message, /^cannot read ".*" as a number: /s);
        return true;
      });
    });
  }
});

describe('readAmount', () => {
  const amounts: [string, number][] = [
    ['1', 1],
    ['천', 1000],
    ['3천273', 3273],
    ['1억', 1e8],
    ['12만', 120_000],
    ['0.5만', 5000],
  ];
  for (const [input, want] of amounts) it(`reads ${input}`, () => assert.equal(readAmount(input), want));
});

describe('parseKoreanDate', () => {
  const dates: [string, string | null, string][] = [
    ['2024년 11월', null, '2024-11'],
    ['2025년 1월', null, '2025-01'],
    ['2019년 5월', null, '2019-05'],
    ['2017년', null, '2017'],
    ['2022년 기준', null, '2022'],
    ['2025년 1월 27일', null, '2025-01-27'],
    ['지난 20일', '2025-01-29', '2025-01-20'],
    ['지난 21일', '2026-01', '2026-01-21'],
    ['8일', '2026-01', '2026-01-08'],
    ['28일(현지시간)', '2025-01-29', '2025-01-28'],
    ['지난 28일', '2025-02-03', '2025-01-28'],
    ['지난해 12월', '2026-01', '2025-12'],
    ['작년 4분기', '2025-01-29', '2024'],
    ['지난달 말', '2025-02-03', '2025-01'],
    ['지난달', '2026-01', '2025-12'],
  ];
  for (const [input, writtenIn, want] of dates) {
    it(`reads ${input}${writtenIn ? ` written in ${writtenIn}` : ''}`, () => assert.equal(parseKoreanDate(input, writtenIn), want));
  }
  const bad: [string, string | null, RegExp][] = [
    ['지난 20일', null, /relative and the month it was written in is unknown/],
    ['지난 20일', '2025', /relative/],
    ['2025년 13월', null, /month 13 does not exist/],
    ['2025년 2월 30일', null, /not a calendar date/],
    ['어제', '2025-01', /unrecognised date/],
    ['지난달 말', null, /relative/],
  ];
  for (const [input, writtenIn, message] of bad) {
    it(`rejects ${input}${writtenIn ? ` written in ${writtenIn}` : ''}`, () => {
      assert.throws(() => parseKoreanDate(input, writtenIn), (e: unknown) => e instanceof KoreanNumberError && message.test(e.message));
    });
  }
});
