import type { ChartSpec } from './chart-specs';
import type { ChartData, ChartRow } from './charts';
import { citationHref } from './charts';
import { formatTick } from './format';
import { formatPartialDateKo, formatTickKo } from './format-ko';
import { localizedHref, type Locale } from './locale';

/**
 * Charts drawn on the server as SVG text: the same drawing is inlined in the pages (so a chart
 * exists before any script, or without one), written to .svg files, and rasterised to PNG.
 *
 * Rows are laid out in pixels down the page, and values in percentages across it: the label
 * stands above its bar, so a chart needs no measured width and lays out at 390 px as at 1280 px,
 * with text at its own size. Every bar and label is a link to the citation behind it.
 */

export const CHART_COLORS = { base: '#5b7083', highlight: '#0b5cad', deprecated: '#b8c2cc', ink: '#1a1a1a', muted: '#545454', grid: '#e3e3e3', warn: '#8a4b00', accent: '#0b5cad' };

const TOP = 4;
const ROW = 52;
/** A row with the source's own conversion under its bar. */
const ROW_WITH_CONVERSION = 64;
const AXIS = 48;
/** A value label sits beyond its bar while at least this share of the width is left there. */
const ROOM_OUTSIDE = 38;

/** What drawing a chart's bars and axis takes: its rows, and how its spec scales and names them. */
export interface DrawableChart {
  rows: ChartRow[];
  spec: Pick<ChartSpec, 'unit' | 'axisLabel' | 'axisMax' | 'bars'>;
  locale: Locale;
}

/** An axis tick as each language writes it: US$100M, or 1억 on Korean charts (the currency is in the axis title). */
const tickIn = (locale: Locale, tick: number, unit: ChartSpec['unit']) => (locale === 'ko' ? formatTickKo(tick, unit) : formatTick(tick, unit));

export interface ChartGeometry {
  /** Value axis bounds, after rounding to the ticks. */
  domain: [number, number];
  ticks: number[];
  top: number;
  rowHeight: number;
  /** Room under the rows for the axis. */
  bottom: number;
  height: number;
}

/** Escapes text for an SVG/XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** 1, 2, 2.5 or 5 × 10ⁿ: steps whose ticks read as round numbers. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * power;
}

/**
 * Round axis bounds that hold every value and zero, with 3 to 6 ticks between them: `count` is
 * about how many steps, fewer where tick labels are long, so they never collide on a phone.
 */
export function niceAxis(values: number[], axisMax?: number, count = 5): { domain: [number, number]; ticks: number[] } {
  let lo = Math.min(0, ...values);
  let hi = axisMax ?? Math.max(0, ...values);
  if (lo === hi) hi = lo + 1;
  const step = niceStep(hi - lo, count);
  lo = Math.floor(lo / step + 1e-9) * step;
  if (axisMax === undefined) hi = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step * 1e-6; t += step) ticks.push(Number(t.toPrecision(12)));
  // + 0 turns -0 (a bound rounded up from below zero) into 0.
  return { domain: [lo + 0, hi + 0], ticks: ticks.map((t) => t + 0) };
}

const ends = (row: ChartRow): [number, number] => (Array.isArray(row.plot) ? row.plot : [Math.min(0, row.plot), Math.max(0, row.plot)]);

export function chartGeometry({ rows, spec: { unit, axisMax }, locale }: DrawableChart): ChartGeometry {
  const values = rows.flatMap(ends);
  const first = niceAxis(values, axisMax);
  // Six labels of up to four characters fit a 360-pixel chart; longer ones ("US$100M") get fewer ticks.
  const long = first.ticks.some((t) => tickIn(locale, t, unit).length > 5);
  const { domain, ticks } = long ? niceAxis(values, axisMax, 4) : first;
  const rowHeight = rows.some((r) => r.conversion) ? ROW_WITH_CONVERSION : ROW;
  return { domain, ticks, top: TOP, rowHeight, bottom: AXIS, height: TOP + Math.max(1, rows.length) * rowHeight + AXIS };
}

