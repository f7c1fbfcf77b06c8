import type { DatePrecision, Qualifier, Unit } from './domain';

/** How a figure reads in English, with its qualifier kept: "about 20%", "more than 2,000". */

export interface FigureLike {
  qualifier: Qualifier;
  value: number | null;
  lower: number | null;
  upper: number | null;
  refDate?: { date: string; precision: DatePrecision } | null;
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

// Made once: toLocaleString builds a new formatter on every call, a tenth of a millisecond each,
// and a page or a search result formats dozens of figures.
const numberFormats = new Map<number, Intl.NumberFormat>();

function trimNumber(n: number, maximumFractionDigits: number): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) numberFormats.set(maximumFractionDigits, (format = new Intl.NumberFormat('en-US', { maximumFractionDigits })));
  return format.format(n);
}

/** 558_000_000 → '558 million'; 30_000 → '30,000'; 612_700_000_000 → '612.7 billion'. */
export function formatAmount(n: number): string {
  const abs = Math.abs(n);
  for (const [size, word] of SCALES) {
    if (abs >= size) return `${trimNumber(n / size, 3)} ${word}`;
  }
  return trimNumber(n, 2);
}

export function formatNumber(n: number, unit: Unit): string {
  switch (unit) {
    case 'USD':
      return `${n < 0 ? '−' : ''}US$${formatAmount(Math.abs(n))}`;
    case 'KRW':
      return `₩${formatAmount(n)}`;
    case 'CNY':
      return `¥${formatAmount(n)} (yuan)`;
    case 'percent':
      return `${n < 0 ? '−' : ''}${trimNumber(Math.abs(n), 2)}%`;
    case 'ratio':
      return n < 1 && n > 0 ? `1/${trimNumber(1 / n, 1)}` : `${trimNumber(n, 2)}×`;
    case 'count':
      return trimNumber(n, 0);
    case 'date':
      throw new Error('a date is not a number');
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2025-01-01' at month precision → 'January 2025'; at day precision → '20 January 2025'. */
export function formatPartialDate(date: string, precision: DatePrecision): string {
  const [year, month, day] = date.split('-').map(Number);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function formatFigure(figure: FigureLike, unit: Unit): string {
  if (unit === 'date') {
    return figure.refDate ? formatPartialDate(figure.refDate.date, figure.refDate.precision) : 'date unknown';
  }
  const f = (n: number | null) => (n === null ? '?' : formatNumber(n, unit));
  switch (figure.qualifier) {
    case 'exact':
      return f(figure.value);
    case 'approximate':
      return `about ${f(figure.value)}`;
    case 'at_least':
      return `at least ${f(figure.lower)}`;
    case 'more_than':
      return `more than ${f(figure.lower)}`;
    case 'at_most':
      return `at most ${f(figure.upper)}`;
    case 'less_than':
      return `under ${f(figure.upper)}`;
    case 'range':
      return unit === 'ratio'
        ? `${trimNumber(figure.lower ?? NaN, 2)}–${f(figure.upper)}`
        : `${f(figure.lower)} – ${f(figure.upper)}`;
  }
}

const TICK_SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** Short axis ticks: 500_000_000_000 → '$500B'; 50_000 → '50k'; -17.2 → '−17.2%'. */
export function formatTick(n: number, unit: Exclude<Unit, 'date'>): string {
  const sign = n < 0 ? '−' : '';
  const abs = Math.abs(n);
  if (unit === 'percent') return `${sign}${trimNumber(abs, 1)}%`;
  if (unit === 'ratio') return `${sign}${trimNumber(abs, 1)}×`;
  const prefix = unit === 'USD' ? 'US$' : unit === 'KRW' ? '₩' : unit === 'CNY' ? '¥' : '';
  const scale = TICK_SCALES.find(([size]) => abs >= size);
  const body = scale ? `${trimNumber(abs / scale[0], 1)}${scale[1]}` : trimNumber(abs, 1);
  return `${sign}${prefix}${body}`;
}
