import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureIn, labelIn, publisherIn } from './figure-in';

describe('figureIn', () => {
  const cases: [Parameters<typeof figureIn>, string][] = [
    [['en', { qualifier: 'exact', value: 558_000_000, lower: null, upper: null }, 'USD', 'zhipu-ai-hong-kong-ipo-proceeds'], 'US$558 million'],
    [['ko', { qualifier: 'exact', value: 558_000_000, lower: null, upper: null }, 'USD', 'zhipu-ai-hong-kong-ipo-proceeds'], '5억5800만 달러'],
    [['ko', { qualifier: 'approximate', value: 410_000, lower: null, upper: null }, 'count', 'ai-researchers-2022-china'], '약 41만 명'],
    [['ko', { qualifier: 'exact', value: 7, lower: null, upper: null }, 'count', 'deepseek-model-updates-since-r1'], '7차례'],
    [['ko', { qualifier: 'exact', value: null, lower: null, upper: null, refDate: { date: '2026-01-08', precision: 'day' } }, 'date', 'x'], '2026년 1월 8일'],
  ];
  for (const [args, expected] of cases) it(`${args[0]} ${args[3]}`, () => assert.equal(figureIn(...args), expected));
});

describe('labelIn and publisherIn', () => {
  const cases: [string, string][] = [
    [labelIn('ko', { label: 'DeepSeek V3 cost', labelKo: '딥시크 V3 개발비' }), '딥시크 V3 개발비'],
    [labelIn('en', { label: 'DeepSeek V3 cost', labelKo: '딥시크 V3 개발비' }), 'DeepSeek V3 cost'],
    [labelIn('ko', { label: 'DeepSeek V3 cost', labelKo: null }), 'DeepSeek V3 cost'],
    [publisherIn('ko', { publisher: '연합뉴스', publisherEn: 'Yonhap News' }), '연합뉴스'],
    [publisherIn('en', { publisher: '연합뉴스', publisherEn: 'Yonhap News' }), 'Yonhap News (연합뉴스)'],
    [publisherIn('ko', { publisher: null, publisherEn: null }), '매체 미상'],
  ];
  cases.forEach(([got, expected], i) => it(`case ${i}: ${expected}`, () => assert.equal(got, expected)));
});
