/**
 * Restoring one backup (issue 15.1), from a picked file or from the Backups list: the backup
 * is checked first and the dialog says what it holds (when it was made, how many supplies,
 * expenses, people…) before anything is replaced; a protected backup asks for its passphrase;
 * a refusal is shown as the sentence it is and changes nothing; the restore shows progress and
 * ends with the counts read back.
 */
import { useEffect, useState } from 'react';
import type { BackupManifest } from '../../../../shared/backup';
import { errorMessage } from '../../../../shared/lib/errors';
import { formatDateTime } from '../../../../shared/lib/dates';
import { Modal } from '../../../ui/Modal';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { ProgressBar } from '../../../ui/ProgressBar';
import { FormError } from '../../../ui/FormDialog';
import { checkBackup, isEncryptedBackup, restoreBackup, type RestoreReport } from '../backup';

/** The tables a person recognises, in the words they use; the rest are summed as "other records". */
const NAMED_TABLES: [string, string][] = [
  ['items', 'supplies'],
  ['purchaseOrders', 'purchase orders'],
  ['vendors', 'vendors'],
  ['expenses', 'expenses'],
  ['employees', 'staff'],
  ['candidates', 'candidates'],
  ['equipment', 'equipment'],
  ['events', 'diary entries'],
  ['contacts', 'contacts'],
  ['documents', 'documents'],
];

export function describeCounts(counts: Record<string, number>): string {
  const parts = NAMED_TABLES.filter(([t]) => counts[t]).map(([t, words]) => `${counts[t]!.toLocaleString()} ${words}`);
  return parts.length ? parts.join(', ') : 'no records';
}

export function countsOf(manifest: BackupManifest): Record<string, number> {
  return Object.fromEntries(Object.entries(manifest.tables).map(([t, { count }]) => [t, count]));
}

type Check = { state: 'checking' } | { state: 'ok'; manifest: BackupManifest | null; encrypted: boolean } | { state: 'refused'; error: string };

export function RestoreDialog({ bytes, source, onClose, onRestored }: { bytes: Uint8Array; source: string; onClose: () => void; onRestored: (report: RestoreReport) => void }) {
  const locale = useCompanyProfileState().profile.locale;
  const [check, setCheck] = useState<Check>({ state: 'checking' });
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void checkBackup(bytes).then((r) => {
      if (!live) return;
      setCheck(r.ok ? { state: 'ok', manifest: r.manifest, encrypted: r.encrypted } : { state: 'refused', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [bytes]);

  const busy = progress !== null;
  const restore = async (e: React.FormEvent) => {
    e.preventDefault();
    if (busy || check.state !== 'ok') return;
    setError(null);
    setProgress(0);
    try {
      const report = await restoreBackup(bytes, { ...(isEncryptedBackup(bytes) ? { passphrase } : {}), onProgress: setProgress });
      onRestored(report);
    } catch (err) {
      setError(errorMessage(err));
      setProgress(null);
    }
  };

  return (
    <Modal title="Restore from a backup?" onClose={() => !busy && onClose()} size="small">
      <form onSubmit={restore} style={{ display: 'grid', gap: 12 }}>
        <p className="muted" style={{ margin: 0, overflowWrap: 'anywhere' }}>
          <bdi>{source}</bdi>
        </p>
        {check.state === 'checking' ? <p role="status">Checking the backup…</p> : null}
        {check.state === 'refused' ? <FormError error={check.error} /> : null}
        {check.state === 'ok' && check.manifest ? (
          <p role="status" style={{ margin: 0 }}>
            Made {check.manifest.createdAt ? formatDateTime(check.manifest.createdAt, locale) : 'at an unknown time'}; it holds{' '}
            {describeCounts(countsOf(check.manifest))}. Every record now in Backdesk is replaced by these. A safety copy of the
            current data is saved first.
          </p>
        ) : null}
        {check.state === 'ok' && check.encrypted ? (
          <>
            <p style={{ margin: 0 }}>This backup is protected by a passphrase. A safety copy of the current data is saved before anything is replaced.</p>
            <label className="field">
              <span>Backup passphrase</span>
              <input type="password" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="off" />
            </label>
          </>
        ) : null}
        {progress !== null ? <ProgressBar label="Restoring backup" value={progress} /> : null}
        <FormError error={error} />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy || check.state !== 'ok' || (check.encrypted && !passphrase)}>
            Replace my data with this backup
          </button>
        </div>
      </form>
    </Modal>
  );
}
