'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, type ComponentProps } from 'react';
import type { BarChartView } from './bar-chart';

// The charting library loads after the page, and a chart only when it nears the screen: the
// first load carries no chart code, and a chart far below the fold costs nothing until scrolled to.
const BarChart = dynamic(() => import('./bar-chart').then((m) => m.BarChartView), { ssr: false });

export function LazyBarChart(props: ComponentProps<typeof BarChartView>) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '400px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={box} style={{ width: '100%', height: '100%' }}>
      {near ? <BarChart {...props} /> : null}
    </div>
  );
}
