import { describe, expect, it } from 'vitest';
import {
  buildReorderList,
  daysOfCover,
  minimumOrderOf,
  orderByDate,
  planDraftOrders,
  suggestedQuantity,
  usageRates,
  type ReorderItem,
  type UsageMovement,
  isPreselected,
  mergeIntoDrafts,
} from './reorder';
import { isAtOrBelowMinimum } from './inventory';

const item = (over: Partial<ReorderItem> = {}): ReorderItem => ({
  id: 'i1',
  name: 'Copy paper',
  quantityOnHand: 5,
  minQuantity: 10,
  targetQuantity: 40,
  packSize: 1,
  unitCostCents: 650,
  vendorId: 'v1',
  deletedAt: null,
  ...over,
});

const issue = (itemId: string, quantity: number, date: string): UsageMovement => ({
  itemId,
  kind: 'issued',
  quantity: -quantity,
  date,
  createdAt: `${date}T10:00:00.000Z`,
  deletedAt: null,
});

describe('isAtOrBelowMinimum', () => {
  it('includes items at or below the minimum', () => {
    expect(isAtOrBelowMinimum(item({ quantityOnHand: 9 }))).toBe(true);
    expect(isAtOrBelowMinimum(item({ quantityOnHand: 10 }))).toBe(true);
    expect(isAtOrBelowMinimum(item({ quantityOnHand: 11 }))).toBe(false);
  });
  it('ignores items with neither minimum nor target', () => {
    expect(isAtOrBelowMinimum(item({ quantityOnHand: 0, minQuantity: 0, targetQuantity: 0 }))).toBe(false);
    expect(isAtOrBelowMinimum(item({ quantityOnHand: 0, minQuantity: 0, targetQuantity: 5 }))).toBe(true);
  });
});

describe('suggestedQuantity', () => {
  it('is target minus on hand minus on order', () => {
    expect(suggestedQuantity(item({ quantityOnHand: 5 }))).toBe(35);
    expect(suggestedQuantity(item({ quantityOnHand: 5 }), 10)).toBe(25);
  });
  it('rounds up to whole packs', () => {
    expect(suggestedQuantity(item({ quantityOnHand: 5, packSize: 10 }))).toBe(40);
    expect(suggestedQuantity(item({ quantityOnHand: 10, packSize: 10 }))).toBe(30);
    expect(suggestedQuantity(item({ quantityOnHand: 5, packSize: 12 }), 3)).toBe(36);
  });
  it('then rises to the vendor minimum, kept in whole packs', () => {
    expect(suggestedQuantity(item({ quantityOnHand: 35, minQuantity: 36, packSize: 1, vendorMinimumOrder: 20 }))).toBe(20);
    expect(suggestedQuantity(item({ quantityOnHand: 35, minQuantity: 36, packSize: 6, vendorMinimumOrder: 20 }))).toBe(24);
    expect(suggestedQuantity(item({ quantityOnHand: 35, minQuantity: 36, packSize: 6, minOrderQuantity: 8 }))).toBe(12);
    // Above the minimum nothing changes.
    expect(suggestedQuantity(item({ quantityOnHand: 0, packSize: 5, vendorMinimumOrder: 10 }))).toBe(40);
  });
  it('is 0 when stock plus what is on order already reaches the target', () => {
    expect(suggestedQuantity(item({ quantityOnHand: 5 }), 35)).toBe(0);
    expect(suggestedQuantity(item({ quantityOnHand: 5 }), 100)).toBe(0);
  });
  it('fills to the minimum when no target is set', () => {
    expect(suggestedQuantity(item({ quantityOnHand: 2, minQuantity: 10, targetQuantity: 0 }))).toBe(8);
  });
  it('treats the vendor minimum as one pack when absent', () => {
    expect(minimumOrderOf(item({ packSize: 6 }))).toBe(6);
    expect(minimumOrderOf(item({ packSize: 6, vendorMinimumOrder: 0 }))).toBe(6);
    expect(minimumOrderOf(item({ packSize: 6, vendorMinimumOrder: 50 }))).toBe(50);
  });
});

