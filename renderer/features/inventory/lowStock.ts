/**
 * The below-minimum figures the Dashboard shows, from maintained data and index keys, never by
 * loading the items table (DESIGN §2b): the count from `inventoryTotals`' category rows, the
 * reorder list from the first keys of `lowStock`'s `gap` index.
 */
import { compareLowStock, REORDER_LIST_LENGTH } from '../../../shared/domain/dashboard';
import type { Item } from '../../../shared/domain/inventory';
import type { BackdeskDb } from '../../db';

export interface LowStockSummary {
  /** Live items below their minimum. */
  count: number;
  /** The `limit` most depleted, in reorder-list order. */
  items: Item[];
}

export async function readLowStock(db: BackdeskDb, limit = REORDER_LIST_LENGTH): Promise<LowStockSummary> {
  return db.transaction('r', [db.inventoryTotals, db.lowStock, db.items], async () => {
    // Each live item is in exactly one category row, so their sum counts every item once.
    const categories = await db.inventoryTotals.where('kind').equals('category').toArray();
    const count = categories.reduce((n, t) => n + t.belowMinCount, 0);
    let rows = await db.lowStock.orderBy('gap').limit(limit).toArray();
    const edge = rows[limit - 1];
    // Rows tied with the last one may sort before it by name: read every row up to its gap.
    if (edge) rows = await db.lowStock.where('gap').belowOrEqual(edge.gap).toArray();
    const top = rows.sort(compareLowStock).slice(0, limit);
    const items = await db.items.bulkGet(top.map((r) => r.id));
    return { count, items: items.filter((i): i is Item => !!i && i.deletedAt === null) };
  });
}
