/**
 * The data layer's entry point: the app's database singleton, test/bench openers, the
 * schema version and the errors callers may want to tell apart.
 */
import Dexie from 'dexie';
import { ALL_TABLES, BackdeskDb, SCHEMA_VERSION, type BackdeskDbOptions } from './database';
import { DERIVED_TABLES } from './derived';
import { registerOfficeTables } from './sync/replicated';
import { NewerSchemaError, mapDbError } from './errors';

export { BackdeskDb, ALL_TABLES, SCHEMA_VERSION, onDatabaseReplaced } from './database';
export type { BackdeskDbOptions, TableName, RecordTableName } from './database';
export {
  NewerSchemaError,
  DiskFullError,
  RecordValidationError,
  RecordNotFoundError,
  DatabaseClosedByUpgradeError,
  mapDbError,
} from './errors';

// Office sync (issue 18) replicates every table but the derived and this-PC-only ones.
registerOfficeTables(ALL_TABLES, DERIVED_TABLES);

export const DEFAULT_DB_NAME = 'backdesk';

let instance: BackdeskDb | null = null;
const strictSiblings = new WeakMap<BackdeskDb, BackdeskDb>();

/** The app's database. Opens lazily on first use; repositories default to it. */
export function getDb(): BackdeskDb {
  instance ??= new BackdeskDb(DEFAULT_DB_NAME);
  return instance;
}

/** Closes the singleton (tests, reset). The next getDb() makes a new one. */
export function closeDb(): void {
  instance?.close();
  instance = null;
}

/**
 * A second connection to the same database whose transactions commit with strict
 * durability, for imports, restores and the sample office. Cached per connection.
 */
export function strictConnection(db: BackdeskDb): BackdeskDb {
  if (db.strictDurability) return db;
  let sibling = strictSiblings.get(db);
  // A sibling not yet opened is reused (Dexie opens it on first use); only a closed one is replaced.
  if (!sibling || sibling.hasBeenClosed()) {
    sibling = new BackdeskDb(db.name, { ...db.options, strictDurability: true });
    strictSiblings.set(db, sibling);
  }
  return sibling;
}

/**
 * The schema version stored on disk, or null when there is no such database. Opens the
 * database without a schema, so it never changes it.
 */
export async function getStoredSchemaVersion(
  name: string = DEFAULT_DB_NAME,
  options: Pick<BackdeskDbOptions, 'indexedDB' | 'IDBKeyRange'> = {},
): Promise<number | null> {
  const probe = new Dexie(name, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  try {
    await probe.open();
    return probe.verno;
  } catch (e) {
    // Dexie reports a missing database this way and removes the empty one it had to create.
    if ((e as { name?: string }).name === 'NoSuchDatabaseError') return null;
    throw mapDbError(e);
  } finally {
    probe.close();
  }
}

export interface OpenOptions extends BackdeskDbOptions {
  /**
   * Runs before an existing database is upgraded to this build's schema (DESIGN §2: back up
   * before every schema upgrade). Throwing cancels the open.
   */
  beforeUpgrade?: (storedVersion: number, newVersion: number) => Promise<void> | void;
}

/**
 * Opens (creating or upgrading) a database and resolves once it is ready. Rejects with
 * NewerSchemaError when the data comes from a newer Backdesk, DiskFullError when there is no
 * room to upgrade.
 */
export async function openBackdeskDb(name: string = DEFAULT_DB_NAME, options: OpenOptions = {}): Promise<BackdeskDb> {
  const { beforeUpgrade, ...dbOptions } = options;
  const stored = await getStoredSchemaVersion(name, dbOptions);
  if (stored !== null && stored > SCHEMA_VERSION) throw new NewerSchemaError(name, SCHEMA_VERSION, stored);
  if (stored !== null && stored < SCHEMA_VERSION && beforeUpgrade) await beforeUpgrade(stored, SCHEMA_VERSION);
  const db = new BackdeskDb(name, dbOptions);
  try {
    await db.open();
  } catch (e) {
    db.close();
    throw mapDbError(e);
  }
  return db;
}
