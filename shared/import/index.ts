/**
 * Import and CSV export for every module (DESIGN §3): `parseTable` turns a file's bytes into
 * headers and rows with the line each row starts on; `mapRows` turns rows into record drafts of
 * one kind plus a list of problems, each with its line and a sentence for the user. Both are
 * pure and synchronous, so the wizard can run them in a worker; nothing here touches storage
 * (duplicates of stored records are the saving feature's job, see `expenseDuplicateKey`).
 */
import { decodeBytes } from './decode';
import { makeUniqueHeaders, resolveColumns } from './headers';
import { mapCandidates } from './kinds/candidates';
import { mapContacts } from './kinds/contacts';
import type { KindInput, KindOutput } from './kinds/common';
import { mapEmployees } from './kinds/employees';
import { mapEquipment } from './kinds/equipment';
import { mapEvents } from './kinds/events';
import { mapExpenses } from './kinds/expenses';
import { mapItems } from './kinds/items';
import { mapVendors } from './kinds/vendors';
import { detectDelimiter, parseDelimited } from './parse';
import type {
  DetailedMapResult,
  ImportKind,
  ImportOptions,
  ImportRecordMap,
  MapResult,
  ParsedTable,
} from './types';

export * from './types';
export { KNOWN_FIELDS, normalizeHeader, suggestMapping, type KnownField } from './headers';
export { suggestExpenseOptions, expenseDuplicateKey } from './kinds/expenses';
export { neutralizeSpreadsheetCell, toCsv, type CsvCell } from './csv';
export { parseMoneyCents, parseWholeNumber, type NumberProblem } from './money';
export { parseDateText, suggestDateFormat } from './dates';
export { decodeBytes, type DetectedEncoding } from './decode';

const MAX_MISMATCH_LINES = 5;

/** Decodes, detects the delimiter, parses, and makes headers unique (see decode.ts, parse.ts). */
export function parseTable(bytes: Uint8Array, fileName: string): ParsedTable {
  const { text, encoding } = decodeBytes(bytes);
  const warnings: string[] = [];

  // Excel's "sep=;" first line names the delimiter; it is not a header.
  let start = 0;
  let startLine = 1;
  let delimiter: string | undefined;
  const sep = /^sep=([,;\t|])[ \t]*(\r\n|\n|\r|$)/.exec(text);
  if (sep) {
    delimiter = sep[1]!;
    start = sep[0].length;
    startLine = 2;
  }
  delimiter ??= detectDelimiter(text, fileName, start);

  const parsed = parseDelimited(text, delimiter, { start, startLine });
  warnings.push(...parsed.warnings);
  const [rawHeaders, ...rows] = parsed.records;
  if (!rawHeaders) {
    warnings.unshift('The file is empty; there is nothing to import.');
    return { headers: [], rows: [], rowLines: [], delimiter, encoding, warnings };
  }
  const { headers, warnings: headerWarnings } = makeUniqueHeaders(rawHeaders);
  warnings.unshift(...headerWarnings);
  const rowLines = parsed.lines.slice(1);
  if (rows.length === 0) warnings.push('The file has a header row but no rows of data.');

  const mismatched: number[] = [];
  for (let i = 0; i < rows.length; i++)
    if (rows[i]!.length !== headers.length) mismatched.push(rowLines[i]!);
  if (mismatched.length > 0) {
    const shown = mismatched.slice(0, MAX_MISMATCH_LINES).join(', ');
    const more =
      mismatched.length > MAX_MISMATCH_LINES
        ? ` and ${mismatched.length - MAX_MISMATCH_LINES} more`
        : '';
    warnings.push(
      `${mismatched.length === 1 ? 'The row on line' : `${mismatched.length} rows, on lines`} ${shown}${more}, ${mismatched.length === 1 ? 'has' : 'have'} a different number of values than the header's ${headers.length} columns; ${mismatched.length === 1 ? 'it is' : 'they are'} not imported.`,
    );
  }
  return { headers, rows, rowLines, delimiter, encoding, warnings };
}

type Mapper = (input: KindInput) => KindOutput<object>;
const MAPPERS: Record<ImportKind, Mapper> = {
  items: mapItems,
  vendors: mapVendors,
  expenses: mapExpenses,
  candidates: mapCandidates,
  employees: mapEmployees,
  equipment: mapEquipment,
  events: mapEvents,
  contacts: mapContacts,
};

/** `mapRows` plus `lines[i]`, the file line of `records[i]`. */
export function mapRowsDetailed<K extends ImportKind>(
  kind: K,
  table: ParsedTable,
  mapping?: Record<string, string>,
  options: ImportOptions = {},
): DetailedMapResult<ImportRecordMap[K]> {
  const mapper = MAPPERS[kind];
  if (!mapper) throw new RangeError(`Unknown import kind: ${String(kind)}`);
  if (table.rows.length === 0) return { records: [], errors: [], lines: [] };
  const cols = resolveColumns(kind, table.headers, mapping);
  if (cols.errors.length > 0) return { records: [], errors: cols.errors, lines: [] };
  const out = mapper({ table, cols, options });
  return out as DetailedMapResult<ImportRecordMap[K]>;
}

/**
 * Rows → record drafts of `kind`. A row with any problem yields no record and one error per
 * problem; a mapping problem (a required field with no column) yields one error on line 1 and
 * no records, instead of the same error on every row.
 */
export function mapRows<K extends ImportKind>(
  kind: K,
  table: ParsedTable,
  mapping?: Record<string, string>,
  options?: ImportOptions,
): MapResult<ImportRecordMap[K]> {
  const { records, errors } = mapRowsDetailed(kind, table, mapping, options);
  return { records, errors };
}
export * from './naturalKeys';
