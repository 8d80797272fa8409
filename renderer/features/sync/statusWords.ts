/** The sync status as one line (the status bar and Settings → Sync). Pure. */
import { formatDateTime } from '../../../shared/lib/dates';
import type { SyncStatus } from '../../db/sync';

function timeOf(instant: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
  } catch {
    return formatDateTime(instant, locale);
  }
}

export function statusSentence(s: SyncStatus, locale: string): string {
  const pending = s.pending ? ` · ${s.pending} change${s.pending === 1 ? '' : 's'} waiting` : '';
  switch (s.phase) {
    case 'not-configured':
      return 'Not set up';
    case 'off':
      return `Sync is off${pending}`;
    case 'syncing':
      return s.progress
        ? `Syncing ${s.progress.done.toLocaleString(locale)}${s.progress.total ? ` / ${s.progress.total.toLocaleString(locale)}` : ''}`
        : `Syncing…${pending}`;
    case 'offline':
      return `Offline — ${s.pending} change${s.pending === 1 ? '' : 's'} waiting`;
    case 'error':
      return `Sync error: ${s.error ?? 'unknown'}`;
    case 'needs-passphrase':
      return s.error ?? 'Some records wait for the office passphrase';
    case 'idle':
      return `${s.lastSyncedAt ? `Synced ${timeOf(s.lastSyncedAt, locale)}` : 'Synced'}${pending}`;
  }
}
