'use client';

import { createContext, useContext, useRef, type ReactNode, type RefObject } from 'react';

/**
 * The box one chart is drawn in, shared by the chart that fills it and the downloads that copy its
 * drawing: they are siblings in a server-rendered card, so the ref travels by context.
 */
const ChartSurfaceContext = createContext<RefObject<HTMLDivElement | null> | null>(null);

export function ChartSurface({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  return <ChartSurfaceContext value={box}>{children}</ChartSurfaceContext>;
}

/** The chart's box: set by the chart, read by its downloads. */
export function useChartSurface(): RefObject<HTMLDivElement | null> {
  const box = useContext(ChartSurfaceContext);
  if (!box) throw new Error('useChartSurface needs a ChartSurface around it');
  return box;
}
