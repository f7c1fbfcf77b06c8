import type { ClaimJson, MetricJson, SourceJson } from './api';
import { metricChartSpec, type ChartSpec } from './chart-specs';
import { figureIn, publisherIn, sourceLabelIn, speakerIn } from './figure-in';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { UNIT_KO } from './vocabulary-ko';
import { headlineClaim, isDisputed } from './metric';

/**
 * The pure step from stored metrics to the rows a chart, its table and its text alternative all
 * draw from, so the three never disagree.
 */

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
  /** The bar's metric has claims that state different figures. */
  disputed: boolean;
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
  /** The language its texts and figures are written in, and its links lead to. */
  locale: Locale;
}

/** Short enough for a bar label: 'Gavin Baker · whytimes.kr'; the article alone when it speaks itself. */
export function attributionOf(claim: Pick<ClaimJson, 'speaker' | 'speakerKo'>, source: SourceJson, locale: Locale = DEFAULT_LOCALE): string {
  const publication = locale === 'ko' ? publisherIn(locale, source) : (source.publisherEn ?? source.publisher ?? 'unnamed publication');
  if (!claim.speaker) return publication;
  const speaker = speakerIn(locale, claim, source);
  return speaker.includes(publication) ? speaker : `${speaker} · ${publication}`;
}

function plotValue(claim: ClaimJson): number | [number, number] {
  if (claim.qualifier === 'range' && claim.lower !== null && claim.upper !== null) return [claim.lower, claim.upper];
  return claim.value ?? claim.lower ?? claim.upper ?? 0;
}

/** 'Kukmin Ilbo (국민일보), January 2026 (inferred, no date printed)': an article in a source line. */
/** The chart of a spec over these metrics, its figures, speakers and sources written in `locale`. */
export function buildChart(spec: ChartSpec, all: readonly MetricJson[], locale: Locale = DEFAULT_LOCALE): ChartData {
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
    const metricDisputed = isDisputed(metric);
    disputed ||= metricDisputed;
    const claims = spec.bars === 'per-claim' ? metric.claims : [headlineClaim(metric)].filter((c) => c !== undefined);
    for (const claim of claims) {
      const citation = claim.citations[0];
      for (const c of claim.citations) sources.set(c.source.slug, sourceLabelIn(locale, c.source));
      const speaker = speakerIn(locale, claim, citation.source);
      const display = figureIn(locale, claim, metric.unit, slug);
      const conversion = claim.conversion ? figureIn(locale, { ...claim.conversion, lower: null, upper: null }, claim.conversion.unit, slug) : null;
      rows.push({
        key: claim.key,
        label,
        attribution: spec.bars === 'per-claim' ? attributionOf(claim, citation.source, locale) : null,
        metricSlug: slug,
        plot: plotValue(claim),
        display,
        stated: citation.statedText,
        conversion: conversion ? (locale === 'ko' ? `${conversion}(출처 자체 환산)` : `${conversion} (source’s conversion)`) : null,
        speaker,
        quote: citation.quote,
        citationKey: citation.key,
        source: sourceLabelIn(locale, citation.source),
        highlighted: spec.highlight?.metrics.includes(slug) ?? false,
        rank: claim.rank,
        disputed: metricDisputed,
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
    sources.set(citation.source.slug, sourceLabelIn(locale, citation.source));
    callouts.push({ metricSlug: slug, claimKey: claim.key, label, display: figureIn(locale, claim, metric.unit, slug), stated: citation.statedText, citationKey: citation.key, source: sourceLabelIn(locale, citation.source) });
  }

  const summary = rows.length === 0
    ? locale === 'ko' ? '이 차트에 저장된 수치가 없습니다.' : 'No figures are stored for this chart.'
    : `${spec.title}. ` + rows.map((r) => `${r.label}${r.attribution ? ` (${r.attribution})` : ''}: ${r.display}`).join('; ') + '.';

  return {
    spec,
    rows,
    callouts,
    sources: [...sources].map(([slug, label]) => ({ slug, label })),
    disputed,
    missing,
    summary,
    locale,
  };
}

/** Link to one citation on its metric's page. */
export function citationHref(metricSlug: string, citationKey: string): string {
  return `/metrics/${metricSlug}#cite-${citationKey}`;
}

/** One metric's claims as a chart of their own: a bar per claim, named by who states it; null for a metric of dates. */
export function buildMetricChart(metric: MetricJson, locale: Locale = DEFAULT_LOCALE): ChartData | null {
  const spec = metricChartSpec(metric);
  if (!spec) return null;
  const texts = locale === 'ko' ? { title: metric.labelKo ?? spec.title, subtitle: metric.descriptionKo ?? '모든 주장을 각 출처가 밝힌 그대로 표시', axisLabel: UNIT_KO[spec.unit] } : {};
  const chart = buildChart({ ...spec, ...texts }, [metric], locale);
  return { ...chart, rows: chart.rows.map((r) => ({ ...r, label: r.attribution ?? r.label, attribution: null })) };
}
