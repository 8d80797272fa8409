/**
 * Conflicts between PCs (issue 18.4). STUB: being written by the lead; signatures are final.
 */
import type { BackdeskDb } from '../database';
import { getDb } from '../index';
import type { SyncConflict } from './types';

export interface ConflictField {
  field: string;
  winner: unknown;
  loser: unknown;
  differs: boolean;
}

/** Waiting conflicts, newest first. */
export async function listConflicts(db: BackdeskDb = getDb()): Promise<SyncConflict[]> {
  return (await db.syncConflicts.orderBy('detectedAt').reverse().toArray());
}

/** The two versions field by field (bookkeeping fields left out), differing fields first. */
export function conflictFields(conflict: SyncConflict): ConflictField[] {
  const skip = new Set(['id', 'createdAt']);
  const names = new Set([...Object.keys(conflict.winner), ...Object.keys(conflict.loser ?? {})]);
  const rows = [...names]
    .filter((n) => !skip.has(n))
    .map((field) => {
      const winner = conflict.winner[field];
      const loser = conflict.loser?.[field];
      return { field, winner, loser, differs: JSON.stringify(winner) !== JSON.stringify(loser) };
    });
  return rows.sort((a, b) => Number(b.differs) - Number(a.differs) || a.field.localeCompare(b.field));
}

/**
 * Keeps `merged` (the fields the user picked from either side) as the record, and retires the
 * losing revision on the server; in one transaction here, pushed with the next round.
 */
export async function resolveConflict(conflictId: string, merged: Record<string, unknown>, db: BackdeskDb = getDb()): Promise<void> {
  void conflictId;
  void merged;
  void db;
  await Promise.resolve();
  throw new Error('Conflict resolution is not built yet.');
}
