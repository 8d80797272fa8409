/**
 * Settings → Conflicts (issue 18.4): records two PCs changed at once. The server's winner is
 * already applied everywhere; the other version waits here, shown beside it field by field
 * (differing fields first), until someone picks a side per field (or the whole other version)
 * and keeps the result. Nothing is dropped silently.
 */
import { useState } from 'react';
import { useDbQuery } from '../../../db/hooks';
import { conflictFields, listConflicts, resolveConflict, type SyncConflict } from '../../../db/sync';
import { formatDateTime } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { EmptyState } from '../../../ui/EmptyState';
import { useToast } from '../../../ui/Toast';
import { fieldLabel, mergedRecord, recordLabel, recordNoun, valueText, type Side } from '../describe';
import '../sync.css';

function ConflictDetail({ conflict, onDone, locale }: { conflict: SyncConflict; onDone: () => void; locale: string }) {
  const [picks, setPicks] = useState<Record<string, Side>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast((s) => s.show);
  const rows = conflictFields(conflict);
  const differing = rows.filter((r) => r.differs);
  const applied = `Applied now${conflict.winnerDevice ? ` (from ${conflict.winnerDevice})` : ''}`;
  const other = `Other version${conflict.loserDevice ? ` (from ${conflict.loserDevice})` : ''}`;
  const changedAt = (record: Record<string, unknown> | null) =>
    typeof record?.updatedAt === 'string' ? `changed ${formatDateTime(record.updatedAt, locale)}` : null;
  const label = `${recordNoun(conflict.table)} ${recordLabel(conflict.winner)}`;

  const keep = (record: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    resolveConflict(conflict.id, record).then(
      () => {
        toast(`Kept your choice for ${label}. The other PCs follow at their next sync.`);
        onDone();
      },
      (e: unknown) => {
        setError(errorMessage(e));
        setBusy(false);
      },
    );
  };

  if (conflict.loser === null) {
    return (
      <section className="card sync-card" aria-label={`Conflict: ${label}`}>
        <h2>{label}</h2>
        <p>
          {conflict.loserDevice ?? 'Another PC'} deleted this record while {conflict.winnerDevice ?? 'this PC'} changed it. The changed record is kept for now.
        </p>
        {error ? <p role="alert" className="sync-problem">{error}</p> : null}
        <div className="sync-actions">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => keep(conflict.winner)}>
            Keep it
          </button>
          <button type="button" className="btn btn-danger" disabled={busy} onClick={() => keep({ ...conflict.winner, deletedAt: new Date().toISOString() })}>
            Delete it
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="card sync-card" aria-label={`Conflict: ${label}`}>
      <h2>{label}</h2>
      <p className="muted">
        {differing.length === 1 ? '1 field differs' : `${differing.length} fields differ`}. Pick a side for each, then keep the result; fields both versions agree on are listed
        below them.
      </p>
      <div className="sync-conflict-scroll">
        <table className="sync-table sync-conflict" aria-label={`Both versions of ${label}`}>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">
                {applied}
                <span className="sync-changed">{changedAt(conflict.winner)}</span>
              </th>
              <th scope="col">
                {other}
                <span className="sync-changed">{changedAt(conflict.loser)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const side = picks[r.field] ?? 'applied';
              const name = fieldLabel(r.field);
              return (
                <tr key={r.field} className={r.differs ? 'sync-differs' : undefined}>
                  <th scope="row">
                    {name}
                    {r.differs ? <span className="sync-differs-mark"> (differs)</span> : null}
                  </th>
                  <td>
                    {r.differs ? (
                      <label className="sync-pick">
                        <input type="radio" name={`pick-${r.field}`} checked={side === 'applied'} onChange={() => setPicks({ ...picks, [r.field]: 'applied' })} aria-label={`${name}: ${applied}`} />
                        <span className="sync-value">{valueText(r.winner)}</span>
                      </label>
                    ) : (
                      <span className="sync-value">{valueText(r.winner)}</span>
                    )}
                  </td>
                  <td>
                    {r.differs ? (
                      <label className="sync-pick">
                        <input type="radio" name={`pick-${r.field}`} checked={side === 'other'} onChange={() => setPicks({ ...picks, [r.field]: 'other' })} aria-label={`${name}: ${other}`} />
                        <span className="sync-value">{valueText(r.loser)}</span>
                      </label>
                    ) : (
                      <span className="sync-value">{valueText(r.loser)}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {error ? <p role="alert" className="sync-problem">{error}</p> : null}
      <div className="sync-actions">
        <button type="button" className="btn" disabled={busy} onClick={() => setPicks(Object.fromEntries(differing.map((r) => [r.field, 'other' as const])))}>
          Use all of the other version
        </button>
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => keep(mergedRecord(conflict, picks))}>
          Keep this
        </button>
      </div>
    </section>
  );
}

export function ConflictsPage() {
  const conflicts = useDbQuery((db) => listConflicts(db), []);
  const profile = useCompanyProfile();
  const [openId, setOpenId] = useState<string | null>(null);
  if (conflicts === undefined) return <p className="muted">Loading…</p>;
  if (!conflicts.length) {
    return (
      <EmptyState title="No conflicts">
        <p>When two PCs change the same record at once, both versions wait here for you to choose.</p>
      </EmptyState>
    );
  }
  const open = conflicts.find((c) => c.id === openId) ?? null;
  return (
    <div className="sync-page">
      <section className="card sync-card" aria-labelledby="conflicts-title">
        <h2 id="conflicts-title">Records changed on two PCs at once</h2>
        <table className="sync-table" aria-labelledby="conflicts-title">
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Applied (from)</th>
              <th scope="col">Other version (from)</th>
              <th scope="col">Found</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.id} aria-current={c.id === openId ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="sync-link" onClick={() => setOpenId(c.id)}>
                    {recordNoun(c.table)} {recordLabel(c.winner)}
                  </button>
                </th>
                <td>{c.winnerDevice ?? '—'}</td>
                <td>{c.loserDevice ?? '—'}</td>
                <td>{formatDateTime(c.detectedAt, profile.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {open ? <ConflictDetail key={open.id} conflict={open} locale={profile.locale} onDone={() => setOpenId(null)} /> : null}
    </div>
  );
}
