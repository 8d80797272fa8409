/**
 * Backup benchmark scenarios (issue 15.10), over an office of 100,000 supply items with
 * 500,000 stock movements (and their maintained totals):
 *
 * - `backup.write.100k-500k`: the app's backup — every table read in one transaction
 *   (snapshotDatabase) and written as the verified zip (writeBackup: JSON per table, SHA-256,
 *   deflate). Baseline: the same stores read raw from IndexedDB (getAll in one readonly
 *   transaction), the floor any backup pays. ratio = app rows/s over raw rows/s.
 * - `backup.restore.100k-500k`: the app's restore of that file over the same office —
 *   readBackup (unzip, checksums, counts, JSON), every row validated with its schema, all data
 *   replaced in one strict transaction with the totals rebuilt, then every table counted again.
 *   Baseline: raw IndexedDB replacing the same stores with the very rows the app stored (clear
 *   + put in one strict transaction). ratio = app rows/s over raw rows/s. The pre-restore
 *   safety copy that restoreBackup takes first is one more backup (the scenario above).
 *
 * Run them adjacent, the backup first: the restore reuses its file and seeded office.
 */
import { writeBackup } from '../../shared/backup';
import { computeInventoryTotals, type Item, type StockMovement } from '../../shared/domain/inventory';
import { addDays, today } from '../../shared/lib/dates';
import { newId } from '../../shared/lib/ids';
import { decryptBytes, deriveKeyFromPassphrase, encryptBytes, PBKDF2_ITERATIONS, randomBytes, SALT_BYTES } from '../../shared/encryption';
import { openBackdeskDb, strictConnection } from '../db';
import { readBackupFile, restoreSnapshot, snapshotDatabase } from '../db/backup';
import { makeItems } from './items';
import { deleteDatabase, putInChunks, requestToPromise } from './rawIdb';
import { log, type ScenarioResult } from './common';
// A restore rebuilds every derived table through its owner, as the app registers them at start.
import '../features/expenses/registrations';
import '../features/inventory/registrations';
import '../features/equipment/registrations';

const DB = 'bench-backup';
const ITEMS = 100_000;
const MOVEMENTS_PER_ITEM = 5;

function asItems(count: number): Item[] {
  const at = new Date().toISOString();
  return makeItems(count).map(({ openingQuantity, ...d }) => ({
    id: newId(),
    name: d.name,
    sku: d.sku,
    category: d.category ?? 'General',
    unit: d.unit ?? 'each',
    location: d.location,
    quantityOnHand: openingQuantity ?? 0,
    minQuantity: d.minQuantity ?? 0,
    targetQuantity: d.targetQuantity ?? 0,
    packSize: d.packSize ?? 1,
    unitCostCents: d.unitCostCents ?? 0,
    ...(d.notes ? { notes: d.notes } : {}),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  }));
}

