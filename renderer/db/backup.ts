/**
 * Backups in the renderer's database layer: a snapshot is every table's rows (read in one
 * transaction) plus the attachment bytes, handed to shared/backup's writeBackup. Restores take
 * only what readBackup verified, validate every row with its zod schema before touching
 * anything, replace all data in ONE strict transaction, then count every table again and
 * compare with the backup — so a bad file or a full disk leaves the current data as it was
 * (DESIGN §2: validation at restore, durability). Platform work (the safety copy, the backup
 * store, main's attachment store) lives in features/settings/backup.ts.
 */
import Dexie from 'dexie';
import { readBackup, type BackupSnapshot, type ReadBackupResult } from '../../shared/backup';
import { sha256Hex } from '../../shared/encryption';
import { formatZodError } from '../../shared/domain/common';
import { nowIso } from '../../shared/lib/dates';
import { ALL_TABLES, SCHEMA_VERSION, SYNC_TABLES, type BackdeskDb, type TableName } from './database';
import { LOCAL_SYNC_KEY } from './sync/device';
import { declareSchema } from './versions';
import { auditEntry, writeTransaction } from './crud';
import { NewerSchemaError } from './errors';
import { DERIVED_TABLES, rebuildDerivedData } from './derived';
import { getDb, strictConnection } from './index';
import { TABLE_SCHEMAS } from './schemas';

/** A database as stored, at any schema version (the copy taken before an upgrade). */
export interface DatabaseSnapshot {
  schemaVersion: number;
  exportedAt: string;
  tables: Partial<Record<string, unknown[]>>;
}

/** Tables recomputed from the records on restore (every owner's, db/derived), never trusted from a file. */
const DERIVED = new Set<string>(DERIVED_TABLES);

/** The tables a database of `schemaVersion` has: a backup of that version must hold every one. */
export function requiredTablesFor(schemaVersion: number): string[] {
  const probe = new Dexie('backdesk-schema-probe');
  declareSchema(probe, Math.min(schemaVersion, SCHEMA_VERSION));
  // Sync's own tables (this PC's side of the conversation with the server) are never backed up.
  const local = new Set<string>(SYNC_TABLES);
  return probe.tables.map((t) => t.name).filter((t) => !local.has(t));
}

/** readBackup with this build's schema version and table list. */
export function readBackupFile(bytes: Uint8Array, passphrase?: string): Promise<ReadBackupResult> {
  return readBackup(bytes, SCHEMA_VERSION, passphrase, { requiredTables: requiredTablesFor });
}

/**
 * Attachment bytes kept outside a table row in a backup: `attachmentBlobs` rows keep their
 * id (the content hash) and name the stored file by the hash of the bytes as stored (a sealed
 * confidential file's stored bytes differ from its content).
 */
interface BlobRowInBackup {
  id: string;
  size: number;
  createdAt: string;
  file: string;
}

/**
 * Every table of the open database, read in one transaction (a consistent picture), with the
 * attachment bytes moved into `files`. `mainFiles` lists the hashes of attachments whose bytes
 * live in main's store (storage 'main'), for the caller to add.
 */
export async function snapshotDatabase(db: BackdeskDb = getDb()): Promise<{ snapshot: BackupSnapshot; mainFiles: string[] }> {
  const tables: Record<string, object[]> = {};
  await db.transaction('r', ALL_TABLES, async () => {
    for (const t of ALL_TABLES) tables[t] = (await db.table(t).toArray()) as object[];
  });
  const files: Record<string, Uint8Array> = {};
  const blobs: BlobRowInBackup[] = [];
  for (const row of (tables.attachmentBlobs ?? []) as { id: string; bytes: Uint8Array; size: number; createdAt: string }[]) {
    const file = await sha256Hex(row.bytes);
    files[file] = row.bytes;
    blobs.push({ id: row.id, size: row.size, createdAt: row.createdAt, file });
  }
  tables.attachmentBlobs = blobs;
  const mainFiles = [
    ...new Set(((tables.attachments ?? []) as { hash: string; storage?: string; deletedAt?: string | null }[]).filter((a) => a.storage === 'main').map((a) => a.hash)),
  ];
  return { snapshot: { schemaVersion: SCHEMA_VERSION, createdAt: nowIso(), tables, files }, mainFiles };
}

/**
 * A snapshot of a database as stored, read without declaring any schema so it works on an
 * older version too: the backup taken before a schema upgrade (pass to openBackdeskDb's
 * `beforeUpgrade`). Returns null when the database does not exist.
 */
