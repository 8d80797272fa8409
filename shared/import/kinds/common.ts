/**
 * What every import kind does to a row: refuse it when its field count differs from the
 * header's (a missing or extra delimiter shifts every later value into the wrong column, so no
 * value of such a row can be trusted), then read fields with hand-written checks that name the
 * column and quote the value. Hand-written rather than a zod object per row: a 100,000-row
 * import must cost a small fraction of its IndexedDB writes, and the saving feature runs its
 * zod schema on the drafts anyway.
 */
import { z } from 'zod';
import { parseDateText, parseTimeText, suggestDateFormat, type TimeOfDay } from '../dates';
import { KNOWN_FIELDS, type ResolvedColumns } from '../headers';
import { parseMoneyCents, parseWholeNumber } from '../money';
import type { DateFormat, ImportKind, ImportOptions, ParsedTable, RowError } from '../types';

/** The same pattern zod's z.email() uses, so a draft accepted here passes the domain schema. */
const EMAIL_RE = z.regexes.email;

export interface KindInput {
  table: ParsedTable;
  cols: ResolvedColumns;
  options: ImportOptions;
}

export interface KindOutput<R> {
  records: R[];
  lines: number[];
  errors: RowError[];
}

export function quoteValue(value: string): string {
  return value.length > 60 ? `"${value.slice(0, 57)}…"` : `"${value}"`;
}

function nounOf(label: string): string {
  const base = label.replace(/\s*\(.*\)$/, '');
  // Acronyms keep their capitals: "SKU", not "sKU".
  return /^\p{Lu}{2}/u.test(base) ? base : base.charAt(0).toLowerCase() + base.slice(1);
}

export class RowReader {
  row: readonly string[] = [];
  line = 0;
  ok = true;
  private readonly index: Record<string, number>;
  private readonly header: Record<string, string>;
  private readonly nouns: Record<string, string> = {};
  private readonly width: number;
  private readonly dateFormats: Record<string, DateFormat> = {};

  constructor(
    kind: ImportKind,
    private readonly input: KindInput,
    readonly errors: RowError[],
  ) {
    this.index = input.cols.index;
    this.header = input.cols.header;
    this.width = input.table.headers.length;
    for (const known of KNOWN_FIELDS[kind]) this.nouns[known.field] = nounOf(known.label);
  }

  /** Starts a row; false (with the error recorded) when its field count is wrong. */
  begin(row: readonly string[], line: number): boolean {
    this.row = row;
    this.line = line;
    this.ok = true;
    if (row.length !== this.width) {
      this.errors.push({
        line,
        message: `This row has ${row.length} ${row.length === 1 ? 'value' : 'values'} but the header has ${this.width} columns, so its values cannot be matched to columns; this row was not imported.`,
      });
      this.ok = false;
    }
    return this.ok;
  }

  has(field: string): boolean {
    return (this.index[field] ?? -1) >= 0;
  }

  headerOf(field: string): string {
    return this.header[field] ?? '';
  }

  noun(field: string): string {
    return this.nouns[field] ?? field;
  }

  /** The trimmed cell for a field; '' when the field is unmapped. */
  text(field: string): string {
    const col = this.index[field] ?? -1;
    if (col < 0) return '';
    const v = this.row[col];
    return v === undefined ? '' : v.trim();
  }

  fail(field: string | undefined, message: string): void {
    const column = field ? this.header[field] : undefined;
    this.errors.push(column ? { line: this.line, column, message } : { line: this.line, message });
    this.ok = false;
  }

  private where(field: string): string {
    return `in column "${this.headerOf(field)}"`;
  }

  /** Text that fits `max`; undefined when blank. */
  optional(field: string, max: number): string | undefined {
    const v = this.text(field);
    if (v === '') return undefined;
    return this.fits(field, v, max) ? v : undefined;
  }

  fits(field: string, value: string, max: number): boolean {
    if (value.length <= max) return true;
    this.fail(
      field,
      `The ${this.noun(field)} ${this.where(field)} is ${value.length} characters long; at most ${max} fit.`,
    );
    return false;
  }

  /** A whole number ≥ 0; `blank` when the cell is empty. */
  wholeNumber<B extends number | undefined>(field: string, blank: B): number | B {
    const v = this.text(field);
    const parsed = parseWholeNumber(v);
    if (parsed === null) return blank;
    if (typeof parsed === 'number') {
      if (parsed >= 0) return parsed;
      this.fail(
        field,
        `The ${this.noun(field)} ${quoteValue(v)} ${this.where(field)} is below zero; it must be 0 or more.`,
      );
    } else if (parsed === 'too-large') {
      this.fail(
        field,
        `The ${this.noun(field)} ${quoteValue(v)} ${this.where(field)} is too large.`,
      );
    } else {
      this.fail(
        field,
        `The ${this.noun(field)} ${quoteValue(v)} ${this.where(field)} is not a whole number.`,
      );
    }
    return blank;
  }

