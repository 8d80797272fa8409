/**
 * Steps 2 and 3: what was detected in the file, then one select per target field, pre-filled
 * with the automatic match. Required fields are marked; "Do not import" leaves a field empty.
 */
import { useId } from 'react';
import {
  DATE_FORMATS,
  KNOWN_FIELDS,
  type AmountSign,
  type DateFormat,
  type ImportKind,
  type ImportOptions,
} from '../../../../shared/import';
import { delimiterName } from '../logic';
import type { ParseSummary } from '../protocol';

const AMOUNT_SIGNS: { value: AmountSign; label: string }[] = [
  { value: 'negative-is-spend', label: 'Negative amounts are money spent (bank account)' },
  { value: 'positive-is-spend', label: 'Positive amounts are money spent (card statement)' },
];

export function DetectedSummary({ summary }: { summary: ParseSummary }) {
  return (
    <section className="card import-detected" aria-labelledby="import-detected-h">
      <h2 id="import-detected-h">What was found in {summary.fileName}</h2>
      <dl className="import-facts">
        <div>
          <dt>Encoding</dt>
          <dd data-testid="import-encoding">{summary.encodingLabel}</dd>
        </div>
        <div>
          <dt>Separator</dt>
          <dd data-testid="import-delimiter">{delimiterName(summary.delimiter)}</dd>
        </div>
        <div>
          <dt>Rows</dt>
          <dd data-testid="import-row-count">{summary.rowCount.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Columns</dt>
          <dd>{summary.headers.length}</dd>
        </div>
      </dl>
      {summary.warnings.length > 0 ? (
        <ul className="import-warnings" aria-label="Warnings about the file">
          {summary.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function example(summary: ParseSummary, header: string): string {
  const col = summary.headers.indexOf(header);
  if (col < 0) return '';
  const value = summary.sample.find((row) => (row[col] ?? '').trim() !== '')?.[col] ?? '';
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

export function MappingForm({
  kind,
  summary,
  mapping,
  options,
  onMapping,
  onOptions,
}: {
  kind: ImportKind;
  summary: ParseSummary;
  mapping: Record<string, string>;
  options: ImportOptions;
  onMapping(next: Record<string, string>): void;
  onOptions(next: ImportOptions): void;
}) {
  const base = useId();
  return (
    <section className="card" aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>Match the columns</h2>
      <p className="muted">
        Each field is filled from the column chosen for it. Fields marked * are required.
      </p>
      <div className="import-mapping">
        {KNOWN_FIELDS[kind].map((f) => {
          const id = `${base}-${f.field}`;
          const chosen = mapping[f.field] ?? '';
          const ex = chosen ? example(summary, chosen) : '';
          return (
            <div className="import-mapping-row" key={f.field}>
              <label htmlFor={id}>
                {f.label}
                {f.required ? <span aria-hidden="true"> *</span> : null}
                {f.required ? <span className="sr-only"> (required)</span> : null}
              </label>
              <select
                id={id}
                value={chosen}
                aria-required={f.required}
                onChange={(e) => onMapping({ ...mapping, [f.field]: e.target.value })}
              >
                <option value="">Do not import</option>
                {summary.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
              <span className="muted import-example">{ex ? `e.g. ${ex}` : ''}</span>
            </div>
          );
        })}
      </div>
      {kind === 'expenses' ? (
        <div className="form-grid import-options">
          <label className="field">
            <span>Dates are written</span>
            <select
              value={options.dateFormat ?? 'YYYY-MM-DD'}
              onChange={(e) => onOptions({ ...options, dateFormat: e.target.value as DateFormat })}
            >
              {DATE_FORMATS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Amount sign</span>
            <select
              value={options.amountSign ?? 'negative-is-spend'}
              onChange={(e) => onOptions({ ...options, amountSign: e.target.value as AmountSign })}
            >
              {AMOUNT_SIGNS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
    </section>
  );
}
