/**
 * The wizard's decisions as plain functions (tested without a DOM): what blocks the next step,
 * what the confirm button says, which records are committed.
 */
import { KNOWN_FIELDS, type ImportKind, type RowError } from '../../../shared/import';
import { formatMoney } from '../../../shared/lib/money';

const DELIMITER_NAMES: Record<string, string> = {
  ',': 'Comma (,)',
  ';': 'Semicolon (;)',
  '\t': 'Tab',
  '|': 'Vertical bar (|)',
};

export function delimiterName(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`;
}

/** Required fields the mapping leaves without a column, as sentences. */
export function mappingProblems(
  kind: ImportKind,
  mapping: Readonly<Record<string, string>>,
): string[] {
  const fields = KNOWN_FIELDS[kind];
  const out: string[] = [];
  for (const f of fields) {
    if (!f.required || mapping[f.field]) continue;
    if (f.requiredUnlessMapped?.some((alt) => mapping[alt])) continue;
    const alts = (f.requiredUnlessMapped ?? [])
      .map((alt) => fields.find((k) => k.field === alt)?.label)
      .filter((l): l is string => !!l);
    out.push(
      `Choose the column for ${f.label}${alts.length ? ` (or for ${alts.join(' or ')})` : ''}.`,
    );
  }
  return out;
}

/** The fields that will be read from a column. */
export function mappedFields(mapping: Readonly<Record<string, string>>): Set<string> {
  return new Set(
    Object.entries(mapping)
      .filter(([, h]) => h !== '')
      .map(([f]) => f),
  );
}

/** Errors about the file or mapping as a whole (line 1), which stop the import altogether. */
export function blockingErrors(errors: readonly RowError[]): RowError[] {
  return errors.filter((e) => e.line === 1);
}

/** How many data rows have at least one error (a row can have several). */
export function errorRowCount(errors: readonly RowError[]): number {
  const lines = new Set<number>();
  for (const e of errors) if (e.line !== 1) lines.add(e.line);
  return lines.size;
}

export interface ConfirmState {
  label: string;
  enabled: boolean;
  /** Shown next to the button when it is disabled. */
  hint?: string;
}

const rows = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'row' : 'rows'}`;

/**
 * The confirm button: valid rows import only once the user has said the rows with errors
 * may be skipped.
 */
export function confirmState(input: {
  validCount: number;
  errorRows: number;
  skipErrorsTicked: boolean;
  blocking: number;
}): ConfirmState {
  const { validCount, errorRows, skipErrorsTicked, blocking } = input;
  if (blocking > 0)
    return { label: 'Import', enabled: false, hint: 'Fix the problems above first.' };
  if (validCount === 0)
    return { label: 'Import', enabled: false, hint: 'There are no valid rows to import.' };
  const valid = `Import ${validCount.toLocaleString('en-US')} valid ${validCount === 1 ? 'row' : 'rows'}`;
  const label = errorRows > 0 ? `${valid}, skip ${rows(errorRows)} with errors` : valid;
  if (errorRows > 0 && !skipErrorsTicked)
    return {
      label,
      enabled: false,
      hint: `Tick "Skip the ${rows(errorRows)} with errors" to import the rest.`,
    };
  return { label, enabled: true };
}

/** Records to commit: all valid ones, minus flagged duplicates when the user chose to skip them. */
export function recordsToCommit<R>(
  records: readonly R[],
  duplicates: ReadonlyMap<number, string>,
  skipDuplicates: boolean,
): R[] {
  if (!skipDuplicates || duplicates.size === 0) return records.slice();
  return records.filter((_, i) => !duplicates.has(i));
}

/** A cell of the preview table: money in cents shown in the company's currency, the rest as text. */
export function previewCell(
  field: string,
  value: unknown,
  money: { currency: string; locale: string } = { currency: 'USD', locale: 'en-US' },
): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && field.endsWith('Cents') && Number.isSafeInteger(value))
    return formatMoney(value, money.currency, money.locale);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

export const PREVIEW_ROWS = 20;
