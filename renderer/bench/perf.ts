/**
 * `dashboard.stock.100k`: the main dashboard's stock figures (below-minimum count and the
 * first eight "Supplies to reorder") over 100,000 items, read from the maintained aggregates
 * (readLowStock: `inventoryTotals` category rows, the first keys of `lowStock`'s gap index,
 * eight items by key). Baseline, same run and database: what the dashboard did before —
 * listLowStockItems (every item loaded, filtered, sorted by name) and a sort by gap.
 * ratio = baseline ms / dashboard ms (higher is better).
 */
import { compareLowStock } from '../../shared/domain/dashboard';
import { openBackdeskDb, strictConnection } from '../db';
import { BULK_CHUNK_SIZE } from '../db/crud';
import { readLowStock } from '../features/inventory';
import { bulkCreateItems, listLowStockItems } from '../features/inventory';
import { makeItems } from './items';
import { deleteDatabase } from './rawIdb';
import { type ScenarioResult, log, timeRuns } from './common';


const ITEMS = 100_000;
const DB_NAME = 'bench-dashboard-stock';




export const perfScenarios: Record<string, () => Promise<ScenarioResult>> = {
  'dashboard.stock.100k': async () => {
    await deleteDatabase(DB_NAME);
    const db = await openBackdeskDb(DB_NAME);
    await strictConnection(db).open();
    const seedStart = performance.now();
    await bulkCreateItems(makeItems(ITEMS), { chunkSize: BULK_CHUNK_SIZE }, db);
    log(`dashboard.stock: seeded ${ITEMS} items in ${(performance.now() - seedStart).toFixed(0)} ms`);

    const fast = await readLowStock(db);
    const oldWay = async () => {
      const low = await listLowStockItems(db);
      const sorted = low.map((i) => ({ ...i, gap: i.quantityOnHand - i.minQuantity })).sort(compareLowStock);
      return { count: low.length, ids: sorted.slice(0, 8).map((i) => i.id) };
    };
    const slow = await oldWay();
    if (fast.count !== slow.count || fast.items.map((i) => i.id).join() !== slow.ids.join()) {
      throw new Error(`readLowStock disagrees with a full read: ${fast.count} vs ${slow.count} below minimum`);
    }
    const value = await timeRuns(9, () => readLowStock(db));
    const baseline = await timeRuns(3, oldWay);
    log(`dashboard.stock: ${value.toFixed(1)} ms (${fast.count} below minimum); loading every item: ${baseline.toFixed(0)} ms`);
    strictConnection(db).close();
    db.close();
    await deleteDatabase(DB_NAME);
    return { value, unit: 'ms', baseline, ratio: baseline / value };
  },
};