  /** Money → integer cents; undefined when blank or wrong (wrong is recorded). */
  money(field: string, allowNegative: boolean): number | undefined {
    const v = this.text(field);
    const parsed = parseMoneyCents(v);
    if (parsed === null) return undefined;
    if (typeof parsed === 'number') {
      if (allowNegative || parsed >= 0) return parsed;
      this.fail(
        field,
        `The ${this.noun(field)} ${quoteValue(v)} ${this.where(field)} is negative; it must be 0 or more.`,
      );
    } else if (parsed === 'too-precise') {
      this.fail(
        field,
        `The ${this.noun(field)} ${quoteValue(v)} ${this.where(field)} has more than two decimal places; amounts are kept in whole cents.`,
      );
    } else if (parsed === 'too-large') {
      this.fail(
        field,
        `The ${this.noun(field)} ${quoteValue(v)} ${this.where(field)} is too large.`,
      );
    } else {
      this.fail(
        field,
        `The ${this.noun(field)} ${quoteValue(v)} ${this.where(field)} is not an amount of money; write it like 1234.56, $1,234.56 or 1.234,56 €.`,
      );
    }
    return undefined;
  }

  /** The dateFormat for a field: the option, or suggested once from the column's values. */
  dateFormatFor(field: string): DateFormat {
    const given = this.input.options.dateFormat;
    if (given) return given;
    let format = this.dateFormats[field];
    if (!format) {
      format = suggestDateFormat(columnValues(this.input.table, this.index[field] ?? -1));
      this.dateFormats[field] = format;
    }
    return format;
  }

  /** 'YYYY-MM-DD' (and any time written after it); undefined when blank or wrong. */
  dateTime(field: string): { date: string; time: string | undefined } | undefined {
    const v = this.text(field);
    if (v === '') return undefined;
    const format = this.dateFormatFor(field);
    const parsed = parseDateText(v, format);
    if (parsed.ok) return parsed;
    this.fail(
      field,
      `The ${this.noun(field)} ${quoteValue(v)} ${this.where(field)} ${parsed.problem}.`,
    );
    return undefined;
  }

  date(field: string): string | undefined {
    return this.dateTime(field)?.date;
  }

  time(field: string): TimeOfDay | undefined {
    const v = this.text(field);
    if (v === '') return undefined;
    const t = parseTimeText(v);
    if (t) return t;
    this.fail(
      field,
      `The ${this.noun(field)} ${quoteValue(v)} ${this.where(field)} is not a time of day like 09:30 or 2:15 PM.`,
    );
    return undefined;
  }

  /** A valid email address; undefined when blank or wrong (wrong is recorded). */
  email(field: string): string | undefined {
    const v = this.text(field);
    if (v === '') return undefined;
    if (v.length <= 254 && EMAIL_RE.test(v)) return v;
    this.fail(
      field,
      `The email ${quoteValue(v)} ${this.where(field)} is not a valid email address.`,
    );
    return undefined;
  }

  /** yes/no, true/false, 1/0, y/n, x/blank. */
  flag(field: string): boolean | undefined {
    const v = this.text(field).toLowerCase();
    if (v === '') return undefined;
    if (v === 'yes' || v === 'true' || v === '1' || v === 'y' || v === 'x') return true;
    if (v === 'no' || v === 'false' || v === '0' || v === 'n') return false;
    this.fail(
      field,
      `The ${this.noun(field)} value ${quoteValue(this.text(field))} ${this.where(field)} is not yes or no.`,
    );
    return undefined;
  }
}

/** The values of one column (lazily, for suggestions over large files). */
export function* columnValues(table: ParsedTable, col: number): Generator<string> {
  if (col < 0) return;
  for (const row of table.rows) {
    const v = row[col];
    if (v !== undefined && v !== '') yield v;
  }
}

/** Adds `value` under `key` only when present, so drafts carry no undefined keys. */
export function put<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined && value !== '') target[key] = value;
}

/** First and last name columns joined, when no single name column is mapped or it is blank. */
export function personName(r: RowReader): string {
  const full = r.text('name');
  if (full !== '') return full;
  const first = r.text('firstName');
  const last = r.text('lastName');
  return first && last ? `${first} ${last}` : first || last;
}

/** The column to blame for a missing name: the name column, else First name, else Last name. */
export function nameField(r: RowReader): string | undefined {
  if (r.has('name')) return 'name';
  if (r.has('firstName')) return 'firstName';
  if (r.has('lastName')) return 'lastName';
  return undefined;
}

export function startLine(table: ParsedTable, i: number): number {
  return table.rowLines[i] ?? i + 2;
}
