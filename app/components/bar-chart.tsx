'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow } from '@/lib/charts';
import { chartHeight, citationHref } from '@/lib/charts';
import type { Unit } from '@/lib/domain';
import { formatTick } from '@/lib/format';

const COLORS = { base: '#5b7083', highlight: '#0b5cad', deprecated: '#b8c2cc' };

interface Props {
  /** The box's width, measured by LazyBarChart: drawing at a known size takes one render, not three. */
  width: number;
  rows: ChartRow[];
  unit: Exclude<Unit, 'date'>;
  axisLabel: string;
  axisMax?: number;
}

/** Narrow screens get a narrower label column and value margin, so the bars keep most of the width. */
function layoutFor(width: number) {
  const narrow = width < 560;
  return { labelWidth: narrow ? 142 : 200, subLength: narrow ? 22 : 34 };
}

/** The figure beside its bar's outer end (right of a rise, left of a fall), the source's conversion under it. */
function ValueLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown; rows: ChartRow[] }) {
  const [x, y, width, height] = [props.x, props.y, props.width, props.height].map(Number);
  const row = props.rows.find((r) => r.key === props.value);
  if (!row || [x, y, width, height].some(Number.isNaN)) return null;
  const falls = width < 0;
  const at = falls ? x + width - 6 : x + width + 6;
  const conversion = row.conversion?.replace(' (source’s conversion)', '');
  return (
    <text x={at} y={y + height / 2} textAnchor={falls ? 'end' : 'start'} className="chart-value">
      <tspan x={at} dy={conversion ? '-0.2em' : '0.35em'}>
        {row.display}
      </tspan>
      {conversion ? (
        <tspan x={at} dy="1.2em" className="chart-value-sub">
          source: {conversion}
        </tspan>
      ) : null}
    </text>
  );
}

/** Room for the longest value label, within reason. */
function valueMargin(rows: ChartRow[], width: number): number {
  const longest = Math.max(...rows.map((r) => Math.max(r.display.length, (r.conversion?.length ?? 0) - 14)));
  return Math.min(Math.round(width * 0.35), longest * 7 + 16);
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

/** Bar labels are links to each figure's citation, so the chart works by keyboard too. */
function LinkTick({ x, y, payload, rows, subLength, side }: { x?: number; y?: number; payload?: { value: string }; rows: ChartRow[]; subLength: number; side: 'left' | 'right' }) {
  const row = rows.find((r) => r.key === payload?.value);
  if (!row || x === undefined || y === undefined) return null;
  const at = side === 'left' ? x - 6 : x + 6;
  const anchor = side === 'left' ? 'end' : 'start';
  const sub = row.attribution && row.attribution.length > subLength ? `${row.attribution.slice(0, subLength - 1)}…` : row.attribution;
  return (
    <g>
      <a href={citationHref(row.metricSlug, row.citationKey)} aria-label={`${row.label}${row.attribution ? `, ${row.attribution}` : ''}: ${row.display}. Open its citation.`}>
        <text x={at} y={y} dy={row.attribution ? -4 : 4} textAnchor={anchor} className="chart-tick" fontWeight={600}>
          {row.label}
        </text>
      </a>
      {sub ? (
        <text x={at} y={y} dy={10} textAnchor={anchor} className="chart-tick-sub" aria-hidden="true">
          {sub}
        </text>
      ) : null}
    </g>
  );
}

export function BarChartView({ width, rows, unit, axisLabel, axisMax }: Props) {
  const router = useRouter();
  const layout = layoutFor(width);
  const allNegative = rows.every((r) => (Array.isArray(r.plot) ? r.plot[1] : r.plot) <= 0);
  return (
    // Falls grow leftwards from zero, so their labels sit on the right, beside the zero line.
    <BarChart
      width={width}
      height={chartHeight(rows.length)}
      data={rows}
      layout="vertical"
      margin={{ top: 4, right: allNegative ? 4 : valueMargin(rows, width), bottom: 24, left: allNegative ? valueMargin(rows, width) : 4 }}
    >
        <CartesianGrid horizontal={false} stroke="#e3e3e3" />
        <XAxis
          type="number"
          tickFormatter={(n: number) => formatTick(n, unit)}
          domain={allNegative ? ['auto', 0] : [0, axisMax ?? 'auto']}
          label={{ value: axisLabel, position: 'insideBottom', offset: -16, className: 'chart-axis-label' }}
          tick={{ fontSize: 12, fill: '#444' }}
        />
        <YAxis
          type="category"
          dataKey="key"
          orientation={allNegative ? 'right' : 'left'}
          width={layout.labelWidth}
          tick={<LinkTick rows={rows} subLength={layout.subLength} side={allNegative ? 'right' : 'left'} />}
          interval={0}
        />
        <ReferenceLine x={0} stroke="#1a1a1a" />
        <Tooltip content={<CitationTooltip />} cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }} />
        <Bar
          dataKey="plot"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry: { payload?: ChartRow }) => {
            if (entry.payload) router.push(citationHref(entry.payload.metricSlug, entry.payload.citationKey));
          }}
        >
          {rows.map((row) => (
            <Cell key={row.key} fill={row.rank === 'deprecated' ? COLORS.deprecated : row.highlighted ? COLORS.highlight : COLORS.base} />
          ))}
          <LabelList dataKey="key" content={<ValueLabel rows={rows} />} />
        </Bar>
    </BarChart>
  );
}
