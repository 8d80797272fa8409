import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { expenseRepository, invoiceRepository, markInvoicePaid } from '../expenses';
import { createItem } from '../inventory';
import { purchaseOrderRepository } from '../purchasing';
import { createRfq, recordQuote, markRfqSent } from '../quotes';
import { createStaffRequest, declineStaffRequest } from '../requests';
import { vendorRepository } from '../vendors';
import { loadPriceData, loadRequestData, loadSpendData } from './data';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const line = (id: string, itemId: string | undefined, quantity: number, unitCostCents: number) => ({ id, ...(itemId ? { itemId } : {}), description: id, quantity, unitCostCents, receivedQuantity: 0 });

describe('what the reports read (issue 17.6)', () => {
  it('counts expenses as spent and sent orders not yet paid as committed — never an order twice', async () => {
    const staples = await vendorRepository.create({ name: 'Staples' }, db);
    await expenseRepository.create({ date: '2026-03-02', description: 'Toner', amountCents: 12_000, vendorId: staples.id }, db);
    const open = await purchaseOrderRepository.create({ number: 'PO-1', vendorId: staples.id, status: 'ordered', orderDate: '2026-03-05', lines: [line('a', undefined, 10, 250)], shippingCents: 500 }, db);
    const paid = await purchaseOrderRepository.create({ number: 'PO-2', vendorId: staples.id, status: 'received', orderDate: '2026-03-06', lines: [line('b', undefined, 2, 1_000)], shippingCents: 0 }, db);
    await purchaseOrderRepository.create({ number: 'PO-3', vendorId: staples.id, status: 'draft', orderDate: '2026-03-07', lines: [line('c', undefined, 1, 9_999)], shippingCents: 0 }, db);
    await purchaseOrderRepository.create({ number: 'PO-4', vendorId: staples.id, status: 'cancelled', orderDate: '2026-03-08', lines: [line('d', undefined, 1, 9_999)], shippingCents: 0 }, db);
    const inv = await invoiceRepository.create({ number: 'INV-9', vendorId: staples.id, issueDate: '2026-03-10', dueDate: '2026-04-10', amountCents: 2_000, purchaseOrderId: paid.id }, db);
    await markInvoicePaid(inv.id, '2026-03-20', { createExpense: true, uncategorized: true }, db);

    const data = await loadSpendData('2026-01-01', '2026-12-31', db);
    // The typed expense and the paid invoice's expense.
    expect(data.expenses.map((e) => e.amountCents).sort((x, y) => x - y)).toEqual([2_000, 12_000]);
    // PO-1 is committed (lines + shipping); PO-2 is paid (its expense counts), drafts and cancelled never.
    expect(data.orders.map((o) => [o.id, o.amountCents, o.status])).toEqual([[open.id, 3_000, 'Sent']]);
    expect(data.vendorNames.get(staples.id)).toBe('Staples');
  });

  it('reads prices paid on sent orders and prices quoted on requests for quotation', async () => {
    const north = await vendorRepository.create({ name: 'North IT' }, db);
    const laptop = await createItem({ name: 'Laptop', unitCostCents: 99_000, unit: 'each' }, db);
    await purchaseOrderRepository.create({ number: 'PO-7', vendorId: north.id, status: 'ordered', orderDate: '2026-02-01', lines: [line('l', laptop.id, 2, 97_500), line('x', undefined, 1, 100)], shippingCents: 0 }, db);
    await purchaseOrderRepository.create({ number: 'PO-8', vendorId: north.id, status: 'draft', orderDate: '2026-02-02', lines: [line('m', laptop.id, 2, 1)], shippingCents: 0 }, db);
    const rfq = await createRfq({ title: 'Laptops', lines: [{ id: 'q1', itemId: laptop.id, description: 'Laptop', quantity: 3 }], vendorIds: [north.id] }, db);
    await markRfqSent(rfq.id, {}, db);
    await recordQuote(rfq.id, { vendorId: north.id, receivedOn: '2026-03-01', lines: [{ lineId: 'q1', unitPriceCents: 95_000 }] }, db);

    const data = await loadPriceData(db);
    expect(data.observations.map((o) => [o.source, o.date, o.unitPriceCents, o.reference])).toEqual([
      ['order', '2026-02-01', 97_500, 'PO-7'],
      ['quote', '2026-03-01', 95_000, rfq.number],
    ]);
    expect(data.itemNames.get(laptop.id)).toBe('Laptop');
  });

  it('reads staff requests with their status and closing time', async () => {
    const a = await createStaffRequest({ requesterName: 'Grace', what: 'A chair', kind: 'facilities' }, [], db);
    const b = await createStaffRequest({ requesterName: 'Ada', what: 'Admin rights', kind: 'it' }, [], db);
    await declineStaffRequest(b.id, 'Not allowed', db);
    const rows = await loadRequestData(db);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(a.id)).toMatchObject({ kind: 'facilities', kindLabel: 'Facilities', status: 'new', closedAt: null, requester: 'Grace' });
    expect(byId.get(b.id)).toMatchObject({ kind: 'it', status: 'declined', statusLabel: 'Declined' });
    expect(byId.get(b.id)!.closedAt).not.toBeNull();
  });
});
