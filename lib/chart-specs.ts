import type { Unit } from './domain';

/** What each chart on the home page shows: its figures, labels, units, order and marks. */

export interface ChartSpec {
  id: string;
  title: string;
  /** What is measured and in which unit, shown under the title and as the value axis label. */
  subtitle: string;
  unit: Exclude<Unit, 'date'>;
  axisLabel: string;
  /** Metric slug → the label of its bar. */
  metrics: Record<string, string>;
  /** One bar per metric (its preferred claim), or one bar per claim so disagreement shows. */
  bars: 'per-metric' | 'per-claim';
  sort: 'descending' | 'ascending' | 'as-listed';
  /** Bars to mark, with what the mark means. */
  highlight?: { metrics: string[]; label: string };
  /** Fixes the value axis's far end where the data's own maximum would mislead (a probability: 100). */
  axisMax?: number;
  /** Related figures shown large beside the chart (e.g. Nvidia's lost market value). */
  callouts?: Record<string, string>;
}

export const CHARTS: ChartSpec[] = [
  {
    id: 'deepseek-market-share',
    title: "DeepSeek's share of national AI markets",
    subtitle: 'Share of each country’s AI market held by DeepSeek, per Microsoft research reported in January 2026 (%)',
    unit: 'percent',
    axisLabel: 'Market share (%)',
    metrics: {
      'deepseek-ai-market-share-belarus': 'Belarus',
      'deepseek-ai-market-share-cuba': 'Cuba',
      'deepseek-ai-market-share-russia': 'Russia',
      'deepseek-ai-market-share-ethiopia': 'Ethiopia',
      'deepseek-ai-market-share-zimbabwe': 'Zimbabwe',
    },
    bars: 'per-metric',
    sort: 'descending',
    highlight: {
      metrics: ['deepseek-ai-market-share-belarus', 'deepseek-ai-market-share-cuba', 'deepseek-ai-market-share-russia'],
      label: 'US AI restricted or blocked (per the article)',
    },
  },
  {
    id: 'hong-kong-ipos',
    title: 'Hong Kong IPO proceeds, 8 January 2026',
    subtitle: 'Money raised by Zhipu AI and MiniMax at listing, in US dollars; won figures are the article’s own conversion',
    unit: 'USD',
    axisLabel: 'Proceeds (US$)',
    metrics: { 'zhipu-ai-hong-kong-ipo-proceeds': 'Zhipu AI', 'minimax-hong-kong-ipo-proceeds': 'MiniMax' },
    bars: 'per-metric',
    sort: 'descending',
  },
  {
    id: 'deepseek-shock-drops',
    title: 'One-day moves after the DeepSeek shock, 27 January 2025',
    subtitle: 'Change in share or futures price on the trading day, as reported on 28–29 January 2025 (%)',
    unit: 'percent',
    axisLabel: 'One-day change (%)',
    metrics: {
      'nvidia-share-price-change-2025-01-27': 'Nvidia',
      'broadcom-share-price-change-2025-01-27': 'Broadcom',
      'marvell-technology-share-price-change-2025-01-27': 'Marvell',
      'micron-technology-share-price-change-2025-01-27': 'Micron',
      'tsmc-share-price-change-2025-01-27': 'TSMC',
      'asml-share-price-change-2025-01-27': 'ASML',
      'constellation-energy-share-price-change-2025-01-27': 'Constellation Energy',
      'ge-vernova-share-price-change-2025-01-27': 'GE Vernova',
      'natural-gas-futures-price-change-2025-01-27': 'Natural-gas futures',
    },
    bars: 'per-metric',
    sort: 'ascending',
    callouts: { 'nvidia-market-value-lost-2025-01-27': 'Nvidia market value lost that day' },
  },
  {
    id: 'training-costs',
    title: 'Claimed training costs: DeepSeek V3 against ChatGPT',
    subtitle: 'Development cost as each source states it, in US dollars: three figures filed under DeepSeek V3, one for ChatGPT',
    unit: 'USD',
    axisLabel: 'Development cost (US$)',
    metrics: { 'deepseek-v3-development-cost': 'DeepSeek V3', 'chatgpt-development-cost': 'ChatGPT' },
    bars: 'per-claim',
    sort: 'as-listed',
  },
  {
    id: 'cost-ratios',
    title: "DeepSeek's cost as a share of its rivals'",
    subtitle: 'The ratios the sources state, as a percentage of the rival’s cost (%)',
    unit: 'percent',
    axisLabel: 'Share of rival’s cost (%)',
    metrics: {
      'deepseek-v3-cost-share-of-chatgpt': 'V3 vs ChatGPT',
      'deepseek-r1-cost-share-of-openai': 'R1 vs OpenAI',
      'deepseek-v3-cost-share-of-llama-3': 'V3 vs Llama 3',
    },
    bars: 'per-claim',
    sort: 'as-listed',
  },
  {
    id: 'chips',
    title: 'The chips behind DeepSeek',
    subtitle: 'Nvidia GPUs DeepSeek says it trained on, and the H100s it is alleged to hold (count)',
    unit: 'count',
    axisLabel: 'GPUs',
    metrics: {
      'deepseek-h800-gpus-used-for-training': 'H800s used',
      'deepseek-alleged-h100-holdings': 'H100s held (alleged)',
    },
    bars: 'per-claim',
    sort: 'as-listed',
    callouts: { 'nvidia-h100-unit-price': 'Price of one H100', 'us-china-compute-ratio': 'US compute relative to China’s' },
  },
  {
    id: 'ai-researchers',
    title: 'AI researchers by country, 2022',
    subtitle: 'Number of AI researchers, as of 2022 (people)',
    unit: 'count',
    axisLabel: 'Researchers',
    metrics: {
      'ai-researchers-2022-china': 'China',
      'ai-researchers-2022-india': 'India',
      'ai-researchers-2022-united-states': 'United States',
    },
    bars: 'per-metric',
    sort: 'descending',
  },
  {
    id: 'money-and-deals',
    title: 'Money and deals',
    subtitle: 'Announced investment and acquisition sums, in US dollars',
    unit: 'USD',
    axisLabel: 'Amount (US$)',
    metrics: { 'stargate-investment-size': 'Stargate (Jan 2025)', 'meta-manus-acquisition-price': 'Meta buys Manus' },
    bars: 'per-metric',
    sort: 'descending',
    callouts: { 'china-ai-industry-size': 'China’s AI industry (CAICT outlook)', 'us-tariff-on-ai-chip-sales-to-china': 'US tariff on AI-chip sales to China' },
  },
  {
    id: 'forecasts',
    title: 'Will China lead in AI within 3–5 years?',
    subtitle: 'Probability given by Alibaba’s Qwen technical lead (named as Lin Junyang by Seoul Economic Daily, unnamed in the newsletter), as each text reports it (%)',
    unit: 'percent',
    axisLabel: 'Probability (%)',
    axisMax: 100,
    metrics: { 'china-ai-lead-probability-3-5-years': 'China leads' },
    bars: 'per-claim',
    sort: 'as-listed',
  },
];

/** Every metric a chart reads: its bars and its callouts. */
export function chartSlugs(spec: ChartSpec): string[] {
  return [...Object.keys(spec.metrics), ...Object.keys(spec.callouts ?? {})];
}

const AXIS_LABELS: Record<ChartSpec['unit'], string> = { USD: 'US$', KRW: 'Korean won (₩)', CNY: 'Chinese yuan (¥)', percent: '%', count: 'Count', ratio: 'Ratio (×)' };

/**
 * One metric as a chart of its own: a bar per claim, so sources that disagree stand side by side.
 * Null for a metric whose claims state dates, which has no bars to draw.
 */
export function metricChartSpec(metric: { slug: string; label: string; unit: Unit; subject: string; description: string | null; dimension: { value: string } | null }): ChartSpec | null {
  if (metric.unit === 'date') return null;
  return {
    id: metric.slug,
    title: metric.label,
    subtitle: metric.description ?? 'Every claim, as each source states it',
    unit: metric.unit,
    axisLabel: AXIS_LABELS[metric.unit],
    metrics: { [metric.slug]: metric.dimension?.value ?? metric.subject },
    bars: 'per-claim',
    sort: 'as-listed',
  };
}
