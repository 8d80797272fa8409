import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDraftOrders } from '../../../shared/domain/reorder';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { readLocalSync, saveThisPc, writeLocalSync } from '../../db/sync/device';
import type { TableName } from '../../db/database';
import { createItem, issueStock } from '../inventory';
import { vendorRepository } from '../vendors';
import {
  cancelPurchaseOrder,
  createDraftPurchaseOrder,
  createDraftPurchaseOrders,
  createOrdersFromPlans,
  closePurchaseOrderShort,
  listPurchaseOrderReceipts,
  listOnOrderByItem,
  markPurchaseOrderSent,
  receivePurchaseOrder,
  suggestPurchaseOrderNumber,
  updateDraftPurchaseOrder,
} from './repository';
import { loadReorderList } from './reorder';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const TODAY = '2026-11-22';

async function office() {
  const paperCo = await vendorRepository.create({ name: 'Paper Co', leadTimeDays: 3 }, db);
  const inkCo = await vendorRepository.create({ name: 'Ink Co', leadTimeDays: 10 }, db);
  const paper = await createItem({ name: 'Paper', minQuantity: 10, targetQuantity: 40, packSize: 5, unitCostCents: 650, vendorId: paperCo.id, openingQuantity: 20 }, db);
  const pens = await createItem({ name: 'Pens', minQuantity: 4, targetQuantity: 12, unitCostCents: 899, vendorId: paperCo.id, openingQuantity: 3 }, db);
  const ink = await createItem({ name: 'Ink', minQuantity: 2, targetQuantity: 6, unitCostCents: 3000, vendorId: inkCo.id, openingQuantity: 1 }, db);
  const fine = await createItem({ name: 'Stapler', minQuantity: 1, targetQuantity: 2, vendorId: inkCo.id, openingQuantity: 5 }, db);
  await issueStock(paper.id, 12, { date: '2026-11-01' }, db);
  return { paperCo, inkCo, paper, pens, ink, fine };
}

