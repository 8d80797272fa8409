/**
 * Steps 4 and 5: the first rows as they will be saved, every row error with its file line,
 * likely duplicates, and the confirm button. Rows with errors import only after the user
 * ticks "Skip the N rows with errors".
 */
import { useId, useMemo } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { KNOWN_FIELDS, type ImportKind, type RowError } from '../../../../shared/import';
import { DataTable } from '../../../ui/DataTable';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { PREVIEW_ROWS, previewCell, type ConfirmState } from '../logic';

interface PreviewRow {
  line: number;
  record: Record<string, unknown>;
  duplicate?: string;
}

function columnLabel(kind: ImportKind, key: string): string {
  const fields = KNOWN_FIELDS[kind];
  const known =
    fields.find((f) => f.field === key) ?? fields.find((f) => `${f.field}Cents` === key);
  return known?.label ?? key.replace(/Cents$/, '');
}

/** Record keys in the order the kind lists its fields, then any others. */
function previewKeys(kind: ImportKind, records: readonly Record<string, unknown>[]): string[] {
  const present = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) present.add(k);
  const ordered: string[] = [];
  for (const f of KNOWN_FIELDS[kind]) {
    for (const k of [f.field, `${f.field}Cents`]) if (present.delete(k)) ordered.push(k);
  }
  return [...ordered, ...present];
}

const ERROR_COLUMNS: ColumnDef<RowError, unknown>[] = [
  {
    id: 'line',
    header: 'Line',
    accessorFn: (e) => e.line,
    cell: (c) => `Line ${c.row.original.line}`,
  },
  { id: 'column', header: 'Column', accessorFn: (e) => e.column ?? '' },
  { id: 'message', header: 'Problem', accessorFn: (e) => e.message },
];

export function PreviewPanel({
  kind,
  records,
  lines,
  errors,
  blocking,
  duplicates,
  errorRows,
  skipErrors,
  onSkipErrors,
  skipDuplicates,
  onSkipDuplicates,
  confirm,
  onConfirm,
}: {
  kind: ImportKind;
  records: readonly object[];
  lines: readonly number[];
  errors: readonly RowError[];
  blocking: readonly RowError[];
  duplicates: ReadonlyMap<number, string>;
  errorRows: number;
  skipErrors: boolean;
  onSkipErrors(v: boolean): void;
  skipDuplicates: boolean;
  onSkipDuplicates(v: boolean): void;
  confirm: ConfirmState;
  onConfirm(): void;
}) {
  const base = useId();
  const { currency, locale } = useCompanyProfile();
  const rowErrors = useMemo(() => errors.filter((e) => e.line !== 1), [errors]);
  const preview = useMemo<PreviewRow[]>(
    () =>
      records.slice(0, PREVIEW_ROWS).map((record, i) => {
        const row: PreviewRow = { line: lines[i] ?? 0, record: record as Record<string, unknown> };
        const dup = duplicates.get(i);
        if (dup) row.duplicate = dup;
        return row;
      }),
    [records, lines, duplicates],
  );
  const columns = useMemo<ColumnDef<PreviewRow, unknown>[]>(() => {
    const keys = previewKeys(
      kind,
      preview.map((r) => r.record),
    );
    const cols: ColumnDef<PreviewRow, unknown>[] = [
      { id: 'line', header: 'Line', accessorFn: (r) => r.line },
    ];
    for (const key of keys)
      cols.push({
        id: key,
        header: columnLabel(kind, key),
        accessorFn: (r) => previewCell(key, r.record[key], { currency, locale }),
      });
    if (duplicates.size > 0)
      cols.push({
        id: 'duplicate',
        header: 'Possible duplicate',
        accessorFn: (r) => r.duplicate ?? '',
      });
    return cols;
  }, [kind, preview, duplicates, currency, locale]);
  const duplicateList = useMemo(
    () =>
      [...duplicates]
        .sort((a, b) => a[0] - b[0])
        .map(([i, message]) => ({ line: lines[i] ?? 0, column: undefined, message }) as RowError),
    [duplicates, lines],
  );

  return (
    <>
      {blocking.length > 0 ? (
        <div className="error-box" role="alert">
          {blocking.map((e, i) => (
            <p key={i}>{e.message}</p>
          ))}
        </div>
      ) : null}

      <section className="card" aria-labelledby={`${base}-preview`}>
        <h2 id={`${base}-preview`}>
          Preview{' '}
          <span className="muted">
            ({Math.min(PREVIEW_ROWS, records.length)} of {records.length.toLocaleString('en-US')}{' '}
            valid rows)
          </span>
        </h2>
        {records.length > 0 ? (
          <DataTable
            label="Preview of the rows to import"
            data={preview}
            columns={columns}
            height={360}
          />
        ) : (
          <p className="muted">No row of this file can be imported as it is.</p>
        )}
      </section>

      {rowErrors.length > 0 ? (
        <section className="card" aria-labelledby={`${base}-errors`}>
          <h2 id={`${base}-errors`}>
            {errorRows.toLocaleString('en-US')} {errorRows === 1 ? 'row has' : 'rows have'} errors
          </h2>
          <DataTable
            label="Rows with errors"
            data={rowErrors}
            columns={ERROR_COLUMNS}
            height={300}
          />
        </section>
      ) : null}

      {duplicateList.length > 0 ? (
        <section className="card" aria-labelledby={`${base}-dups`}>
          <h2 id={`${base}-dups`}>
            {duplicateList.length.toLocaleString('en-US')} likely{' '}
            {duplicateList.length === 1 ? 'duplicate' : 'duplicates'} of stored records
          </h2>
          <DataTable
            label="Likely duplicates"
            data={duplicateList}
            columns={ERROR_COLUMNS}
            height={240}
          />
          <label className="import-check">
            <input
              type="checkbox"
              checked={skipDuplicates}
              onChange={(e) => onSkipDuplicates(e.target.checked)}
            />
            Skip the {duplicateList.length.toLocaleString('en-US')} likely{' '}
            {duplicateList.length === 1 ? 'duplicate' : 'duplicates'}
          </label>
        </section>
      ) : null}

      <section className="card import-confirm" aria-label="Confirm the import">
        {errorRows > 0 && blocking.length === 0 ? (
          <label className="import-check">
            <input
              type="checkbox"
              data-autofocus
              checked={skipErrors}
              onChange={(e) => onSkipErrors(e.target.checked)}
            />
            Skip the {errorRows.toLocaleString('en-US')} {errorRows === 1 ? 'row' : 'rows'} with
            errors
          </label>
        ) : null}
        <div className="import-actions">
          <button
            type="button"
            className="btn btn-primary"
            data-autofocus={errorRows === 0 ? true : undefined}
            disabled={!confirm.enabled}
            onClick={onConfirm}
          >
            {confirm.label}
          </button>
          {confirm.hint ? <span className="muted">{confirm.hint}</span> : null}
        </div>
      </section>
    </>
  );
}
