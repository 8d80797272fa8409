/**
 * Backups in the renderer: a snapshot is every table's rows plus the schema version, turned
 * into JSON (bytes as base64) for the platform to save. Restores validate every row with its
 * zod schema before touching anything, then replace all data in ONE strict transaction, so a
 * bad file or a full disk leaves the current data as it was (DESIGN §2: validation at restore,
 * durability).
 */
import Dexie from 'dexie';
import { z } from 'zod';
import { formatZodError } from '../../shared/domain/common';
import { nowIso } from '../../shared/lib/dates';
import { ALL_TABLES, SCHEMA_VERSION, type BackdeskDb, type TableName } from './database';
import { auditEntry, writeTransaction } from './crud';
import { NewerSchemaError } from './errors';
import { rebuildDerivedData } from './derived';
import { getDb, strictConnection } from './index';
import { TABLE_SCHEMAS } from './schemas';

export const SNAPSHOT_FORMAT = 'backdesk-snapshot';

export interface DatabaseSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  tables: Partial<Record<string, unknown[]>>;
}

const snapshotHeaderSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT, { error: 'This file is not a Backdesk backup' }),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/** Every table of the open database, read in one transaction (a consistent picture). */
export async function exportSnapshot(db: BackdeskDb = getDb()): Promise<DatabaseSnapshot> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', ALL_TABLES, async () => {
    for (const t of ALL_TABLES) tables[t] = await db.table(t).toArray();
  });
  return { format: SNAPSHOT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: nowIso(), tables };
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
    await raw.transaction(
      'r',
      raw.tables.map((t) => t.name),
      async () => {
        for (const t of raw.tables) tables[t.name] = await t.toArray();
      },
    );
    return { format: SNAPSHOT_FORMAT, schemaVersion: raw.verno, exportedAt: nowIso(), tables };
  } finally {
    raw.close();
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function snapshotToJson(snapshot: DatabaseSnapshot): string {
  return JSON.stringify(snapshot, (_key, value: unknown) => (value instanceof Uint8Array ? { $bytes: toBase64(value) } : value));
}

/** Parses a backup file; throws an Error with a readable message when it is not one. */
export function snapshotFromJson(text: string): DatabaseSnapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (_key, value: unknown) =>
      value && typeof value === 'object' && typeof (value as { $bytes?: unknown }).$bytes === 'string'
        ? fromBase64((value as { $bytes: string }).$bytes)
        : value,
    );
  } catch {
    throw new Error('This file is not a Backdesk backup (it is not valid JSON).');
  }
  const header = snapshotHeaderSchema.safeParse(parsed);
  if (!header.success) throw new Error(`This file is not a Backdesk backup: ${formatZodError(header.error)}`);
  return header.data as DatabaseSnapshot;
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

/**
 * Replaces all data with the snapshot. Validates every row first; rows of tables this build
 * does not know are refused. The expense aggregate is recomputed, never trusted.
 */
export async function restoreSnapshot(
  snapshot: DatabaseSnapshot,
  options: { onProgress?: (fraction: number) => void } = {},
  db: BackdeskDb = getDb(),
): Promise<void> {
  if (snapshot.schemaVersion > SCHEMA_VERSION) throw new NewerSchemaError(db.name, SCHEMA_VERSION, snapshot.schemaVersion);
  const problems: string[] = [];
  const rows = new Map<TableName, unknown[]>();
  for (const [table, list] of Object.entries(snapshot.tables)) {
    if (!(ALL_TABLES as readonly string[]).includes(table)) {
      problems.push(`Unknown table "${table}".`);
      continue;
    }
    if (table === 'expenseTotals' || table === 'inventoryTotals' || table === 'itemUsage' || table === 'lowStock') continue;
    const schema = TABLE_SCHEMAS[table as TableName];
    const parsed: unknown[] = [];
    (list ?? []).forEach((row, i) => {
      const r = schema.safeParse(row);
      if (r.success) parsed.push(r.data);
      else if (problems.length < 50) problems.push(`${table} #${i + 1}: ${formatZodError(r.error)}.`);
    });
    rows.set(table as TableName, parsed);
  }
  if (problems.length) throw new InvalidBackupError(problems);
  const total = [...rows.values()].reduce((n, r) => n + r.length, 0) || 1;
  let written = 0;
  const strict = strictConnection(db);
  await writeTransaction(strict, ALL_TABLES, async () => {
    for (const t of ALL_TABLES) await strict.table(t).clear();
    for (const [t, list] of rows) {
      for (let i = 0; i < list.length; i += 2000) {
        const chunk = list.slice(i, i + 2000);
        await strict.table(t).bulkPut(chunk);
        written += chunk.length;
        options.onProgress?.(Math.min(0.99, written / total));
      }
    }
    // The maintained totals are not trusted from the file: their owners recompute them.
    await rebuildDerivedData(strict);
    await strict.auditLog.add(auditEntry('settings', '', 'system', `Restored a backup from ${snapshot.exportedAt}`, nowIso()));
  });
  options.onProgress?.(1);
}
