/**
 * importItems against a real (in-memory) IndexedDB: creates, updates by SKU ignoring case,
 * writes each quantity as a ledger row in the same transaction as its item, keeps whole
 * chunks on Cancel, and reports progress.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemSchema, stockMovementSchema, type Item } from '../../../shared/domain/inventory';
import type { ItemImportDraft } from '../../../shared/import';
import { strictConnection, type BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { buildImportedItem, importItems, mergeImportedItem } from './importItems';
import { countStock, createItem, listMovements, verifyStockLedger } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  strictConnection(db).close();
  db.close();
});

const drafts = (n: number, from = 0): ItemImportDraft[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `Item ${from + i}`,
    sku: `SKU-${from + i}`,
    quantity: (from + i) % 7,
    unitCostCents: 100 + i,
  }));

async function liveItems(): Promise<Item[]> {
  return (await db.items.toArray()).filter((i) => i.deletedAt === null);
}

describe('importItems', () => {
  it('creates items with every imported field, defaults for the rest, valid against the stored schema', async () => {
    const result = await importItems(
      [
        {
          name: 'Copy paper A4',
          sku: 'PAP-A4',
          category: 'Paper',
          unit: 'ream',
          location: 'Cupboard 2',
          quantity: 40,
          minQuantity: 10,
          targetQuantity: 60,
          packSize: 5,
          unitCostCents: 123450,
          vendorName: 'Paper & Co',
          notes: '=not a formula',
        },
        { name: 'Stapler', quantity: 0 },
      ],
      {},
      db,
    );
    expect(result).toEqual({ created: 2, updated: 0, alreadyThere: 0, cancelled: false });
    const items = await liveItems();
    expect(items).toHaveLength(2);
    for (const item of items) expect(itemSchema.safeParse(item).success).toBe(true);
    const paper = items.find((i) => i.sku === 'PAP-A4')!;
    expect(paper).toMatchObject({
      name: 'Copy paper A4',
      category: 'Paper',
      unit: 'ream',
      location: 'Cupboard 2',
      quantityOnHand: 40,
      minQuantity: 10,
      targetQuantity: 60,
      packSize: 5,
      unitCostCents: 123450,
      notes: '=not a formula',
    });
    const vendor = (await db.vendors.toArray())[0]!;
    expect(vendor.name).toBe('Paper & Co');
    expect(paper.vendorId).toBe(vendor.id);
    const stapler = items.find((i) => i.name === 'Stapler')!;
    expect(stapler).toMatchObject({
      category: 'General',
      unit: 'each',
      quantityOnHand: 0,
      packSize: 1,
    });
    expect(stapler.sku).toBeUndefined();
    // Quantity 40 is an opening count; quantity 0 needs no movement.
    const movements = await db.stockMovements.toArray();
    expect(movements).toHaveLength(1);
    expect(movements[0]).toMatchObject({
      itemId: paper.id,
      kind: 'counted',
      quantity: 40,
      balanceAfter: 40,
      countedQuantity: 40,
    });
    expect(stockMovementSchema.safeParse(movements[0]).success).toBe(true);
    expect(await verifyStockLedger(db)).toEqual([]);
  });

  it('re-import updates by SKU ignoring case, counts the new quantity, and creates only new SKUs', async () => {
    await importItems(drafts(3), {}, db);
    const before = await liveItems();
    const paperId = before.find((i) => i.sku === 'SKU-1')!.id;
    await countStock(paperId, 5, {}, db); // someone counted between the imports

    const again: ItemImportDraft[] = [
      { name: 'Item 1 renamed', sku: 'sku-1', quantity: 9 },
      { name: 'Item 2', sku: 'SKU-2', quantity: 2 }, // unchanged quantity: no movement
      { name: 'Brand new', sku: 'SKU-NEW', quantity: 3 },
    ];
    const result = await importItems(again, {}, db);
    // SKU-2 is stored exactly as the row says: already there, not rewritten.
    expect(result).toEqual({ created: 1, updated: 1, alreadyThere: 1, cancelled: false });
    const after = await liveItems();
    expect(after).toHaveLength(4);
    const updated = after.find((i) => i.id === paperId)!;
    expect(updated).toMatchObject({ name: 'Item 1 renamed', sku: 'sku-1', quantityOnHand: 9 });
    // Fields the row left blank are kept.
    expect(updated.unitCostCents).toBe(101);
    const ledger = await listMovements(paperId, db);
    expect(ledger.map((m) => [m.kind, m.quantity, m.balanceAfter])).toEqual([
      ['counted', 1, 1],
      ['counted', 4, 5],
      ['counted', 4, 9],
    ]);
    expect(await listMovements(after.find((i) => i.sku === 'SKU-2')!.id, db)).toHaveLength(1);
    expect(await verifyStockLedger(db)).toEqual([]);
  });

  it('updates items that were created by hand, and leaves stock alone when the file had no quantity column', async () => {
    const made = await createItem({ name: 'Toner', sku: 'TN-1', openingQuantity: 6 }, db);
    const result = await importItems(
      [{ name: 'Toner black', sku: 'tn-1', quantity: 0 }],
      { mappedFields: new Set(['name', 'sku']) },
      db,
    );
    expect(result.updated).toBe(1);
    const item = (await db.items.get(made.id))!;
    expect(item.name).toBe('Toner black');
    expect(item.quantityOnHand).toBe(6);
    expect(await listMovements(made.id, db)).toHaveLength(1);
  });

  it('does not update a deleted item: the SKU creates a new one', async () => {
    await importItems(drafts(1), {}, db);
    const [first] = await liveItems();
    await db.items.update(first!.id, { deletedAt: new Date().toISOString() });
    const result = await importItems(drafts(1), {}, db);
    expect(result).toEqual({ created: 1, updated: 0, alreadyThere: 0, cancelled: false });
  });

  it('writes each chunk in chunks with progress, one audit entry per chunk', async () => {
    const progress: number[] = [];
    const result = await importItems(
      drafts(25),
      { chunkSize: 10, onProgress: (f) => progress.push(f) },
      db,
    );
    expect(result.created).toBe(25);
    expect(progress).toEqual([0.4, 0.8, 1]);
    const audit = (await db.auditLog.toArray()).filter(
      (a) => a.action === 'import' && a.table === 'items',
    );
    expect(audit).toHaveLength(3);
  });

  it('Cancel between chunks keeps whole chunks and says how many were imported', async () => {
    const controller = new AbortController();
    const result = await importItems(
      drafts(30),
      {
        chunkSize: 10,
        signal: controller.signal,
        onProgress: (f) => (f >= 0.3 ? controller.abort() : undefined),
      },
      db,
    );
    expect(result).toEqual({ created: 10, updated: 0, alreadyThere: 0, cancelled: true });
    expect(await db.items.count()).toBe(10);
    const withStock = drafts(10).filter((d) => d.quantity > 0).length;
    expect(await db.stockMovements.count()).toBe(withStock);
    expect(await verifyStockLedger(db)).toEqual([]);
  });

  it('an already cancelled signal writes nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await importItems(drafts(5), { signal: controller.signal }, db)).toEqual({
      created: 0,
      updated: 0,
      alreadyThere: 0,
      cancelled: true,
    });
    expect(await db.items.count()).toBe(0);
  });

  it('writes movements in the same transaction as their items: a failed movement write keeps no item of its chunk', async () => {
    const strict = strictConnection(db);
    await strict.open(); // strictConnection caches only an open sibling
    let calls = 0;
    strict.stockMovements.hook('creating', () => {
      calls++;
      if (calls > 10) throw new Error('disk trouble');
    });
    // Every draft has a quantity > 0, so each chunk of 10 writes 10 movements.
    const rows = drafts(20).map((d) => ({ ...d, quantity: 3 }));
    await expect(importItems(rows, { chunkSize: 10 }, db)).rejects.toThrow();
    expect(await db.items.count()).toBe(10);
    expect(await db.stockMovements.count()).toBe(10);
    expect(await verifyStockLedger(db)).toEqual([]);
  });

  it('built and merged records satisfy the stored item schema', () => {
    const at = new Date().toISOString();
    const built = buildImportedItem(
      { name: 'X', quantity: 0, minQuantity: 2, location: 'Shelf' },
      'vendor-1',
      at,
    );
    expect(itemSchema.parse(built)).toEqual(built);
    const merged = mergeImportedItem(
      built,
      { name: 'Y', quantity: 4, unit: 'box', unitCostCents: 5 },
      undefined,
      at,
    );
    expect(itemSchema.parse(merged)).toEqual(merged);
    expect(merged).toMatchObject({
      name: 'Y',
      unit: 'box',
      location: 'Shelf',
      vendorId: 'vendor-1',
      minQuantity: 2,
    });
  });
});
