/**
 * A failed or overdue backup on the Dashboard (issue 15.2): never swallowed. Shows the last
 * automatic backup's failure in words (when, what went wrong) or that none was made for
 * longer than the schedule allows, with a link to the Backups screen; nothing when all is well.
 */
import { AlertTriangle } from 'lucide-react';
import { formatDateTime } from '../../../../shared/lib/dates';
import { hrefFor } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { timeAgo, useBackupStatus } from '../../settings';
import './backupStatusCard.css';

export function BackupStatusCard() {
  const { status } = useBackupStatus();
  const { locale } = useCompanyProfile();
  if (!status) return null;
  const failed = status.lastRun && !status.lastRun.ok ? status.lastRun : null;
  // A failure that a later backup has made good is no longer news.
  const failure = failed && !(status.newestAt && status.newestAt > failed.at) ? failed : null;
  if (!failure && !status.overdue) return null;

  return (
    <section className="card backup-status-card" role="alert" aria-labelledby="backup-status-title">
      <AlertTriangle aria-hidden="true" className="backup-status-icon" />
      <div>
        <h2 id="backup-status-title">{failure ? 'The last automatic backup failed' : 'A backup is overdue'}</h2>
        {failure ? (
          <p>
            {formatDateTime(failure.at, locale)} ({timeAgo(failure.at)}): {failure.message ?? 'it could not be saved.'}
          </p>
        ) : (
          <p>
            {status.newestAt ? `The newest backup is from ${formatDateTime(status.newestAt, locale)} (${timeAgo(status.newestAt)}),` : 'No backup has been made yet,'} and the
            office’s data has changed since.
          </p>
        )}
        <a href={hrefFor('settings', 'backups')}>Open Backups</a>
      </div>
    </section>
  );
}
