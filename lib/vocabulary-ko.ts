import type { PUBLISHED_BASES, Unit } from './domain';

/**
 * Cited's vocabulary in Korean where code outside the pages needs it (images, exports): units,
 * publication bases, and the counter each counted metric takes (41만여 명, 2048개). The words
 * pages show (categories, claim kinds, qualifiers, ranks) are in messages/, beside the English.
 * A test holds every value of lib/domain.ts to a Korean word.
 */

type PublishedBasis = (typeof PUBLISHED_BASES)[number];

/** UNITS: what a figure is measured in, as a name (axis titles, table headers, filters). */
export const UNIT_KO: Record<Unit, string> = {
  USD: '달러',
  KRW: '원',
  CNY: '위안',
  percent: '%',
  count: '수',
  ratio: '배',
  date: '날짜',
};

/** PUBLISHED_BASES: where an article's date comes from. */
export const PUBLISHED_BASIS_KO: Record<PublishedBasis, string> = {
  printed: '기사에 표기된 날짜',
  inferred: '추정 날짜 (기사에 날짜 표기 없음)',
};

/** Counters for the metrics whose unit is 'count' (seed/data/metrics.ts), as the articles count them. */
export const COUNT_COUNTER_KO: Record<string, string> = {
  'deepseek-h800-gpus-used-for-training': '개', // 2048개, 2천여개
  'deepseek-alleged-h100-holdings': '개', // 약 5만개
  'deepseek-model-updates-since-r1': '차례', // 일곱 차례
  'meta-deepseek-war-rooms': '개', // '워룸' 4개
  'agi-next-frontier-roundtable-companies': '곳', // 4대 AI 기업 → 4곳
  'ai-researchers-2022-china': '명', // 41만여명
  'ai-researchers-2022-india': '명', // 19만5000명
  'ai-researchers-2022-united-states': '명', // 12만명
};
