/**
 * Opening the app's database at start: refuse data from a newer Backdesk (never touch it),
 * and keep a copy of the data as stored before any schema upgrade runs (DESIGN §2), in a
 * database of its own beside the app's, so an upgrade that goes wrong can be undone.
 */
import Dexie, { type Table } from 'dexie';
import { exportStoredDatabase, snapshotToJson } from './backup';
import { DEFAULT_DB_NAME, getDb, getStoredSchemaVersion, mapDbError, NewerSchemaError, SCHEMA_VERSION } from './index';

export const UPGRADE_BACKUPS_DB = 'backdesk-upgrade-backups';
/** Older copies beyond this many are dropped; each upgrade makes one. */
const KEEP_BACKUPS = 3;

interface UpgradeBackup {
  id: string;
  fromVersion: number;
  toVersion: number;
  takenAt: string;
  json: string;
}

class UpgradeBackupsDb extends Dexie {
  snapshots!: Table<UpgradeBackup, string>;
  constructor() {
    super(UPGRADE_BACKUPS_DB);
    this.version(1).stores({ snapshots: 'id, takenAt' });
  }
}

export async function listUpgradeBackups(): Promise<Omit<UpgradeBackup, 'json'>[]> {
  const db = new UpgradeBackupsDb();
  try {
    const all = await db.snapshots.orderBy('takenAt').reverse().toArray();
    return all.map(({ json: _json, ...meta }) => meta);
  } finally {
    db.close();
  }
}

export async function readUpgradeBackup(id: string): Promise<string | undefined> {
  const db = new UpgradeBackupsDb();
  try {
    return (await db.snapshots.get(id))?.json;
  } finally {
    db.close();
  }
}

async function keepUpgradeBackup(fromVersion: number, toVersion: number, json: string): Promise<void> {
  const db = new UpgradeBackupsDb();
  try {
    const takenAt = new Date().toISOString();
    await db.transaction('rw', db.snapshots, async () => {
      await db.snapshots.put({ id: `before-v${toVersion}-${takenAt}`, fromVersion, toVersion, takenAt, json });
      const old = await db.snapshots.orderBy('takenAt').reverse().offset(KEEP_BACKUPS).primaryKeys();
      await db.snapshots.bulkDelete(old);
    });
  } finally {
    db.close();
  }
}

/**
 * Opens the app database, backing it up first when this build will upgrade it. Rejects with
 * NewerSchemaError (data from a newer Backdesk) or DiskFullError with a message for people.
 */
export async function openAppDatabase(
  name: string = DEFAULT_DB_NAME,
  open: () => Promise<unknown> = () => getDb().open(),
): Promise<void> {
  try {
    const stored = await getStoredSchemaVersion(name);
    if (stored !== null && stored > SCHEMA_VERSION) throw new NewerSchemaError(name, SCHEMA_VERSION, stored);
    if (stored !== null && stored < SCHEMA_VERSION) {
      const snapshot = await exportStoredDatabase(name);
      if (snapshot) await keepUpgradeBackup(stored, SCHEMA_VERSION, snapshotToJson(snapshot));
    }
    await open();
  } catch (e) {
    throw e instanceof NewerSchemaError ? e : mapDbError(e);
  }
}
