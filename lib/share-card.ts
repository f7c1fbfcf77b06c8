import type { MetricJson } from './api';
import { chartBodyForCard, CHART_COLORS, escapeXml, wrapText } from './chart-svg';
import { type ChartData } from './charts';
import { sourceLabelIn, speakerIn } from './figure-in';
import { formatFigure } from './format';
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
    `<text x="${PAD}" y="66" font-size="26" font-weight="700" fill="${CHART_COLORS.ink}">Cited<tspan font-weight="400" fill="${CHART_COLORS.muted}"> · every number carries its source</tspan></text>`,
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

/** A metric's card: its headline figure, the words that state it and who said them. */
export function metricShareCard(metric: MetricJson, url: string): ShareCard {
  const claim = headlineClaim(metric);
  const citation = claim?.citations[0];
  if (!claim || !citation) return { title: metric.label, lines: ['No figure stored'], source: '', url };
  const others = metric.claims.length - 1;
  return {
    title: metric.label,
    figure: formatFigure(claim, metric.unit),
    lines: [`Stated as “${citation.statedText}”, by ${speakerIn('en', claim, citation.source)}`, ...(others > 0 ? [`and ${others} other claim${others === 1 ? '' : 's'}, side by side`] : [])],
    source: `Source: ${sourceLabelIn('en', citation.source)}`,
    url,
  };
}

/** A chart's card: its title and as many of its bars as fit. */
export function chartShareCard(chart: ChartData, url: string, title = chart.spec.title): ShareCard {
  return { title, lines: [], chart, source: `Source${chart.sources.length > 1 ? 's' : ''}: ${chart.sources.map((s) => s.label).join('; ')}`, url };
}
