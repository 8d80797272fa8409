/**
 * Words to the user at start about what happened while the app was closed (issue 15.3): an
 * import that never finished was rolled back whole at this start (renderer/db/importRecovery),
 * so the user knows nothing from that file is in the data and runs it again. One notice per
 * interrupted import, read out as a status, with a dismiss.
 */
import { useSyncExternalStore } from 'react';
import { dismissImportRecovery, lastImportRecovery, onImportRecovery } from '../db/importRecovery';
import './startupNotices.css';

export function StartupNotices() {
  const recovery = useSyncExternalStore(onImportRecovery, lastImportRecovery);
  const notes = recovery.rolledBack.map((r) => ({ id: r.batchId, text: r.note }));
  if (recovery.failure) notes.push({ id: 'failure', text: recovery.failure });
  if (notes.length === 0) return null;
  return (
    <section className="startup-notices" role="status" aria-labelledby="startup-notices-h">
      <div className="startup-notices-body">
        <h2 id="startup-notices-h">{notes.length === 1 ? 'An import was interrupted' : 'Imports were interrupted'}</h2>
        {notes.map((n) => (
          <p key={n.id}>{n.text}</p>
        ))}
      </div>
      <button type="button" className="btn" onClick={dismissImportRecovery}>
        Dismiss
      </button>
    </section>
  );
}
