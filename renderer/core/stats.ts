/**
 * Live record counts per module for the sidebar and the first-run screen. Counting uses the
 * `deletedAt` index, which holds only deleted rows (null is not indexable), so
 * live = count() − deleted count, with no table scan.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type BackdeskDb } from '../db';
import { MODULE_MAIN_TABLE, type ModuleId } from './modules';

/** Live records in each module's main list (modules without one are absent). */
export type RecordCounts = Partial<Record<ModuleId, number>>;

export async function countLive(db: BackdeskDb, table: string): Promise<number> {
  const t = db.table(table);
  const [all, deleted] = await Promise.all([t.count(), t.orderBy('deletedAt').count()]);
  return all - deleted;
}

export async function getRecordCounts(db: BackdeskDb = getDb()): Promise<RecordCounts> {
  const counted = Object.entries(MODULE_MAIN_TABLE) as [ModuleId, string][];
  const entries = await db.transaction('r', counted.map(([, table]) => table), () =>
    Promise.all(
      counted.map(
        async ([module, table]) => [module, await countLive(db, table)] as const,
      ),
    ),
  );
  return Object.fromEntries(entries) as RecordCounts;
}

/** Total live records across modules (0 means an empty office). */
export function totalRecords(counts: RecordCounts): number {
  return Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
}

/** Live counts; undefined while loading. */
export function useRecordCounts(db?: BackdeskDb): RecordCounts | undefined {
  return useLiveQuery(() => getRecordCounts(db ?? getDb()), [db]);
}
