import 'server-only';
import { chartImageSvg } from '@/lib/chart-svg';
import type { ChartData } from '@/lib/charts';
import { exportFilename } from '@/lib/download';
import { siteUrl } from '@/lib/env';
import { DEFAULT_LOCALE } from '@/lib/locale';
import { rasterize } from './rasterize';

export type ImageFormat = 'svg' | 'png';

export const imageFormatOf = (extension: string | undefined): ImageFormat => (extension === 'png' ? 'png' : 'svg');

const today = () => new Date().toISOString().slice(0, 10);

/**
 * An image response: cached like the pages (a minute fresh, then served stale while it is drawn
 * again), named for download, and unable to run anything if opened on its own.
 */
export function imageResponse(body: string | Buffer, format: ImageFormat, filename: string): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'Content-Type': format === 'png' ? 'image/png' : 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `inline; filename="${filename}"`,
      'Cache-Control': 'public, max-age=60, s-maxage=60, stale-while-revalidate=600',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}

/** A chart as a standalone image: 1200 px wide as SVG, twice that as PNG (sharp on slides). */
export function chartImageResponse(chart: ChartData, path: string, format: ImageFormat): Response {
  const { svg } = chartImageSvg(chart, { width: 1200, url: `${siteUrl()}${path}`, drawnOn: today() });
  const language = chart.locale === DEFAULT_LOCALE ? '' : `-${chart.locale}`;
  return imageResponse(format === 'png' ? rasterize(svg, 2) : svg, format, exportFilename(`chart-${chart.spec.id}${language}`, format));
}