describe('usage, cover and order-by', () => {
  const today = '2026-11-22';
  it('averages issues over the last 90 days, counting nothing else', () => {
    const rates = usageRates(
      [
        issue('a', 45, '2026-11-01'),
        issue('a', 45, '2026-08-25'), // day 90 of the window (inclusive)
        issue('a', 1000, '2026-08-24'), // just outside
        issue('a', 5, '2026-11-23'), // future
        { ...issue('a', 7, '2026-11-10'), kind: 'adjusted' },
        { ...issue('a', 9, '2026-11-10'), deletedAt: '2026-11-11T00:00:00.000Z' },
        issue('b', 9, '2026-11-20'),
      ],
      today,
    );
    expect(rates.get('a')).toBeCloseTo(1);
    expect(rates.get('b')).toBeCloseTo(0.1);
    expect(rates.has('c')).toBe(false);
  });
  it('uses the createdAt day when a movement has no business date', () => {
    const m = { ...issue('a', 9, '2026-11-20'), date: undefined };
    expect(usageRates([m], today).get('a')).toBeCloseTo(0.1);
  });
  it('days of cover is on hand over usage; none without usage', () => {
    expect(daysOfCover(10, 2)).toBe(5);
    expect(daysOfCover(0, 2)).toBe(0);
    expect(daysOfCover(10, 0)).toBeNull();
  });
  it('order-by is today + cover − lead time, "order now" when not in the future', () => {
    expect(orderByDate(today, 10.7, 3)).toEqual({ orderBy: '2026-11-29', orderNow: false });
    expect(orderByDate(today, 3, 3)).toEqual({ orderBy: '2026-11-22', orderNow: true });
    expect(orderByDate(today, 1, 5)).toEqual({ orderBy: '2026-11-18', orderNow: true });
    expect(orderByDate(today, null, 5)).toEqual({ orderBy: null, orderNow: false });
  });
});

describe('buildReorderList', () => {
  it('lists items at or below minimum with the numbers a buyer needs, most urgent first', () => {
    const items = [
      item({ id: 'slow', name: 'Slow', quantityOnHand: 8, packSize: 5 }),
      item({ id: 'fast', name: 'Fast', quantityOnHand: 4, vendorId: 'v2' }),
      item({ id: 'fine', name: 'Fine', quantityOnHand: 30 }),
      item({ id: 'gone', name: 'Gone', quantityOnHand: 0, deletedAt: '2026-11-01T00:00:00.000Z' }),
      item({ id: 'novendor', name: 'No vendor', quantityOnHand: 1, vendorId: undefined }),
    ];
    const list = buildReorderList({
      items,
      vendors: [
        { id: 'v1', name: 'Paper Co', leadTimeDays: 2 },
        { id: 'v2', name: 'Ink Co', leadTimeDays: 7 },
      ],
      onOrder: new Map([['slow', 12]]),
      movements: [issue('fast', 90, '2026-10-01'), issue('slow', 9, '2026-10-01')],
      today: '2026-11-22',
    });
    expect(list.map((l) => l.itemId)).toEqual(['fast', 'slow', 'novendor']);
    const fast = list[0]!;
    expect(fast).toMatchObject({ vendorName: 'Ink Co', onHand: 4, onOrder: 0, suggested: 36, usagePerDay: 1, daysOfCover: 4, orderNow: true, orderBy: '2026-11-19' });
    const slow = list[1]!;
    // 40 − 8 − 12 = 20, already whole packs of 5.
    expect(slow).toMatchObject({ suggested: 20, onOrder: 12, daysOfCover: 80, orderBy: '2027-02-08', orderNow: false });
    expect(list[2]).toMatchObject({ vendorName: undefined, orderBy: null, daysOfCover: null });
  });
});

describe('planDraftOrders', () => {
  it('makes one order per vendor and explains what it leaves out', () => {
    const { orders, skipped } = planDraftOrders([
      { itemId: 'a', itemName: 'A', vendorId: 'v2', vendorName: 'Zeta', unitCostCents: 100, quantity: 3 },
      { itemId: 'b', itemName: 'B', vendorId: 'v1', vendorName: 'Alpha', unitCostCents: 200, quantity: 1 },
      { itemId: 'c', itemName: 'C', vendorId: 'v2', vendorName: 'Zeta', unitCostCents: 300, quantity: 2 },
      { itemId: 'd', itemName: 'D', vendorId: undefined, vendorName: undefined, unitCostCents: 1, quantity: 2 },
      { itemId: 'e', itemName: 'E', vendorId: 'v1', vendorName: 'Alpha', unitCostCents: 1, quantity: 0 },
    ]);
    expect(orders.map((o) => o.vendorId)).toEqual(['v1', 'v2']);
    expect(orders[1]!.lines.map((l) => [l.itemId, l.quantity])).toEqual([
      ['a', 3],
      ['c', 2],
    ]);
    expect(skipped.map((s) => s.itemId)).toEqual(['d', 'e']);
    expect(skipped[0]!.reason).toContain('no vendor');
  });
});

