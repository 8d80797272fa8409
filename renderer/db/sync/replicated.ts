/**
 * What replicates between the office's PCs (issue 18), by table and (for settings) by key.
 * Left out: the maintained aggregates (recomputed on every PC from the records: DESIGN §2b),
 * import batches (this PC's own crash-recovery bookkeeping), attachment bytes kept in this
 * browser's IndexedDB, and the settings that describe this PC rather than the office.
 *
 * The table list is handed in by renderer/db/index.ts (registerOfficeTables): the outbox
 * middleware that reads it is installed by the database itself, which must not import back.
 */
let replicated: readonly string[] = [];
let replicatedSet = new Set<string>();

/** Settings of this PC only: its sync state, first-run state, a stock count in progress. */
export const LOCAL_SETTING_KEYS: readonly string[] = ['sync.local', 'appState', 'inventory.countDraft'];

/** Tables of this PC only, beside the derived ones. */
export const LOCAL_TABLES: readonly string[] = ['importBatches', 'attachmentBlobs'];

export function registerOfficeTables(all: readonly string[], derived: readonly string[]): void {
  replicated = all.filter((t) => !derived.includes(t) && !LOCAL_TABLES.includes(t));
  replicatedSet = new Set(replicated);
}

export function replicatedTables(): readonly string[] {
  return replicated;
}

export function isReplicatedTable(table: string): boolean {
  return replicatedSet.has(table);
}

/** Whether a record of `table` with this id replicates (settings: by key). */
export function isReplicatedRecord(table: string, id: unknown): boolean {
  if (!replicatedSet.has(table) || typeof id !== 'string') return false;
  return table !== 'settings' || !LOCAL_SETTING_KEYS.includes(id);
}
