import { z } from 'zod';

/**
 * Words readers search by that the five texts put otherwise: "stock drop" where they write "share
 * price plunged" and 주가 폭락, "IPO" where they write 상장. Ours, not the articles': a citation's
 * search document gains a set's words where its label, subject, quote or translation holds one of
 * the set's written forms, weighted as that place is (migration 0029). Nothing a reader sees of a
 * citation changes; the written form is what a result marks for the reader's word.
 */
export interface WordSet {
  /** What the set is about, its key in the database. */
  name: string;
  /** The words a reader may type, lower case (query words are matched as word starts). */
  words: string[];
  /**
   * What the texts write instead: words, and phrases of them ("share price"), each word whole, or
   * as a word start where it ends in * (폭락* for 폭락하면서, plung* for plunged).
   */
  written: string[];
  /** Forms that, in the same place, say the set does not apply ("주식 아닌", not a stock). */
  unless?: string[];
}

/** Lower-case letters, Hangul or digits: nothing a query would have to quote. */
const WORD = '[\\p{Ll}\\p{Lo}\\p{N}]+';
const word = z.string().regex(new RegExp(`^${WORD}$`, 'u'), 'one lower-case word: letters, Hangul or digits');
const form = z.string().regex(new RegExp(`^${WORD}\\*?( ${WORD}\\*?)*$`, 'u'), 'lower-case words one space apart, each whole or ending in *');

export const wordSetSchema = z
  .object({ name: z.string().regex(/^[a-z][a-z-]*$/), words: z.array(word).min(1), written: z.array(form).min(1), unless: z.array(form).min(1).optional() })
  .strict();
export const vocabularySchema = z.array(wordSetSchema).min(1).superRefine((sets, ctx) => {
  const names = sets.map((s) => s.name);
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) ctx.addIssue({ code: 'custom', message: `word set "${name}" is named twice`, path: [i, 'name'] });
  });
});

export const SEARCH_VOCABULARY: WordSet[] = vocabularySchema.parse([
  {
    name: 'stock',
    words: ['stock', 'stocks', '주식', '주가'],
    // Not "stock" alone: the texts' one is the Hong Kong Stock Exchange, where firms list.
    written: ['share price', '주가*', '주식*'],
    // The natural-gas futures' label: "주식 아닌 원자재", not a stock but a commodity.
    unless: ['주식 아닌', '주가 아닌', '주가가 아닌', 'not a share'],
  },
  {
    name: 'fall',
    words: ['drop', 'dropped', 'fall', 'fell', 'fallen', 'plunge', 'decline', 'declined', 'slump', 'slumped', 'tumble', 'tumbled', 'crash', 'crashed', 'sank', '하락', '폭락', '급락', '떨어'],
    // Whole English words: "fallout" (TSMC's and ASML's) is not a fall.
    written: ['plunge', 'plunged', 'fell', 'fall', 'falls', 'fallen', 'drop', 'dropped', 'declined', '하락*', '폭락*', '급락*', '떨어*'],
  },
  {
    name: 'market-value',
    words: ['capitalization', 'capitalisation', '시가총액', '시총'],
    written: ['market value', 'market cap*', '시가총액*', '시총*'],
  },
  {
    name: 'listing',
    words: ['ipo', 'ipos', 'listing', 'listed', 'flotation', '상장', '기업공개'],
    written: ['상장*', 'listed', 'listing', 'ipo', 'ipos'],
  },
  {
    name: 'funding',
    words: ['raise', 'raised', 'funding', 'fundraising', 'proceeds', '조달', '모금'],
    written: ['조달*', 'raised', 'raising', 'proceeds'],
  },
  {
    // Readers write US where the labels and subjects spell out the United States: "US AI
    // researchers" put China's and India's counts, from the one quote, beside the American one.
    name: 'united-states',
    words: ['usa', 'american'],
    written: ['united states', 'america', 'american', 'americans'],
    unless: ['latin america', 'south america', 'central america', 'bank of america'],
  },
  // Readers name a country by its people ("Chinese AI researchers", "Russian market share") and
  // Hong Kong as HK, where the labels name the country and spell out the city. English words only,
  // none the start of another (usa, not us and usa: a query's "us" finds usa): a document holding
  // a reader's word twice ranks above one holding it once, and the Korean labels already name each
  // as a Korean reader does (중국, 미국).
  { name: 'china', words: ['chinese'], written: ['china'] },
  { name: 'russia', words: ['russians'], written: ['russia'] },
  { name: 'hong-kong', words: ['hk'], written: ['hong kong'] },
]);

/** Forms as one tsquery: a phrase's words in a row, each whole or, ending in *, as a word start. */
export function formsQuery(forms: string[]): string {
  return forms.map((f) => f.split(' ').map((w) => (w.endsWith('*') ? `'${w.slice(0, -1)}':*` : `'${w}'`)).join(' <-> ')).join(' | ');
}

/** The sets a query's terms find: a term is matched as the start of a set's word, as search matches it. */
export function setsFor(terms: string[], vocabulary: WordSet[] = SEARCH_VOCABULARY): WordSet[] {
  return vocabulary.filter((set) => terms.some((term) => set.words.some((w) => w.startsWith(term))));
}
