'use client';

import { useState } from 'react';
import { useChartSurface } from './chart-surface';

interface Props {
  chartId: string;
  title: string;
  subtitle: string;
  sourceLine: string;
  csvHref: string;
  /** The chart's SVG exists only in the chart view; the table view offers the CSV alone. */
  images: boolean;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', sans-serif";
const STYLED = ['fill', 'stroke', 'font-size', 'font-weight', 'font-family', 'opacity', 'stroke-width'] as const;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

/** Wraps text into lines of at most `width` characters (enough for titles and source lines). */
function lines(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length > width && line) {
      out.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) out.push(line);
  return out;
}

/**
 * The chart as a standalone SVG a person can paste into a slide: title and subtitle above, source
 * line and date below, styles inlined (the page's stylesheet does not travel with the file).
 */
function standaloneSvg(chart: SVGSVGElement, { title, subtitle, sourceLine }: Props): { svg: string; width: number; height: number } {
  const clone = chart.cloneNode(true) as SVGSVGElement;
  const originals = chart.querySelectorAll<SVGElement>('*');
  clone.querySelectorAll<SVGElement>('*').forEach((el, i) => {
    const computed = getComputedStyle(originals[i]);
    for (const property of STYLED) el.style.setProperty(property, computed.getPropertyValue(property));
  });
  const width = chart.clientWidth || Number(chart.getAttribute('width'));
  const chartHeight = chart.clientHeight || Number(chart.getAttribute('height'));
  const chars = Math.floor(width / 8);
  const head = [...lines(title, Math.floor(width / 11)).map((l) => ({ text: l, size: 20, weight: 700 })), ...lines(subtitle, chars).map((l) => ({ text: l, size: 14, weight: 400 }))];
  const foot = lines(`${sourceLine} · Retrieved ${new Date().toISOString().slice(0, 10)} from Cited (${window.location.origin})`, Math.floor(width / 7));
  const headHeight = 16 + head.reduce((h, l) => h + l.size * 1.4, 0);
  const height = headHeight + chartHeight + 16 + foot.length * 17 + 8;
  let y = 16;
  const headText = head.map((l) => {
    y += l.size * 1.4;
    return `<text x="16" y="${y - l.size * 0.4}" font-size="${l.size}" font-weight="${l.weight}" fill="#1a1a1a">${escapeXml(l.text)}</text>`;
  });
  const footText = foot.map((l, i) => `<text x="16" y="${headHeight + chartHeight + 24 + i * 17}" font-size="12" fill="#545454">${escapeXml(l)}</text>`);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(headHeight));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 32}" height="${height}" viewBox="0 0 ${width + 32} ${height}" font-family="${FONT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${headText.join('')}<g transform="translate(16 0)">${new XMLSerializer().serializeToString(clone)}</g>${footText.join('')}</svg>`;
  return { svg, width: width + 32, height };
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ChartDownloads(props: Props) {
  const [error, setError] = useState<string | null>(null);
  const filename = `cited-chart-${props.chartId}-${new Date().toISOString().slice(0, 10)}`;

  const box = useChartSurface();

  function download(format: 'svg' | 'png') {
    // The chart's drawing is the first SVG in its box (its tooltip is HTML, drawn after it).
    const chart = box.current?.querySelector<SVGSVGElement>('svg');
    if (!chart) return setError('The chart has not drawn yet; try again in a moment.');
    const image = standaloneSvg(chart, props);
    setError(null);
    const svgBlob = new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' });
    if (format === 'svg') return save(svgBlob, `${filename}.svg`);
    const img = new Image();
    img.onload = () => {
      const scale = 2; // sharp on high-density screens and slides
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width * scale, height: image.height * scale });
      const context = canvas.getContext('2d')!;
      context.scale(scale, scale);
      context.drawImage(img, 0, 0);
      canvas.toBlob((png) => (png ? save(png, `${filename}.png`) : setError('This browser could not draw the PNG.')), 'image/png');
    };
    img.onerror = () => setError('This browser could not draw the PNG; the SVG download still works.');
    img.src = URL.createObjectURL(svgBlob);
  }

  return (
    <div className="downloads" role="group" aria-label={`Download ${props.title}`}>
      <a href={props.csvHref} download>
        Download CSV
      </a>
      {props.images ? (
        <>
          <button type="button" onClick={() => download('png')}>
            Download PNG
          </button>
          <button type="button" onClick={() => download('svg')}>
            Download SVG
          </button>
        </>
      ) : null}
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}
