/**
 * Office sync (issue 18): the public surface the shell, Settings → Sync, the Conflicts screen and
 * the number generators use. The engine replicates the Dexie database with one CouchDB database
 * over CouchDB's replication protocol (renderer/db/sync/engine.ts).
 */
export { useSyncStatus } from './store';
export type * from './types';
export {
  readLocalSync,
  saveThisPc,
  listDevices,
  numberCodeOfThisPc,
  NUMBER_CODE_PATTERN,
} from './device';
export { setSyncEnabled, syncNow, startSyncOnLaunch, stopSync } from './engine';
export { listConflicts, resolveConflict, conflictFields } from './conflicts';
