import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceJson } from './api';
import { figureIn, labelIn, publisherIn, sourceLineIn, textIn } from './figure-in';

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

describe('sourceLineIn', () => {
  const source = (s: Partial<SourceJson>): SourceJson => ({
    slug: 's', publisher: null, publisherEn: null, title: null, byline: null, published: null, publishedNote: null, publishedNoteKo: null, url: null, language: 'ko', ...s,
  });
  const seoul = source({ publisher: '서울경제', publisherEn: 'Seoul Economic Daily', byline: '박윤선 기자', published: { date: '2026-01-01', precision: 'month', basis: 'inferred' } });
  const whytimes = source({ publisherEn: 'whytimes.kr', publisher: 'whytimes.kr', published: { date: '2025-01-29', precision: 'day', basis: 'printed' } });
  const cases: [Parameters<typeof sourceLineIn>, string][] = [
    [['en', source({})], 'Publisher unknown · byline unknown · date unknown'],
    [['en', seoul], 'Seoul Economic Daily (서울경제) · 박윤선 기자 · January 2026 (inferred, no date printed)'],
    [['en', whytimes], 'whytimes.kr · byline unknown · 29 January 2025'],
    [['en', source({ publisher: '세계일보' })], '세계일보 · byline unknown · date unknown'],
    [['ko', source({})], '매체 미상 · 기자명 미상 · 날짜 미상'],
    [['ko', seoul], '서울경제 · 박윤선 기자 · 2026년 1월(추정, 기사에 날짜 표기 없음)'],
    [['ko', whytimes], 'whytimes.kr · 기자명 미상 · 2025년 1월 29일'],
  ];
  for (const [args, expected] of cases) it(expected, () => assert.equal(sourceLineIn(...args), expected));
});

describe('textIn', () => {
  const cases: [string, Parameters<typeof textIn>, ReturnType<typeof textIn>][] = [
    ['an English page shows the English', ['en', 'Inferred', '추정'], { text: 'Inferred', lang: 'en' }],
    ['a Korean page shows the Korean twin', ['ko', 'Inferred', '추정'], { text: '추정', lang: 'ko' }],
    ['a Korean page without a twin shows the English, said to be English', ['ko', 'Inferred', null], { text: 'Inferred', lang: 'en' }],
    ['an empty twin counts as none', ['ko', 'Inferred', ''], { text: 'Inferred', lang: 'en' }],
  ];
  for (const [what, args, want] of cases) it(what, () => assert.deepEqual(textIn(...args), want));
});