describe('drafts count as on order (issue 16.1) and what is ticked (16.2)', () => {
  const item = (id: string, onHand: number, extra: Partial<ReorderItem> = {}) => ({
    id, name: id, quantityOnHand: onHand, minQuantity: 5, targetQuantity: 20, packSize: 1, unitCostCents: 100, vendorId: 'v', ...extra,
  });
  const base = { vendors: [{ id: 'v', name: 'Vendor' }], onOrder: new Map<string, number>(), movements: [], today: '2026-12-04' };

  it('counts draft quantities, names the drafts, and drops items they fully cover', () => {
    const lines = buildReorderList({
      ...base,
      items: [item('covered', 2), item('partly', 3), item('none', 5), item('sent', 1)],
      onOrder: new Map([['sent', 4]]),
      drafts: [
        { id: 'd1', number: 'PO-2026-0007', vendorId: 'v', lines: [{ itemId: 'covered', quantity: 18 }, { itemId: 'partly', quantity: 5 }] },
        { id: 'd2', number: 'PO-2026-0008', vendorId: 'v', lines: [{ itemId: 'partly', quantity: 2 }] },
        { id: 'gone', number: 'PO-2026-0009', vendorId: 'v', deletedAt: '2026-12-01T00:00:00.000Z', lines: [{ itemId: 'none', quantity: 50 }] },
      ],
    });
    expect(lines.map((l) => l.itemId).sort()).toEqual(['none', 'partly', 'sent']);
    const partly = lines.find((l) => l.itemId === 'partly')!;
    expect(partly).toMatchObject({ onOrder: 7, onSentOrders: 0, suggested: 10 });
    expect(partly.onDraft.map((d) => [d.number, d.quantity])).toEqual([['PO-2026-0007', 5], ['PO-2026-0008', 2]]);
    expect(lines.find((l) => l.itemId === 'sent')).toMatchObject({ onOrder: 4, onSentOrders: 4, onDraft: [], suggested: 15 });
  });

  it('ticks only what needs ordering now: something left to order, a vendor, and due within a week', () => {
    const line = { suggested: 10, vendorId: 'v', orderNow: false, orderBy: '2026-12-09', daysOfCover: 12, onHand: 5, min: 5 };
    const today = '2026-12-04';
    expect(isPreselected(line, today)).toBe(true);
    expect(isPreselected({ ...line, orderBy: '2026-12-11' }, today)).toBe(true);
    expect(isPreselected({ ...line, orderBy: '2026-12-12' }, today)).toBe(false); // months of cover: shown, not ticked
    expect(isPreselected({ ...line, orderNow: true, orderBy: '2026-12-01' }, today)).toBe(true);
    expect(isPreselected({ ...line, suggested: 0, orderNow: true }, today)).toBe(false);
    expect(isPreselected({ ...line, vendorId: undefined, orderNow: true }, today)).toBe(false);
    // No usage to go by: ticked when below the minimum, not when exactly at it.
    expect(isPreselected({ ...line, orderBy: null, daysOfCover: null, onHand: 4 }, today)).toBe(true);
    expect(isPreselected({ ...line, orderBy: null, daysOfCover: null, onHand: 5 }, today)).toBe(false);
  });

  it('adds plans to the newest draft of the vendor and creates orders only for vendors without one', () => {
    const merge = mergeIntoDrafts(
      [
        { vendorId: 'v', lines: [{ itemId: 'a', description: 'A', quantity: 3, unitCostCents: 1 }, { itemId: 'b', description: 'B', quantity: 2, unitCostCents: 1 }] },
        { vendorId: 'w', lines: [{ itemId: 'c', description: 'C', quantity: 1, unitCostCents: 1 }] },
      ],
      [
        { id: 'old', vendorId: 'v', createdAt: '2026-11-01T00:00:00Z', lines: [] },
        { id: 'new', vendorId: 'v', createdAt: '2026-12-01T00:00:00Z', lines: [{ id: 'l1', itemId: 'a', description: 'A', quantity: 4, unitCostCents: 1 }] },
      ],
    );
    expect(merge.updates).toEqual([
      { orderId: 'new', lines: [{ id: 'l1', itemId: 'a', description: 'A', quantity: 7, unitCostCents: 1 }, { itemId: 'b', description: 'B', quantity: 2, unitCostCents: 1 }] },
    ]);
    expect(merge.creates.map((c) => c.vendorId)).toEqual(['w']);
  });
});
