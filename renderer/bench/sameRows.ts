/**
 * The fair baseline for a repository write: raw IndexedDB `put`s of exactly the rows the app
 * wrote, into a database with the app's own schema (same stores, same indexes), in the same
 * transaction shape. The gap left is what the app adds on top of storage: Dexie, validation,
 * ids, building records.
 */
import { openBackdeskDb } from '../db';
import { deleteDatabase, requestToPromise } from './rawIdb';

export type RowsByStore = Record<string, unknown[]>;

/** Reads every row of `stores` from a database (untimed preparation for the baseline). */
export async function readRows(name: string, stores: readonly string[]): Promise<RowsByStore> {
  const db = await openBackdeskDb(name);
  const rows: RowsByStore = {};
  for (const store of stores) rows[store] = await db.table(store).toArray();
  db.close();
  return rows;
}

/**
 * Writes `rows` raw into a fresh database created with the app's schema, `chunks` transactions
 * over all stores (chunk i carries the i-th slice of every store), strict durability like the
 * app's bulk paths. Returns the milliseconds spent writing.
 */
export async function putSameRows(name: string, rows: RowsByStore, chunks: number): Promise<number> {
  await deleteDatabase(name);
  (await openBackdeskDb(name)).close();
  const db = await requestToPromise(indexedDB.open(name));
  const stores = Object.keys(rows);
  const start = performance.now();
  for (let c = 0; c < chunks; c++) {
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    for (const store of stores) {
      const list = rows[store]!;
      const size = Math.ceil(list.length / chunks);
      const os = tx.objectStore(store);
      for (let i = c * size; i < Math.min(list.length, (c + 1) * size); i++) os.put(list[i]);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  }
  const ms = performance.now() - start;
  db.close();
  await deleteDatabase(name);
  return ms;
}
