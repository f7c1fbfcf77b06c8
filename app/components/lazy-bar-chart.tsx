'use client';

import dynamic from 'next/dynamic';
import { startTransition, useEffect, useState, type ComponentProps } from 'react';
import type { BarChartView } from './bar-chart';
import { useChartSurface } from './chart-surface';

// The charting library loads after the page, and a chart only when it nears the screen: the
// first load carries no chart code, and a chart far below the fold costs nothing until scrolled to.
const BarChart = dynamic(() => import('./bar-chart').then((m) => m.BarChartView), { ssr: false });

/** The chart box's width once it nears the screen, kept current as the box resizes; null before. */
function useWidthWhenNear(box: React.RefObject<HTMLDivElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let near = false;
    const measure = () => {
      const measured = Math.round(element.clientWidth);
      // A transition: drawing a chart is work React may set aside for a tap or a keystroke.
      if (measured > 0) startTransition(() => setWidth((current) => (current === measured ? current : measured)));
    };
    const visibility = new IntersectionObserver(
      (entries) => {
        if (near || !entries.some((e) => e.isIntersecting)) return;
        near = true;
        measure();
      },
      { rootMargin: '200px 0px' },
    );
    // Redraw when the box changes width (a rotated phone, a resized window), not on every pixel of height.
    const resize = new ResizeObserver(() => near && measure());
    visibility.observe(element);
    resize.observe(element);
    return () => {
      visibility.disconnect();
      resize.disconnect();
    };
  }, [box]);
  return width;
}

export function LazyBarChart(props: Omit<ComponentProps<typeof BarChartView>, 'width'>) {
  const box = useChartSurface();
  const width = useWidthWhenNear(box);
  return (
    <div ref={box} style={{ width: '100%', height: '100%' }}>
      {width !== null ? <BarChart width={width} {...props} /> : null}
    </div>
  );
}
