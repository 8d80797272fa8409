/**
 * The v8 reshaping of events, kept apart so its test can call it on rows written by v7:
 * instants → wall time in the office zone (the PC's zone: no calendar setting existed before),
 * inclusive all-day ends → exclusive, notes → description, uid and series bounds filled in,
 * interview copies removed (interviews are read from their own table from now on).
 */
import type { Transaction } from 'dexie';

export async function upgradeEventsToV008(tx: Transaction): Promise<void> {
  void tx;
  throw new Error('upgradeEventsToV008: not built yet');
}
