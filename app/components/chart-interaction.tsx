'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { chartGeometry, chartSvg, type DrawableChart } from '@/lib/chart-svg';

// The charting library loads when a person first reaches for a chart (pointer, touch or keyboard
// focus): the first load carries none of it, and the chart itself never waits for it.
const ChartOverlay = dynamic(() => import('./bar-chart').then((m) => m.ChartOverlay), { ssr: false });

/**
 * A chart drawn as SVG by lib/chart-svg, on the server first: it is in the HTML, whole, before
 * any script runs. The page carries the chart's rows once, and the drawing is made from them on
 * both sides (so the SVG is not sent a second time for hydration); tooltips and hover are laid
 * over it on first use.
 */
export function ChartInteraction({ chart, labelledBy, linkTarget }: { chart: DrawableChart; labelledBy: string; linkTarget?: '_blank' }) {
  const box = useRef<HTMLDivElement>(null);
  const [awake, setAwake] = useState(false);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!awake || !element) return;
    // The overlay stays as wide as the drawing, also when the box changes width (a rotated phone).
    const measure = () => setWidth(element.clientWidth);
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => resize.disconnect();
  }, [awake]);
  const wake = () => setAwake(true);
  return (
    <div ref={box} className="chart-interactive" onPointerEnter={wake} onTouchStart={wake} onFocus={wake}>
      <div className="chart-box" dangerouslySetInnerHTML={{ __html: chartSvg(chart, labelledBy, linkTarget) }} />
      {awake && width > 0 ? <ChartOverlay rows={chart.rows} locale={chart.locale} geometry={chartGeometry(chart)} width={width} /> : null}
    </div>
  );
}
