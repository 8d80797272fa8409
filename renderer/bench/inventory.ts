/**
 * Inventory benchmark scenarios (issue 3 item 11):
 *
 * - `inventory.sortFilter.100k`: the DataGrid's own view code (renderer/ui/table/view.ts:
 *   index build, search, sort) over 100,000 items, cold (a fresh index, as after the list
 *   changes). Baseline: a plain Array.prototype.sort of the same 100,000 names in the same run.
 *   ratio = baseline ms / grid ms (1.0 = as fast as sorting bare strings).
 * - `inventory.dashboard.100k-500k`: loadInventoryDashboard over 100,000 items and 500,000
 *   movements, which reads the maintained aggregates (inventoryTotals, itemUsage). Baseline:
 *   the same aggregate rows read raw from IndexedDB (getAll, no Dexie, no shaping), the floor
 *   any implementation reading them pays. The full recompute from items and movements that the
 *   aggregates replace is logged for scale.
 */
import { computeInventoryTotals, type Item, type StockMovement } from '../../shared/domain/inventory';
import { newId } from '../../shared/lib/ids';
import { addDays, today } from '../../shared/lib/dates';
import { openBackdeskDb } from '../db';
import { loadInventoryDashboard } from '../features/inventory';
import { buildGridIndex, computeView, type GridColumnSpec } from '../ui/table/view';
import { makeItems } from './items';
import { deleteDatabase, putInChunks, requestToPromise } from './rawIdb';
import { type ScenarioResult, log, median } from './common';




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

/** The items list's searchable and sortable values, as ItemsPage declares them. */
const ITEM_COLUMNS: GridColumnSpec<Item>[] = [
  { id: 'name', header: 'Name', value: (i) => i.name },
  { id: 'sku', header: 'SKU', value: (i) => i.sku },
  { id: 'category', header: 'Category', value: (i) => i.category, filter: 'select' },
  { id: 'location', header: 'Location', value: (i) => i.location, filter: 'text' },
  { id: 'onHand', header: 'On hand', value: (i) => i.quantityOnHand, searchable: false },
  { id: 'barcode', header: 'Barcode', value: (i) => i.barcode },
];

async function sortFilter100k(): Promise<ScenarioResult> {
  const items = asItems(100_000);
  const names = items.map((i) => i.name);
  const grid: number[] = [];
  const warm: number[] = [];
  const base: number[] = [];
  let shown = 0;
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    const sorted = names.slice().sort();
    const t1 = performance.now();
    // Cold: a new index (what happens when the loaded list changes), a search, a category
    // filter and a sort by name.
    const index = buildGridIndex(items, ITEM_COLUMNS);
    const view = computeView(items, ITEM_COLUMNS, { search: 'paper', filters: { location: 'room' }, sorting: [{ id: 'name', desc: false }] }, index);
    const t2 = performance.now();
    // Warm: the next click on a header re-sorts everything with the cached keys.
    const all = computeView(items, ITEM_COLUMNS, { search: '', filters: {}, sorting: [{ id: 'onHand', desc: true }] }, index);
    const t3 = performance.now();
    if (sorted.length !== all.length) throw new Error('sort lost rows');
    shown = view.length;
    base.push(t1 - t0);
    grid.push(t2 - t1);
    warm.push(t3 - t2);
  }
  const value = median(grid);
  const baseline = median(base);
  log(`grid: index + search + filter + sort of 100k items: ${value.toFixed(1)} ms (${shown} rows shown); re-sort of all 100k: ${median(warm).toFixed(1)} ms`);
  log(`Array.prototype.sort of 100k names: ${baseline.toFixed(1)} ms`);
  return { value, unit: 'ms', baseline, ratio: baseline / value };
}

const DASH_DB = 'bench-inventory-dashboard';

