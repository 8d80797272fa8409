/**
 * Schema version 3: the inventory aggregates the inventory dashboard reads (DESIGN §2b):
 * `inventoryTotals` (stock value, item and below-minimum counts per category and per vendor,
 * units issued per month) and `itemUsage` (units of each item issued per month and of all time). The upgrade
 * fills both from the items and movements already stored. RELEASED FILES ARE NEVER EDITED.
 *
 * The aggregation is written out here rather than imported: a migration must keep doing what
 * it did when it shipped, whatever later code does.
 */
import type Dexie from 'dexie';

export const V003_STORES = {
  inventoryTotals: 'id, kind',
  // Primary key [itemId+month]; [month+issued] gives a month's (or all time's, month 'all')
  // most used items as the last keys of the index.
  itemUsage: '[itemId+month], [month+issued]',
} as const;

interface V003Item {
  id: string;
  category: string;
  vendorId?: string;
  quantityOnHand: number;
  minQuantity: number;
  unitCostCents: number;
  deletedAt: string | null;
}
interface V003Movement {
  itemId: string;
  kind: string;
  quantity: number;
  date?: string;
  createdAt: string;
  deletedAt: string | null;
}
interface V003Total {
  id: string;
  kind: string;
  key: string;
  itemCount: number;
  belowMinCount: number;
  valueCents: number;
  issued: number;
}

export function declareV003(db: Dexie): void {
  db.version(3)
    .stores(V003_STORES)
    .upgrade(async (tx) => {
      const totals = new Map<string, V003Total>();
      const row = (kind: string, key: string) => {
        const id = `${kind}:${key}`;
        let t = totals.get(id);
        if (!t) totals.set(id, (t = { id, kind, key, itemCount: 0, belowMinCount: 0, valueCents: 0, issued: 0 }));
        return t;
      };
      await tx.table<V003Item>('items').each((i) => {
        if (i.deletedAt !== null) return;
        for (const t of [row('category', i.category), row('vendor', i.vendorId ?? '')]) {
          t.itemCount += 1;
          if (i.quantityOnHand < i.minQuantity) t.belowMinCount += 1;
          t.valueCents += i.quantityOnHand * i.unitCostCents;
        }
      });
      const usage = new Map<string, { itemId: string; month: string; issued: number }>();
      await tx.table<V003Movement>('stockMovements').each((m) => {
        if (m.kind !== 'issued' || m.deletedAt !== null) return;
        const month = (m.date ?? m.createdAt).slice(0, 7);
        row('month', month).issued += -m.quantity;
        for (const key of [month, 'all']) {
          const k = `${m.itemId}\u0000${key}`;
          const u = usage.get(k) ?? { itemId: m.itemId, month: key, issued: 0 };
          u.issued += -m.quantity;
          usage.set(k, u);
        }
      });
      await tx.table('inventoryTotals').bulkPut([...totals.values()]);
      await tx.table('itemUsage').bulkPut([...usage.values()]);
    });
}
