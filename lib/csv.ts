/**
 * CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark so Excel
 * shows Korean text, and text cells that cannot run as formulas.
 */

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

export type CsvValue = string | number | null | undefined;

/** How a column's cells are written: numbers are written as numbers, never defused as formulas. */
export type CsvColumnType = 'string' | 'number' | 'integer' | 'date';

export interface CsvColumn<Row> {
  name: string;
  type: CsvColumnType;
  value: (row: Row) => CsvValue;
}

// OWASP CSV injection: a cell starting with one of these may be read as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would evaluate is prefixed with a single quote, as OWASP
 * recommends; the rest of the text is kept exactly.
 */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvCell(value: CsvValue, type: CsvColumnType): string {
  if (value === null || value === undefined) return '';
  if (type === 'number' || type === 'integer') {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`not a number: ${String(value)}`);
    return String(value);
  }
  return quoteCell(defuseFormula(String(value)));
}

export function csvHeader<Row>(columns: readonly CsvColumn<Row>[]): string {
  return columns.map((c) => quoteCell(c.name)).join(',') + CRLF;
}

export function csvLine<Row>(columns: readonly CsvColumn<Row>[], row: Row): string {
  return columns.map((c) => csvCell(c.value(row), c.type)).join(',') + CRLF;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * PostgreSQL's COPY ends rows with LF; these files end them with CRLF. Returns a function that
 * takes COPY's output chunk by chunk, wherever the chunks split, and puts CR before each LF that
 * ends a row, leaving line breaks inside quoted cells as they are. A doubled quote inside a quoted
 * cell toggles twice, so counting quotes is enough to know where a cell's quotes end.
 */
export function crlfRowEnds(): (chunk: Uint8Array) => Uint8Array {
  let quoted = false;
  return (chunk) => {
    const rowEnds: number[] = [];
    let quote = chunk.indexOf(QUOTE);
    let lf = chunk.indexOf(LF);
    while (lf !== -1) {
      if (quote !== -1 && quote < lf) {
        quoted = !quoted;
        quote = chunk.indexOf(QUOTE, quote + 1);
      } else {
        if (!quoted) rowEnds.push(lf);
        lf = chunk.indexOf(LF, lf + 1);
      }
    }
    // Quotes after the last LF still count for the next chunk.
    for (; quote !== -1; quote = chunk.indexOf(QUOTE, quote + 1)) quoted = !quoted;
    if (rowEnds.length === 0) return chunk;
    const out = new Uint8Array(chunk.length + rowEnds.length);
    let from = 0;
    let to = 0;
    for (const end of rowEnds) {
      out.set(chunk.subarray(from, end), to);
      to += end - from;
      out[to++] = CR;
      from = end;
    }
    out.set(chunk.subarray(from), to);
    return out;
  };
}
