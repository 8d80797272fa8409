/**
 * What replicates between the office's PCs (issue 18), by table and (for settings) by key.
 * Left out: the maintained aggregates (recomputed on every PC from the records: DESIGN §2b),
 * import batches (this PC's own crash-recovery bookkeeping), attachment bytes kept in this
 * browser's IndexedDB, and the settings that describe this PC rather than the office.
 */
import { ALL_TABLES, type TableName } from '../database';
import { DERIVED_TABLES } from '../derived';

// Worked out on first use: database.ts imports this module (through the outbox) before its
// own table list exists.
let replicated: readonly TableName[] | null = null;
let replicatedSet: Set<string> | null = null;

export function replicatedTables(): readonly TableName[] {
  if (!replicated) {
    const notReplicated: readonly TableName[] = [...DERIVED_TABLES, 'importBatches', 'attachmentBlobs'];
    replicated = ALL_TABLES.filter((t) => !notReplicated.includes(t));
    replicatedSet = new Set(replicated);
  }
  return replicated;
}

/** Settings of this PC only: its sync state, first-run state, a stock count in progress. */
export const LOCAL_SETTING_KEYS: readonly string[] = ['sync.local', 'appState', 'inventory.countDraft'];

export function isReplicatedTable(table: string): table is TableName {
  replicatedTables();
  return replicatedSet!.has(table);
}

/** Whether a record of `table` with this id replicates (settings: by key). */
export function isReplicatedRecord(table: string, id: unknown): boolean {
  if (!isReplicatedTable(table) || typeof id !== 'string') return false;
  return table !== 'settings' || !LOCAL_SETTING_KEYS.includes(id);
}
