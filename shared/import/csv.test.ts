import { describe, expect, it } from 'vitest';
import { neutralizeSpreadsheetCell, toCsv } from './csv';
import { parseTable } from './index';

describe('neutralizeSpreadsheetCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1', "'＝1"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutralizeSpreadsheetCell(input)).toBe(output);
  });
});

describe('toCsv', () => {
  it('quotes per RFC 4180, ends records with CRLF and neutralizes text cells', () => {
    expect(
      toCsv(
        ['Name', 'Note'],
        [
          ['a,b', 'say "hi"'],
          ['line\nbreak', '=HYPERLINK("x")'],
          ['n', -12.5],
        ],
      ),
    ).toBe('Name,Note\r\n"a,b","say ""hi"""\r\n"line\nbreak","\'=HYPERLINK(""x"")"\r\nn,-12.5\r\n');
  });

  it('writes empty cells for null and undefined, and a BOM on request', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, true]], { bom: true })).toBe(
      '\uFEFFa,b,c\r\n,,true\r\n',
    );
  });

  it('round-trips through parseTable', () => {
    const headers = ['Name', 'Notes', 'Price', 'Formula'];
    const rows = [
      ['Paper, A4', 'He said "ok"\r\nthen left', '€1.234,50', '=1+2'],
      ['Pens', '', '3', '@x'],
      ['Ünïcödé ✓', 'multi\nline\nvalue', '5', 'fine'],
    ];
    for (const delimiter of [',', ';', '\t'] as const) {
      const csv = toCsv(headers, rows, { delimiter, bom: true });
      const t = parseTable(new TextEncoder().encode(csv), 'export.csv');
      expect(t.delimiter).toBe(delimiter);
      expect(t.headers).toEqual(headers);
      expect(t.rows).toEqual(rows.map((r) => r.map(neutralizeSpreadsheetCell)));
      expect(t.rowLines).toEqual([2, 4, 5]);
      expect(t.warnings).toEqual([]);
    }
  });
});
