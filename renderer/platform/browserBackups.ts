/**
 * Backups in a plain browser (issue 15.2). SCAFFOLD: keeps nothing yet; the backups slice
 * replaces it with a database of its own beside the office's.
 */
import type { BackupSettingsValue, BackupStore } from './types';

const DEFAULTS: BackupSettingsValue = { folder: null, enabled: true, intervalHours: 24, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 };

export function createBrowserBackupStore(): BackupStore {
  return {
    list: () => Promise.resolve([]),
    read: () => Promise.reject(new Error('No backups are kept in this browser yet.')),
    write: () => Promise.reject(new Error('Backups cannot be kept in this browser yet.')),
    getSettings: () => Promise.resolve(DEFAULTS),
    setSettings: () => Promise.resolve(DEFAULTS),
    chooseFolder: null,
    onDue: () => () => undefined,
  };
}
