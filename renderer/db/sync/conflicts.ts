/**
 * Conflicts between PCs (issue 18.4): the losing versions pull.ts keeps, shown field by field
 * and settled by the user's pick or merge.
 */
import { nowIso } from '../../../shared/lib/dates';
import { DERIVED_FIELDS } from '../../../shared/sync/docs';
import { auditEntry, parseOrThrow } from '../crud';
import type { BackdeskDb, TableName } from '../database';
import { TABLE_SCHEMAS } from '../schemas';
import { getDb } from '../index';
import type { SyncConflict } from './types';

export interface ConflictField {
  field: string;
  winner: unknown;
  loser: unknown;
  differs: boolean;
}

/** Waiting conflicts (not settled here yet), newest first. */
export async function listConflicts(db: BackdeskDb = getDb()): Promise<SyncConflict[]> {
  return (await db.syncConflicts.orderBy('detectedAt').reverse().toArray()).filter((c) => !c.resolvedAt);
}

/** The two versions field by field (bookkeeping fields left out), differing fields first. */
export function conflictFields(conflict: SyncConflict): ConflictField[] {
  // Bookkeeping the user does not choose between: the record's id, when it was made and last
  // changed (the screen says when each side changed it), and what this PC works out itself.
  const skip = new Set(['id', 'createdAt', 'updatedAt', ...(DERIVED_FIELDS[conflict.table] ?? [])]);
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
 * Keeps `merged` (the fields the user picked from either side) as the record, and marks the
 * conflict settled: in one transaction here (the record's write queues it for the next push,
 * as a child of the applied version), and the next push ends the losing branch on the server,
 * so every PC sees the conflict gone. A merged record that does not validate is refused.
 */
export async function resolveConflict(conflictId: string, merged: Record<string, unknown>, db: BackdeskDb = getDb()): Promise<void> {
  const conflict = await db.syncConflicts.get(conflictId);
  if (!conflict || conflict.resolvedAt) throw new Error('This conflict was already settled (on this PC or another).');
  const table = conflict.table as TableName;
  const schema = TABLE_SCHEMAS[table];
  const at = nowIso();
  const current = (await db.table(table).get(conflict.recordId)) as Record<string, unknown> | undefined;
  // Fields this PC works out itself (an item's on-hand quantity) stay as they are here.
  const derived = Object.fromEntries((DERIVED_FIELDS[table] ?? []).filter((f) => current && f in current).map((f) => [f, current![f]]));
  const candidate = { ...merged, ...derived, id: conflict.recordId, updatedAt: at };
  const parsed = parseOrThrow(table, schema, candidate) as Record<string, unknown>;
  await db.transaction('rw', [table, 'syncConflicts', 'auditLog'], async () => {
    await db.table(table).put({ ...candidate, ...parsed });
    await db.syncConflicts.put({ ...conflict, resolvedAt: at });
    await db.auditLog.add(auditEntry(table, conflict.recordId, 'update', `Settled a sync conflict between ${conflict.winnerDevice ?? 'one PC'} and ${conflict.loserDevice ?? 'another PC'}`, at));
  });
}