async function seedDashboard(items: Item[], movementsPerItem: number): Promise<{ movements: number; ms: number }> {
  const t0 = performance.now();
  await deleteDatabase(DASH_DB);
  // Opening through the app creates the current schema (stores and indexes) to seed into.
  const db = await openBackdeskDb(DASH_DB);
  const day0 = today();
  let seed = 7;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const movements: StockMovement[] = [];
  const at = new Date().toISOString();
  for (const item of items) {
    let balance = 0;
    for (let k = 0; k < movementsPerItem; k++) {
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
  log(`generated rows and aggregates in ${(performance.now() - t0).toFixed(0)} ms`);
  db.close();
  // Seeding is not what is measured: plain IndexedDB puts, one store per concurrent
  // transaction chain, so serializing rows overlaps with the database's own writing.
  const idb = await requestToPromise(indexedDB.open(DASH_DB));
  try {
    const CHUNK = 25_000;
    const writeAll = (store: string, rows: readonly object[]) => putInChunks(idb, store, rows, CHUNK, 'relaxed');
    await Promise.all([writeAll('items', items), writeAll('stockMovements', movements), writeAll('itemUsage', usage), writeAll('inventoryTotals', totals)]);
  } finally {
    idb.close();
  }
  return { movements: movements.length, ms: performance.now() - t0 };
}

function topKeys(index: IDBIndex, month: string, limit: number): Promise<{ itemId: string }[]> {
  return new Promise((resolve, reject) => {
    const out: { itemId: string }[] = [];
    const req = index.openCursor(IDBKeyRange.bound([month, 1], [month, []]), 'prev');
    req.onerror = () => reject(req.error ?? new Error('cursor failed'));
    req.onsuccess = () => {
      const c = req.result;
      if (!c || out.length >= limit) return resolve(out);
      out.push(c.value as { itemId: string });
      c.continue();
    };
  });
}

/** The same reads as loadInventoryDashboard, on plain IndexedDB: totals, two top-10s, their items. */
async function rawAggregateRead(month: string): Promise<number> {
  const idb = await requestToPromise(indexedDB.open(DASH_DB));
  try {
    const t0 = performance.now();
    const tx = idb.transaction(['inventoryTotals', 'itemUsage', 'items', 'vendors'], 'readonly');
    const usage = tx.objectStore('itemUsage').index('[month+issued]');
    const [totals, all, recent] = await Promise.all([
      requestToPromise(tx.objectStore('inventoryTotals').getAll()),
      topKeys(usage, 'all', 10),
      topKeys(usage, month, 10),
      requestToPromise(tx.objectStore('vendors').getAll()),
    ]);
    const items = tx.objectStore('items');
    await Promise.all([...new Set([...all, ...recent].map((u) => u.itemId))].map((id) => requestToPromise(items.get(id))));
    const ms = performance.now() - t0;
    if (totals.length === 0 || all.length === 0) throw new Error('aggregates missing');
    return ms;
  } finally {
    idb.close();
  }
}

async function dashboard100k500k(): Promise<ScenarioResult> {
  const items = asItems(100_000);
  const seeded = await seedDashboard(items, 5);
  log(`seeded ${items.length} items and ${seeded.movements} movements in ${seeded.ms.toFixed(0)} ms`);
  const db = await openBackdeskDb(DASH_DB);
  const day = today();
  try {
    const first = await loadInventoryDashboard(day, db); // warm-up (JIT, first transaction)
    if (first.itemCount !== items.length) throw new Error(`dashboard counted ${first.itemCount} items`);
    const app: number[] = [];
    const raw: number[] = [];
    for (let r = 0; r < 7; r++) {
      const t0 = performance.now();
      await loadInventoryDashboard(day, db);
      app.push(performance.now() - t0);
      raw.push(await rawAggregateRead(day.slice(0, 7)));
    }
    const value = median(app);
    const baseline = median(raw);
    log(`inventory dashboard over 100k items / ${seeded.movements} movements: ${value.toFixed(1)} ms; raw aggregate read ${baseline.toFixed(1)} ms`);
    return { value, unit: 'ms', baseline, ratio: baseline / value };
  } finally {
    db.close();
    await deleteDatabase(DASH_DB);
  }
}

export const inventoryScenarios: Record<string, () => Promise<ScenarioResult>> = {
  'inventory.sortFilter.100k': sortFilter100k,
  'inventory.dashboard.100k-500k': dashboard100k500k,
};
