/**
 * Schema version 12: office sync through CouchDB (issue 18). Three tables of this PC's side of
 * the conversation with the server; none of them replicates and none is in a backup.
 * - `syncOutbox`: a row per write to a replicated record, added in the same transaction as the
 *   write (renderer/db/sync/outbox.ts), so a change made offline is never forgotten.
 * - `syncRevs`: per document, the revision this PC's copy descends from and a hash of its content.
 * - `syncConflicts`: losing versions of records two PCs edited at once, for the Conflicts screen.
 * No data is reshaped, so there is no upgrade(). RELEASED FILES ARE NEVER EDITED.
 */
import type Dexie from 'dexie';

export const V012_STORES = {
  syncOutbox: '++seq, docId',
  syncRevs: 'docId',
  syncConflicts: 'id, docId, detectedAt',
} as const;

export function declareV012(db: Dexie): void {
  db.version(12).stores(V012_STORES);
}
