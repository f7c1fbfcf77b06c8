import type { Category, ClaimKind, PUBLISHED_BASES, Qualifier, Rank, Unit } from './domain';

/**
 * Cited's vocabulary in Korean, for Korean pages, images and exports: the words the five articles
 * use (약, 이상, 여, 최대, 미만), and the counter each counted metric takes (41만여 명, 2048개).
 * A test holds every value of lib/domain.ts to a Korean word.
 */

type PublishedBasis = (typeof PUBLISHED_BASES)[number];

/** app/components/labels.ts CATEGORY_TITLES: section titles of the browse page. */
export const CATEGORY_KO: Record<Category, string> = {
  'market-share': '시장 점유율',
  ipo: '기업공개(IPO)',
  'stock-move': '주가·시장 등락',
  'training-cost': '훈련 비용',
  compute: '칩과 연산 능력',
  talent: 'AI 연구자',
  'money-deals': '투자와 거래',
  industry: '산업',
  forecast: '전망',
  events: '주요 사건 일자',
};

/** claim-card.tsx KIND_LABELS: what sort of statement a claim is. */
export const KIND_KO: Record<ClaimKind, string> = {
  reported: '보도된 수치',
  company_claim: '기업 자체 주장',
  estimate: '추정치',
  allegation: '의혹 제기',
  forecast: '전망',
};

/**
 * claim-card.tsx QUALIFIER_LABELS, in the words the articles use: 약 (약 20%, 약 5만개), 여
 * (2천여개, 41만여명), 최대 (최대 20%), 미만 (20% 미만), and the parser's other forms
 * (안팎, 정도, 가량, 이상, 최소, 이하, 초과, 돌파, 남짓, ~) in parentheses, as the English labels do.
 */
export const QUALIFIER_KO: Record<Qualifier, string> = {
  exact: '정확한 수치',
  approximate: '약 (어림수: 안팎, 정도, 가량…)',
  at_least: '이상 (하한: 최소…)',
  more_than: '여 (넘는 수: 초과, 돌파, 남짓…)',
  at_most: '최대 (상한: 이하…)',
  less_than: '미만',
  range: '범위 (~)',
};

/** RANKS: the badge on a claim and on a table row. */
export const RANK_KO: Record<Rank, string> = {
  preferred: '우선',
  normal: '일반',
  deprecated: '비권장',
};

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