export async function exportStoredDatabase(
  name: string,
  options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
): Promise<DatabaseSnapshot | null> {
  const raw = new Dexie(name, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  try {
    await raw.open();
  } catch (e) {
    raw.close();
    if ((e as { name?: string }).name === 'NoSuchDatabaseError') return null;
    throw e;
  }
  try {
    const tables: Record<string, unknown[]> = {};
    const local = new Set<string>(SYNC_TABLES);
    const office = raw.tables.filter((t) => !local.has(t.name));
    await raw.transaction(
      'r',
      office.map((t) => t.name),
      async () => {
        for (const t of office) tables[t.name] = await t.toArray();
      },
    );
    return { schemaVersion: raw.verno, exportedAt: nowIso(), tables };
  } finally {
    raw.close();
  }
}

export class InvalidBackupError extends Error {
  override readonly name = 'InvalidBackupError';
  constructor(readonly problems: string[]) {
    super(
      `The backup has ${problems.length === 1 ? 'a record' : `${problems.length} records`} that cannot be restored, so nothing was changed. ${problems
        .slice(0, 5)
        .join(' ')}`,
    );
  }
}

/** The bytes of attachment blobs a backup names: from its files (new) or inline (old JSON backups). */
function blobRowsOf(snapshot: BackupSnapshot, problems: string[]): unknown[] {
  const rows = (snapshot.tables.attachmentBlobs ?? []) as Partial<BlobRowInBackup & { bytes: Uint8Array }>[];
  return rows.map((row, i) => {
    if (row.bytes instanceof Uint8Array) return row;
    const bytes = row.file ? snapshot.files?.[row.file] : undefined;
    if (!bytes && problems.length < 50) problems.push(`attachmentBlobs #${i + 1}: the attached file's bytes are missing from the backup.`);
    return { id: row.id, size: row.size, createdAt: row.createdAt, bytes };
  });
}

/**
 * Replaces all data with a verified snapshot (readBackupFile said ok). Validates every row
 * first; rows of tables this build does not know are refused. The maintained totals are
 * recomputed, never trusted. After the write, every table is counted again and compared with
 * the snapshot; a difference is an error (the caller names its safety copy). Returns the counts.
 */
export async function restoreSnapshot(
  snapshot: BackupSnapshot,
  options: { onProgress?: (fraction: number) => void } = {},
  db: BackdeskDb = getDb(),
): Promise<Record<string, number>> {
  if (snapshot.schemaVersion > SCHEMA_VERSION) throw new NewerSchemaError(db.name, SCHEMA_VERSION, snapshot.schemaVersion);
  const problems: string[] = [];
  const rows = new Map<TableName, unknown[]>();
  for (const [table, list] of Object.entries(snapshot.tables)) {
    if (!(ALL_TABLES as readonly string[]).includes(table)) {
      problems.push(`Unknown table "${table}".`);
      continue;
    }
    if (DERIVED.has(table)) continue;
    const source = table === 'attachmentBlobs' ? blobRowsOf(snapshot, problems) : list;
    const schema = TABLE_SCHEMAS[table as TableName];
    const parsed: unknown[] = [];
    source.forEach((row, i) => {
      const r = schema.safeParse(row);
      if (r.success) parsed.push(r.data);
      else if (problems.length < 50) problems.push(`${table} #${i + 1}: ${formatZodError(r.error)}.`);
    });
    rows.set(table as TableName, parsed);
  }
  if (problems.length) throw new InvalidBackupError(problems);
  const total = [...rows.values()].reduce((n, r) => n + r.length, 0) || 1;
  let written = 0;
  // This PC's own sync state (issue 18: its id, number code, checkpoint) is never taken from a
  // backup, which may come from another PC: it is kept as it is here.
  const settingsRows = rows.get('settings');
  if (settingsRows) rows.set('settings', settingsRows.filter((r) => (r as { id?: string }).id !== LOCAL_SYNC_KEY));
  let ownSync: unknown;
  const strict = strictConnection(db);
  await writeTransaction(strict, ALL_TABLES, async () => {
    ownSync = await strict.settings.get(LOCAL_SYNC_KEY);
    for (const t of ALL_TABLES) await strict.table(t).clear();
    if (ownSync) await strict.settings.put(ownSync as never);
    for (const [t, list] of rows) {
      for (let i = 0; i < list.length; i += 2000) {
        const chunk = list.slice(i, i + 2000);
        await strict.table(t).bulkPut(chunk);
        written += chunk.length;
        options.onProgress?.(Math.min(0.95, written / total));
      }
    }
    await rebuildDerivedData(strict);
  });
  // Read back: what is stored now must be what the backup held, table by table.
  const counts: Record<string, number> = {};
  const wrong: string[] = [];
  await db.transaction('r', [...rows.keys()], async () => {
    for (const [t, list] of rows) {
      counts[t] = await db.table(t).count();
      if (t === 'settings' && ownSync) counts[t] -= 1;
      if (counts[t] !== list.length) wrong.push(`${t}: ${counts[t]} stored, ${list.length} in the backup`);
    }
  });
  if (wrong.length) throw new Error(`The restore did not store what the backup holds (${wrong.slice(0, 3).join('; ')}).`);
  await writeTransaction(db, ['auditLog'], async () => {
    await db.auditLog.add(auditEntry('settings', '', 'backup', `Restored a backup from ${snapshot.createdAt || 'an unknown date'}`, nowIso()));
  });
  options.onProgress?.(1);
  return counts;
}