const pct = (n: number) => `${Number(n.toFixed(3))}%`;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The tooltip a bar carries: the figure as written, who states it, and where. */
function barTitle(row: ChartRow, locale: Locale): string {
  if (locale === 'ko') return `${row.label}${row.attribution ? `(${row.attribution})` : ''}: ${row.display}. ${row.speaker} 표현: “${row.stated}”. ${row.source}.`;
  return `${row.label}${row.attribution ? ` (${row.attribution})` : ''}: ${row.display}. Stated as “${row.stated}” by ${row.speaker}. ${row.source}.`;
}

/** The words a chart carries in each language: marks beside a bar's label, and its tooltip's lead-ins. */
interface ChartWords {
  disputed: string;
  deprecated: string;
  statedAs: string;
  saidBy: string;
  /** The image's own lines: the disagreement notice, the empty chart, a callout, sources, the footer. */
  disagreeNotice: string;
  empty: string;
  callout: (label: string, display: string, stated: string) => string;
  sources: (labels: string[]) => string;
  drawn: (date: string, url: string) => string;
}

export const CHART_WORDS: Record<Locale, ChartWords> = {
  en: {
    disputed: 'sources disagree',
    deprecated: 'deprecated',
    statedAs: 'Stated as',
    saidBy: 'Said by',
    disagreeNotice: 'Sources disagree: every claim is shown, each with its own bar.',
    empty: 'No figures are stored for this chart.',
    callout: (label, display, stated) => `${label}: ${display} (stated as “${stated}”)`,
    sources: (labels) => `Source${labels.length > 1 ? 's' : ''}: ${labels.join('; ')}.`,
    drawn: (date, url) => `Drawn ${date} by Cited, where every figure links to the sentence that states it: ${url}`,
  },
  ko: {
    disputed: '출처 간 수치 상이',
    deprecated: '비권장',
    statedAs: '원문 표기',
    saidBy: '발언 주체:',
    disagreeNotice: '출처마다 수치가 다릅니다. 주장마다 막대를 따로 그렸습니다.',
    empty: '이 차트에 저장된 수치가 없습니다.',
    callout: (label, display, stated) => `${label}: ${display} (원문 표기 “${stated}”)`,
    sources: (labels) => `출처: ${labels.join('; ')}.`,
    drawn: (date, url) => `${formatPartialDateKo(date, 'day')} Cited 작성. Cited에서는 모든 수치가 그 수치를 밝힌 문장으로 연결됩니다: ${url}`,
  },
};

function fillOf(row: ChartRow): string {
  return row.rank === 'deprecated' ? CHART_COLORS.deprecated : row.highlighted ? CHART_COLORS.highlight : CHART_COLORS.base;
}