describe('reorder → draft orders → sent → received', () => {
  it('suggests quantities, makes one numbered draft per vendor in one go, and feeds on-order back', async () => {
    const o = await office();
    const list = await loadReorderList(TODAY, db);
    expect(list.map((l) => l.itemName).sort()).toEqual(['Ink', 'Paper', 'Pens']);
    const paper = list.find((l) => l.itemId === o.paper.id)!;
    // 40 − 8 on hand = 32 → 35 in packs of 5; 12 issued over 90 days.
    expect(paper).toMatchObject({ onHand: 8, suggested: 35, vendorName: 'Paper Co', leadTimeDays: 3 });
    expect(paper.usagePerDay).toBeCloseTo(12 / 90);

    const { orders: plans } = planDraftOrders(list.map((l) => ({ ...l, quantity: l.suggested })));
    const { created: orders } = await createOrdersFromPlans(plans, { orderDate: TODAY }, db);
    expect(orders.map((po) => po.number)).toEqual(['PO-2026-0001', 'PO-2026-0002']);
    expect(orders.every((po) => po.status === 'draft')).toBe(true);
    expect(await db.purchaseOrders.count()).toBe(2);
    const paperOrder = orders.find((po) => po.vendorId === o.paperCo.id)!;
    expect(paperOrder.lines.map((l) => [l.description, l.quantity])).toEqual([
      ['Paper', 35],
      ['Pens', 9],
    ]);

    // Issue 16.1: drafts count as on order for the reorder list, so every item they cover
    // leaves it; sent orders are what listOnOrderByItem (goods still expected) counts.
    expect(await loadReorderList(TODAY, db)).toEqual([]);
    expect((await listOnOrderByItem(db)).size).toBe(0);
    await markPurchaseOrderSent(paperOrder.id, db);
    expect((await listOnOrderByItem(db)).get(o.paper.id)).toBe(35);
    expect((await loadReorderList(TODAY, db)).find((l) => l.itemId === o.paper.id)).toBeUndefined();

    // Partial receipt: stock rises by exactly that much, status follows.
    const paperLine = paperOrder.lines[0]!;
    const partial = await receivePurchaseOrder(paperOrder.id, [{ lineId: paperLine.id, quantity: 10 }], {}, db);
    expect(partial.status).toBe('partially-received');
    expect((await db.items.get(o.paper.id))!.quantityOnHand).toBe(18);
    expect((await listOnOrderByItem(db)).get(o.paper.id)).toBe(25);
    await expect(receivePurchaseOrder(paperOrder.id, [{ lineId: paperLine.id, quantity: 26 }], {}, db)).rejects.toThrow('25 left to receive');
    const done = await receivePurchaseOrder(
      paperOrder.id,
      paperOrder.lines.map((l, i) => ({ lineId: l.id, quantity: i === 0 ? 25 : l.quantity })),
      {},
      db,
    );
    expect(done.status).toBe('received');
    expect((await db.items.get(o.paper.id))!.quantityOnHand).toBe(43);
    expect((await db.items.get(o.pens.id))!.quantityOnHand).toBe(12);
    await expect(cancelPurchaseOrder(paperOrder.id, db)).rejects.toThrow('cannot become cancelled');
  });

  it('keeps drafts editable and everything else locked; receiving a draft is refused', async () => {
    const o = await office();
    const {
      created: [po],
    } = await createOrdersFromPlans(
      [{ vendorId: o.inkCo.id, lines: [{ itemId: o.ink.id, description: 'Ink', quantity: 2, unitCostCents: 3000 }] }],
      { orderDate: TODAY },
      db,
    );
    await expect(receivePurchaseOrder(po!.id, [{ lineId: po!.lines[0]!.id, quantity: 1 }], {}, db)).rejects.toThrow('still a draft');
    const edited = await updateDraftPurchaseOrder(po!.id, { shippingCents: 500, taxCents: 120, notes: 'Call first' }, db);
    expect(edited).toMatchObject({ shippingCents: 500, taxCents: 120, notes: 'Call first' });
    await markPurchaseOrderSent(po!.id, db);
    await expect(updateDraftPurchaseOrder(po!.id, { notes: 'x' }, db)).rejects.toThrow('only drafts can be changed');
    const cancelled = await cancelPurchaseOrder(po!.id, db);
    expect(cancelled.status).toBe('cancelled');
    expect((await listOnOrderByItem(db)).size).toBe(0);
  });

  it('a second click adds nothing new; an existing draft gains the lines instead of a duplicate (issue 16.1)', async () => {
    const o = await office();
    // The office already has a draft for Paper Co holding 10 sheets of paper.
    const {
      created: [existing],
    } = await createOrdersFromPlans([{ vendorId: o.paperCo.id, lines: [{ itemId: o.paper.id, description: 'Paper', quantity: 10, unitCostCents: 450 }] }], { orderDate: TODAY }, db);
    const list = await loadReorderList(TODAY, db);
    const paper = list.find((l) => l.itemId === o.paper.id)!;
    // 40 − 8 on hand − 10 on the draft = 22 → 25 in packs of 5, and it names the draft.
    expect(paper).toMatchObject({ onOrder: 10, onSentOrders: 0, suggested: 25, onDraft: [{ orderId: existing!.id, number: existing!.number, quantity: 10 }] });
    const { orders: plans } = planDraftOrders(list.map((l) => ({ ...l, quantity: l.suggested })));
    const first = await createOrdersFromPlans(plans, { orderDate: TODAY }, db);
    expect(first.updated.map((po) => po.id)).toEqual([existing!.id]);
    expect(first.created.map((po) => po.vendorId)).toEqual([o.inkCo.id]);
    const merged = (await db.purchaseOrders.get(existing!.id))!;
    expect(merged.lines.map((l) => [l.description, l.quantity])).toEqual([
      ['Paper', 35],
      ['Pens', 9],
    ]);
    expect(await db.purchaseOrders.count()).toBe(2);
    // Everything is covered now: the list is empty and a second click has nothing to order.
    const again = await loadReorderList(TODAY, db);
    expect(again).toEqual([]);
    expect(planDraftOrders([]).orders).toEqual([]);
    expect(await db.purchaseOrders.count()).toBe(2);
  });

  it('closes a partly received order short with a reason; its receipts stay in its history (issue 16.5)', async () => {
    const o = await office();
    const {
      created: [po],
    } = await createOrdersFromPlans([{ vendorId: o.paperCo.id, lines: [{ itemId: o.paper.id, description: 'Paper', quantity: 20, unitCostCents: 450 }] }], { orderDate: TODAY }, db);
    await expect(closePurchaseOrderShort(po!.id, 'x', db)).rejects.toThrow('only a partly received order can be closed short');
    await markPurchaseOrderSent(po!.id, db);
    await expect(closePurchaseOrderShort(po!.id, 'x', db)).rejects.toThrow('has received nothing yet; cancel it instead');
    await receivePurchaseOrder(po!.id, [{ lineId: po!.lines[0]!.id, quantity: 5 }], { date: '2026-11-28' }, db);
    await receivePurchaseOrder(po!.id, [{ lineId: po!.lines[0]!.id, quantity: 3 }], {}, db);
    await expect(closePurchaseOrderShort(po!.id, '  ', db)).rejects.toThrow('Say why the rest will not come');
    const closed = await closePurchaseOrderShort(po!.id, 'Discontinued by the vendor', db);
    expect(closed.status).toBe('received');
    expect(closed.closedShort).toMatchObject({ reason: 'Discontinued by the vendor', cancelled: { [po!.lines[0]!.id]: 12 } });
    expect((await listOnOrderByItem(db)).get(o.paper.id)).toBeUndefined();
    expect((await db.items.get(o.paper.id))!.quantityOnHand).toBe(8 + 8);
    const audit = await db.auditLog.where('[table+recordId]').equals(['purchaseOrders', po!.id]).toArray();
    expect(audit.map((e) => e.summary)).toContain(`Closed "${po!.number}" short: 12 of 20 Paper not delivered (Discontinued by the vendor)`);
    const receipts = await listPurchaseOrderReceipts(closed, db);
    expect(receipts.map((r) => [r.date ?? 'typed', r.lines])).toEqual([
      ['2026-11-28', [{ description: 'Paper', quantity: 5 }]],
      [expect.any(String), [{ description: 'Paper', quantity: 3 }]],
    ]);
    await expect(receivePurchaseOrder(po!.id, [{ lineId: po!.lines[0]!.id, quantity: 1 }], {}, db)).rejects.toThrow('nothing more can be received');
  });

  it('writes all vendor orders or none', async () => {
    const o = await office();
    await expect(
      createOrdersFromPlans(
        [
          { vendorId: o.paperCo.id, lines: [{ itemId: o.paper.id, description: 'Paper', quantity: 5, unitCostCents: 1 }] },
          { vendorId: o.inkCo.id, lines: [{ itemId: o.ink.id, description: '', quantity: 1, unitCostCents: 1 }] },
        ],
        { orderDate: TODAY },
        db,
      ),
    ).rejects.toThrow();
    expect(await db.purchaseOrders.count()).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Numbers on PCs that sync (issue 18.3)

/** Acts as the PC this database belongs to: the number generators read the code its settings hold. */
async function onPc<T>(pc: BackdeskDb, act: () => Promise<T>): Promise<T> {
  await readLocalSync(pc);
  return act();
}

/** What a sync brings: every row of `tables` from one PC's database into the other's. */
async function replicate(from: BackdeskDb, to: BackdeskDb, tables: readonly TableName[]): Promise<void> {
  for (const t of tables) await to.table(t).bulkPut(await from.table(t).toArray());
}

/** The code is cached for the whole page (device.ts): later tests start from a PC that never synced. */
async function forgetCode(): Promise<void> {
  const blank = await openTestDb();
  await readLocalSync(blank);
  blank.close();
}

describe('purchase order numbers on PCs that sync (issue 18.3)', () => {
  afterEach(forgetCode);
  const order = (vendorId: string) => ({ vendorId, orderDate: TODAY, lines: [] });

  it("numbers in this PC's own series once it has a number code, the orders from before kept", async () => {
    const v = await vendorRepository.create({ name: 'Paper Co' }, db);
    expect((await createDraftPurchaseOrder(order(v.id), db)).number).toBe('PO-2026-0001');
    await saveThisPc({ deviceName: 'Reception', numberCode: 'A' }, db);
    expect(await suggestPurchaseOrderNumber(2026, db)).toBe('PO-2026-A0001');
    expect((await createDraftPurchaseOrder(order(v.id), db)).number).toBe('PO-2026-A0001');
    const two = await createDraftPurchaseOrders([{ ...order(v.id), number: 'x' }, { ...order(v.id), number: 'x', orderDate: '2027-01-04' }], db);
    expect(two.map((po) => po.number)).toEqual(['PO-2026-A0002', 'PO-2027-A0001']);
    const ink = await vendorRepository.create({ name: 'Ink Co' }, db);
    const { created } = await createOrdersFromPlans([{ vendorId: ink.id, lines: [{ description: 'Ink', quantity: 2, unitCostCents: 100 }] }], { orderDate: TODAY }, db);
    expect(created.map((po) => po.number)).toEqual(['PO-2026-A0003']);
    expect((await db.purchaseOrders.where('number').startsWith('PO-2026-').keys()).sort()).toEqual(['PO-2026-0001', 'PO-2026-A0001', 'PO-2026-A0002', 'PO-2026-A0003']);
  });

  it('two PCs ordering offline from the same data never use the same number, before or after they sync', async () => {
    const v = await vendorRepository.create({ name: 'Paper Co' }, db);
    await createDraftPurchaseOrder(order(v.id), db);
    await createDraftPurchaseOrder(order(v.id), db);
    const pcA = db;
    const pcB = await openTestDb();
    try {
      await replicate(pcA, pcB, ['vendors', 'purchaseOrders']);
      await writeLocalSync({ numberCode: 'A' }, pcA);
      await writeLocalSync({ numberCode: 'B' }, pcB);
      const made: string[] = [];
      for (let i = 0; i < 3; i++) {
        made.push((await onPc(pcA, () => createDraftPurchaseOrder(order(v.id), pcA))).number);
        made.push((await onPc(pcB, () => createDraftPurchaseOrder(order(v.id), pcB))).number);
      }
      expect(made).toEqual(['PO-2026-A0001', 'PO-2026-B0001', 'PO-2026-A0002', 'PO-2026-B0002', 'PO-2026-A0003', 'PO-2026-B0003']);
      await replicate(pcA, pcB, ['purchaseOrders']);
      await replicate(pcB, pcA, ['purchaseOrders']);
      made.push((await onPc(pcB, () => createDraftPurchaseOrder(order(v.id), pcB))).number);
      made.push((await onPc(pcA, () => createDraftPurchaseOrder(order(v.id), pcA))).number);
      expect(made.slice(-2)).toEqual(['PO-2026-B0004', 'PO-2026-A0004']);
      const all = [...(await pcA.purchaseOrders.toArray()), ...(await pcB.purchaseOrders.toArray())];
      const byId = new Map(all.map((po) => [po.id, po.number]));
      expect(byId.size).toBe(10);
      expect(new Set(byId.values()).size).toBe(10);
    } finally {
      pcB.close();
    }
  });
});
