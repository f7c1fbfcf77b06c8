'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ChartGeometry } from '@/lib/chart-svg';
import type { ChartRow } from '@/lib/charts';

// The charting library loads when a person first reaches for a chart (pointer, touch or keyboard
// focus): the first load carries none of it, and the chart itself never waits for it.
const ChartOverlay = dynamic(() => import('./bar-chart').then((m) => m.ChartOverlay), { ssr: false });

/** A server-drawn chart (its children), with tooltips and hover laid over it on first use. */
export function ChartInteraction({ rows, geometry, children }: { rows: ChartRow[]; geometry: ChartGeometry; children: ReactNode }) {
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
      {children}
      {awake && width > 0 ? <ChartOverlay rows={rows} geometry={geometry} width={width} /> : null}
    </div>
  );
}
