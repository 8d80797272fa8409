/**
 * Back up and restore on the Settings page. "Back up now" can protect the file with a
 * passphrase; "Restore from a backup file" picks a file and hands it to the restore dialog,
 * which says what the file holds before anything is replaced.
 */
import { useEffect, useState } from 'react';
import { useToast } from '../../../ui/Toast';
import { Modal } from '../../../ui/Modal';
import { backUpNow, pickBackupFile } from '../backup';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormError } from '../../../ui/FormDialog';
import { describeCounts, RestoreDialog } from './RestoreDialog';
import type { PickedFile } from '../../../platform';

function BackupDialog({ onClose }: { onClose: () => void }) {
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const showToast = useToast((s) => s.show);
  const mismatch = protect && again !== '' && passphrase !== again;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (protect && (passphrase.length < 8 || passphrase !== again)) {
      setError(passphrase.length < 8 ? 'A backup passphrase has at least 8 characters.' : 'The two passphrases are not the same.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (await backUpNow(protect ? { passphrase } : {})) showToast('Backup saved');
      onClose();
    } catch (err) {
      setError(`The backup failed: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Back up now" onClose={() => !busy && onClose()}>
      <form onSubmit={save} style={{ display: 'grid', gap: 12 }}>
        <p style={{ margin: 0 }}>One file holds every record and attached file. Keep it off this PC (a USB stick or a network drive).</p>
        <label className="checkbox">
          <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} /> Protect the file with a passphrase
        </label>
        {protect ? (
          <>
            <label className="field">
              <span>Passphrase</span>
              <input type="password" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
            </label>
            <label className="field">
              <span>Passphrase again</span>
              <input type="password" value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" />
              {mismatch ? <span className="field-error">The two passphrases are not the same.</span> : null}
            </label>
            <p className="muted" style={{ margin: 0 }}>Without the passphrase nobody can restore this file — write it down somewhere safe.</p>
          </>
        ) : null}
        <FormError error={error} />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save backup…'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function BackupControls({ askRestore = false }: { askRestore?: boolean }) {
  const [backingUp, setBackingUp] = useState(false);
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const showToast = useToast((s) => s.show);

  const pick = async () => {
    setError(null);
    try {
      setPicked(await pickBackupFile());
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  // File ▸ Restore… lands here: go straight to choosing the file.
  useEffect(() => {
    if (askRestore) void pick();
  }, [askRestore]);

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <button type="button" className="btn" onClick={() => setBackingUp(true)}>
          Back up now…
        </button>
        <button type="button" className="btn" onClick={() => void pick()}>
          Restore from a backup file…
        </button>
      </div>
      <FormError error={error} />
      {backingUp ? <BackupDialog onClose={() => setBackingUp(false)} /> : null}
      {picked ? (
        <RestoreDialog
          bytes={picked.bytes}
          source={picked.name}
          onClose={() => setPicked(null)}
          onRestored={(report) => {
            setPicked(null);
            showToast(`Backup restored: ${describeCounts(report.counts)}`);
          }}
        />
      ) : null}
    </div>
  );
}
