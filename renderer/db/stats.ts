/**
 * Live record counts per module for the sidebar and the first-run screen. Counting uses the
 * `deletedAt` index, which holds only deleted rows (null is not indexable), so
 * live = count() − deleted count, with no table scan.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { BackdeskDb } from './database';
import { getDb } from './index';
import { MODULE_MAIN_TABLE, type CountedModule } from './modules';

export type RecordCounts = Record<CountedModule, number>;

export async function countLive(db: BackdeskDb, table: string): Promise<number> {
  const t = db.table(table);
  const [all, deleted] = await Promise.all([t.count(), t.orderBy('deletedAt').count()]);
  return all - deleted;
}

export async function getRecordCounts(db: BackdeskDb = getDb()): Promise<RecordCounts> {
  const entries = await db.transaction('r', Object.values(MODULE_MAIN_TABLE), () =>
    Promise.all(
      (Object.entries(MODULE_MAIN_TABLE) as [CountedModule, string][]).map(
        async ([module, table]) => [module, await countLive(db, table)] as const,
      ),
    ),
  );
  return Object.fromEntries(entries) as RecordCounts;
}

/** Total live records across modules (0 means an empty office). */
export function totalRecords(counts: RecordCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Live counts; undefined while loading. */
export function useRecordCounts(db?: BackdeskDb): RecordCounts | undefined {
  return useLiveQuery(() => getRecordCounts(db ?? getDb()), [db]);
}
