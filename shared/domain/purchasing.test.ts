import { describe, expect, it } from 'vitest';
import {
  canTransition,
  assertTransition,
  InvalidTransitionError,
  nextPurchaseOrderNumber,
  onOrderByItem,
  purchaseOrderTotalCents,
  receivedValueCents,
  receivingStatus,
  PURCHASE_ORDER_STATUSES,
  type PurchaseOrder,
} from './purchasing';
import { isWebsite, vendorDraftSchema, websiteUrl } from './vendors';

const line = (itemId: string | undefined, quantity: number, receivedQuantity: number, unitCostCents = 100) => ({
  id: `${itemId}-${quantity}`,
  itemId,
  description: 'x',
  quantity,
  unitCostCents,
  receivedQuantity,
});

describe('purchase order status', () => {
  it('allows exactly draft → sent → partly received → received, and cancelling before goods arrive', () => {
    const allowed = PURCHASE_ORDER_STATUSES.flatMap((from) =>
      PURCHASE_ORDER_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'draft>ordered',
        'draft>cancelled',
        'ordered>partially-received',
        'ordered>received',
        'ordered>cancelled',
        'partially-received>received',
      ].sort(),
    );
  });
  it('explains a refused move in words', () => {
    expect(() => assertTransition({ number: 'PO-2026-0001', status: 'received' }, 'draft')).toThrow(InvalidTransitionError);
    expect(() => assertTransition({ number: 'PO-2026-0001', status: 'draft' }, 'received')).toThrow(
      'PO-2026-0001 is draft; it cannot become received.',
    );
  });
  it('derives partly received and received from the lines', () => {
    expect(receivingStatus({ status: 'ordered', lines: [line('a', 5, 0)] })).toBe('ordered');
    expect(receivingStatus({ status: 'ordered', lines: [line('a', 5, 2)] })).toBe('partially-received');
    expect(receivingStatus({ status: 'partially-received', lines: [line('a', 5, 5), line('b', 1, 1)] })).toBe('received');
  });
});

describe('totals and on-order quantities', () => {
  const po = (status: PurchaseOrder['status'], lines: ReturnType<typeof line>[], deletedAt: string | null = null) => ({
    status,
    lines,
    deletedAt,
    shippingCents: 500,
    taxCents: 250,
  });
  it('adds lines, shipping and tax', () => {
    expect(purchaseOrderTotalCents(po('draft', [line('a', 3, 0, 1000), line('b', 2, 0, 250)]))).toBe(3000 + 500 + 500 + 250);
    expect(purchaseOrderTotalCents({ lines: [line('a', 1, 0, 10)], shippingCents: 0 })).toBe(10);
  });
  it('counts only what is still to arrive on sent orders', () => {
    const map = onOrderByItem([
      po('draft', [line('a', 10, 0)]),
      po('ordered', [line('a', 10, 0), line(undefined, 4, 0)]),
      po('partially-received', [line('a', 5, 3), line('b', 2, 2)]),
      po('received', [line('a', 7, 7)]),
      po('cancelled', [line('a', 9, 0)]),
      po('ordered', [line('a', 100, 0)], '2026-11-01T00:00:00.000Z'),
    ]);
    expect(Object.fromEntries(map)).toEqual({ a: 12 });
  });
  it('spend counts received goods only', () => {
    expect(receivedValueCents(po('ordered', [line('a', 10, 0)]))).toBe(0);
    expect(receivedValueCents(po('partially-received', [line('a', 10, 4, 100)]))).toBe(400);
    expect(receivedValueCents(po('received', [line('a', 10, 10, 100)]))).toBe(1750);
  });
});

describe('vendor fields', () => {
  it('accepts web addresses with or without a scheme and refuses anything else', () => {
    expect(isWebsite('www.example.com')).toBe(true);
    expect(isWebsite('https://shop.example.co.uk/orders?x=1')).toBe(true);
    expect(isWebsite('javascript:alert(1)')).toBe(false);
    expect(isWebsite('file:///etc/passwd')).toBe(false);
    expect(isWebsite('not a site')).toBe(false);
    expect(websiteUrl('example.com')).toBe('https://example.com');
    expect(websiteUrl('http://example.com')).toBe('http://example.com');
    expect(websiteUrl('nope')).toBeUndefined();
  });
  it('validates rating and lead time with readable messages', () => {
    expect(vendorDraftSchema.safeParse({ name: 'A', rating: 5, leadTimeDays: 3, website: 'a.example' }).success).toBe(true);
    const bad = vendorDraftSchema.safeParse({ name: 'A', rating: 6, leadTimeDays: -1, website: 'javascript:x' });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message);
    expect(messages).toContain('Rating is 1 to 5 stars');
    expect(messages).toContain('Lead time cannot be negative');
    expect(messages).toContain('Enter a web address like www.example.com');
  });
});

describe('purchase order numbers on a PC with a sync number code (issue 18.3)', () => {
  const existing = ['PO-2026-0041', 'PO-2026-A0003', 'PO-2026-B0010', 'PO-2026-AB0007', 'PO-2025-A0090'];
  it("number in the PC's own series of the year, counting only that PC's orders", () => {
    expect(nextPurchaseOrderNumber(existing, 2026, 'A')).toBe('PO-2026-A0004');
    expect(nextPurchaseOrderNumber(existing, 2026, 'AB')).toBe('PO-2026-AB0008');
    expect(nextPurchaseOrderNumber(existing, 2026, 'C')).toBe('PO-2026-C0001');
    expect(nextPurchaseOrderNumber(existing, 2027, 'A')).toBe('PO-2027-A0001');
  });
  it('number as before without a code, the coded orders of other PCs left out', () => {
    expect(nextPurchaseOrderNumber(existing, 2026)).toBe('PO-2026-0042');
    expect(nextPurchaseOrderNumber(existing, 2026, '')).toBe('PO-2026-0042');
  });
});
