/**
 * What the import worker does, as plain functions so the wizard's worker, the benchmark and
 * the unit tests all run the same code path: parse the bytes once, keep the table, then map
 * it as often as the user changes the mapping.
 */
import {
  KNOWN_FIELDS,
  mapRowsDetailed,
  parseTable,
  suggestExpenseOptions,
  suggestMapping,
  type AmountSign,
  type DateFormat,
  type ImportKind,
  type ImportOptions,
  type ParsedTable,
  type RowError,
} from '../../../shared/import';
import { errorMessage } from '../../../shared/lib/errors';

/** What the wizard shows after parsing (the rows stay in the worker). */
export interface ParseSummary {
  fileName: string;
  headers: string[];
  rowCount: number;
  delimiter: string;
  /** WHATWG label as detected ('utf-8', 'windows-1252', …). */
  encoding: string;
  /** The encoding as a person reads it ('UTF-8 with byte-order mark'). */
  encodingLabel: string;
  warnings: string[];
  /** Field → header ('' = do not import), for every field of the kind. */
  mapping: Record<string, string>;
  /** Expenses only: suggested reading of dates and amounts. */
  options: ImportOptions;
  /** The first rows as read, for the mapping screen's examples. */
  sample: string[][];
}

export interface MapOutcome<R = object> {
  records: R[];
  /** File line of records[i]. */
  lines: number[];
  errors: RowError[];
}

export type WorkerRequest =
  | {
      type: 'parse';
      id: number;
      kind: ImportKind;
      bytes: Uint8Array;
      fileName: string;
      locale?: string;
    }
  | {
      type: 'map';
      id: number;
      kind: ImportKind;
      mapping: Record<string, string>;
      options: ImportOptions;
    };

export type WorkerResponse =
  | { type: 'parsed'; id: number; summary: ParseSummary }
  | { type: 'mapped'; id: number; outcome: MapOutcome }
  | { type: 'failed'; id: number; message: string };

const SAMPLE_ROWS = 3;

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
};

/** The detected encoding for people; whether the file began with a byte-order mark is shown too. */
export function encodingLabel(encoding: string, bytes: Uint8Array): string {
  const name = ENCODING_NAMES[encoding] ?? encoding;
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  return bom ? `${name} with byte-order mark` : name;
}

/** Every field of `kind` with the suggested header, '' for fields nothing matched. */
export function fullMapping(
  kind: ImportKind,
  suggested: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of KNOWN_FIELDS[kind]) out[f.field] = suggested[f.field] ?? '';
  return out;
}

export function summarize(
  kind: ImportKind,
  table: ParsedTable,
  fileName: string,
  bytes: Uint8Array,
  locale?: string,
): ParseSummary {
  const mapping = fullMapping(kind, suggestMapping(kind, table.headers));
  let options: ImportOptions = {};
  if (kind === 'expenses') {
    const s: { dateFormat: DateFormat; amountSign: AmountSign } = suggestExpenseOptions(
      table,
      mapping,
      locale,
    );
    options = s;
  }
  return {
    fileName,
    headers: table.headers,
    rowCount: table.rows.length,
    delimiter: table.delimiter,
    encoding: table.encoding,
    encodingLabel: encodingLabel(table.encoding, bytes),
    warnings: table.warnings,
    mapping,
    options,
    sample: table.rows.slice(0, SAMPLE_ROWS),
  };
}

/** The state a worker keeps between messages. */
export class ImportSession {
  private table: ParsedTable | null = null;

  parse(kind: ImportKind, bytes: Uint8Array, fileName: string, locale?: string): ParseSummary {
    this.table = parseTable(bytes, fileName);
    return summarize(kind, this.table, fileName, bytes, locale);
  }

  map(kind: ImportKind, mapping: Record<string, string>, options: ImportOptions): MapOutcome {
    if (!this.table) throw new Error('No file has been read yet.');
    return mapRowsDetailed(kind, this.table, mapping, options);
  }

  handle(req: WorkerRequest): WorkerResponse {
    try {
      if (req.type === 'parse')
        return {
          type: 'parsed',
          id: req.id,
          summary: this.parse(req.kind, req.bytes, req.fileName, req.locale),
        };
      return { type: 'mapped', id: req.id, outcome: this.map(req.kind, req.mapping, req.options) };
    } catch (e) {
      return { type: 'failed', id: req.id, message: errorMessage(e) };
    }
  }
}