/** The rows, grid and axis, in a coordinate system as wide as its viewport and `geometry.height` tall. */
function chartBody(chart: DrawableChart, geometry: ChartGeometry, linkTarget?: '_blank'): string {
  const { spec, rows } = chart;
  const [lo, hi] = geometry.domain;
  const x = (value: number) => ((value - lo) / (hi - lo)) * 100;
  const plotBottom = geometry.top + rows.length * geometry.rowHeight;
  const parts: string[] = [];

  for (const tick of geometry.ticks) {
    const at = x(tick);
    parts.push(`<line x1="${pct(at)}" x2="${pct(at)}" y1="${geometry.top}" y2="${plotBottom}" stroke="${tick === 0 ? CHART_COLORS.ink : CHART_COLORS.grid}" stroke-width="1"/>`);
    const anchor = at <= 0.5 ? 'start' : at >= 99.5 ? 'end' : 'middle';
    parts.push(`<text x="${pct(at)}" y="${plotBottom + 16}" text-anchor="${anchor}" font-size="12" fill="#444">${escapeXml(tickIn(chart.locale, tick, spec.unit))}</text>`);
  }
  if (!geometry.ticks.includes(0)) {
    parts.push(`<line x1="${pct(x(0))}" x2="${pct(x(0))}" y1="${geometry.top}" y2="${plotBottom}" stroke="${CHART_COLORS.ink}" stroke-width="1"/>`);
  }
  parts.push(`<text x="50%" y="${plotBottom + 38}" text-anchor="middle" font-size="12" fill="${CHART_COLORS.muted}">${escapeXml(spec.axisLabel)}</text>`);

  rows.forEach((row, i) => {
    const top = geometry.top + i * geometry.rowHeight;
    const [from, to] = ends(row).map(x);
    const falls = !Array.isArray(row.plot) && row.plot < 0;
    const href = escapeXml(localizedHref(chart.locale, citationHref(row.metricSlug, row.citationKey)));
    const title = `<title>${escapeXml(barTitle(row, chart.locale))}</title>`;
    // Bars of one metric disagree by being drawn side by side; a bar of a chart of many metrics says so itself.
    const marks = [row.disputed && spec.bars === 'per-metric' ? CHART_WORDS[chart.locale].disputed : '', row.rank === 'deprecated' ? CHART_WORDS[chart.locale].deprecated : ''].filter(Boolean).join(' · ');
    parts.push(
      `<a href="${href}"${linkTarget ? ` target="${linkTarget}" rel="noopener"` : ''}>${title}` +
        // The label stands over its bar's zero end, so it stays beside the bar whichever way it grows.
        // A no-break space opens each ' · ': renderers drop an ordinary one at the start of a tspan.
        `<text x="${pct(x(0))}" dx="${falls ? -2 : 2}" y="${top + 15}" text-anchor="${falls ? 'end' : 'start'}" font-size="13" font-weight="600" fill="${CHART_COLORS.accent}">${escapeXml(row.label)}` +
        (row.attribution ? `<tspan font-size="11" font-weight="400" fill="${CHART_COLORS.muted}">\u00a0· ${escapeXml(truncate(row.attribution, 34))}</tspan>` : '') +
        (marks ? `<tspan font-size="11" font-weight="600" fill="${CHART_COLORS.warn}">\u00a0· ${marks}</tspan>` : '') +
        `</text>` +
        `<rect x="${pct(from)}" y="${top + 21}" width="${pct(Math.max(to - from, 0.3))}" height="18" fill="${fillOf(row)}"/>`,
    );
    // The figure beyond the bar's outer end while there is room, else just inside it.
    const outside = falls ? from >= ROOM_OUTSIDE : 100 - to >= ROOM_OUTSIDE;
    const sign = falls ? -1 : 1;
    parts.push(
      `<text x="${pct(falls ? from : to)}" dx="${(outside ? 5 : -5) * sign}" y="${top + 34}" text-anchor="${outside !== falls ? 'start' : 'end'}" ` +
        `font-size="12" font-weight="700" fill="${outside ? CHART_COLORS.ink : '#ffffff'}">${escapeXml(row.display)}</text></a>`,
    );
    if (row.conversion) {
      const zero = x(0);
      parts.push(`<text x="${pct(zero)}" dx="${falls ? -4 : 4}" y="${top + 53}" text-anchor="${falls ? 'end' : 'start'}" font-size="11" fill="${CHART_COLORS.muted}">${escapeXml(row.conversion)}</text>`);
    }
  });
  return parts.join('');
}

/**
 * The chart as the pages inline it: as wide as its box, its title and summary given by the page
 * around it. In an embed its links open Cited in a new tab (`linkTarget`), not inside the frame.
 */
export function chartSvg(chart: DrawableChart, labelledBy: string, linkTarget?: '_blank'): string {
  const geometry = chartGeometry(chart);
  return (
    `<svg class="chart-svg" xmlns="http://www.w3.org/2000/svg" width="100%" height="${geometry.height}" role="group" aria-labelledby="${escapeXml(labelledBy)}" font-family="inherit">` +
    `${chartBody(chart, geometry, linkTarget)}</svg>`
  );
}

/**
 * As many of the chart's rows as fit a box, drawn `scale` times their size, for a share card;
 * what does not fit is counted, not dropped silently.
 */
export function chartBodyForCard(chart: ChartData, box: { x: number; y: number; width: number; height: number; scale: number }): string {
  const full = chartGeometry(chart);
  const fits = Math.max(1, Math.floor((box.height / box.scale - full.top - full.bottom) / full.rowHeight));
  const shown = chart.rows.length > fits ? { ...chart, rows: chart.rows.slice(0, fits - 1) } : chart;
  const geometry = chartGeometry(shown);
  const more = chart.rows.length - shown.rows.length;
  return (
    `<g transform="translate(${box.x} ${box.y}) scale(${box.scale})"><svg width="${box.width / box.scale}" height="${geometry.height}">${chartBody(shown, geometry)}</svg>` +
    (more > 0 ? `<text x="0" y="${geometry.height + 14}" font-size="13" fill="${CHART_COLORS.muted}">and ${more} more</text>` : '') +
    `</g>`
  );
}

