import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from '../fixtures/csv-reader';
import { BOM, crlfRowEnds, csvCell, csvHeader, csvLine, defuseFormula, type CsvColumn, type CsvColumnType, type CsvValue } from './csv';

describe('csvCell', () => {
  const cases: [CsvValue, CsvColumnType, string][] = [
    ['plain', 'string', 'plain'],
    ['a, b', 'string', '"a, b"'],
    ['say "hi"', 'string', '"say ""hi"""'],
    ['line\r\nbreak', 'string', '"line\r\nbreak"'],
    ['only\nLF', 'string', '"only\nLF"'],
    ['딥시크 점유율은 56%에 달했고', 'string', '딥시크 점유율은 56%에 달했고'],
    ['“따옴표”, 쉼표', 'string', '"“따옴표”, 쉼표"'],
    ['=HYPERLINK("http://x","y")', 'string', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', 'string', "'+1+2"],
    ['-2+3', 'string', "'-2+3"],
    ['@SUM(A1)', 'string', "'@SUM(A1)"],
    ['\tTAB', 'string', "'\tTAB"],
    ['\rCR', 'string', `"'\rCR"`],
    ['a=b', 'string', 'a=b'],
    [-17.2, 'number', '-17.2'],
    [612700000000, 'number', '612700000000'],
    [0.05, 'number', '0.05'],
    [14, 'integer', '14'],
    [null, 'number', ''],
    [undefined, 'string', ''],
    ['', 'string', ''],
    ['2025-01-27', 'date', '2025-01-27'],
  ];
  for (const [value, type, want] of cases) it(`${JSON.stringify(value)} as ${type} → ${JSON.stringify(want)}`, () => assert.equal(csvCell(value, type), want));

  it('refuses text in a numeric column rather than writing it unescaped', () => {
    assert.throws(() => csvCell('=1+1', 'number'), /not a number/);
    assert.throws(() => csvCell(Number.NaN, 'number'), /not a number/);
  });
  it('leaves text that only contains a formula character later alone', () => assert.equal(defuseFormula('US$-5'), 'US$-5'));
});

describe('csv rows', () => {
  type Row = { name: string; value: number | null };
  const columns: CsvColumn<Row>[] = [
    { name: 'name', type: 'string', value: (r) => r.name },
    { name: 'value', type: 'number', value: (r) => r.value },
  ];
  it('writes a header and CRLF-terminated lines that read back as written', () => {
    const rows: Row[] = [
      { name: 'Nvidia, Inc.', value: -17.2 },
      { name: '=cmd', value: null },
      { name: '멀티\n라인 "인용"', value: 5.6 },
    ];
    const text = BOM + csvHeader(columns) + rows.map((r) => csvLine(columns, r)).join('');
    assert.ok(text.startsWith('\uFEFFname,value\r\n'));
    assert.ok(text.endsWith('\r\n'));
    assert.deepEqual(parseCsv(text), [
      ['name', 'value'],
      ['Nvidia, Inc.', '-17.2'],
      ["'=cmd", ''],
      ['멀티\n라인 "인용"', '5.6'],
    ]);
  });
  it('reports an unterminated quote when reading', () => assert.throws(() => parseCsv('"open'), /unterminated/));
});

describe('crlfRowEnds', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const text = (chunks: Uint8Array[]) => new TextDecoder().decode(Buffer.concat(chunks));
  const cases: [string, string, string][] = [
    ['row ends', 'a,b\nc,d\n', 'a,b\r\nc,d\r\n'],
    ['a line break inside quotes stays', '"two\nlines",x\ny\n', '"two\nlines",x\r\ny\r\n'],
    ['doubled quotes do not end a cell', '"say ""hi""\n",1\n2\n', '"say ""hi""\n",1\r\n2\r\n'],
    ['CRLF inside quotes stays', '"a\r\nb"\n', '"a\r\nb"\r\n'],
    ['Korean text', '딥시크,"56%, 쿠바"\n', '딥시크,"56%, 쿠바"\r\n'],
    ['no row end yet', '"open', '"open'],
    ['empty', '', ''],
  ];
  for (const [what, input, want] of cases) {
    it(what, () => assert.equal(text([crlfRowEnds()(bytes(input))]), want));
    it(`${what}, split into every possible pair of chunks`, () => {
      const whole = bytes(input);
      for (let at = 0; at <= whole.length; at++) {
        const convert = crlfRowEnds();
        assert.equal(text([convert(whole.subarray(0, at)), convert(whole.subarray(at))]), want, `split at byte ${at}`);
      }
    });
  }
});
