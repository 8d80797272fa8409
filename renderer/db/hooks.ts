/**
 * Live-query helpers the feature hooks are built from. Results are `undefined` while the
 * first read is in flight so screens can paint their frame before data arrives (DESIGN §2b).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { BaseRecord } from '../../shared/domain/common';
import type { BackdeskDb } from './database';
import { getDb } from './index';

interface Listable<T> {
  list(db?: BackdeskDb): Promise<T[]>;
}
interface Gettable<T> {
  get(id: string, db?: BackdeskDb): Promise<T | undefined>;
}

/** Live records of a repository; re-renders when the table changes. */
export function useRepositoryList<T extends BaseRecord>(repo: Listable<T>, db?: BackdeskDb): T[] | undefined {
  return useLiveQuery(() => repo.list(db ?? getDb()), [repo, db]);
}

/**
 * One live record. `undefined` while loading, `null` when it does not exist or was deleted.
 */
export function useRepositoryRecord<T extends BaseRecord>(
  repo: Gettable<T>,
  id: string | undefined,
  db?: BackdeskDb,
): T | null | undefined {
  return useLiveQuery(async () => (id ? ((await repo.get(id, db ?? getDb())) ?? null) : null), [repo, id, db]);
}

/** Any read as a live query, with the app database by default. */
export function useDbQuery<T>(query: (db: BackdeskDb) => Promise<T>, deps: unknown[], db?: BackdeskDb): T | undefined {
  return useLiveQuery(() => query(db ?? getDb()), [db, ...deps]);
}
