import type { ChartSpec } from './chart-specs';
import type { Locale } from './locale';

/**
 * The Korean texts of each home-page chart (lib/chart-specs.ts), by chart id, beside the English:
 * names as the five articles write them (딥시크, 엔비디아, 즈푸AI, 미니맥스 …), US dollars as 달러,
 * units in parentheses after the label, dates as 2026년 1월 8일. A test holds every English text
 * to a Korean one.
 */
export type ChartTexts = Pick<ChartSpec, 'title' | 'subtitle' | 'axisLabel' | 'metrics' | 'callouts'> & { highlight?: { label: string } };

export const CHART_TEXTS_KO: Record<string, ChartTexts> = {
  'deepseek-market-share': {
    title: '국가별 AI 시장의 딥시크 점유율',
    subtitle: '각국 AI 시장에서 딥시크가 차지하는 비율. 2026년 1월 보도된 마이크로소프트(MS) 자체 연구 기준(%)',
    axisLabel: '시장 점유율(%)',
    metrics: {
      'deepseek-ai-market-share-belarus': '벨라루스',
      'deepseek-ai-market-share-cuba': '쿠바',
      'deepseek-ai-market-share-russia': '러시아',
      'deepseek-ai-market-share-ethiopia': '에티오피아',
      'deepseek-ai-market-share-zimbabwe': '짐바브웨',
    },
    highlight: {
      label: '미국산 AI 사용이 제한·차단된 국가(기사 기준)',
    },
  },
  'hong-kong-ipos': {
    title: '2026년 1월 8일 홍콩 IPO 조달액',
    subtitle: '즈푸AI와 미니맥스가 상장하며 조달한 금액(달러 기준). 원화 금액은 기사가 직접 환산한 것',
    axisLabel: '조달액(달러)',
    metrics: {
      'zhipu-ai-hong-kong-ipo-proceeds': '즈푸AI',
      'minimax-hong-kong-ipo-proceeds': '미니맥스',
    },
  },
  'deepseek-shock-drops': {
    title: '딥시크 충격 후 하루 등락률(2025년 1월 27일)',
    subtitle: '해당 거래일의 주가·선물 가격 변동률. 2025년 1월 28~29일 보도 기준(%)',
    axisLabel: '하루 변동률(%)',
    metrics: {
      'nvidia-share-price-change-2025-01-27': '엔비디아',
      'broadcom-share-price-change-2025-01-27': '브로드컴',
      'marvell-technology-share-price-change-2025-01-27': '마블테크놀로지',
      'micron-technology-share-price-change-2025-01-27': '마이크론',
      'tsmc-share-price-change-2025-01-27': 'TSMC',
      'asml-share-price-change-2025-01-27': 'ASML',
      'constellation-energy-share-price-change-2025-01-27': '콘스텔레이션 에너지',
      'ge-vernova-share-price-change-2025-01-27': 'GE버노바',
      'natural-gas-futures-price-change-2025-01-27': '천연가스 선물',
    },
    callouts: {
      'nvidia-market-value-lost-2025-01-27': '이날 증발한 엔비디아 시가총액',
    },
  },
  'training-costs': {
    title: '주장된 훈련 비용: 딥시크 V3 대 챗GPT',
    subtitle: '각 출처가 밝힌 개발 비용(달러 기준). 딥시크 V3 항목으로 분류한 수치 3건과 챗GPT 수치 1건',
    axisLabel: '개발 비용(달러)',
    metrics: {
      'deepseek-v3-development-cost': '딥시크 V3',
      'chatgpt-development-cost': '챗GPT',
    },
  },
  'cost-ratios': {
    title: '경쟁 상대 비용 대비 딥시크 비용',
    subtitle: '각 출처가 밝힌 비율을 경쟁 상대 비용 대비 백분율로 나타낸 것(%)',
    axisLabel: '경쟁 상대 비용 대비 비율(%)',
    metrics: {
      'deepseek-v3-cost-share-of-chatgpt': 'V3 대 챗GPT',
      'deepseek-r1-cost-share-of-openai': 'R1 대 오픈AI',
      'deepseek-v3-cost-share-of-llama-3': 'V3 대 라마3',
    },
  },
  chips: {
    title: '딥시크 뒤의 칩',
    subtitle: '딥시크가 훈련에 썼다고 밝힌 엔비디아 GPU와, 딥시크가 보유하고 있다는 의혹이 제기된 H100의 수(개)',
    axisLabel: 'GPU 수(개)',
    metrics: {
      'deepseek-h800-gpus-used-for-training': 'H800 사용 수',
      'deepseek-alleged-h100-holdings': 'H100 보유 수(의혹)',
    },
    callouts: {
      'nvidia-h100-unit-price': 'H100 한 개 가격',
      'us-china-compute-ratio': '중국 대비 미국의 연산 능력',
    },
  },
  'ai-researchers': {
    title: '국가별 AI 연구자 수(2022년)',
    subtitle: 'AI 연구자 수, 2022년 기준(명)',
    axisLabel: '연구자 수(명)',
    metrics: {
      'ai-researchers-2022-china': '중국',
      'ai-researchers-2022-india': '인도',
      'ai-researchers-2022-united-states': '미국',
    },
  },
  'money-and-deals': {
    title: '투자와 거래',
    subtitle: '발표된 투자·인수 금액(달러 기준)',
    axisLabel: '금액(달러)',
    metrics: {
      'stargate-investment-size': '스타게이트(2025년 1월)',
      'meta-manus-acquisition-price': '메타의 마누스 인수',
    },
    callouts: {
      'china-ai-industry-size': '중국 AI 산업 규모(CAICT 전망)',
      'us-tariff-on-ai-chip-sales-to-china': '대중 AI 칩 판매에 붙는 미국 관세',
    },
  },
  forecasts: {
    title: '3~5년 안에 중국이 AI 선두에 설까?',
    subtitle:
      '알리바바 큐웬(Qwen) 기술책임자(서울경제는 린쥔양으로 보도, 뉴스레터는 이름 없이 전함)가 제시한 확률을 각 기사가 전한 그대로 표시(%)',
    axisLabel: '확률(%)',
    metrics: {
      'china-ai-lead-probability-3-5-years': '중국 선두',
    },
  },
} as const;

/** A chart's spec in a language: Korean texts over the English, the rest (unit, bars, order) as it is. */
export function chartSpecIn(locale: Locale, spec: ChartSpec): ChartSpec {
  const texts = locale === 'ko' ? CHART_TEXTS_KO[spec.id] : undefined;
  if (!texts) return spec;
  return {
    ...spec,
    title: texts.title,
    subtitle: texts.subtitle,
    axisLabel: texts.axisLabel,
    metrics: texts.metrics,
    callouts: texts.callouts,
    highlight: spec.highlight && texts.highlight ? { ...spec.highlight, label: texts.highlight.label } : spec.highlight,
  };
}
