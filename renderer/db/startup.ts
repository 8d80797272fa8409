/**
 * Opening the app's database at start: refuse data from a newer Backdesk (never touch it),
 * and keep a copy of the data as stored before any schema upgrade runs (DESIGN §2) as a
 * backup of kind 'pre-upgrade' in the platform's backup store (the Backups screen lists and
 * restores it), so an upgrade that goes wrong can be undone. Copies made before issue 15 sit
 * in a database of their own (`backdesk-upgrade-backups`) and are still listed from there.
 */
import Dexie, { type Table } from 'dexie';
import { writeBackup } from '../../shared/backup';
import { errorMessage } from '../../shared/lib/errors';
import { getPlatform } from '../platform';
import { exportStoredDatabase } from './backup';
import { DEFAULT_DB_NAME, getDb, getStoredSchemaVersion, mapDbError, NewerSchemaError, SCHEMA_VERSION } from './index';

export const UPGRADE_BACKUPS_DB = 'backdesk-upgrade-backups';
/** Older copies beyond this many are dropped; each upgrade makes one. */
const KEEP_BACKUPS = 3;

interface UpgradeBackup {
  id: string;
  fromVersion: number;
  toVersion: number;
  takenAt: string;
  /** Copies made before issue 15: the JSON snapshot. */
  json?: string;
  /** Later copies kept here only when the backup store refused them: the backup zip. */
  zip?: Uint8Array;
}

class UpgradeBackupsDb extends Dexie {
  snapshots!: Table<UpgradeBackup, string>;
  constructor() {
    super(UPGRADE_BACKUPS_DB);
    this.version(1).stores({ snapshots: 'id, takenAt' });
  }
}

export interface LegacyUpgradeBackup {
  id: string;
  fromVersion: number;
  toVersion: number;
  takenAt: string;
  size: number;
}

/** Pre-upgrade copies kept in the old database (the Backups screen lists them beside the store's). */
export async function listLegacyUpgradeBackups(): Promise<LegacyUpgradeBackup[]> {
  const db = new UpgradeBackupsDb();
  try {
    const all = await db.snapshots.orderBy('takenAt').reverse().toArray();
    return all.map(({ json, zip, ...meta }) => ({ ...meta, size: zip?.byteLength ?? json?.length ?? 0 }));
  } finally {
    db.close();
  }
}

/** One of those copies as backup bytes (an old JSON snapshot reads through the same verification). */
export async function readLegacyUpgradeBackup(id: string): Promise<Uint8Array | undefined> {
  const db = new UpgradeBackupsDb();
  try {
    const row = await db.snapshots.get(id);
    return row?.zip ?? (row?.json !== undefined ? new TextEncoder().encode(row.json) : undefined);
  } finally {
    db.close();
  }
}

async function keepUpgradeBackup(fromVersion: number, toVersion: number, zip: Uint8Array): Promise<void> {
  const db = new UpgradeBackupsDb();
  try {
    const takenAt = new Date().toISOString();
    await db.transaction('rw', db.snapshots, async () => {
      await db.snapshots.put({ id: `before-v${toVersion}-${takenAt}`, fromVersion, toVersion, takenAt, zip });
      const old = await db.snapshots.orderBy('takenAt').reverse().offset(KEEP_BACKUPS).primaryKeys();
      await db.snapshots.bulkDelete(old);
    });
  } finally {
    db.close();
  }
}

/** What opening found worth telling the user (the App shows `warning` once the office is open). */
export interface OpenAppDatabaseResult {
  warning: string | null;
}

/** Where a pre-upgrade copy goes: the platform's backup store, else the upgrade-backups database. */
export interface PreUpgradeCopyTargets {
  store(zip: Uint8Array): Promise<unknown>;
  fallback(fromVersion: number, toVersion: number, zip: Uint8Array): Promise<void>;
}

const DEFAULT_TARGETS: PreUpgradeCopyTargets = {
  store: (zip) => getPlatform().backups.write(zip, 'pre-upgrade'),
  fallback: keepUpgradeBackup,
};

/**
 * The copy of the data as stored before an upgrade. Never throws: a copy that cannot be made
 * must not keep the office closed, so it returns the sentence to show instead.
 */
async function keepPreUpgradeCopy(name: string, stored: number, targets: PreUpgradeCopyTargets): Promise<string | null> {
  let zip: Uint8Array;
  try {
    const storedCopy = await exportStoredDatabase(name);
    if (!storedCopy) return null;
    zip = await writeBackup({ schemaVersion: storedCopy.schemaVersion, createdAt: storedCopy.exportedAt, tables: storedCopy.tables as Record<string, object[]> });
  } catch (e) {
    return couldNotCopy(e);
  }
  try {
    await targets.store(zip);
    return null;
  } catch {
    // No backup store (or it refused): keep the copy in this browser's own database instead.
  }
  try {
    await targets.fallback(stored, SCHEMA_VERSION, zip);
    return null;
  } catch (e) {
    return couldNotCopy(e);
  }
}

function couldNotCopy(e: unknown): string {
  return `Backdesk was updated, but it could not keep a copy of your data from before the update (${errorMessage(mapDbError(e)).replace(/\.$/, '')}). Your data is open as usual; make a backup now in Settings.`;
}

/**
 * Opens the app database, backing it up first when this build will upgrade it. Rejects with
 * NewerSchemaError (data from a newer Backdesk) or DiskFullError with a message for people.
 * A pre-upgrade copy that fails does not block opening: the result carries a warning instead.
 */
export async function openAppDatabase(
  name: string = DEFAULT_DB_NAME,
  open: () => Promise<unknown> = () => getDb().open(),
  targets: PreUpgradeCopyTargets = DEFAULT_TARGETS,
): Promise<OpenAppDatabaseResult> {
  try {
    const stored = await getStoredSchemaVersion(name);
    if (stored !== null && stored > SCHEMA_VERSION) throw new NewerSchemaError(name, SCHEMA_VERSION, stored);
    const warning = stored !== null && stored < SCHEMA_VERSION ? await keepPreUpgradeCopy(name, stored, targets) : null;
    await open();
    return { warning };
  } catch (e) {
    throw e instanceof NewerSchemaError ? e : mapDbError(e);
  }
}
