/**
 * When the office's data changed (issue 15.2), read from the audit log's `at` index: every
 * change writes an audit line in its own transaction, so the newest line is the latest change
 * and the oldest is when the office got its first data. The automatic backup compares these
 * with its newest backup (nothing new: no copy; an empty office: no reminder). Reads two keys
 * of an index, never the table.
 */
import type { BackdeskDb } from './database';
import { getDb } from './index';

export interface DataChanges {
  /** The first change ever recorded; null for an office with no data yet. */
  first: string | null;
  /** The latest change. */
  last: string | null;
}

export async function dataChanges(db: BackdeskDb = getDb()): Promise<DataChanges> {
  const [first, last] = await Promise.all([db.auditLog.orderBy('at').first(), db.auditLog.orderBy('at').last()]);
  return { first: first?.at ?? null, last: last?.at ?? null };
}
