/**
 * The replication loop (issue 18). STUB: being written by the lead; signatures are final.
 */
/** Turns sync on or off on this PC; on: refused with a sentence when not ready (no connection, no passphrase). */
export async function setSyncEnabled(on: boolean): Promise<void> {
  void on;
  await Promise.resolve();
  throw new Error('Sync is not built yet.');
}
/** One full round now (push, then pull); the status store reports progress and errors. */
export async function syncNow(): Promise<void> {
  await Promise.resolve();
}
/** Called once by the shell after the database is open: starts the loop when sync is on. */
export function startSyncOnLaunch(): void {}
/** Stops the loop (sign-out, reset, tests). */
export function stopSync(): void {}
