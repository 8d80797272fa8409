/**
 * The maintained inventory aggregates (DESIGN §2b): `inventoryTotals` (per category, per
 * vendor, per month of issues) and `itemUsage` (per item and month). Writers call these
 * INSIDE the transaction that changes items or movements (stockLedger, the inventory
 * repository); computeInventoryTotals in shared/domain/inventory is the full recompute the
 * tests compare against.
 */
import {
  ALL_TIME,
  computeInventoryTotals,
  inventoryTotalId,
  isBelowMinimum,
  issuedUnits,
  movementMonth,
  stockValueCents,
  type InventoryTotal,
  type InventoryTotalKind,
  type Item,
  type ItemUsage,
  type StockMovement,
} from '../../shared/domain/inventory';
import type { BackdeskDb, TableName } from './database';

export const INVENTORY_AGGREGATE_TABLES: readonly TableName[] = ['inventoryTotals', 'itemUsage'];

type Delta = Omit<InventoryTotal, 'id'>;

/** Accumulates changes in memory, then writes each touched row once. */
export class InventoryDeltas {
  private totals = new Map<string, Delta>();
  private usage = new Map<string, ItemUsage>();

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
      if (isBelowMinimum(item)) d.belowMinCount += sign;
      d.valueCents += sign * stockValueCents(item);
    }
  }

  /** An item changed from `before` to `after` (either may be absent or soft-deleted). */
  item(before: Item | undefined, after: Item | undefined): this {
    if (before) this.addItem(before, -1);
    if (after) this.addItem(after, 1);
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

/** Replaces both aggregates with a full recompute (sample load, restore, repair). */
export async function rebuildInventoryTotals(db: BackdeskDb): Promise<void> {
  const { totals, usage } = computeInventoryTotals(await db.items.toArray(), await db.stockMovements.toArray());
  await db.inventoryTotals.clear();
  await db.itemUsage.clear();
  await db.inventoryTotals.bulkPut(totals);
  await db.itemUsage.bulkPut(usage);
}
