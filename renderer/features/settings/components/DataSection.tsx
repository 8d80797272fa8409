/**
 * The user's data: where it lives, backing it up and restoring it, and erasing it. Erasing asks
 * for the word ERASE so it never happens by a stray Enter.
 */
import { useRef, useState } from 'react';
import { resetAllData } from '../../../core/sampleLoader';
import { getPlatform } from '../../../platform';
import { useToast } from '../../../ui/Toast';
import { BackupControls } from './BackupControls';

export function DataSection({ askRestore = false }: { askRestore?: boolean }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [confirmText, setConfirmText] = useState('');
  const [busy, setBusy] = useState(false);
  const showToast = useToast((s) => s.show);
  const where =
    getPlatform().kind === 'electron'
      ? 'Your records are kept in Backdesk’s data folder on this PC (in the app’s user data directory), and attachments beside them.'
      : 'Your records are kept in this browser’s storage for this address on this PC. Clearing the browser’s site data removes them, so back up regularly.';

  const erase = async () => {
    setBusy(true);
    try {
      await resetAllData();
      dialogRef.current?.close();
      showToast('All data erased');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted">{where}</p>
      <BackupControls askRestore={askRestore} />
      <div style={{ marginTop: 16 }}>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => {
            setConfirmText('');
            dialogRef.current?.showModal();
          }}
        >
          Erase all data…
        </button>
      </div>
      <dialog ref={dialogRef} aria-labelledby="erase-title" style={{ padding: 20, maxWidth: 440 }}>
        <h2 id="erase-title">Erase all data?</h2>
        <p>
          Every supply, order, expense, candidate, employee record and document on this PC is
          removed. Make a backup first if you may need them.
        </p>
        <label className="field">
          <span>Type ERASE to confirm</span>
          <input value={confirmText} onChange={(e) => setConfirmText(e.target.value)} autoFocus />
        </label>
        <div style={{ display: 'flex', gap: 8, marginTop: 12, justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={confirmText !== 'ERASE' || busy}
            onClick={erase}
          >
            Erase everything
          </button>
        </div>
      </dialog>
    </section>
  );
}
