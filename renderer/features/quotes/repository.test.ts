import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { readLocalSync, saveThisPc, writeLocalSync } from '../../db/sync/device';
import type { TableName } from '../../db/database';
import { createItem } from '../inventory';
import { markPurchaseOrderSent, purchaseOrderRepository, readCheaperQuoteHints } from '../purchasing';
import { vendorRepository } from '../vendors';
import { loadPriceHistory } from './history';
import { awardRfq, closeRfq, createRfq, markRfqSent, recordQuote, removeQuote, rfqRepository, updateDraftRfq } from './repository';
import './registrations';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const TODAY = '2026-12-04';

async function office() {
  const north = await vendorRepository.create({ name: 'North IT', email: 'sales@north.example' }, db);
  const metro = await vendorRepository.create({ name: 'Metro Computers' }, db);
  const cheap = await vendorRepository.create({ name: 'Cheap & Slow' }, db);
  const laptop = await createItem({ name: 'Laptop 14"', unitCostCents: 99_000, vendorId: north.id, minQuantity: 1, targetQuantity: 2 }, db);
  const rfq = await createRfq(
    {
      title: 'Laptops for the design team',
      replyBy: '2026-12-10',
      lines: [
        { id: 'l1', itemId: laptop.id, description: 'Laptop 14"', quantity: 3 },
        { id: 'l2', description: 'USB-C dock', quantity: 5 },
      ],
      vendorIds: [north.id, metro.id, cheap.id],
    },
    db,
  );
  return { north, metro, cheap, laptop, rfq };
}

