/**
 * Schema version 4: `lowStock`, the maintained set of live items below their minimum (one
 * small row per item: id, gap = on hand − minimum, name), so the dashboard's "Supplies to
 * reorder" reads its first rows through the `gap` index instead of loading every item
 * (DESIGN §2b). The upgrade fills it from the items already stored. RELEASED FILES ARE NEVER
 * EDITED.
 *
 * The rule is written out here rather than imported: a migration must keep doing what it did
 * when it shipped, whatever later code does.
 */
import type Dexie from 'dexie';

export const V004_STORES = {
  lowStock: 'id, gap',
} as const;

interface V004Item {
  id: string;
  name: string;
  quantityOnHand: number;
  minQuantity: number;
  deletedAt: string | null;
}

export function declareV004(db: Dexie): void {
  db.version(4)
    .stores(V004_STORES)
    .upgrade(async (tx) => {
      const rows: { id: string; gap: number; name: string }[] = [];
      await tx.table<V004Item>('items').each((i) => {
        if (i.deletedAt === null && i.quantityOnHand < i.minQuantity) rows.push({ id: i.id, gap: i.quantityOnHand - i.minQuantity, name: i.name });
      });
      await tx.table('lowStock').bulkPut(rows);
    });
}
