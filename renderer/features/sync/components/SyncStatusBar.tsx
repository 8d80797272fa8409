/**
 * The shell's status bar (issue 18.1): one line on sync — last synced, changes waiting, errors —
 * and the conflicts waiting, linking to them. Hidden on a PC that never set sync up.
 */
import { useSyncStatus } from '../../../db/sync';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { statusSentence } from '../statusWords';
import '../sync.css';

export function SyncStatusBar() {
  const status = useSyncStatus();
  const profile = useCompanyProfile();
  if (status.phase === 'not-configured') return null;
  const trouble = status.phase === 'error' || status.phase === 'offline' || status.phase === 'needs-passphrase';
  return (
    <footer className={`sync-status-bar${trouble ? ' sync-status-trouble' : ''}`} aria-label="Status bar">
      <div role="status" aria-label="Sync status" className="sync-status-text">
        <a href="#/settings/sync">{statusSentence(status, profile.locale)}</a>
      </div>
      {status.conflicts ? (
        <a href="#/settings/conflicts" className="sync-status-conflicts">
          {status.conflicts} conflict{status.conflicts === 1 ? '' : 's'} to look at
        </a>
      ) : null}
    </footer>
  );
}
