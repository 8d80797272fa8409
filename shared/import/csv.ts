/**
 * Writing CSV for exports. Every text cell is neutralized first: a cell that a spreadsheet would
 * read as a formula (starting with = + - @, or a tab or carriage return that some spreadsheets
 * skip before looking for one) gets a leading apostrophe, so opening an export never runs
 * anything a person typed or imported (OWASP "CSV injection"). Numbers are written as they
 * are, since a number the program formats cannot be a formula; pass amounts as numbers to keep
 * them numeric in the spreadsheet.
 */

export type CsvCell = string | number | boolean | null | undefined;

/** The fullwidth forms are included because some spreadsheets fold them to ASCII before parsing. */
const FORMULA_START = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
]);

export function neutralizeSpreadsheetCell(value: string): string {
  return value.length > 0 && FORMULA_START.has(value[0]!) ? `'${value}` : value;
}

function cellText(cell: CsvCell, delimiter: string): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = neutralizeSpreadsheetCell(cell);
  const needsQuotes =
    text.includes('"') ||
    text.includes(delimiter) ||
    text.includes('\n') ||
    text.includes('\r') ||
    (text.length > 0 && text.trim().length !== text.length);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: CRLF after every record, fields with quotes, delimiters, line breaks or edge
 * spaces quoted, quotes doubled. `bom` prefixes U+FEFF, which Excel needs to read UTF-8.
 */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { delimiter?: ',' | ';' | '\t'; bom?: boolean } = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const out: string[] = [];
  const line = (cells: readonly CsvCell[]) => {
    let s = '';
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) s += delimiter;
      s += cellText(cells[i], delimiter);
    }
    return s;
  };
  out.push(line(headers));
  for (const row of rows) out.push(line(row));
  return (options.bom ? '\uFEFF' : '') + out.join('\r\n') + '\r\n';
}
