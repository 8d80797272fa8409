/**
 * The backup reminder and the automatic-backup responder (issue 15.2), mounted at the top of
 * <main> on every screen.
 * - Electron: main's schedule sends "backup due" (daily, and on quit when data changed); this
 *   answers with an automatic backup written into the chosen folder. A failure is recorded
 *   (the Dashboard shows it), never swallowed.
 * - Browser: there is no main process, so this checks itself (at start and every 15 minutes)
 *   and keeps an automatic copy in this browser when one is due; and since such copies go
 *   when the browser's data goes, a bar asks for a download when none was saved for longer
 *   than the setting — "Download a backup" or "Remind me tomorrow". An office with no data
 *   yet is never nagged.
 */
import { useEffect, useState } from 'react';
import { errorMessage } from '../../shared/lib/errors';
import {
  automaticBackupDue,
  backUpNow,
  downloadReminderDue,
  loadBackupStatus,
  notifyBackupsChanged,
  runAutomaticBackup,
  snoozeBackupReminder,
  timeAgo,
  useBackupStatus,
} from '../features/settings';
import { getPlatform } from '../platform';
import { useToast } from '../ui/Toast';
import './backupReminder.css';

const CHECK_EVERY_MS = 15 * 60_000;

export function BackupReminder() {
  const isBrowser = getPlatform().kind === 'browser';
  useAutomaticBackups(isBrowser);
  return isBrowser ? <DownloadReminder /> : null;
}

function useAutomaticBackups(isBrowser: boolean): void {
  useEffect(() => {
    const backups = getPlatform().backups;
    if (!isBrowser) return backups.onDue((reason) => void runAutomaticBackup(reason));
    let running = false;
    const check = async () => {
      if (running) return;
      running = true;
      try {
        if (automaticBackupDue(await loadBackupStatus())) await runAutomaticBackup('schedule');
      } catch {
        // The status could not be read (the database is closed for a restore): the next check tries again.
      } finally {
        running = false;
      }
    };
    void check();
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [isBrowser]);
}

function DownloadReminder() {
  const { status } = useBackupStatus();
  const [busy, setBusy] = useState(false);
  const showToast = useToast((s) => s.show);
  // Time passes while the app stays open: look again every 15 minutes.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  if (!status || !downloadReminderDue(status, now)) return null;

  const download = async () => {
    setBusy(true);
    try {
      if (await backUpNow()) showToast('Backup downloaded');
      notifyBackupsChanged();
    } catch (e) {
      showToast(`The backup failed: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="backup-reminder" role="region" aria-label="Backup reminder">
      <p>
        <strong>{status.newestManualAt ? `Last backup: ${timeAgo(status.newestManualAt, now)}.` : 'No backup has been downloaded yet.'}</strong>{' '}
        Copies kept in this browser are lost if its data is cleared; keep a downloaded backup somewhere else.
      </p>
      <div className="backup-reminder-actions">
        <button type="button" className="btn btn-primary" onClick={() => void download()} disabled={busy}>
          {busy ? 'Preparing…' : 'Download a backup'}
        </button>
        <button type="button" className="btn" onClick={() => snoozeBackupReminder(24)} disabled={busy}>
          Remind me tomorrow
        </button>
      </div>
    </div>
  );
}
