/**
 * Back up and restore buttons. A restore replaces every record, so it asks first; a bad file
 * is refused whole with the reason and changes nothing.
 */
import { useEffect, useRef, useState } from 'react';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useToast } from '../../../ui/Toast';
import { backUpNow, restoreFromFile } from '../backup';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormError } from '../../../ui/FormDialog';

export function BackupControls({ askRestore = false }: { askRestore?: boolean }) {
  const confirmRef = useRef<HTMLDialogElement>(null);
  // File ▸ Restore… lands here with the question already asked.
  useEffect(() => {
    if (askRestore && !confirmRef.current?.open) confirmRef.current?.showModal();
  }, [askRestore]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const showToast = useToast((s) => s.show);

  const backup = async () => {
    setError(null);
    try {
      if (await backUpNow()) showToast('Backup saved');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const restore = async () => {
    confirmRef.current?.close();
    setError(null);
    setProgress(0);
    try {
      if (await restoreFromFile(setProgress)) showToast('Backup restored');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" className="btn" onClick={backup}>
          Back up now…
        </button>
        <button type="button" className="btn" onClick={() => confirmRef.current?.showModal()}>
          Restore from backup…
        </button>
      </div>
      {progress !== null ? <ProgressBar label="Restoring backup" value={progress} /> : null}
      <FormError error={error} />
      <dialog ref={confirmRef} aria-labelledby="restore-title" style={{ padding: 20, maxWidth: 440 }}>
        <h2 id="restore-title">Restore from a backup?</h2>
        <p>
          Everything now in Backdesk is replaced by the backup’s records. If the file is damaged,
          nothing is changed.
        </p>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={() => confirmRef.current?.close()}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" onClick={restore}>
            Choose backup file…
          </button>
        </div>
      </dialog>
    </div>
  );
}
