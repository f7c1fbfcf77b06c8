import { chartGeometry, chartSvg } from '@/lib/chart-svg';
import type { ChartData } from '@/lib/charts';
import { ChartInteraction } from './chart-interaction';

/**
 * A chart drawn here, on the server: it is in the HTML, whole, before any script runs, and the
 * interactive layer lies over it once a person reaches for it.
 */
export function ServerChart({ chart, labelledBy, linkTarget }: { chart: ChartData; labelledBy: string; linkTarget?: '_blank' }) {
  return (
    <ChartInteraction rows={chart.rows} geometry={chartGeometry(chart)}>
      <div className="chart-box" dangerouslySetInnerHTML={{ __html: chartSvg(chart, labelledBy, linkTarget) }} />
    </ChartInteraction>
  );
}

/** `{base}.csv`, `.png` and `.svg`: a chart's figures and its pictures, downloadable without scripts. */
export function ChartFileLinks({ base }: { base: string }) {
  return (
    <>
      <a href={`${base}.csv`} download>
        Download CSV
      </a>
      <a href={`${base}.png`} download>
        Download PNG
      </a>
      <a href={`${base}.svg`} download>
        Download SVG
      </a>
    </>
  );
}
