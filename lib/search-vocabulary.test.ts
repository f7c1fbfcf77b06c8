import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEARCH_VOCABULARY, vocabularySchema, writtenFor, writtenQuery, type WordSet } from './search-vocabulary';

describe('search vocabulary', () => {
  it('is valid as written, each set named once', () => {
    assert.deepEqual(vocabularySchema.parse(SEARCH_VOCABULARY), SEARCH_VOCABULARY);
  });

  const set = (over: Partial<WordSet>): WordSet => ({ name: 'fall', words: ['drop'], written: ['폭락'], ...over });
  const refused: [string, unknown, RegExp][] = [
    ['no set at all', [], /at least 1|too small/i],
    ['a word in capitals', [set({ words: ['Drop'] })], /one lower-case word/],
    ['two words as one', [set({ words: ['share price'] })], /one lower-case word/],
    ['a quote, which a query would have to escape', [set({ written: ["nvidia's"] })], /lower-case words, one space apart/],
    ['a phrase with two spaces', [set({ written: ['share  price'] })], /one space apart/],
    ['no written form', [set({ written: [] })], /at least 1|too small/i],
    ['a set named twice', [set({}), set({ words: ['fell'] })], /named twice/],
    ['a field it does not know', [{ ...set({}), weight: 'A' }], /unrecognized/i],
  ];
  for (const [what, vocabulary, message] of refused) {
    it(`refuses ${what}`, () => {
      const result = vocabularySchema.safeParse(vocabulary);
      assert.equal(result.success, false);
      assert.match(JSON.stringify(result.error!.issues), message);
    });
  }

  const queries: [string, Pick<WordSet, 'written' | 'unless'>, string][] = [
    ['one word start', { written: ['폭락'] }, "'폭락':*"],
    ['words and a phrase', { written: ['share price', '주가'] }, "'share':* <-> 'price':* | '주가':*"],
    ['phrases that say it does not apply', { written: ['주가'], unless: ['주식 아닌', 'not a share'] }, "('주가':*) & !('주식':* <-> '아닌':* | 'not':* <-> 'a':* <-> 'share':*)"],
  ];
  for (const [what, forms, expected] of queries) {
    it(`writes ${what} as one query`, () => assert.equal(writtenQuery(forms), expected));
  }

  const vocabulary: WordSet[] = [
    { name: 'stock', words: ['stock', '주가'], written: ['share price', '주가'] },
    { name: 'fall', words: ['drop', 'fell', '하락'], written: ['plung', '폭락', '하락'] },
  ];
  const marked: [string, string[], string[]][] = [
    ['a set word typed whole', ['drop'], ['plung', '폭락', '하락']],
    ['a set word typed in part, as the database matches it', ['dro'], ['plung', '폭락', '하락']],
    ['two sets, each form once', ['stock', 'fell', '하락'], ['share price', '주가', 'plung', '폭락', '하락']],
    ['a word no set has', ['nvidia'], []],
    ['a term longer than every set word', ['drops'], []],
  ];
  for (const [what, terms, expected] of marked) {
    it(`finds what the texts write for ${what}`, () => assert.deepEqual(writtenFor(terms, vocabulary), expected));
  }
});
