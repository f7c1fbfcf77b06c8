import type { MetricJson } from './api';
import { chartBodyForCard, CHART_COLORS, escapeXml, wrapText } from './chart-svg';
import { type ChartData } from './charts';
import { figureIn, labelIn, sourceLabelIn, speakerIn } from './figure-in';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { headlineClaim } from './metric';

/**
 * The picture a shared link shows in a chat or a feed (Open Graph, 1200 × 630): what the figure
 * is, the figure itself as Cited reads it, the words the article used, and whose words they are.
 */

export const SHARE_CARD = { width: 1200, height: 630 } as const;

export interface ShareCard {
  title: string;
  /** The headline figure, large; a card without one shows its chart instead. */
  figure?: string;
  /** Lines under the figure: the number as written, the speaker. */
  lines: string[];
  chart?: ChartData;
  /** The source and its date. */
  source: string;
  /** Cited's line beside its name, in the card's language. */
  tagline: string;
  /** Cited's address for what the card shows. */
  url: string;
}

const PAD = 64;
const FONT_FAMILY = "'Noto Sans KR', 'Noto Sans', sans-serif";

function clamp(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1].replace(/\s*\S*$/, '')}…`;
  return kept;
}

export function shareCardSvg(card: ShareCard): string {
  const { width, height } = SHARE_CARD;
  const inner = width - PAD * 2;
  const parts: string[] = [
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect x="0" y="0" width="${width}" height="10" fill="${CHART_COLORS.accent}"/>`,
    `<text x="${PAD}" y="66" font-size="26" font-weight="700" fill="${CHART_COLORS.ink}">Cited<tspan font-weight="400" fill="${CHART_COLORS.muted}"> · ${escapeXml(card.tagline)}</tspan></text>`,
  ];
  let y = 88;
  for (const line of clamp(wrapText(card.title, inner, 42), 2)) {
    y += 52;
    parts.push(`<text x="${PAD}" y="${y}" font-size="42" font-weight="700" fill="${CHART_COLORS.ink}">${escapeXml(line)}</text>`);
  }
  const footerTop = height - 78;
  if (card.figure) {
    y += 112;
    parts.push(`<text x="${PAD}" y="${y}" font-size="96" font-weight="700" fill="${CHART_COLORS.accent}">${escapeXml(card.figure)}</text>`);
    y += 10;
    for (const line of card.lines.flatMap((l) => clamp(wrapText(l, inner, 30), 2))) {
      if (y + 46 > footerTop - 8) break;
      y += 46;
      parts.push(`<text x="${PAD}" y="${y}" font-size="30" fill="${CHART_COLORS.ink}">${escapeXml(line)}</text>`);
    }
  } else if (card.chart) {
    parts.push(chartBodyForCard(card.chart, { x: PAD, y: y + 18, width: inner, height: footerTop - y - 24, scale: 1.1 }));
  }
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${footerTop}" y2="${footerTop}" stroke="${CHART_COLORS.grid}" stroke-width="2"/>`);
  parts.push(`<text x="${PAD}" y="${footerTop + 32}" font-size="22" fill="${CHART_COLORS.muted}">${escapeXml(clamp(wrapText(card.source, inner, 22), 1)[0] ?? '')}</text>`);
  parts.push(`<text x="${PAD}" y="${footerTop + 62}" font-size="20" fill="${CHART_COLORS.accent}">${escapeXml(card.url.replace(/^https?:\/\//, ''))}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">${parts.join('')}</svg>`;
}

/** The words of a card, in each language its pages are read in. */
const CARD_WORDS: Record<Locale, { tagline: string; noFigure: string; statedBy: (stated: string, speaker: string) => string; others: (n: number) => string; sources: (labels: string[]) => string }> = {
  en: {
    tagline: 'every number carries its source',
    noFigure: 'No figure stored',
    statedBy: (stated, speaker) => `Stated as “${stated}”, by ${speaker}`,
    others: (n) => `and ${n} other claim${n === 1 ? '' : 's'}, side by side`,
    sources: (labels) => `Source${labels.length > 1 ? 's' : ''}: ${labels.join('; ')}`,
  },
  ko: {
    tagline: '모든 수치에 출처를 답니다',
    noFigure: '저장된 수치 없음',
    statedBy: (stated, speaker) => `${speaker} 표현: “${stated}”`,
    others: (n) => `다른 주장 ${n}건과 나란히 비교`,
    sources: (labels) => `출처: ${labels.join('; ')}`,
  },
};

/** A metric's card: its headline figure, the words that state it and who said them, in `locale`. */
export function metricShareCard(metric: MetricJson, url: string, locale: Locale = DEFAULT_LOCALE): ShareCard {
  const words = CARD_WORDS[locale];
  const title = labelIn(locale, metric);
  const claim = headlineClaim(metric);
  const citation = claim?.citations[0];
  if (!claim || !citation) return { title, lines: [words.noFigure], source: '', url, tagline: words.tagline };
  const others = metric.claims.length - 1;
  return {
    title,
    figure: figureIn(locale, claim, metric.unit, metric.slug),
    lines: [words.statedBy(citation.statedText, speakerIn(locale, claim, citation.source)), ...(others > 0 ? [words.others(others)] : [])],
    source: words.sources([sourceLabelIn(locale, citation.source)]),
    url,
    tagline: words.tagline,
  };
}

/** A chart's card: its title and as many of its bars as fit, in the chart's language. */
export function chartShareCard(chart: ChartData, url: string, title = chart.spec.title): ShareCard {
  const words = CARD_WORDS[chart.locale];
  return { title, lines: [], chart, source: words.sources(chart.sources.map((s) => s.label)), url, tagline: words.tagline };
}
