/**
 * Rolling back imports that never finished (issue 15.3, DESIGN §2 Durability). Run once at
 * start, after the database opens: every batch still 'running' that this session did not
 * start (the app closed or crashed mid-import) loses every row carrying its id — records, the
 * vendors and stock movements made on the side, its audit lines — in ONE transaction, which
 * also rebuilds the derived totals and marks the batch 'rolled-back' with a note in words.
 * The same rollback undoes a batch the user cancelled or that failed midway.
 */
import type { ImportBatch } from '../../shared/domain/importBatches';
import { nowIso } from '../../shared/lib/dates';
import { errorMessage } from '../../shared/lib/errors';
import { ALL_TABLES, type BackdeskDb, type TableName } from './database';
import { rebuildDerivedData } from './derived';
import { mapDbError } from './errors';
import { IMPORTED_TABLES, isLiveImportBatch, releaseImportBatch } from './importBatches';
import { getDb, strictConnection } from './index';

export interface RolledBackImport {
  batchId: string;
  kind: string;
  fileName: string;
  /** Rows the file held. */
  total: number;
  /** Rows removed from the batch's own table(s), not counting side records. */
  removed: number;
  /** Every row removed per table (side records and audit lines included). */
  removedByTable: Partial<Record<TableName, number>>;
  /** The sentence for the user. */
  note: string;
}

/** Which table holds the rows of an import kind (what "rows it had written" counts). */
const KIND_TABLES: Record<string, readonly TableName[]> = {
  items: ['items'],
  vendors: ['vendors'],
  expenses: ['expenses'],
  candidates: ['candidates'],
  employees: ['employees'],
  equipment: ['equipment'],
  events: ['events'],
  ics: ['events'],
  contacts: ['contacts'],
  vcard: ['contacts'],
};

const n = (v: number) => v.toLocaleString('en-US');
const rows = (v: number) => `${n(v)} ${v === 1 ? 'row' : 'rows'}`;

/** The notice: what was interrupted, what was removed, what to do. */
export function rollbackNote(
  batch: Pick<ImportBatch, 'fileName' | 'total'>,
  removed: number,
  why: 'closed' | 'cancelled' | 'failed',
): string {
  const file = batch.fileName || 'a file';
  const what = `The import of ${file} (${rows(batch.total)})`;
  const had = removed === 0 ? 'nothing it had written was kept' : `the ${rows(removed)} it had written ${removed === 1 ? 'was' : 'were'} removed`;
  const when =
    why === 'closed' ? 'was interrupted when Backdesk closed' : why === 'cancelled' ? 'was cancelled' : 'stopped with an error';
  return `${what} ${when}; ${had}, so nothing from that file is in your data. Run the import again.`;
}

/**
 * Deletes every row of the given batches in one strict transaction, rebuilds the derived
 * totals in it and marks each batch 'rolled-back' with its note.
 */
export async function rollbackImportBatches(
  batchIds: readonly string[],
  why: 'closed' | 'cancelled' | 'failed',
  db: BackdeskDb = getDb(),
): Promise<RolledBackImport[]> {
  if (batchIds.length === 0) return [];
  const strict = strictConnection(db);
  const wanted = new Set(batchIds);
  try {
    // Every table: the derived-data rebuilders read the records they total.
    return await strict.transaction('rw', [...ALL_TABLES], async () => {
      const out: RolledBackImport[] = [];
      for (const id of batchIds) {
        const batch = await strict.importBatches.get(id);
        if (!batch || batch.status !== 'running') continue;
        const removedByTable: Partial<Record<TableName, number>> = {};
        for (const table of IMPORTED_TABLES) {
          const keys = await strict.table(table).where('importBatchId').equals(id).primaryKeys();
          if (keys.length === 0) continue;
          await strict.table(table).bulkDelete(keys);
          removedByTable[table] = keys.length;
        }
        const own = KIND_TABLES[batch.kind] ?? [];
        const removed = own.reduce((sum, t) => sum + (removedByTable[t] ?? 0), 0);
        const note = rollbackNote(batch, removed, why);
        const at = nowIso();
        await strict.importBatches.put({ ...batch, status: 'rolled-back', written: 0, finishedAt: at, updatedAt: at, note });
        out.push({ batchId: id, kind: batch.kind, fileName: batch.fileName, total: batch.total, removed, removedByTable, note });
      }
      if (out.length === 0) return out;
      // The batches' audit lines (no index on the batch id: this runs only after an interruption).
      const auditKeys = await strict.auditLog
        .filter((e) => e.importBatchId !== undefined && wanted.has(e.importBatchId))
        .primaryKeys();
      if (auditKeys.length) await strict.auditLog.bulkDelete(auditKeys);
      await rebuildDerivedData(strict);
      return out;
    });
  } catch (e) {
    throw mapDbError(e);
  } finally {
    for (const id of batchIds) releaseImportBatch(id);
  }
}

export interface ImportRecoveryResult {
  rolledBack: RolledBackImport[];
  /** A sentence when the rollback itself failed (the batches stay 'running' for the next start). */
  failure?: string;
}

let lastRecovery: ImportRecoveryResult = { rolledBack: [] };
const listeners = new Set<() => void>();

/** What the last start's recovery did (for the startup notice). */
export function lastImportRecovery(): ImportRecoveryResult {
  return lastRecovery;
}

export function onImportRecovery(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The notice was read: forget it for this session. */
export function dismissImportRecovery(): void {
  lastRecovery = { rolledBack: [] };
  for (const l of listeners) l();
}

/**
 * Finds the batches still 'running' that this session did not start and rolls them back.
 * Never throws: a failure is reported in words and the batches are tried again next start.
 */
export async function recoverInterruptedImports(db: BackdeskDb = getDb()): Promise<ImportRecoveryResult> {
  let result: ImportRecoveryResult;
  try {
    const running = await db.importBatches.where('status').equals('running').toArray();
    const stale = running.filter((b) => !isLiveImportBatch(b.id)).map((b) => b.id);
    result = { rolledBack: await rollbackImportBatches(stale, 'closed', db) };
  } catch (e) {
    result = {
      rolledBack: [],
      failure: `An import that was interrupted when Backdesk closed could not be undone yet (${errorMessage(e)}). Backdesk will try again the next time it starts.`,
    };
  }
  lastRecovery = result;
  for (const l of listeners) l();
  return result;
}
