/**
 * v006 (DESIGN §2 Migrations): a database written by version 5, whose low-stock figures were
 * kept under the old "on hand < minimum" rule, opens with the current schema and gets them
 * recounted under the one rule (at or below minimum), every record kept as it was.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { computeInventoryTotals, itemSchema, type InventoryTotal, type Item } from '../../../shared/domain/inventory';
import { computeLowStock } from '../../../shared/domain/dashboard';
import { getStoredSchemaVersion, openBackdeskDb } from '../index';
import { testDbOptions } from '../testing';
import { declareSchema } from './index';

const at = '2026-11-22T10:00:00.000Z';
const item = (id: string, over: Partial<Item>): Item =>
  itemSchema.parse({ id, name: `Item ${id}`, category: 'Paper', vendorId: 'v1', unitCostCents: 100, createdAt: at, updatedAt: at, deletedAt: null, ...over });

const items: Item[] = [
  item('below', { quantityOnHand: 4, minQuantity: 5 }),
  item('at', { quantityOnHand: 5, minQuantity: 5 }),
  item('at-other', { quantityOnHand: 2, minQuantity: 2, category: 'Coffee', vendorId: undefined }),
  item('above', { quantityOnHand: 6, minQuantity: 5 }),
  item('untracked', { quantityOnHand: 0, minQuantity: 0, targetQuantity: 0, category: 'Coffee' }),
  item('empty-with-target', { quantityOnHand: 0, minQuantity: 0, targetQuantity: 3, category: 'Coffee' }),
  item('deleted-at', { quantityOnHand: 1, minQuantity: 1, deletedAt: at }),
];

/** What versions 3–5 stored: the same sums, with the count and the set under "<". */
function storedByV5() {
  const { totals } = computeInventoryTotals(items, []);
  const oldLow = items.filter((i) => i.deletedAt === null && i.quantityOnHand < i.minQuantity);
  const oldCount = (t: InventoryTotal) =>
    oldLow.filter((i) => (t.kind === 'category' ? i.category : (i.vendorId ?? '')) === t.key).length;
  const month: InventoryTotal = { id: 'month:2026-10', kind: 'month', key: '2026-10', itemCount: 0, belowMinCount: 0, valueCents: 0, issued: 7 };
  return {
    inventoryTotals: [...totals.map((t) => ({ ...t, belowMinCount: oldCount(t) })), month],
    lowStock: oldLow.map((i) => ({ id: i.id, gap: i.quantityOnHand - i.minQuantity, name: i.name })),
    month,
  };
}

describe('upgrade from version 5 to 6', () => {
  it('recounts the low-stock figures at or below minimum and keeps every record', async () => {
    const options = testDbOptions();
    const old = new Dexie('v5-low-stock', options);
    declareSchema(old, 5);
    await old.open();
    const stored = storedByV5();
    await old.transaction('rw', ['items', 'inventoryTotals', 'lowStock'], async () => {
      await old.table('items').bulkPut(items);
      await old.table('inventoryTotals').bulkPut(stored.inventoryTotals);
      await old.table('lowStock').bulkPut(stored.lowStock);
    });
    old.close();
    expect(await getStoredSchemaVersion('v5-low-stock', options)).toBe(5);
    // The old rule missed the items exactly at their minimum.
    expect(stored.lowStock.map((r) => r.id)).toEqual(['below']);

    const db = await openBackdeskDb('v5-low-stock', options);
    expect(db.verno).toBeGreaterThanOrEqual(6);
    const byId = <T extends { id: string }>(rows: T[]) => rows.slice().sort((a, b) => a.id.localeCompare(b.id));

    expect(byId(await db.items.toArray())).toEqual(byId(items));
    const low = byId(await db.lowStock.toArray());
    expect(low).toEqual(byId(computeLowStock(items)));
    expect(low).toEqual([
      { id: 'at', gap: 0, name: 'Item at' },
      { id: 'at-other', gap: 0, name: 'Item at-other' },
      { id: 'below', gap: -1, name: 'Item below' },
      { id: 'empty-with-target', gap: 0, name: 'Item empty-with-target' },
    ]);
    expect((await db.lowStock.orderBy('gap').first())?.id).toBe('below');

    const totals = byId(await db.inventoryTotals.toArray());
    expect(totals).toEqual(byId([...computeInventoryTotals(items, []).totals, stored.month]));
    const count = (id: string) => totals.find((t) => t.id === id)?.belowMinCount;
    expect(count('category:Paper')).toBe(2);
    expect(count('category:Coffee')).toBe(2);
    expect(count('vendor:v1')).toBe(3);
    expect(count('vendor:')).toBe(1);
    // The Dashboard's count (the category rows' sum) now equals the reorder list's length.
    expect(totals.filter((t) => t.kind === 'category').reduce((n, t) => n + t.belowMinCount, 0)).toBe(low.length);
    db.close();
  });
});
