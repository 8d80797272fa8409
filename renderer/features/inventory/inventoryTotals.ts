/**
 * The maintained inventory aggregates (DESIGN §2b): `inventoryTotals` (per category, per
 * vendor, per month of issues), `itemUsage` (per item and month) and `lowStock` (the live
 * items at or below their minimum, for the dashboard's reorder list). Writers call these
 * INSIDE the transaction that changes items or movements (stockLedger, the inventory
 * repository); computeInventoryTotals in shared/domain/inventory is the full recompute the
 * tests compare against.
 */
import {
  ALL_TIME,
  computeInventoryTotals,
  inventoryTotalId,
  isAtOrBelowMinimum,
  issuedUnits,
  movementMonth,
  stockValueCents,
  type InventoryTotal,
  type InventoryTotalKind,
  type Item,
  type ItemUsage,
  type StockMovement,
} from '../../../shared/domain/inventory';
import { computeLowStock, lowStockEntry, type LowStockEntry } from '../../../shared/domain/dashboard';
import type { BackdeskDb, TableName } from '../../db/database';

export const INVENTORY_AGGREGATE_TABLES: readonly TableName[] = ['inventoryTotals', 'itemUsage', 'lowStock'];

const sameLowStock = (a: LowStockEntry | null, b: LowStockEntry | null) =>
  a === b || (!!a && !!b && a.gap === b.gap && a.name === b.name);

type Delta = Omit<InventoryTotal, 'id'>;

/** Accumulates changes in memory, then writes each touched row once. */
export class InventoryDeltas {
  private totals = new Map<string, Delta>();
  private usage = new Map<string, ItemUsage>();
  /** Item id → its `lowStock` row after the changes, or null to remove it. */
  private low = new Map<string, LowStockEntry | null>();

  private row(kind: InventoryTotalKind, key: string): Delta {
    const id = inventoryTotalId(kind, key);
    let d = this.totals.get(id);
    if (!d) this.totals.set(id, (d = { kind, key, itemCount: 0, belowMinCount: 0, valueCents: 0, issued: 0 }));
    return d;
  }

  private addItem(item: Item, sign: 1 | -1): void {
    if (item.deletedAt !== null) return;
    for (const d of [this.row('category', item.category), this.row('vendor', item.vendorId ?? '')]) {
      d.itemCount += sign;
      if (isAtOrBelowMinimum(item)) d.belowMinCount += sign;
      d.valueCents += sign * stockValueCents(item);
    }
  }

  /** An item changed from `before` to `after` (either may be absent or soft-deleted). */
  item(before: Item | undefined, after: Item | undefined): this {
    if (before) this.addItem(before, -1);
    if (after) this.addItem(after, 1);
    const id = (after ?? before)?.id;
    if (id !== undefined) {
      const was = before ? lowStockEntry(before) : null;
      const now = after ? lowStockEntry(after) : null;
      // Most writes touch items that are not (and stay not) low: write nothing for them.
      if (this.low.has(id) || !sameLowStock(was, now)) this.low.set(id, now);
    }
    return this;
  }

  movement(m: StockMovement): this {
    const q = issuedUnits(m);
    if (q === 0) return this;
    const month = movementMonth(m);
    this.row('month', month).issued += q;
    for (const key of [month, ALL_TIME]) {
      const k = `${m.itemId}\u0000${key}`;
      const u = this.usage.get(k) ?? { itemId: m.itemId, month: key, issued: 0 };
      u.issued += q;
      this.usage.set(k, u);
    }
    return this;
  }

  async write(db: BackdeskDb): Promise<void> {
    const deltas = [...this.totals.entries()].filter(
      ([, d]) => d.itemCount !== 0 || d.belowMinCount !== 0 || d.valueCents !== 0 || d.issued !== 0,
    );
    if (deltas.length) {
      const existing = await db.inventoryTotals.bulkGet(deltas.map(([id]) => id));
      const puts: InventoryTotal[] = [];
      const deletes: string[] = [];
      deltas.forEach(([id, d], i) => {
        const cur = existing[i] ?? { id, kind: d.kind, key: d.key, itemCount: 0, belowMinCount: 0, valueCents: 0, issued: 0 };
        const next: InventoryTotal = {
          ...cur,
          itemCount: cur.itemCount + d.itemCount,
          belowMinCount: cur.belowMinCount + d.belowMinCount,
          valueCents: cur.valueCents + d.valueCents,
          issued: cur.issued + d.issued,
        };
        if (next.itemCount === 0 && next.issued === 0 && next.valueCents === 0) deletes.push(id);
        else puts.push(next);
      });
      if (puts.length) await db.inventoryTotals.bulkPut(puts);
      if (deletes.length) await db.inventoryTotals.bulkDelete(deletes);
    }
    const usage = [...this.usage.values()].filter((u) => u.issued !== 0);
    if (usage.length) {
      const existing = await db.itemUsage.bulkGet(usage.map((u) => [u.itemId, u.month] as [string, string]));
      const puts: ItemUsage[] = [];
      const deletes: [string, string][] = [];
      usage.forEach((u, i) => {
        const issued = (existing[i]?.issued ?? 0) + u.issued;
        if (issued === 0) deletes.push([u.itemId, u.month]);
        else puts.push({ ...u, issued });
      });
      if (puts.length) await db.itemUsage.bulkPut(puts);
      if (deletes.length) await db.itemUsage.bulkDelete(deletes);
    }
    if (this.low.size) {
      const puts: LowStockEntry[] = [];
      const deletes: string[] = [];
      for (const [id, row] of this.low) {
        if (row) puts.push(row);
        else deletes.push(id);
      }
      if (puts.length) await db.lowStock.bulkPut(puts);
      if (deletes.length) await db.lowStock.bulkDelete(deletes);
    }
  }
}

/** One item write (create, update, delete, restore): call inside its transaction. */
export function updateInventoryTotalsForItem(db: BackdeskDb, before: Item | undefined, after: Item | undefined): Promise<void> {
  return new InventoryDeltas().item(before, after).write(db);
}

/** One stock movement that took the item from `before` to `after`. */
export function updateInventoryTotalsForMovement(db: BackdeskDb, before: Item, after: Item, movement: StockMovement): Promise<void> {
  return new InventoryDeltas().item(before, after).movement(movement).write(db);
}

/** Replaces every inventory aggregate with a full recompute (sample load, restore, repair). */
export async function rebuildInventoryTotals(db: BackdeskDb): Promise<void> {
  const items = await db.items.toArray();
  const { totals, usage } = computeInventoryTotals(items, await db.stockMovements.toArray());
  await db.inventoryTotals.clear();
  await db.itemUsage.clear();
  await db.lowStock.clear();
  await db.inventoryTotals.bulkPut(totals);
  await db.itemUsage.bulkPut(usage);
  await db.lowStock.bulkPut(computeLowStock(items));
}
