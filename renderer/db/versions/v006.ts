/**
 * Schema version 6: one low-stock rule. Versions 3 and 4 filled `inventoryTotals.belowMinCount`
 * and `lowStock` with "on hand < minimum", while the reorder list used "at or below"; the app
 * now uses "at or below minimum" everywhere (items with neither a minimum nor a target are not
 * tracked). The upgrade recounts `belowMinCount` on the category and vendor rows and refills
 * `lowStock` under that rule, so the Dashboard's count agrees with the reorder list from the
 * first start. No store changes. RELEASED FILES ARE NEVER EDITED.
 *
 * The rule is written out here rather than imported: a migration must keep doing what it did
 * when it shipped, whatever later code does.
 */
import type Dexie from 'dexie';

interface V006Item {
  id: string;
  name: string;
  category: string;
  vendorId?: string;
  quantityOnHand: number;
  minQuantity: number;
  targetQuantity: number;
  deletedAt: string | null;
}
interface V006Total {
  id: string;
  kind: string;
  belowMinCount: number;
}

const isLow = (i: V006Item) =>
  i.deletedAt === null && (i.minQuantity > 0 || i.targetQuantity > 0) && i.quantityOnHand <= i.minQuantity;

export function declareV006(db: Dexie): void {
  db.version(6)
    .stores({})
    .upgrade(async (tx) => {
      const low: { id: string; gap: number; name: string }[] = [];
      const counts = new Map<string, number>();
      await tx.table<V006Item>('items').each((i) => {
        if (!isLow(i)) return;
        low.push({ id: i.id, gap: i.quantityOnHand - i.minQuantity, name: i.name });
        for (const id of [`category:${i.category}`, `vendor:${i.vendorId ?? ''}`]) counts.set(id, (counts.get(id) ?? 0) + 1);
      });
      // Every live item already has its category and vendor rows (v003 and the writers keep
      // them), so only their counts change; month rows carry no count.
      await tx
        .table<V006Total>('inventoryTotals')
        .filter((t) => t.kind === 'category' || t.kind === 'vendor')
        .modify((t) => {
          t.belowMinCount = counts.get(t.id) ?? 0;
        });
      await tx.table('lowStock').clear();
      await tx.table('lowStock').bulkPut(low);
    });
}
