import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceJson } from './api';
import { publishedLabel, publisherName, splitQuote, textFragmentUrl } from './citation';

describe('splitQuote', () => {
  const cases: [string, string, [string, string, string]][] = [
    ['5억 5800만 달러(약 8100억 원)를 조달했다', '5억 5800만 달러', ['', '5억 5800만 달러', '(약 8100억 원)를 조달했다']],
    ['주가는 17.2% 폭락', '17.2%', ['주가는 ', '17.2%', ' 폭락']],
    ['숫자 없음', '56%', ['숫자 없음', '', '']],
    ['빈 텍스트', '', ['빈 텍스트', '', '']],
  ];
  for (const [quote, stated, want] of cases) it(`${quote} / ${stated}`, () => assert.deepEqual(splitQuote(quote, stated), want));
});

const source = (s: Partial<SourceJson>): SourceJson => ({
  slug: 's', publisher: null, publisherEn: null, title: null, byline: null, published: null,
  publishedNote: null, publishedNoteKo: null, url: null, language: 'ko', ...s,
});

describe('source labels', () => {
  it('names parts on their own', () => {
    assert.equal(publisherName(source({ publisherEn: 'Kukmin Ilbo' })), 'Kukmin Ilbo');
    assert.equal(publishedLabel(source({})), 'date unknown');
  });
});

describe('textFragmentUrl', () => {
  const cases: [string, string, string][] = [
    ['http://whytimes.kr/news/view.php?idx=21468', '17.2% 폭락', 'http://whytimes.kr/news/view.php?idx=21468#:~:text=17.2%25%20%ED%8F%AD%EB%9D%BD'],
    ['https://example.com/a#old', 'a-b, c', 'https://example.com/a#:~:text=a%2Db%2C%20c'],
    ['https://example.com/a', 'one two three four five six seven eight nine', 'https://example.com/a#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine'],
  ];
  for (const [url, quote, want] of cases) it(`${quote} → ${want}`, () => assert.equal(textFragmentUrl(url, quote), want));
});