/** The office: items, a consistent ledger per item and its totals, written raw (not measured). */
async function seedOffice(): Promise<number> {
  const t0 = performance.now();
  await deleteDatabase(DB);
  (await openBackdeskDb(DB)).close();
  const items = asItems(ITEMS);
  const day0 = today();
  const at = new Date().toISOString();
  let seed = 11;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const movements: StockMovement[] = [];
  for (const item of items) {
    let balance = 0;
    for (let k = 0; k < MOVEMENTS_PER_ITEM; k++) {
      const date = addDays(day0, -rand(730));
      let m: StockMovement;
      if (k === 0) {
        const q = 20 + rand(100);
        m = { id: newId(), itemId: item.id, kind: 'counted', quantity: q, balanceAfter: q, countedQuantity: q, date, createdAt: at, updatedAt: at, deletedAt: null };
      } else if (k % 2 === 1 && balance > 0) {
        const q = 1 + rand(Math.min(balance, 15));
        m = { id: newId(), itemId: item.id, kind: 'issued', quantity: -q, balanceAfter: balance - q, date, createdAt: at, updatedAt: at, deletedAt: null };
      } else {
        const q = 1 + rand(40);
        m = { id: newId(), itemId: item.id, kind: 'received', quantity: q, balanceAfter: balance + q, date, createdAt: at, updatedAt: at, deletedAt: null };
      }
      balance = m.balanceAfter;
      movements.push(m);
    }
    item.quantityOnHand = balance;
  }
  const { totals, usage } = computeInventoryTotals(items, movements);
  const idb = await requestToPromise(indexedDB.open(DB));
  try {
    const writeAll = (store: string, rows: readonly object[]) => putInChunks(idb, store, rows, 25_000, 'relaxed');
    await Promise.all([writeAll('items', items), writeAll('stockMovements', movements), writeAll('itemUsage', usage), writeAll('inventoryTotals', totals)]);
  } finally {
    idb.close();
  }
  log(`seeded ${items.length} items and ${movements.length} movements in ${(performance.now() - t0).toFixed(0)} ms`);
  return items.length + movements.length;
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Raw read of every store in one transaction; returns ms and the rows read. */
async function rawReadAll(): Promise<{ ms: number; rows: number }> {
  const idb = await requestToPromise(indexedDB.open(DB));
  try {
    const start = performance.now();
    const names = [...idb.objectStoreNames];
    const tx = idb.transaction(names, 'readonly');
    const lists = await Promise.all(names.map((n) => requestToPromise(tx.objectStore(n).getAll())));
    const ms = performance.now() - start;
    return { ms, rows: lists.reduce((n, l) => n + l.length, 0) };
  } finally {
    idb.close();
  }
}

/** Raw replacement of `rows` (store → rows): clear and put, one strict transaction. */
async function rawReplaceAll(rows: Record<string, unknown[]>): Promise<number> {
  const idb = await requestToPromise(indexedDB.open(DB));
  try {
    const stores = Object.keys(rows);
    const start = performance.now();
    const tx = idb.transaction(stores, 'readwrite', { durability: 'strict' });
    for (const s of stores) {
      const os = tx.objectStore(s);
      os.clear();
      for (const row of rows[s]!) os.put(row);
    }
    await transactionDone(tx);
    return performance.now() - start;
  } finally {
    idb.close();
  }
}

let made: { bytes: Uint8Array; rows: number } | null = null;

/** The app's backup of the seeded office: snapshot (one read transaction) + the zip. */
async function appBackup(): Promise<{ ms: number; bytes: Uint8Array; rows: number }> {
  const db = await openBackdeskDb(DB);
  try {
    const start = performance.now();
    const { snapshot } = await snapshotDatabase(db);
    const bytes = await writeBackup(snapshot);
    const ms = performance.now() - start;
    const rows = Object.values(snapshot.tables).reduce((n, t) => n + t.length, 0);
    return { ms, bytes, rows };
  } finally {
    db.close();
  }
}

async function backupWrite(): Promise<ScenarioResult> {
  const seeded = await seedOffice();
  const raw = await rawReadAll();
  const app = await appBackup();
  if (raw.rows !== app.rows || app.rows < seeded) throw new Error(`backup holds ${app.rows} rows, the database ${raw.rows}`);
  made = { bytes: app.bytes, rows: app.rows };
  log(`app backup: ${app.rows} rows in ${app.ms.toFixed(0)} ms → ${(app.bytes.byteLength / 1e6).toFixed(1)} MB zip`);
  log(`raw IndexedDB read of the same stores: ${raw.ms.toFixed(0)} ms`);
  // With a passphrase the whole zip is sealed on top (the key derivation is fixed cost).
  const t = performance.now();
  const key = await deriveKeyFromPassphrase('bench passphrase', randomBytes(SALT_BYTES), PBKDF2_ITERATIONS);
  const k = performance.now();
  const sealed = await encryptBytes(key, app.bytes);
  const e = performance.now();
  await decryptBytes(key, sealed);
  log(`passphrase: key derivation ${(k - t).toFixed(0)} ms, sealing ${(e - k).toFixed(0)} ms, opening ${(performance.now() - e).toFixed(0)} ms`);
  const appRate = (app.rows / app.ms) * 1000;
  const rawRate = (raw.rows / raw.ms) * 1000;
  return { value: appRate, unit: 'rows/s', baseline: rawRate, ratio: appRate / rawRate };
}

async function backupRestore(): Promise<ScenarioResult> {
  if (!made) {
    await seedOffice();
    const app = await appBackup();
    made = { bytes: app.bytes, rows: app.rows };
  }
  const { bytes } = made;
  made = null;
  const db = await openBackdeskDb(DB);
  let appMs: number;
  let verifyMs: number;
  let counts: Record<string, number>;
  try {
    await strictConnection(db).open();
    const start = performance.now();
    const read = await readBackupFile(bytes);
    if (!read.ok) throw new Error(read.error);
    verifyMs = performance.now() - start;
    counts = await restoreSnapshot(read.snapshot, {}, db);
    appMs = performance.now() - start;
  } finally {
    strictConnection(db).close();
    db.close();
  }
  // The rows the restore stored, written raw the same way: clear and put, one strict transaction.
  const idb = await requestToPromise(indexedDB.open(DB));
  const stored: Record<string, unknown[]> = {};
  try {
    const names = [...idb.objectStoreNames];
    const tx = idb.transaction(names, 'readonly');
    await Promise.all(names.map(async (n) => (stored[n] = await requestToPromise(tx.objectStore(n).getAll()))));
  } finally {
    idb.close();
  }
  const rows = Object.values(stored).reduce((n, l) => n + l.length, 0);
  const rawMs = await rawReplaceAll(stored);
  log(`app restore: ${rows} rows stored in ${appMs.toFixed(0)} ms (reading and verifying the file ${verifyMs.toFixed(0)} ms); items ${counts.items}, movements ${counts.stockMovements}`);
  log(`raw IndexedDB clear + put of the same rows, one strict transaction: ${rawMs.toFixed(0)} ms`);
  await deleteDatabase(DB);
  const appRate = (rows / appMs) * 1000;
  const rawRate = (rows / rawMs) * 1000;
  return { value: appRate, unit: 'rows/s', baseline: rawRate, ratio: appRate / rawRate };
}

export const backupScenarios = {
  'backup.write.100k-500k': backupWrite,
  'backup.restore.100k-500k': backupRestore,
};
