import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formsQuery, SEARCH_VOCABULARY, setsFor, vocabularySchema, type WordSet } from './search-vocabulary';

describe('search vocabulary', () => {
  it('is valid as written, each set named once', () => {
    assert.deepEqual(vocabularySchema.parse(SEARCH_VOCABULARY), SEARCH_VOCABULARY);
  });

  const set = (over: Partial<WordSet>): WordSet => ({ name: 'fall', words: ['drop'], written: ['폭락'], ...over });
  const refused: [string, unknown, RegExp][] = [
    ['no set at all', [], /at least 1|too small/i],
    ['a word in capitals', [set({ words: ['Drop'] })], /one lower-case word/],
    ['two words as one', [set({ words: ['share price'] })], /one lower-case word/],
    ['a quote, which a query would have to escape', [set({ written: ["nvidia's"] })], /one space apart, each whole or ending in \*/],
    ['a phrase with two spaces', [set({ written: ['share  price'] })], /one space apart/],
    ['a star inside a word', [set({ written: ['pl*unge'] })], /ending in \*/],
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

  const queries: [string, string[], string][] = [
    ['a whole word', ['fell'], "'fell'"],
    ['a word start', ['폭락*'], "'폭락':*"],
    ['words and a phrase', ['share price', '주가*'], "'share' <-> 'price' | '주가':*"],
    ['a phrase ending in a word start', ['market cap*', 'not a share'], "'market' <-> 'cap':* | 'not' <-> 'a' <-> 'share'"],
  ];
  for (const [what, forms, expected] of queries) {
    it(`writes ${what} as one query`, () => assert.equal(formsQuery(forms), expected));
  }

  const vocabulary: WordSet[] = [
    { name: 'stock', words: ['stock', '주가'], written: ['share price', '주가*'] },
    { name: 'fall', words: ['drop', 'fell', '하락'], written: ['plunged', '폭락*', '하락*'] },
  ];
  const found: [string, string[], string[]][] = [
    ['a set word typed whole', ['drop'], ['fall']],
    ['a set word typed in part, as the database matches it', ['dro'], ['fall']],
    ['two sets', ['stock', 'fell'], ['stock', 'fall']],
    ['a word no set has', ['nvidia'], []],
    ['a term longer than every set word', ['drops'], []],
  ];
  for (const [what, terms, expected] of found) {
    it(`finds the sets of ${what}`, () => assert.deepEqual(setsFor(terms, vocabulary).map((set) => set.name), expected));
  }
});
