/**
 * Plain IndexedDB with no library in between: the baseline the app's own writes are measured
 * against. Each helper wraps one request or transaction in a promise and nothing more, so any
 * gap between this and the app is the app's (Dexie, validation, indexes, ledger rows).
 */

export function requestToPromise<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
    // Someone else holds it open; the delete goes through once they close, so keep waiting.
    request.onblocked = () => undefined;
  });
}

/** A fresh database with one object store keyed by `id` and no indexes. */
export async function openFreshStore(name: string, store: string): Promise<IDBDatabase> {
  await deleteDatabase(name);
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(store, { keyPath: 'id' });
  };
  return requestToPromise(request);
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** `put`s every row, one readwrite transaction per chunk, each awaited before the next. */
export async function putInChunks(
  db: IDBDatabase,
  store: string,
  rows: readonly object[],
  chunkSize: number,
  durability: IDBTransactionDurability = 'default',
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const tx = db.transaction(store, 'readwrite', { durability });
    const objectStore = tx.objectStore(store);
    const end = Math.min(start + chunkSize, rows.length);
    for (let i = start; i < end; i++) objectStore.put(rows[i]);
    await transactionDone(tx);
  }
}
