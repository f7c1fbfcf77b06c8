import type { ClaimJson, MetricJson, SourceJson } from './api';
import { publishedLabel, publisherName } from './citation';
import type { Unit } from './domain';
import { formatFigure } from './format';

/**
 * What each chart on the home page shows, and the pure step from stored metrics to the rows a
 * chart, its table and its text alternative all draw from, so the three never disagree.
 */

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
    subtitle: 'Development cost as each source states it, in US dollars: three figures for DeepSeek V3, one for ChatGPT',
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
    subtitle: 'Probability given by Alibaba’s Qwen lead Lin Junyang, as each text reports it (%)',
    unit: 'percent',
    axisLabel: 'Probability (%)',
    axisMax: 100,
    metrics: { 'china-ai-lead-probability-3-5-years': 'China leads' },
    bars: 'per-claim',
    sort: 'as-listed',
  },
];

export interface ChartRow {
  /** Claim key: unique within a chart. */
  key: string;
  label: string;
  /** Who or what the bar's figure comes from, when bars of one metric disagree. */
  attribution: string | null;
  metricSlug: string;
  /** A bar from zero, or [lower, upper] for a range. */
  plot: number | [number, number];
  /** The figure in English with its qualifier: 'about 20%', 'more than 2,000'. */
  display: string;
  /** The number as the article writes it: '5억 5800만 달러'. */
  stated: string;
  conversion: string | null;
  speaker: string;
  /** The Korean clause, for the tooltip; its translation is on the metric page the bar links to. */
  quote: string;
  citationKey: string;
  source: string;
  highlighted: boolean;
  rank: ClaimJson['rank'];
}

export interface ChartCallout {
  metricSlug: string;
  claimKey: string;
  label: string;
  display: string;
  stated: string;
  citationKey: string;
  source: string;
}

export interface ChartData {
  spec: ChartSpec;
  rows: ChartRow[];
  callouts: ChartCallout[];
  /** Articles behind the chart, for its source line: 'Kukmin Ilbo, January 2026 (inferred…)'. */
  sources: { slug: string; label: string }[];
  /** Some metric in the chart has claims that state different figures. */
  disputed: boolean;
  /** Slugs the spec names that the database lacks: shown, not silently dropped. */
  missing: string[];
  /** One sentence per row, the chart's text alternative. */
  summary: string;
}

export function speakerOf(claim: Pick<ClaimJson, 'speaker'>, source: SourceJson): string {
  return claim.speaker ?? `${publisherName(source)} (in its own voice)`;
}

/** Short enough for a bar label: 'Gavin Baker · whytimes.kr'; the article alone when it speaks itself. */
export function attributionOf(claim: Pick<ClaimJson, 'speaker'>, source: SourceJson): string {
  const publication = source.publisherEn ?? source.publisher ?? 'unnamed publication';
  if (!claim.speaker) return publication;
  return claim.speaker.includes(publication) ? claim.speaker : `${claim.speaker} · ${publication}`;
}

function plotValue(claim: ClaimJson): number | [number, number] {
  if (claim.qualifier === 'range' && claim.lower !== null && claim.upper !== null) return [claim.lower, claim.upper];
  return claim.value ?? claim.lower ?? claim.upper ?? 0;
}

const PRECISION_ORDER = ['day', 'month', 'year'] as const;

/** Two dates agree when they name the same period at the coarser of their precisions (Jan 2026 ∋ 14 Jan 2026). */
function datesAgree(a: ClaimJson['refDate'], b: ClaimJson['refDate']): boolean {
  if (!a || !b) return a === b;
  const coarser = PRECISION_ORDER[Math.max(PRECISION_ORDER.indexOf(a.precision), PRECISION_ORDER.indexOf(b.precision))];
  const length = coarser === 'year' ? 4 : coarser === 'month' ? 7 : 10;
  return a.date.slice(0, length) === b.date.slice(0, length);
}

const sameFigure = (a: ClaimJson, b: ClaimJson) =>
  a.qualifier === b.qualifier && a.value === b.value && a.lower === b.lower && a.upper === b.upper;

/**
 * A metric is disputed when two of its claims state different figures, or dates that no common
 * period contains; the same figure stated twice is agreement. db/queries mirrors this in SQL.
 */
