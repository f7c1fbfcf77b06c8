'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_WORDS, type ChartGeometry } from '@/lib/chart-svg';
import type { ChartRow } from '@/lib/charts';
import { citationHref } from '@/lib/charts';
import { localizedHref, type Locale } from '@/lib/locale';

export interface OverlayProps {
  rows: ChartRow[];
  /** The page's language: the tooltip's words, and where a click leads. */
  locale: Locale;
  geometry: ChartGeometry;
  /** The box's width in pixels, measured when the overlay was woken. */
  width: number;
}

function CitationTooltip({ active, payload, locale }: { active?: boolean; payload?: { payload: ChartRow }[]; locale: Locale }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const words = CHART_WORDS[locale];
  return (
    <div className="chart-tooltip" role="status">
      <p className="tooltip-figure">
        {row.label}: <strong>{row.display}</strong>
      </p>
      <p>
        {words.statedAs} <span lang="ko">“{row.stated}”</span>
        {row.conversion ? ` · ${row.conversion}` : ''}
      </p>
      <p>
        {words.saidBy} {row.speaker}
      </p>
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
export function ChartOverlay({ rows, locale, geometry, width }: OverlayProps) {
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
        if (row) router.push(localizedHref(locale, citationHref(row.metricSlug, row.citationKey)));
      }}
    >
      <XAxis type="number" hide domain={geometry.domain} allowDataOverflow />
      <YAxis type="category" dataKey="key" hide width={0} />
      <Tooltip content={<CitationTooltip locale={locale} />} cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }} isAnimationActive={false} />
      <Bar dataKey="plot" fill="transparent" isAnimationActive={false} />
    </BarChart>
  );
}
