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
  /** What the texts write instead: word starts, and phrases of them ("share price"). */
  written: string[];
  /** Phrases that, in the same place, say the set does not apply ("주식 아닌", not a stock). */
  unless?: string[];
}

/** One word as the 'simple' configuration keeps it: lower-case letters, Hangul or digits, nothing to quote. */
const word = z.string().regex(/^[\p{Ll}\p{Lo}\p{N}]+$/u, 'one lower-case word: letters, Hangul or digits');
const phrase = z.string().regex(/^[\p{Ll}\p{Lo}\p{N}]+( [\p{Ll}\p{Lo}\p{N}]+)*$/u, 'lower-case words, one space apart');

export const wordSetSchema = z
  .object({ name: z.string().regex(/^[a-z][a-z-]*$/), words: z.array(word).min(1), written: z.array(phrase).min(1), unless: z.array(phrase).min(1).optional() })
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
    written: ['share price', '주가', '주식'],
    // The natural-gas futures' label: "주식 아닌 원자재", not a stock but a commodity.
    unless: ['주식 아닌', '주가 아닌', '주가가 아닌', 'not a share'],
  },
  {
    name: 'fall',
    words: ['drop', 'dropped', 'fall', 'fell', 'fallen', 'plunge', 'decline', 'declined', 'slump', 'slumped', 'tumble', 'tumbled', 'crash', 'crashed', 'sank', '하락', '폭락', '급락', '떨어'],
    written: ['plung', 'fell', 'fall', 'drop', 'declin', '하락', '폭락', '급락', '떨어'],
  },
  {
    name: 'market-value',
    words: ['capitalization', 'capitalisation', '시가총액', '시총'],
    written: ['market value', 'market cap', '시가총액', '시총'],
  },
  {
    name: 'listing',
    words: ['ipo', 'listing', 'listed', 'flotation', '상장', '기업공개'],
    written: ['상장', 'listed', 'listing', 'ipo'],
  },
  {
    name: 'funding',
    words: ['raise', 'raised', 'funding', 'fundraising', 'proceeds', '조달', '모금'],
    written: ['조달', 'rais', 'proceeds'],
  },
]);

/**
 * A set's written forms as one tsquery: each word as a word start, a phrase's words in a row, and
 * none of the phrases that say it does not apply.
 */
export function writtenQuery(set: Pick<WordSet, 'written' | 'unless'>): string {
  const any = (phrases: string[]) => phrases.map((form) => form.split(' ').map((w) => `'${w}':*`).join(' <-> ')).join(' | ');
  return set.unless ? `(${any(set.written)}) & !(${any(set.unless)})` : any(set.written);
}

/**
 * What a result marks for the query's terms beyond the terms themselves: the written forms of each
 * set a term finds (a term is matched as the start of a set's word), as they may appear in a text.
 */
export function writtenFor(terms: string[], vocabulary: WordSet[] = SEARCH_VOCABULARY): string[] {
  const found = vocabulary.filter((set) => terms.some((term) => set.words.some((w) => w.startsWith(term))));
  return [...new Set(found.flatMap((set) => set.written))];
}
