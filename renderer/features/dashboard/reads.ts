/**
 * The dashboard's stock and recruiting figures from maintained data and index keys, never by
 * loading a whole table (DESIGN §2b): the below-minimum count from `inventoryTotals`, the
 * reorder list from the first keys of `lowStock`'s `gap` index, candidates in the pipeline
 * from key counts on the `stage` and `deletedAt` indexes.
 */
import { compareLowStock, REORDER_LIST_LENGTH } from '../../../shared/domain/dashboard';
import type { Item } from '../../../shared/domain/inventory';
import { isActiveStage } from '../../../shared/domain/recruiting';
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

/**
 * Live candidates in an active stage. Closed stages are few and fixed while offices may add
 * active ones, so: all rows − Hired − Rejected (key counts), less the soft-deleted active ones
 * (the `deletedAt` index holds only deleted rows, so reading it loads nothing else).
 */
export async function countActiveCandidates(db: BackdeskDb): Promise<number> {
  return db.transaction('r', db.candidates, async () => {
    const [all, hired, rejected, deleted] = await Promise.all([
      db.candidates.count(),
      db.candidates.where('stage').equals('Hired').count(),
      db.candidates.where('stage').equals('Rejected').count(),
      db.candidates.orderBy('deletedAt').toArray(),
    ]);
    return all - hired - rejected - deleted.filter((c) => isActiveStage(c.stage)).length;
  });
}
