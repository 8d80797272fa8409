/** The wizard's progress card (reading, checking, importing) and its closing summary. */
import { ProgressBar } from '../../../ui/ProgressBar';
import type { DonePhase } from '../wizardState';

export function Busy({
  label,
  value,
  onCancel,
}: {
  label: string;
  value: number | undefined;
  onCancel?: () => void;
}) {
  return (
    <section className="card import-busy" aria-busy="true" aria-label={label}>
      <p>{label}</p>
      <ProgressBar label={label} value={value} />
      {value !== undefined ? <span className="muted">{Math.round(value * 100)}%</span> : null}
      {onCancel ? (
        <button type="button" className="btn" data-autofocus onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </section>
  );
}

/** The summary's headline: what was written, what was already there, or that nothing was kept. */
export function summaryHeadline(phase: DonePhase): string {
  const n = (v: number) => v.toLocaleString('en-US');
  if (phase.cancelled) {
    const removed =
      phase.removed > 0
        ? `the ${n(phase.removed)} ${phase.removed === 1 ? 'row' : 'rows'} written before you stopped it ${phase.removed === 1 ? 'was' : 'were'} removed, so nothing from this file is in your data`
        : 'nothing from this file is in your data';
    return `Import cancelled: 0 rows were imported; ${removed}.`;
  }
  const parts = [`${n(phase.created)} new`];
  if (phase.updated > 0) parts.push(`${n(phase.updated)} updated`);
  parts.push(`${n(phase.alreadyThere)} already there (skipped)`);
  return `Import finished: ${parts.join(', ')}`;
}

export function Summary({ phase, onDone }: { phase: DonePhase; onDone(): void }) {
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    <section className="card import-summary" aria-labelledby="import-summary-h">
      <div role="status">
        <h2 id="import-summary-h">{summaryHeadline(phase)}</h2>
      </div>
      <dl className="import-facts">
        <div>
          <dt>Created</dt>
          <dd data-testid="import-created">{n(phase.created)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd data-testid="import-updated">{n(phase.updated)}</dd>
        </div>
        <div>
          <dt>Already there</dt>
          <dd data-testid="import-already-there">{n(phase.alreadyThere)}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd data-testid="import-skipped">{n(phase.skipped)}</dd>
        </div>
        {phase.cancelled ? (
          <div>
            <dt>Not imported (cancelled)</dt>
            <dd>{n(phase.notImported)}</dd>
          </div>
        ) : null}
      </dl>
      <button type="button" className="btn btn-primary" data-autofocus onClick={onDone}>
        Done
      </button>
    </section>
  );
}
