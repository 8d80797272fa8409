/**
 * Backups in a plain browser (issue 15.2): a database of its own, `backdesk-backups`, beside
 * the office's — a restore replaces the office's database, never this one — holding the
 * backup zips with their kind and time, rotated by the same rule as the Electron folder
 * (shared/backup/rotation). The schedule's settings and the last run live there too. A
 * browser cannot write to a folder, so the app also reminds the user to download a copy
 * (renderer/app/BackupReminder); the copies kept here give the Backups screen something to
 * restore from even if the user never downloads one. A failure before anything reaches this
 * store is recorded by the renderer (settings/backupStatus).
 */
import Dexie, { type Table } from 'dexie';
import { backupsToDelete } from '../../shared/backup/rotation';
import type { BackupKind, BackupSettingsValue, BackupStore, StoredBackup } from './types';

export const BROWSER_BACKUPS_DB = 'backdesk-backups';

export const DEFAULT_BACKUP_SETTINGS: BackupSettingsValue = {
  folder: null,
  enabled: true,
  intervalHours: 24,
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
};

interface BackupRow extends StoredBackup {
  bytes: Uint8Array;
}

interface MetaRow {
  id: 'settings';
  value: BackupSettingsValue;
}

class BrowserBackupsDb extends Dexie {
  backups!: Table<BackupRow, string>;
  meta!: Table<MetaRow, string>;
  constructor() {
    super(BROWSER_BACKUPS_DB);
    this.version(1).stores({ backups: 'id, createdAt, kind', meta: 'id' });
  }
}

const KIND_WORDS: Record<BackupKind, string> = { auto: 'auto', manual: 'manual', 'pre-upgrade': 'before upgrade', 'pre-restore': 'before restore' };

async function withDb<T>(fn: (kept: BrowserBackupsDb) => Promise<T>): Promise<T> {
  const kept = new BrowserBackupsDb();
  try {
    return await fn(kept);
  } finally {
    kept.close();
  }
}

async function readSettings(kept: BrowserBackupsDb): Promise<BackupSettingsValue> {
  return { ...DEFAULT_BACKUP_SETTINGS, ...(await kept.meta.get('settings'))?.value };
}

export function createBrowserBackupStore(): BackupStore {
  return {
    list: () =>
      withDb(async (kept) => {
        const rows: StoredBackup[] = [];
        // Metadata only: the bytes stay on disk until a backup is opened.
        await kept.backups.orderBy('createdAt').reverse().each((r) => rows.push({ id: r.id, kind: r.kind, createdAt: r.createdAt, size: r.size }));
        return rows;
      }),
    read: (id) =>
      withDb(async (kept) => {
        const row = await kept.backups.get(id);
        if (!row) throw new Error('This backup is no longer kept in this browser.');
        return row.bytes;
      }),
    write: (bytes, kind) =>
      withDb(async (kept) => {
        if (bytes.byteLength === 0) throw new Error('The backup was empty, so it was not kept.');
        const createdAt = new Date().toISOString();
        const entry: StoredBackup = { id: `Backdesk ${createdAt.slice(0, 16).replace('T', ' ')} ${KIND_WORDS[kind]} ${crypto.randomUUID().slice(0, 8)}`, kind, createdAt, size: bytes.byteLength };
        const settings = await readSettings(kept);
        await kept.transaction('rw', kept.backups, kept.meta, async () => {
          await kept.backups.add({ ...entry, bytes });
          // The new copy is stored before any old one goes (same transaction: both or neither).
          const all: StoredBackup[] = [];
          await kept.backups.each((r) => all.push({ id: r.id, kind: r.kind, createdAt: r.createdAt, size: r.size }));
          await kept.backups.bulkDelete(backupsToDelete(all, settings));
          if (kind === 'auto' || kind === 'manual') {
            await kept.meta.put({ id: 'settings', value: { ...settings, lastRun: { at: createdAt, ok: true, id: entry.id } } });
          }
        });
        return entry;
      }),
    getSettings: () => withDb(readSettings),
    setSettings: (patch) =>
      withDb(async (kept) => {
        const value = { ...(await readSettings(kept)), ...patch };
        await kept.meta.put({ id: 'settings', value });
        return value;
      }),
    chooseFolder: null,
    // No schedule runs outside the app in a browser; BackupReminder makes the due copies itself.
    onDue: () => () => undefined,
  };
}

