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

/**
 * Reads CSV back (RFC 4180, with or without BOM): what the tests use to check what the export wrote.
 * Returns rows of cells; quoted cells may hold commas, quotes and line breaks.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && input[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (quoted) throw new SyntaxError('unterminated quoted cell');
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
