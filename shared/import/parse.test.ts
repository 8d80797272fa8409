import { describe, expect, it } from 'vitest';
import { parseTable } from './index';
import { detectDelimiter, parseDelimited } from './parse';

const utf8 = (s: string) => new TextEncoder().encode(s);
const table = (s: string, name = 'data.csv') => parseTable(utf8(s), name);

describe('parseDelimited', () => {
  it('handles quotes, escaped quotes and delimiters inside quotes', () => {
    const r = parseDelimited('a,b\n"x, y","say ""hi"""\n', ',');
    expect(r.records).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });

  it('keeps line breaks inside quoted values literally', () => {
    const r = parseDelimited('a,b\r\n"one\r\ntwo",3\r\n', ',');
    expect(r.records[1]).toEqual(['one\r\ntwo', '3']);
  });

  it('counts physical lines: LF, CRLF, CR-only and mixed', () => {
    expect(parseDelimited('h\n1\n2\n', ',').lines).toEqual([1, 2, 3]);
    expect(parseDelimited('h\r\n1\r\n2\r\n', ',').lines).toEqual([1, 2, 3]);
    expect(parseDelimited('h\r1\r2\r', ',').lines).toEqual([1, 2, 3]);
    expect(parseDelimited('h\r\n1\r2\n3', ',').lines).toEqual([1, 2, 3, 4]);
  });

  it('starts the next row two lines later after a quoted value with two newlines', () => {
    const r = parseDelimited('a,b\n1,"x\ny\nz"\n2,3\n', ',');
    expect(r.lines).toEqual([1, 2, 5]);
    const cr = parseDelimited('a,b\r1,"x\ry\rz"\r2,3\r', ',');
    expect(cr.lines).toEqual([1, 2, 5]);
    const crlf = parseDelimited('a,b\r\n1,"x\r\ny\r\nz"\r\n2,3\r\n', ',');
    expect(crlf.lines).toEqual([1, 2, 5]);
  });

  it('skips blank lines and rows of empty values, keeping later line numbers right', () => {
    const r = parseDelimited('a,b\n\n1,2\n   \n,\n"",""\n3,4', ',');
    expect(r.records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(r.lines).toEqual([1, 3, 7]);
  });

  it('trims values but keeps everything else literally', () => {
    const r = parseDelimited('a,b\n  x  , " y "\n=1+2,&amp;<b>\n', ',');
    expect(r.records.slice(1)).toEqual([
      ['x', 'y'],
      ['=1+2', '&amp;<b>'],
    ]);
  });

  it('treats a quote inside an unquoted value as a character', () => {
    expect(parseDelimited('Macbook Pro 13",x', ',').records).toEqual([['Macbook Pro 13"', 'x']]);
  });

  it('keeps text after a closing quote and warns', () => {
    const r = parseDelimited('a,b\n"x"y,2\n', ',');
    expect(r.records[1]).toEqual(['xy', '2']);
    expect(r.warnings).toEqual([
      'Text follows a closing quote on line 2; it was kept as part of the value.',
    ]);
  });

  it('reads an unclosed quote to the end of the file with a warning naming its line', () => {
    const r = parseDelimited('a,b\n1,"open\n2,3\n', ',');
    expect(r.records).toEqual([
      ['a', 'b'],
      ['1', 'open\n2,3'],
    ]);
    expect(r.warnings[0]).toContain('line 2 is never closed');
  });

  it('keeps an empty trailing field', () => {
    expect(parseDelimited('a,b,c\n1,2,\n', ',').records[1]).toEqual(['1', '2', '']);
  });
});

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n', 'x.csv')).toBe(',');
    expect(detectDelimiter('Name;Price;Qty\nPaper;1,50;3\nPens;2,00;4\n', 'x.csv')).toBe(';');
    expect(detectDelimiter('Name\tPrice\nPaper\t1,50\n', 'x.txt')).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('a;b\n"1,2,3";4\n"5,6,7";8\n', 'x.csv')).toBe(';');
    expect(detectDelimiter('name,note\n"A","x;y;z"\n"B","p;q"\n', 'x.csv')).toBe(',');
  });

  it('lets a .tsv name pick tab', () => {
    expect(detectDelimiter('a\tb,c\n1\t2,3\n', 'export.tsv')).toBe('\t');
  });

  it('falls back to comma for one column', () => {
    expect(detectDelimiter('name\nPaper\nPens\n', 'x.csv')).toBe(',');
  });
});

describe('parseTable', () => {
  it('returns headers, rows, row lines, delimiter and encoding', () => {
    const t = table('Name;Qty\r\nPaper;5\r\n\r\n"Pens\r\nblue";7\r\nClips;9\r\n');
    expect(t).toEqual({
      headers: ['Name', 'Qty'],
      rows: [
        ['Paper', '5'],
        ['Pens\r\nblue', '7'],
        ['Clips', '9'],
      ],
      rowLines: [2, 4, 6],
      delimiter: ';',
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('reads CR-only files', () => {
    const t = table('a,b\r1,2\r\r3,4\r');
    expect(t.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(t.rowLines).toEqual([2, 4]);
  });

  it('gives an empty file no headers, no rows and a warning', () => {
    for (const text of ['', '\n\n', '\uFEFF', '  \r\n']) {
      const t = table(text);
      expect(t.headers).toEqual([]);
      expect(t.rows).toEqual([]);
      expect(t.rowLines).toEqual([]);
      expect(t.warnings).toEqual(['The file is empty; there is nothing to import.']);
    }
  });

  it('warns about a header with no rows', () => {
    expect(table('a,b\n').warnings).toEqual(['The file has a header row but no rows of data.']);
  });

  it('names blank and repeated headers uniquely, with warnings', () => {
    const t = table('Name,,Qty,Name,Name (2),\n1,2,3,4,5,6\n');
    expect(t.headers).toEqual(['Name', 'Column 2', 'Qty', 'Name (3)', 'Name (2)', 'Column 6']);
    expect(t.warnings).toEqual([
      'Column 2 has no header name; its values are not imported unless you map it (it is listed as "Column 2").',
      'The header "Name" appears in columns 1 and 4; column 4 is named "Name (3)".',
      'Column 6 has no header name; its values are not imported unless you map it (it is listed as "Column 6").',
    ]);
  });

  it('warns about rows whose field count differs from the header', () => {
    const t = table('a,b,c\n1,2,3\n1,2\n1,2,3,4\n');
    expect(t.rows).toEqual([
      ['1', '2', '3'],
      ['1', '2'],
      ['1', '2', '3', '4'],
    ]);
    expect(t.warnings).toEqual([
      "2 rows, on lines 3, 4, have a different number of values than the header's 3 columns; they are not imported.",
    ]);
  });

  it('honours an Excel "sep=" line', () => {
    const t = table('sep=;\r\na;b\r\n1,5;2\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.headers).toEqual(['a', 'b']);
    expect(t.rows).toEqual([['1,5', '2']]);
    expect(t.rowLines).toEqual([3]);
  });

  it('decodes Windows-1252 and UTF-16 files before parsing', () => {
    const cp1252 = parseTable(
      new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]),
      'x.csv',
    );
    expect(cp1252.encoding).toBe('windows-1252');
    expect(cp1252.rows).toEqual([['Café €']]);
    const text = 'Name\tQty\r\nCafé\t5\r\n';
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) le[2 + i * 2] = text.charCodeAt(i);
    const t = parseTable(le, 'export.txt');
    expect(t).toMatchObject({
      encoding: 'utf-16le',
      delimiter: '\t',
      headers: ['Name', 'Qty'],
      rows: [['Café', '5']],
    });
  });
});
