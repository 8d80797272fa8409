/** The stock ledger through the inventory repository: every movement kind keeps quantity on hand equal to the ledger, and refused movements write nothing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InsufficientStockError, itemSchema } from '../../../shared/domain/inventory';
import type { BackdeskDb } from '../../db/database';
import { RecordNotFoundError } from '../../db/errors';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import {
  adjustStock,
  bulkCreateItems,
  countStock,
  createItem,
  issueStock,
  itemRepository,
  listMovements,
  receiveStock,
  verifyStockLedger,
} from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const audit = (recordId: string) => auditEntriesFor(db, recordId);

describe('stock ledger', () => {
  it('receives, issues, adjusts and counts, keeping quantity on hand equal to the ledger', async () => {
    const item = await createItem({ name: 'Copy paper', unit: 'ream', openingQuantity: 10 }, db);
    expect(item.quantityOnHand).toBe(10);
    await receiveStock(item.id, 5, { reason: 'Delivery' }, db);
    const { item: afterIssue, movement } = await issueStock(item.id, 12, { issuedTo: 'Grace' }, db);
    expect(afterIssue.quantityOnHand).toBe(3);
    expect(movement).toMatchObject({
      kind: 'issued',
      quantity: -12,
      balanceAfter: 3,
      issuedTo: 'Grace',
    });
    await adjustStock(item.id, -1, 'Damaged', {}, db);
    const counted = await countStock(item.id, 7, {}, db);
    expect(counted.movement).toMatchObject({
      kind: 'counted',
      quantity: 5,
      countedQuantity: 7,
      balanceAfter: 7,
    });
    expect(counted.item.quantityOnHand).toBe(7);
    const ledger = await listMovements(item.id, db);
    expect(ledger.map((m) => [m.kind, m.quantity, m.balanceAfter])).toEqual([
      ['counted', 10, 10],
      ['received', 5, 15],
      ['issued', -12, 3],
      ['adjusted', -1, 2],
      ['counted', 5, 7],
    ]);
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(7);
    expect(await verifyStockLedger(db)).toEqual([]);
    const summaries = (await audit(item.id)).map((a) => a.summary);
    expect(summaries).toContain('Issued "Copy paper": -12 ream, now 3');
    expect(summaries).toContain('Counted "Copy paper": 7 (variance +5) ream, now 7');
  });

  it('rejects an issue beyond stock and writes nothing', async () => {
    const item = await createItem({ name: 'Toner', openingQuantity: 2 }, db);
    const before = await db.stockMovements.count();
    const logBefore = await db.auditLog.count();
    const err = await issueStock(item.id, 3, {}, db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InsufficientStockError);
    expect((err as Error).message).toBe(
      'Only 2 each of Toner on hand; cannot take 3. Record a count or a receipt first.',
    );
    await expect(adjustStock(item.id, -3, 'Lost', {}, db)).rejects.toBeInstanceOf(
      InsufficientStockError,
    );
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(2);
    expect(await db.stockMovements.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(logBefore);
  });

  it('rejects bad movements and unknown or deleted items', async () => {
    const item = await createItem({ name: 'Pens' }, db);
    await expect(receiveStock(item.id, 0, {}, db)).rejects.toThrow(
      'The quantity must be at least 1 (quantity)',
    );
    await expect(receiveStock(item.id, 1.5, {}, db)).rejects.toThrow(
      'Quantities are whole numbers (quantity)',
    );
    await expect(receiveStock('missing', 1, {}, db)).rejects.toBeInstanceOf(RecordNotFoundError);
    await itemRepository.softDelete(item.id, db);
    await expect(receiveStock(item.id, 1, {}, db)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('never lets an item update change quantity on hand', async () => {
    const item = await createItem({ name: 'Pens', openingQuantity: 4 }, db);
    const u = await itemRepository.update(
      item.id,
      { location: 'Closet', quantityOnHand: 99 } as never,
      db,
    );
    expect(u.quantityOnHand).toBe(4);
    expect(u.location).toBe('Closet');
    await expect(createItem({ name: 'Bad', openingQuantity: -1 }, db)).rejects.toThrow(
      'The quantity cannot be negative (openingQuantity)',
    );
  });

  it('imports items with opening quantities as ledger rows', async () => {
    const items = await bulkCreateItems(
      Array.from({ length: 30 }, (_, i) => ({
        name: `Item ${i}`,
        sku: `SKU-${i}`,
        openingQuantity: i % 3,
      })),
      { chunkSize: 8 },
      db,
    );
    expect(items).toHaveLength(30);
    // Built from one parse per row: each stored item must still be a whole, valid item.
    const stored = await db.items.toArray();
    for (const item of stored) expect(itemSchema.parse(item)).toEqual(item);
    expect(stored.find((i) => i.sku === 'SKU-4')).toMatchObject({
      quantityOnHand: 1,
      category: 'General',
      unit: 'each',
      deletedAt: null,
    });
    expect(await db.stockMovements.count()).toBe(20);
    expect(await verifyStockLedger(db)).toEqual([]);
  });
});
