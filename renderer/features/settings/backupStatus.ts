/**
 * Where the office's backups stand (issue 15.2), for the Backups screen, the Dashboard card
 * and the reminder bar: the store's settings and list, the last automatic run (the store's
 * lastRun, or a failure this window recorded itself before anything reached the store — the
 * newer wins), whether the data changed since the newest backup (the audit log's newest
 * line, renderer/db/changes), and whether a backup is overdue.
 *
 * It also answers "a backup is due" (main's schedule in Electron, the reminder's own check in
 * a browser): nothing new since the newest backup → no copy; otherwise makeBackup('auto'),
 * and a failure is recorded, never swallowed.
 */
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../../shared/lib/errors';
import { dataChanges, type DataChanges } from '../../db/changes';
import { getPlatform, type BackupSettingsValue, type StoredBackup } from '../../platform';
import { makeBackup } from './backup';

const HOUR = 3_600_000;
const FAILURE_KEY = 'backdesk.backupFailure';
const SNOOZE_KEY = 'backdesk.backupReminderSnoozedUntil';
const CHANGED_EVENT = 'backdesk:backups-changed';
/** An automatic backup is overdue this long after it was due (the schedule asks hourly). */
const OVERDUE_GRACE_HOURS = 2;

export interface BackupRun {
  at: string;
  ok: boolean;
  message?: string;
}

export interface BackupStatus {
  settings: BackupSettingsValue;
  backups: StoredBackup[];
  /** The last automatic run; null before the first. */
  lastRun: BackupRun | null;
  /** The newest backup of the data as it is (any kind but pre-upgrade). */
  newestAt: string | null;
  /** The newest backup the user saved themselves ("Back up now", a download). */
  newestManualAt: string | null;
  changes: DataChanges;
  /** Data changed after the newest backup (or there is data and no backup). */
  changedSinceBackup: boolean;
  /** Automatic backups are on, there is unsaved data and none was made for longer than the interval allows. */
  overdue: boolean;
}

function readLocalFailure(): BackupRun | null {
  try {
    const raw = localStorage.getItem(FAILURE_KEY);
    const value = raw ? (JSON.parse(raw) as Partial<BackupRun>) : null;
    return value && typeof value.at === 'string' && typeof value.message === 'string' ? { at: value.at, ok: false, message: value.message } : null;
  } catch {
    return null;
  }
}

/** Records an automatic backup that failed in this window (before or while the store wrote it). */
export function recordBackupFailure(message: string, at: Date = new Date()): void {
  try {
    localStorage.setItem(FAILURE_KEY, JSON.stringify({ at: at.toISOString(), message: message.slice(0, 2000) }));
  } catch {
    // Storage refused (private mode, quota): the failure still shows through the thrown error.
  }
  notifyBackupsChanged();
}

/** Tells every status on screen to read again (after a backup, a restore, a settings change). */
export function notifyBackupsChanged(): void {
  window.dispatchEvent(new Event(CHANGED_EVENT));
}

function newestOf(backups: StoredBackup[], kinds: StoredBackup['kind'][]): string | null {
  let newest: string | null = null;
  for (const b of backups) if (kinds.includes(b.kind) && (!newest || b.createdAt > newest)) newest = b.createdAt;
  return newest;
}

export async function loadBackupStatus(now: number = Date.now()): Promise<BackupStatus> {
  const store = getPlatform().backups;
  const [settings, backups, changes] = await Promise.all([store.getSettings(), store.list(), dataChanges()]);
  const local = readLocalFailure();
  const stored = settings.lastRun ? { at: settings.lastRun.at, ok: settings.lastRun.ok, ...(settings.lastRun.message ? { message: settings.lastRun.message } : {}) } : null;
  const lastRun = local && (!stored || local.at > stored.at) ? local : stored;
  const newestAt = newestOf(backups, ['auto', 'manual', 'pre-restore']);
  const newestManualAt = newestOf(backups, ['manual']);
  const changedSinceBackup = changes.last !== null && (newestAt === null || changes.last > newestAt);
  const since = newestAt ?? changes.first;
  const overdue =
    settings.enabled && changedSinceBackup && since !== null && now - Date.parse(since) > (settings.intervalHours + OVERDUE_GRACE_HOURS) * HOUR;
  return { settings, backups, lastRun, newestAt, newestManualAt, changes, changedSinceBackup, overdue };
}