// ── standalone images ──────────────────────────────────────────────────────────────────────────

/** Rough advance width of a text, enough to wrap lines: Hangul and CJK are a full em, Latin about half. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : /[A-Z0-9%$₩¥]/.test(ch) ? 0.64 : /[ .,:;'’“”()|·-]/.test(ch) ? 0.3 : 0.54;
  return ems * size;
}

/** Splits text into lines no wider than `width` at the given size, breaking between words. */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ImageFrame {
  /** Pixel width of the image. */
  width: number;
  /** Where the figures can be checked: Cited's address for this chart. */
  url: string;
  /** The day the image was drawn, YYYY-MM-DD. */
  drawnOn: string;
}

const FONT_FAMILY = "'Noto Sans KR', 'Noto Sans', sans-serif";

interface TextLine {
  text: string;
  size: number;
  weight: number;
  fill: string;
}

function lines(text: string, width: number, size: number, weight: number, fill: string): TextLine[] {
  return wrapText(text, width, size).map((t) => ({ text: t, size, weight, fill }));
}

function textBlock(block: TextLine[], x: number, top: number): { svg: string; height: number } {
  let y = top;
  const svg = block
    .map((l) => {
      y += l.size * 1.35;
      return `<text x="${x}" y="${Math.round(y - l.size * 0.3)}" font-size="${l.size}" font-weight="${l.weight}" fill="${l.fill}">${escapeXml(l.text)}</text>`;
    })
    .join('');
  return { svg, height: y - top };
}

/**
 * The chart as a file a person pastes into a slide: title and subtitle above, legend and callouts
 * below the bars, then the source line, the date and Cited's address. Self-contained: fonts
 * named, colours inline, nothing from the page's stylesheet.
 */
export function chartImageSvg(chart: ChartData, frame: ImageFrame): { svg: string; width: number; height: number } {
  const words = CHART_WORDS[chart.locale];
  const pad = 32;
  const inner = frame.width - pad * 2;
  const head = textBlock(
    [
      ...lines(chart.spec.title, inner, 26, 700, CHART_COLORS.ink),
      ...lines(chart.spec.subtitle, inner, 15, 400, CHART_COLORS.muted),
      ...(chart.disputed ? lines(words.disagreeNotice, inner, 15, 600, CHART_COLORS.warn) : []),
    ],
    pad,
    pad - 8,
  );
  const geometry = chartGeometry(chart);
  const bodyTop = pad + head.height + 12;
  const body =
    chart.rows.length > 0
      ? `<svg x="${pad}" y="${bodyTop}" width="${inner}" height="${geometry.height}">${chartBody(chart, geometry)}</svg>`
      : `<text x="${pad}" y="${bodyTop + 24}" font-size="15" fill="${CHART_COLORS.muted}">${escapeXml(words.empty)}</text>`;
  let y = bodyTop + (chart.rows.length > 0 ? geometry.height : 40) + 8;
  const extra: string[] = [];
  if (chart.spec.highlight) {
    extra.push(
      `<rect x="${pad}" y="${y + 4}" width="12" height="12" fill="${CHART_COLORS.highlight}"/><text x="${pad + 18}" y="${y + 15}" font-size="13" fill="${CHART_COLORS.muted}">${escapeXml(chart.spec.highlight.label)}</text>`,
    );
    y += 24;
  }
  const calloutLines = chart.callouts.flatMap((c) => lines(words.callout(c.label, c.display, c.stated), inner, 14, 600, CHART_COLORS.ink));
  const foot = textBlock(
    [...calloutLines, ...lines(words.sources(chart.sources.map((s) => s.label)), inner, 13, 400, CHART_COLORS.muted), ...lines(words.drawn(frame.drawnOn, frame.url), inner, 13, 400, CHART_COLORS.muted)],
    pad,
    y,
  );
  const height = Math.ceil(y + foot.height + pad - 8);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${height}" viewBox="0 0 ${frame.width} ${height}" font-family="${FONT_FAMILY}" role="img" aria-label="${escapeXml(chart.summary)}">` +
    `<title>${escapeXml(chart.spec.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>` +
    head.svg +
    body +
    extra.join('') +
    foot.svg +
    `</svg>`;
  return { svg, width: frame.width, height };
}