describe('requests for quotation (issue 17.3)', () => {
  it('numbers RFQs RFQ-0001, RFQ-0002 and edits only drafts', async () => {
    const o = await office();
    expect(o.rfq).toMatchObject({ number: 'RFQ-0001', status: 'draft', quotes: [] });
    const second = await createRfq({ title: 'Chairs', lines: [{ id: 'c', description: 'Chair', quantity: 2 }], vendorIds: [] }, db);
    expect(second.number).toBe('RFQ-0002');
    await expect(markRfqSent(second.id, {}, db)).rejects.toThrow('RFQ-0002 asks no vendor yet; choose the vendors to ask first.');

    const edited = await updateDraftRfq(o.rfq.id, { title: 'Laptops (3)' }, db);
    expect(edited.title).toBe('Laptops (3)');
    const sent = await markRfqSent(o.rfq.id, { date: '2026-12-01' }, db);
    expect(sent).toMatchObject({ status: 'sent', sentOn: '2026-12-01' });
    await expect(updateDraftRfq(o.rfq.id, { title: 'x' }, db)).rejects.toThrow('RFQ-0001 is sent; only a draft can be changed.');
    await expect(markRfqSent(o.rfq.id, {}, db)).rejects.toThrow('RFQ-0001 is already sent.');
  });

  it('records quotes (status moves to "quotes in"), replaces a vendor\'s quote, and audits each', async () => {
    const o = await office();
    await markRfqSent(o.rfq.id, {}, db);
    const after = await recordQuote(
      o.rfq.id,
      { vendorId: o.north.id, receivedOn: '2026-12-02', validUntil: '2026-12-31', leadTimeDays: 10, lines: [{ lineId: 'l1', unitPriceCents: 98_000 }, { lineId: 'l2', unitPriceCents: 14_000 }] },
      db,
    );
    expect(after.status).toBe('quotes');
    expect(after.quotes[0]!.lines[0]).toEqual({ lineId: 'l1', unitPriceCents: 98_000, packSize: 1 });
    const again = await recordQuote(o.rfq.id, { vendorId: o.north.id, receivedOn: '2026-12-03', lines: [{ lineId: 'l1', unitPriceCents: 97_000 }] }, db);
    expect(again.quotes).toHaveLength(1);
    expect(again.quotes[0]!.lines).toEqual([{ lineId: 'l1', unitPriceCents: 97_000, packSize: 1 }]);
    await expect(recordQuote(o.rfq.id, { vendorId: o.metro.id, receivedOn: '2026-12-03', lines: [{ lineId: 'nope', unitPriceCents: 1 }] }, db)).rejects.toThrow(
      'A quoted line is no longer on the request',
    );
    await expect(recordQuote(o.rfq.id, { vendorId: o.metro.id, receivedOn: '2026-12-03', lines: [{ lineId: 'l1' }] }, db)).rejects.toThrow(
      'Enter a unit price for at least one line.',
    );
    await expect(recordQuote(o.rfq.id, { vendorId: o.metro.id, receivedOn: '2026-12-03', leadTimeDays: -1, lines: [{ lineId: 'l1', unitPriceCents: 1 }] }, db)).rejects.toThrow(
      'Lead time cannot be negative',
    );
    const summaries = (await auditEntriesFor(db, o.rfq.id)).map((a) => a.summary);
    expect(summaries).toEqual([
      'Created request for quotation "RFQ-0001"',
      'Sent request for quotation "RFQ-0001" to 3 vendors',
      'Recorded the quote from "North IT" on "RFQ-0001"',
      'Updated the quote from "North IT" on "RFQ-0001"',
    ]);
    const removed = await removeQuote(o.rfq.id, o.north.id, db);
    expect(removed).toMatchObject({ status: 'sent', quotes: [] });
  });

  it('awards to one vendor: a draft purchase order with the quoted prices in whole packs, linked both ways, in one go', async () => {
    const o = await office();
    await markRfqSent(o.rfq.id, {}, db);
    await recordQuote(o.rfq.id, { vendorId: o.metro.id, receivedOn: '2026-12-02', validUntil: '2026-12-15', leadTimeDays: 3, lines: [{ lineId: 'l1', unitPriceCents: 101_000 }, { lineId: 'l2', unitPriceCents: 9_000, packSize: 2 }] }, db);
    const { rfq, orders } = await awardRfq(o.rfq.id, { l1: o.metro.id, l2: o.metro.id }, { today: TODAY }, db);
    expect(orders).toHaveLength(1);
    const po = (await purchaseOrderRepository.get(orders[0]!.id, db))!;
    expect(po).toMatchObject({ status: 'draft', vendorId: o.metro.id, orderDate: TODAY, notes: 'Quoted on RFQ-0001: Laptops for the design team' });
    expect(po.lines.map((l) => [l.itemId ?? null, l.description, l.quantity, l.unitCostCents])).toEqual([
      [o.laptop.id, 'Laptop 14"', 3, 101_000],
      [null, 'USB-C dock', 6, 9_000],
    ]);
    expect(rfq).toMatchObject({ status: 'awarded', awardedVendorId: o.metro.id, purchaseOrderId: po.id, purchaseOrderIds: [po.id] });
    expect((await auditEntriesFor(db, o.rfq.id)).at(-1)!.summary).toBe(`Awarded "RFQ-0001": draft ${po.number}`);
    await expect(awardRfq(o.rfq.id, { l1: o.metro.id }, { today: TODAY }, db)).rejects.toThrow('RFQ-0001 is already awarded.');
    await expect(recordQuote(o.rfq.id, { vendorId: o.north.id, receivedOn: TODAY, lines: [{ lineId: 'l1', unitPriceCents: 1 }] }, db)).rejects.toThrow('RFQ-0001 is awarded; no more quotes are recorded.');
  });

  it('awards line by line into one draft per vendor; a refused award writes nothing', async () => {
    const o = await office();
    await markRfqSent(o.rfq.id, {}, db);
    await recordQuote(o.rfq.id, { vendorId: o.north.id, receivedOn: '2026-12-01', validUntil: '2026-12-02', lines: [{ lineId: 'l1', unitPriceCents: 90_000 }, { lineId: 'l2', unitPriceCents: 8_000 }] }, db);
    await recordQuote(o.rfq.id, { vendorId: o.metro.id, receivedOn: '2026-12-02', lines: [{ lineId: 'l2', unitPriceCents: 9_000 }] }, db);
    await recordQuote(o.rfq.id, { vendorId: o.cheap.id, receivedOn: '2026-12-03', lines: [{ lineId: 'l1', unitPriceCents: 95_000 }] }, db);
    // North's quote ran out: refused, and no order was written.
    await expect(awardRfq(o.rfq.id, { l1: o.north.id }, { today: TODAY }, db)).rejects.toThrow('ran out on 2026-12-02');
    expect(await purchaseOrderRepository.list(db)).toHaveLength(0);
    const { rfq, orders } = await awardRfq(o.rfq.id, { l1: o.cheap.id, l2: o.metro.id }, { today: TODAY }, db);
    expect(orders.map((po) => [po.vendorId, po.number, po.lines.length])).toEqual([
      [o.metro.id, 'PO-2026-0001', 1],
      [o.cheap.id, 'PO-2026-0002', 1],
    ]);
    expect(rfq.purchaseOrderIds).toEqual(orders.map((po) => po.id));
    expect(rfq.lineAwards).toEqual({ l1: o.cheap.id, l2: o.metro.id });
  });

  it('closes without an award only with a reason', async () => {
    const o = await office();
    await expect(closeRfq(o.rfq.id, '  ', db)).rejects.toThrow('Say why the request is closed.');
    const closed = await closeRfq(o.rfq.id, 'Project postponed', db);
    expect(closed).toMatchObject({ status: 'closed', closedReason: 'Project postponed' });
    await expect(closeRfq(o.rfq.id, 'again', db)).rejects.toThrow('RFQ-0001 is already closed.');
  });

  it('keeps each item\'s price history (quotes and sent orders) and tells the reorder list of a cheaper current quote', async () => {
    const o = await office();
    await markRfqSent(o.rfq.id, {}, db);
    await recordQuote(o.rfq.id, { vendorId: o.cheap.id, receivedOn: '2026-12-03', validUntil: '2026-12-31', leadTimeDays: 20, lines: [{ lineId: 'l1', unitPriceCents: 95_000 }] }, db);
    await recordQuote(o.rfq.id, { vendorId: o.north.id, receivedOn: '2026-12-02', validUntil: '2026-12-31', lines: [{ lineId: 'l1', unitPriceCents: 98_000 }] }, db);
    const hints = await readCheaperQuoteHints(db, [{ itemId: o.laptop.id, unitCostCents: 99_000 }], TODAY);
    expect(hints.get(o.laptop.id)).toEqual({ itemId: o.laptop.id, vendorId: o.cheap.id, vendorName: 'Cheap & Slow', unitPriceCents: 95_000, validUntil: '2026-12-31', rfqId: o.rfq.id, rfqNumber: 'RFQ-0001' });

    const { orders } = await awardRfq(o.rfq.id, { l1: o.north.id }, { today: TODAY }, db);
    // A draft is not a price paid; once sent it is.
    expect((await loadPriceHistory(o.laptop.id, db)).map((p) => [p.source, p.unitPriceCents])).toEqual([
      ['quote', 98_000],
      ['quote', 95_000],
    ]);
    await markPurchaseOrderSent(orders[0]!.id, db);
    expect((await loadPriceHistory(o.laptop.id, db)).map((p) => [p.date, p.source, p.unitPriceCents])).toEqual([
      ['2026-12-02', 'quote', 98_000],
      ['2026-12-03', 'quote', 95_000],
      [TODAY, 'order', 98_000],
    ]);
    expect((await rfqRepository.list(db)).map((r) => r.number)).toEqual(['RFQ-0001']);
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

describe('RFQ numbers on PCs that sync (issue 18.3)', () => {
  afterEach(forgetCode);
  const ask = (pc: BackdeskDb, title: string) => createRfq({ title, lines: [{ id: 'c', description: 'Chair', quantity: 2 }], vendorIds: [] }, pc);

  it("numbers in this PC's own series once it has a number code", async () => {
    expect((await ask(db, 'Chairs')).number).toBe('RFQ-0001');
    await saveThisPc({ deviceName: 'Director', numberCode: 'D' }, db);
    expect((await ask(db, 'Desks')).number).toBe('RFQ-D0001');
  });

  it('two PCs asking for quotes offline from the same data never use the same number', async () => {
    await ask(db, 'Chairs');
    const pcA = db;
    const pcB = await openTestDb();
    try {
      await replicate(pcA, pcB, ['rfqs']);
      await writeLocalSync({ numberCode: 'A' }, pcA);
      await writeLocalSync({ numberCode: 'B' }, pcB);
      const made: string[] = [];
      for (let i = 0; i < 2; i++) {
        made.push((await onPc(pcA, () => ask(pcA, `A ${i}`))).number);
        made.push((await onPc(pcB, () => ask(pcB, `B ${i}`))).number);
      }
      expect(made).toEqual(['RFQ-A0001', 'RFQ-B0001', 'RFQ-A0002', 'RFQ-B0002']);
      await replicate(pcB, pcA, ['rfqs']);
      expect((await onPc(pcA, () => ask(pcA, 'after sync'))).number).toBe('RFQ-A0003');
      const numbers = (await pcA.rfqs.toArray()).map((r) => r.number);
      expect(new Set(numbers).size).toBe(6);
    } finally {
      pcB.close();
    }
  });
});
