import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeInventoryTotals, type Item } from '../../../shared/domain/inventory';
import { computeLowStock } from '../../../shared/domain/dashboard';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { STOCK_TABLES, StockWriteBatch, applyStockMovement, planStockMovement, writePlannedMovements } from './stockLedger';
import { createItem, verifyStockLedger } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const AT = '2026-05-01T09:00:00.000Z';

function newItem(id: string, extra: Partial<Item> = {}): Item {
  return {
    id,
    name: `Item ${id}`,
    category: 'Paper',
    unit: 'ream',
    quantityOnHand: 0,
    minQuantity: 5,
    targetQuantity: 10,
    packSize: 1,
    unitCostCents: 100,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    ...extra,
  };
}

async function expectAggregatesMatch() {
  const items = await db.items.toArray();
  const expected = computeInventoryTotals(items, await db.stockMovements.toArray());
  const totals = (await db.inventoryTotals.toArray()).sort((a, b) => a.id.localeCompare(b.id));
  expect(totals.filter((t) => t.itemCount || t.issued || t.valueCents || t.belowMinCount)).toEqual(expected.totals);
  const usage = (await db.itemUsage.toArray()).sort((a, b) => a.itemId.localeCompare(b.itemId) || a.month.localeCompare(b.month));
  expect(usage).toEqual(expected.usage);
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect((await db.lowStock.toArray()).sort(byId)).toEqual(computeLowStock(items).sort(byId));
}

function inTx<T>(fn: () => Promise<T>): Promise<T> {
  return writeTransaction(db, STOCK_TABLES, fn);
}

describe('StockWriteBatch (the one ledger writer)', () => {
  it('creates items with opening counts; quantity on hand comes only from the ledger', async () => {
    const result = await inTx(async () => {
      const batch = new StockWriteBatch();
      // The quantity on the item passed in is ignored: only the opening count sets it.
      const a = batch.create(newItem('a', { quantityOnHand: 99 }), 7, AT, 'Imported count');
      const b = batch.create(newItem('b'), 0, AT);
      await batch.write(db);
      return { a, b };
    });
    expect(result.a.item.quantityOnHand).toBe(7);
    expect(result.a.movement).toMatchObject({ kind: 'counted', quantity: 7, balanceAfter: 7, reason: 'Imported count' });
    expect(result.b.movement).toBeUndefined();
    expect((await db.items.get('a'))!.quantityOnHand).toBe(7);
    expect((await db.items.get('b'))!.quantityOnHand).toBe(0);
    expect(await db.stockMovements.count()).toBe(1);
    expect(await verifyStockLedger(db)).toEqual([]);
    await expectAggregatesMatch();
  });

  it('changes fields without touching stock, and chains movements on one item in one batch', async () => {
    await inTx(async () => {
      const batch = new StockWriteBatch();
      batch.create(newItem('a'), 3, AT);
      await batch.write(db);
    });
    await inTx(async () => {
      const batch = new StockWriteBatch();
      const before = (await db.items.get('a'))!;
      // A field edit that also carries a stale quantity must not overwrite the ledger's.
      const renamed = batch.change(before, { ...before, name: 'Renamed', quantityOnHand: 50 }, undefined, AT);
      expect(renamed.item.quantityOnHand).toBe(3);
      const issued = batch.change(renamed.item, renamed.item, { kind: 'issued', itemId: 'a', quantity: 2, issuedTo: 'Ada', date: '2026-05-01' }, AT);
      const counted = batch.change(issued.item, { ...issued.item, category: 'Toner' }, { kind: 'counted', itemId: 'a', countedQuantity: 8 }, AT);
      expect(counted.movement).toMatchObject({ quantity: 7, balanceAfter: 8 });
      expect(batch.movementCount).toBe(2);
      await batch.write(db);
    });
    expect(await db.items.get('a')).toMatchObject({ name: 'Renamed', category: 'Toner', quantityOnHand: 8 });
    expect(await verifyStockLedger(db)).toEqual([]);
    await expectAggregatesMatch();
  });

  it('refuses a movement on a deleted item or below zero', async () => {
    const batch = new StockWriteBatch();
    const gone = newItem('g', { quantityOnHand: 4, deletedAt: AT });
    expect(() => batch.change(gone, gone, { kind: 'counted', itemId: 'g', countedQuantity: 1 }, AT)).toThrow(RecordNotFoundError);
    const live = newItem('l', { quantityOnHand: 1 });
    expect(() => batch.change(live, live, { kind: 'issued', itemId: 'l', quantity: 2 }, AT)).toThrow(/Only 1 ream/);
    expect(batch.movementCount).toBe(0);
  });

  it('writes planned movements and single movements through the same path', async () => {
    const item = await createItem({ name: 'Pens', openingQuantity: 4, minQuantity: 2 }, db);
    const stored = (await db.items.get(item.id))!;
    await inTx(async () => {
      const first = planStockMovement(stored, { kind: 'received', itemId: item.id, quantity: 6 }, AT);
      const second = planStockMovement(first.item, { kind: 'issued', itemId: item.id, quantity: 9, date: '2026-04-30' }, AT);
      await writePlannedMovements(db, [first, second]);
    });
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(1);
    const { item: after } = await inTx(() => applyStockMovement(db, { kind: 'adjusted', itemId: item.id, delta: 2, reason: 'Found' }, AT));
    expect(after.quantityOnHand).toBe(3);
    expect(await db.stockMovements.where('itemId').equals(item.id).count()).toBe(4);
    // One audit entry per movement (plus the creation's).
    expect((await db.auditLog.toArray()).filter((e) => e.action === 'stock')).toHaveLength(3);
    expect(await verifyStockLedger(db)).toEqual([]);
    await expectAggregatesMatch();
  });
});

describe('StockWriteBatch.planned', () => {
  it('refuses a plan whose quantities do not add up', () => {
    const before = newItem('p', { quantityOnHand: 2 });
    const plan = planStockMovement(before, { kind: 'received', itemId: 'p', quantity: 3 }, AT);
    const batch = new StockWriteBatch();
    expect(() => batch.planned({ ...plan, item: { ...plan.item, quantityOnHand: 40 } })).toThrow(/no longer matches/);
    expect(() => batch.planned({ ...plan, before: { ...before, quantityOnHand: 1 } })).toThrow(/no longer matches/);
    expect(batch.planned(plan).item.quantityOnHand).toBe(5);
  });
});
