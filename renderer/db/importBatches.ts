/**
 * Import batches (issue 15.3, DESIGN §2 Durability): an import writes an `importBatches` row
 * 'running' before its first row, stamps every row it writes (records, the vendors and stock
 * movements it makes on the side, its audit lines) with the batch id, commits its chunks with
 * strict durability, and turns the batch 'committed' in the SAME transaction as its last
 * chunk. A batch still 'running' at the next start never finished: ./importRecovery.ts rolls
 * it back whole. A batch this session is running is kept in memory, so a rollback never hits a
 * live import.
 */
import { importBatchSchema, type ImportBatch } from '../../shared/domain/importBatches';
import { nowIso } from '../../shared/lib/dates';
import { newId } from '../../shared/lib/ids';
import type { BackdeskDb } from './database';
import { mapDbError } from './errors';
import { strictConnection } from './index';

/** The tables whose rows an import stamps with `importBatchId` (each has the index). */
export const IMPORTED_TABLES = [
  'items',
  'stockMovements',
  'vendors',
  'expenses',
  'candidates',
  'employees',
  'equipment',
  'events',
  'contacts',
] as const;
export type ImportedTable = (typeof IMPORTED_TABLES)[number];

/** The table a batch's commit writes: add it to the last chunk's transaction. */
export const IMPORT_BATCH_TABLE = 'importBatches' as const;

const liveBatches = new Set<string>();

/** Whether this session started the batch and has not finished it (a rollback must leave it alone). */
export function isLiveImportBatch(id: string): boolean {
  return liveBatches.has(id);
}

/** Starts a batch: written 'running' (strict durability) before the import writes any row. */
export async function beginImportBatch(
  input: { kind: string; fileName: string; total: number },
  db: BackdeskDb,
): Promise<ImportBatch> {
  const at = nowIso();
  const batch = importBatchSchema.parse({
    id: newId(),
    kind: input.kind,
    fileName: input.fileName.slice(0, 500),
    status: 'running',
    startedAt: at,
    total: input.total,
    written: 0,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  });
  liveBatches.add(batch.id);
  const strict = strictConnection(db);
  try {
    await strict.transaction('rw', strict.importBatches, () => strict.importBatches.add(batch));
  } catch (e) {
    liveBatches.delete(batch.id);
    throw mapDbError(e);
  }
  return batch;
}

/**
 * Marks the batch 'committed' with the number of rows it wrote. Call INSIDE the transaction
 * that writes the import's last chunk (its tables must include `importBatches`), so the last
 * rows and the commit are one.
 */
export async function commitImportBatchInTx(db: BackdeskDb, batchId: string, written: number): Promise<void> {
  const batch = await db.importBatches.get(batchId);
  if (!batch) throw new Error('The import lost track of its batch; nothing from this file was kept.');
  if (batch.status !== 'running') throw new Error(`The import batch is already ${batch.status}.`);
  const at = nowIso();
  await db.importBatches.put({ ...batch, status: 'committed', written, finishedAt: at, updatedAt: at });
}

/** The batch as stored, or undefined. */
export function getImportBatch(db: BackdeskDb, batchId: string): Promise<ImportBatch | undefined> {
  return db.importBatches.get(batchId);
}

/** This session no longer runs the batch (finished, cancelled or failed). */
export function releaseImportBatch(batchId: string): void {
  liveBatches.delete(batchId);
}

/** Stamps an object with the batch id (no-op without one). */
export function stampBatch<T extends object>(record: T, importBatchId: string | undefined): T {
  return importBatchId ? { ...record, importBatchId } : record;
}

/**
 * Marks a batch 'committed' in a transaction of its own: for an import that wrote nothing (every
 * row already there) or whose saving code did not commit the batch with its last chunk.
 */
export async function commitImportBatch(db: BackdeskDb, batchId: string, written: number): Promise<void> {
  const strict = strictConnection(db);
  try {
    await strict.transaction('rw', strict.importBatches, () => commitImportBatchInTx(strict, batchId, written));
  } catch (e) {
    throw mapDbError(e);
  }
}

/**
 * A batch for an import that writes the whole file in ONE transaction (.ics, vCard): it is
 * all-or-nothing already, so the batch is written 'committed' inside that transaction (its
 * tables must include `importBatches`) — it only records which file made or last changed each
 * row, like every other import, for the audit trail and a later undo.
 */
export async function addCommittedBatchInTx(
  db: BackdeskDb,
  input: { kind: string; fileName: string; written: number },
): Promise<ImportBatch> {
  const at = nowIso();
  const batch = importBatchSchema.parse({
    id: newId(),
    kind: input.kind,
    fileName: input.fileName.slice(0, 500),
    status: 'committed',
    startedAt: at,
    finishedAt: at,
    total: input.written,
    written: input.written,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  });
  await db.importBatches.add(batch);
  return batch;
}
