/** Purchase requests: numbering, the threshold, decisions and ordering, each with its audit line. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { readLocalSync, saveThisPc, writeLocalSync } from '../../db/sync/device';
import type { TableName } from '../../db/database';
import { fiscalYearOf, today } from '../../../shared/lib/dates';
import { budgetCategoryRepository, registerSpendTotalsReader, setBudgetAmount } from '../budget';
import { expenseRepository, readExpenseTotals } from '../expenses';
import { createItem } from '../inventory';
import { createDraftPurchaseOrder, markPurchaseOrderSent, purchaseOrderRepository, receivePurchaseOrder } from '../purchasing';
import { vendorRepository } from '../vendors';
import {
  cancelPurchaseRequest,
  createPurchaseRequest,
  decidePurchaseRequest,
  getApprovalSetting,
  listPurchaseRequests,
  loadPurchaseRequestBoard,
  orderPurchaseRequest,
  requestBudget,
  saveApprovalSetting,
} from './purchaseRequests';

registerSpendTotalsReader(readExpenseTotals);

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  db.close();
});

describe('createPurchaseRequest', () => {
  it('numbers requests PR-0001… and follows the default threshold of 250.00', async () => {
    expect((await getApprovalSetting(db)).thresholdCents).toBe(25_000);
    const small = await createPurchaseRequest({ description: 'Desk lamp', quantity: 2, estimatedUnitCostCents: 2_500, requesterName: 'Ana' }, db);
    const big = await createPurchaseRequest({ description: 'Office chair', quantity: 1, estimatedUnitCostCents: 34_900 }, db);
    expect(small).toMatchObject({ number: 'PR-0001', status: 'approved', autoApproved: true });
    expect(big).toMatchObject({ number: 'PR-0002', status: 'pending', autoApproved: false });
    const smallLog = (await auditEntriesFor(db, small.id)).map((a) => a.summary);
    expect(smallLog.some((s) => s.startsWith('Submitted purchase request PR-0001'))).toBe(true);
    expect(smallLog.some((s) => s.includes('automatically'))).toBe(true);
    expect((await auditEntriesFor(db, big.id)).map((a) => a.summary)).toHaveLength(1);
  });

  it('uses the office threshold and refuses an invalid request without drawing a number', async () => {
    await saveApprovalSetting({ thresholdCents: 0 }, db);
    await expect(createPurchaseRequest({ description: '', quantity: 1, estimatedUnitCostCents: 100 }, db)).rejects.toThrow(/What to buy/);
    await expect(createPurchaseRequest({ description: 'Pens', quantity: 0, estimatedUnitCostCents: 100 }, db)).rejects.toThrow(/at least 1/);
    const r = await createPurchaseRequest({ description: 'Pens', quantity: 1, estimatedUnitCostCents: 100 }, db);
    expect(r).toMatchObject({ number: 'PR-0001', status: 'pending' });
  });
});

const summaries = async (id: string) => (await auditEntriesFor(db, id)).map((a) => a.summary);

describe('deciding a purchase request', () => {
  it('approves with who decided, refuses deciding one\'s own request, and keeps a decline\'s reason', async () => {
    await saveApprovalSetting({ thresholdCents: 10_000, approverId: 'emp-dana', approverName: 'Dana' }, db);
    const chair = await createPurchaseRequest({ description: 'Office chair', quantity: 1, estimatedUnitCostCents: 34_900, requesterId: 'emp-sam', requesterName: 'Sam' }, db);
    await expect(decidePurchaseRequest(chair.id, { approve: true, by: 'Sam', byId: 'emp-sam' }, db)).rejects.toThrow('Someone else must approve a request they made themselves.');
    await expect(decidePurchaseRequest(chair.id, { approve: false, by: 'Dana', byId: 'emp-dana' }, db)).rejects.toThrow(/Say why/);
    const approved = await decidePurchaseRequest(chair.id, { approve: true, by: 'Dana', byId: 'emp-dana' }, db);
    expect(approved).toMatchObject({ status: 'approved', decidedBy: 'Dana', decidedById: 'emp-dana' });
    expect(approved.decidedAt).toBeTruthy();
    expect(await summaries(chair.id)).toContain('Approved purchase request PR-0001 "Office chair" (349.00), decided by Dana');
    await expect(decidePurchaseRequest(chair.id, { approve: false, by: 'Dana', reason: 'x' }, db)).rejects.toThrow('PR-0001 is approved');

    const desk = await createPurchaseRequest({ description: 'Standing desk', quantity: 1, estimatedUnitCostCents: 60_000, requesterId: 'emp-sam' }, db);
    const declined = await decidePurchaseRequest(desk.id, { approve: false, by: 'Dana', byId: 'emp-dana', reason: ' Desks are replaced next year ' }, db);
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Desks are replaced next year' });
    expect((await db.purchaseRequests.get(desk.id))?.declineReason).toBe('Desks are replaced next year');
    expect(await summaries(desk.id)).toContain('Declined purchase request PR-0002 "Standing desk" (600.00), decided by Dana: Desks are replaced next year');
    await expect(orderPurchaseRequest(desk.id, {}, db)).rejects.toThrow();
  });

  it('cancels only what is not ordered or decided against', async () => {
    const r = await createPurchaseRequest({ description: 'Projector', quantity: 1, estimatedUnitCostCents: 80_000 }, db);
    const cancelled = await cancelPurchaseRequest(r.id, 'Borrowing one instead', db);
    expect(cancelled.status).toBe('cancelled');
    expect(await summaries(r.id)).toContain('Cancelled purchase request PR-0001 "Projector": Borrowing one instead');
    await expect(cancelPurchaseRequest(r.id, undefined, db)).rejects.toThrow(/only a request not ordered yet/);
  });
});

describe('ordering an approved request', () => {
  it('adds it as a line to the vendor\'s newest draft, never a second draft, and links the order', async () => {
    const paperCo = await vendorRepository.create({ name: 'Paper Co' }, db);
    const toner = await createItem({ name: 'Toner', unitCostCents: 8_000, vendorId: paperCo.id, openingQuantity: 1 }, db);
    const existing = await createDraftPurchaseOrder({ vendorId: paperCo.id, orderDate: today(), lines: [{ id: 'l1', itemId: toner.id, description: 'Toner', quantity: 1, unitCostCents: 8_000, receivedQuantity: 0 }] }, db);
    const r = await createPurchaseRequest({ itemId: toner.id, description: 'Toner', quantity: 4, estimatedUnitCostCents: 8_000 }, db);
    expect(r.status).toBe('pending');
    await decidePurchaseRequest(r.id, { approve: true, by: 'Dana' }, db);
    // The vendor comes from the item when none was chosen.
    const out = await orderPurchaseRequest(r.id, { by: 'Lee' }, db);
    expect(out.addedToExistingDraft).toBe(true);
    expect(out.order.id).toBe(existing.id);
    expect(out.request).toMatchObject({ status: 'ordered', purchaseOrderId: existing.id, vendorId: paperCo.id });
    const po = await purchaseOrderRepository.get(existing.id, db);
    expect(po?.lines.map((l) => [l.description, l.quantity])).toEqual([['Toner', 5]]);
    expect(await purchaseOrderRepository.list(db)).toHaveLength(1);
    expect(await summaries(r.id)).toContain(`Ordered purchase request PR-0001 "Toner" from Paper Co: added to draft purchase order ${existing.number}, by Lee`);
    await expect(orderPurchaseRequest(r.id, {}, db)).rejects.toThrow(/already on a purchase order/);
  });

  it('makes a free-text request a free-text line on a new draft for the chosen vendor, in one transaction', async () => {
    const furnish = await vendorRepository.create({ name: 'Furnish Ltd' }, db);
    const r = await createPurchaseRequest({ description: 'Whiteboard 120x90', quantity: 2, estimatedUnitCostCents: 5_000 }, db);
    expect(r.status).toBe('approved');
    await expect(orderPurchaseRequest(r.id, {}, db)).rejects.toThrow('Choose the vendor to order PR-0001 from.');
    const out = await orderPurchaseRequest(r.id, { vendorId: furnish.id }, db);
    expect(out.addedToExistingDraft).toBe(false);
    expect(out.order.status).toBe('draft');
    expect(out.order.lines).toEqual([expect.objectContaining({ description: 'Whiteboard 120x90', quantity: 2, unitCostCents: 5_000 })]);
    expect(out.order.lines[0]!.itemId).toBeUndefined();
    expect((await listPurchaseRequests(db))[0]).toMatchObject({ status: 'ordered', purchaseOrderId: out.order.id });
  });

  it('writes nothing when the order cannot be written', async () => {
    const v = await vendorRepository.create({ name: 'V' }, db);
    const r = await createPurchaseRequest({ description: 'Chair', quantity: 1, estimatedUnitCostCents: 100 }, db);
    const put = db.purchaseRequests.put.bind(db.purchaseRequests);
    db.purchaseRequests.put = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.purchaseRequests.put;
    await expect(orderPurchaseRequest(r.id, { vendorId: v.id }, db)).rejects.toThrow();
    db.purchaseRequests.put = put;
    expect(await purchaseOrderRepository.list(db)).toHaveLength(0);
    expect((await db.purchaseRequests.get(r.id))?.status).toBe('approved');
  });
});

describe('the budget beside a request', () => {
  it('shows the category\'s remaining money before and after, counting approved and open-ordered requests once', async () => {
    const fy = fiscalYearOf(today(), 1);
    const parent = await budgetCategoryRepository.create({ name: 'Office' }, db);
    const furniture = await budgetCategoryRepository.create({ name: 'Furniture', parentId: parent.id }, db);
    await setBudgetAmount(furniture.id, today().slice(0, 7), 200_000, 1, db);
    await expenseRepository.create({ date: today(), description: 'Lamp', amountCents: 20_000, categoryId: furniture.id }, db);
    const v = await vendorRepository.create({ name: 'V' }, db);
    const small = await createPurchaseRequest({ description: 'Footrest', quantity: 1, estimatedUnitCostCents: 10_000, budgetCategoryId: furniture.id }, db);
    const big = await createPurchaseRequest({ description: 'Chairs', quantity: 2, estimatedUnitCostCents: 40_000, budgetCategoryId: furniture.id }, db);
    let board = await loadPurchaseRequestBoard(fy, 1, db);
    expect(board.standings.get(furniture.id)).toMatchObject({ plannedCents: 200_000, spentCents: 20_000, committedCents: 10_000 });
    // Rolled up into the parent.
    expect(board.standings.get(parent.id)).toMatchObject({ plannedCents: 200_000, spentCents: 20_000, committedCents: 10_000 });
    expect(requestBudget(board, big)).toEqual({ remainingCents: 170_000, afterCents: 90_000, overBudget: false, hasBudget: true });
    // The approved one does not count itself twice.
    expect(requestBudget(board, small)).toMatchObject({ remainingCents: 180_000, afterCents: 170_000 });

    await decidePurchaseRequest(big.id, { approve: true, by: 'Dana' }, db);
    const { order } = await orderPurchaseRequest(big.id, { vendorId: v.id }, db);
    board = await loadPurchaseRequestBoard(fy, 1, db);
    expect(board.standings.get(furniture.id)?.committedCents).toBe(90_000);
    expect(requestBudget(board, small)).toMatchObject({ remainingCents: 100_000, afterCents: 90_000 });
    // Once the order is received, its money is no longer held by the request.
    await markPurchaseOrderSent(order.id, db);
    expect((await receivePurchaseOrder(order.id, [{ lineId: order.lines[0]!.id, quantity: 2 }], {}, db)).status).toBe('received');
    board = await loadPurchaseRequestBoard(fy, 1, db);
    expect(board.standings.get(furniture.id)?.committedCents).toBe(10_000);
    expect(board.orderNumbers.get(order.id)).toBe(order.number);
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

describe('purchase request numbers on PCs that sync (issue 18.3)', () => {
  afterEach(forgetCode);
  const want = (pc: BackdeskDb, description: string) => createPurchaseRequest({ description, quantity: 1, estimatedUnitCostCents: 500 }, pc);

  it("numbers in this PC's own series once it has a number code", async () => {
    expect((await want(db, 'Pens')).number).toBe('PR-0001');
    await saveThisPc({ deviceName: 'Office manager', numberCode: 'b' }, db);
    expect((await want(db, 'Paper')).number).toBe('PR-B0001');
  });

  it('two PCs asking offline from the same data never use the same number', async () => {
    await want(db, 'Pens');
    const pcA = db;
    const pcB = await openTestDb();
    try {
      await replicate(pcA, pcB, ['purchaseRequests']);
      await writeLocalSync({ numberCode: 'A' }, pcA);
      await writeLocalSync({ numberCode: 'B' }, pcB);
      const made: string[] = [];
      for (let i = 0; i < 2; i++) {
        made.push((await onPc(pcA, () => want(pcA, `A ${i}`))).number);
        made.push((await onPc(pcB, () => want(pcB, `B ${i}`))).number);
      }
      expect(made).toEqual(['PR-A0001', 'PR-B0001', 'PR-A0002', 'PR-B0002']);
      await replicate(pcB, pcA, ['purchaseRequests']);
      const numbers = (await pcA.purchaseRequests.toArray()).map((r) => r.number);
      expect(new Set(numbers).size).toBe(5);
    } finally {
      pcB.close();
    }
  });
});