/**
 * Is an automatic copy due now: switched on, something new, and the newest copy (or, before
 * the first, the office's first record) is older than the interval.
 */
export function automaticBackupDue(status: BackupStatus, now: number = Date.now()): boolean {
  const since = status.newestAt ?? status.changes.first;
  if (!status.settings.enabled || !status.changedSinceBackup || since === null) return false;
  return now - Date.parse(since) >= status.settings.intervalHours * HOUR;
}

/**
 * Makes the automatic backup main (or the reminder) asked for. On 'schedule', nothing new
 * since the newest backup means no copy; 'quit' always writes (main already saw a change).
 */
export async function runAutomaticBackup(reason: 'schedule' | 'quit'): Promise<'written' | 'unchanged' | 'failed'> {
  try {
    if (reason === 'schedule') {
      const status = await loadBackupStatus();
      if (!status.changedSinceBackup) return 'unchanged';
    }
    await makeBackup('auto');
    try {
      localStorage.removeItem(FAILURE_KEY);
    } catch {
      // Nothing was recorded.
    }
    notifyBackupsChanged();
    return 'written';
  } catch (e) {
    recordBackupFailure(`The automatic backup failed: ${errorMessage(e)}`);
    return 'failed';
  }
}

/** The browser's reminder: hidden until this time after "Remind me tomorrow". */
export function reminderSnoozedUntil(): number {
  const value = Number(localStorage.getItem(SNOOZE_KEY) ?? 0);
  return Number.isFinite(value) ? value : 0;
}

export function snoozeBackupReminder(hours = 24, now: number = Date.now()): void {
  localStorage.setItem(SNOOZE_KEY, String(now + hours * HOUR));
  notifyBackupsChanged();
}

/**
 * The browser build's reminder to download: the office has data, none was downloaded for
 * longer than the interval (counted from the first record when none ever was), something
 * changed since, and the user has not asked to be reminded later.
 */
export function downloadReminderDue(status: BackupStatus, now: number = Date.now()): boolean {
  if (!status.settings.enabled || status.changes.first === null || now < reminderSnoozedUntil()) return false;
  const since = status.newestManualAt ?? status.changes.first;
  if (status.newestManualAt && status.changes.last !== null && status.changes.last <= status.newestManualAt) return false;
  return now - Date.parse(since) > status.settings.intervalHours * HOUR;
}

/** Live backup status: read on mount and whenever a backup, restore or setting changes it. */
export function useBackupStatus(): { status: BackupStatus | null; error: string | null; reload: () => void } {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    loadBackupStatus().then(
      (s) => {
        if (!live) return;
        setStatus(s);
        setError(null);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [tick]);
  useEffect(() => {
    window.addEventListener(CHANGED_EVENT, reload);
    return () => window.removeEventListener(CHANGED_EVENT, reload);
  }, [reload]);
  return { status, error, reload };
}

/** "9 days ago", "3 hours ago", "just now". */
export function timeAgo(instant: string, now: number = Date.now(), locale = 'en'): string {
  const ms = now - Date.parse(instant);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ms < 60_000) return 'just now';
  if (ms < HOUR) return rtf.format(-Math.round(ms / 60_000), 'minute');
  if (ms < 48 * HOUR) return rtf.format(-Math.round(ms / HOUR), 'hour');
  return rtf.format(-Math.round(ms / (24 * HOUR)), 'day');
}
