'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartGeometry } from '@/lib/chart-svg';
import type { ChartRow } from '@/lib/charts';
import { citationHref } from '@/lib/charts';

export interface OverlayProps {
  rows: ChartRow[];
  geometry: ChartGeometry;
  /** The box's width in pixels, measured when the overlay was woken. */
  width: number;
}

function CitationTooltip({ active, payload }: { active?: boolean; payload?: { payload: ChartRow }[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip" role="status">
      <p className="tooltip-figure">
        {row.label}: <strong>{row.display}</strong>
      </p>
      <p>
        Stated as <span lang="ko">“{row.stated}”</span>
        {row.conversion ? ` · ${row.conversion}` : ''}
      </p>
      <p>Said by {row.speaker}</p>
      <p lang="ko" className="tooltip-quote">
        “{row.quote}”
      </p>
      <p className="tooltip-source">{row.source}</p>
    </div>
  );
}

/**
 * The interactive layer over a server-drawn chart: invisible bars laid exactly over the drawn
 * rows (the same bands, the same value axis), which give the tooltip with the quote, the hover
 * band and keyboard focus. The drawing underneath is never replaced, so taking over moves nothing.
 */
export function ChartOverlay({ rows, geometry, width }: OverlayProps) {
  const router = useRouter();
  return (
    <BarChart
      width={width}
      height={geometry.height}
      data={rows}
      layout="vertical"
      margin={{ top: geometry.top, right: 0, bottom: geometry.bottom, left: 0 }}
      barCategoryGap={0}
      style={{ position: 'absolute', inset: 0, cursor: 'pointer' }}
      // A click anywhere in a row, label or bar, opens that row's citation, as the drawn links do.
      onClick={(state) => {
        const row = rows.find((r) => r.key === state?.activeLabel);
        if (row) router.push(citationHref(row.metricSlug, row.citationKey));
      }}
    >
      <XAxis type="number" hide domain={geometry.domain} allowDataOverflow />
      <YAxis type="category" dataKey="key" hide width={0} />
      <Tooltip content={<CitationTooltip />} cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }} isAnimationActive={false} />
      <Bar dataKey="plot" fill="transparent" isAnimationActive={false} />
    </BarChart>
  );
}
