/** Receiving a purchase order books its lines into stock in one transaction. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { createItem, listMovements } from '../inventory';
import { vendorRepository } from '../vendors';
import {
  purchaseOrderRepository,
  receivePurchaseOrder,
  suggestPurchaseOrderNumber,
} from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('stock ledger', () => {
  it('receives purchase order lines into stock in one transaction', async () => {
    const vendor = await vendorRepository.create({ name: 'PrintWorks' }, db);
    const item = await createItem({ name: 'Ink', openingQuantity: 1 }, db);
    const number = await suggestPurchaseOrderNumber(2026, db);
    expect(number).toBe('PO-2026-0001');
    const po = await purchaseOrderRepository.create(
      {
        number,
        vendorId: vendor.id,
        status: 'ordered',
        orderDate: '2026-11-20',
        lines: [
          { id: 'l1', itemId: item.id, description: 'Ink', quantity: 4, unitCostCents: 1000 },
        ],
      },
      db,
    );
    expect(await suggestPurchaseOrderNumber(2026, db)).toBe('PO-2026-0002');
    const partial = await receivePurchaseOrder(po.id, [{ lineId: 'l1', quantity: 3 }], {}, db);
    expect(partial.status).toBe('partially-received');
    await expect(
      receivePurchaseOrder(po.id, [{ lineId: 'l1', quantity: 2 }], {}, db),
    ).rejects.toThrow('1 left to receive');
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(4);
    const done = await receivePurchaseOrder(po.id, [{ lineId: 'l1', quantity: 1 }], {}, db);
    expect(done.status).toBe('received');
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(5);
    const ledger = await listMovements(item.id, db);
    expect(ledger.filter((m) => m.purchaseOrderId === po.id).map((m) => m.quantity)).toEqual([
      3, 1,
    ]);
  });
});