export function isDisputed(metric: Pick<MetricJson, 'claims' | 'unit'>): boolean {
  const { claims } = metric;
  return claims.some((a, i) => claims.slice(i + 1).some((b) => !(metric.unit === 'date' ? datesAgree(a.refDate, b.refDate) : sameFigure(a, b))));
}

/** The claim a single-figure view shows: the preferred one, else the first not deprecated. */
export function headlineClaim(metric: Pick<MetricJson, 'claims'>): ClaimJson | undefined {
  return metric.claims.find((c) => c.rank === 'preferred') ?? metric.claims.find((c) => c.rank !== 'deprecated') ?? metric.claims[0];
}

function sourceLabel(source: SourceJson): string {
  return `${publisherName(source)}, ${publishedLabel(source)}`;
}

export function buildChart(spec: ChartSpec, all: readonly MetricJson[]): ChartData {
  const bySlug = new Map(all.map((m) => [m.slug, m]));
  const missing: string[] = [];
  const rows: ChartRow[] = [];
  const sources = new Map<string, string>();
  let disputed = false;

  for (const [slug, label] of Object.entries(spec.metrics)) {
    const metric = bySlug.get(slug);
    if (!metric) {
      missing.push(slug);
      continue;
    }
    disputed ||= isDisputed(metric);
    const claims = spec.bars === 'per-claim' ? metric.claims : [headlineClaim(metric)].filter((c) => c !== undefined);
    for (const claim of claims) {
      const citation = claim.citations[0];
      for (const c of claim.citations) sources.set(c.source.slug, sourceLabel(c.source));
      const speaker = speakerOf(claim, citation.source);
      const display = formatFigure(claim, metric.unit);
      const conversion = claim.conversion ? formatFigure({ ...claim.conversion, lower: null, upper: null }, claim.conversion.unit) : null;
      rows.push({
        key: claim.key,
        label,
        attribution: spec.bars === 'per-claim' ? attributionOf(claim, citation.source) : null,
        metricSlug: slug,
        plot: plotValue(claim),
        display,
        stated: citation.statedText,
        conversion: conversion ? `${conversion} (source’s conversion)` : null,
        speaker,
        quote: citation.quote,
        citationKey: citation.key,
        source: sourceLabel(citation.source),
        highlighted: spec.highlight?.metrics.includes(slug) ?? false,
        rank: claim.rank,
      });
    }
  }

  const magnitude = (row: ChartRow) => (Array.isArray(row.plot) ? row.plot[1] : row.plot);
  if (spec.sort === 'descending') rows.sort((a, b) => magnitude(b) - magnitude(a));
  if (spec.sort === 'ascending') rows.sort((a, b) => magnitude(a) - magnitude(b));

  const callouts: ChartCallout[] = [];
  for (const [slug, label] of Object.entries(spec.callouts ?? {})) {
    const metric = bySlug.get(slug);
    const claim = metric && headlineClaim(metric);
    if (!metric || !claim) {
      missing.push(slug);
      continue;
    }
    const citation = claim.citations[0];
    sources.set(citation.source.slug, sourceLabel(citation.source));
    callouts.push({ metricSlug: slug, claimKey: claim.key, label, display: formatFigure(claim, metric.unit), stated: citation.statedText, citationKey: citation.key, source: sourceLabel(citation.source) });
  }

  const summary = rows.length === 0
    ? 'No figures are stored for this chart.'
    : `${spec.title}. ` + rows.map((r) => `${r.label}${r.attribution ? ` (${r.attribution})` : ''}: ${r.display}`).join('; ') + '.';

  return {
    spec,
    rows,
    callouts,
    sources: [...sources].map(([slug, label]) => ({ slug, label })),
    disputed,
    missing,
    summary,
  };
}

/** Link to one citation on its metric's page. */
export function citationHref(metricSlug: string, citationKey: string): string {
  return `/metrics/${metricSlug}#cite-${citationKey}`;
}

const ROW_HEIGHT = 52;
const AXIS_HEIGHT = 56;
/** The chart's pixel height, known on the server so its box is sized before the chart draws. */
export function chartHeight(rowCount: number): number {
  return Math.max(1, rowCount) * ROW_HEIGHT + AXIS_HEIGHT;
}
