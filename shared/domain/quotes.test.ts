import { describe, expect, it } from 'vitest';
import {
  acceptsQuotes,
  assignAllTo,
  assignCheapestPerLine,
  awardProblem,
  awardTotalCents,
  awardedLines,
  cheaperQuotes,
  cheapestCurrentQuote,
  compareQuotes,
  isQuoteExpired,
  isRfqEditable,
  nextRfqNumber,
  orderPrices,
  planAward,
  priceHistory,
  quotedPrices,
  statusAfterQuote,
  unitsToBuy,
  type Rfq,
} from './quotes';

const lines = [
  { id: 'l1', itemId: 'laptop', description: '14" laptop, 16 GB', quantity: 3 },
  { id: 'l2', description: 'USB-C dock', quantity: 5 },
];
const rfq = (quotes: Rfq['quotes']): Pick<Rfq, 'lines' | 'quotes' | 'status' | 'number'> => ({ lines, quotes, status: 'sent', number: 'RFQ-2026-001' });

const three: Rfq['quotes'] = [
  { vendorId: 'north', receivedOn: '2026-11-20', validUntil: '2026-12-31', leadTimeDays: 10, lines: [{ lineId: 'l1', unitPriceCents: 98_000, packSize: 1 }, { lineId: 'l2', unitPriceCents: 14_000, packSize: 1 }] },
  { vendorId: 'metro', receivedOn: '2026-11-21', validUntil: '2026-12-15', leadTimeDays: 3, lines: [{ lineId: 'l1', unitPriceCents: 101_000, packSize: 1 }, { lineId: 'l2', unitPriceCents: 9_000, packSize: 2 }] },
  { vendorId: 'cheap', receivedOn: '2026-11-22', validUntil: '2026-12-20', leadTimeDays: 20, lines: [{ lineId: 'l1', unitPriceCents: 95_000, packSize: 1 }] },
];

describe('quote comparison (issue 17.3)', () => {
  it('rounds quantities up to whole packs', () => {
    expect(unitsToBuy(5, 2)).toBe(6);
    expect(unitsToBuy(5, 1)).toBe(5);
    expect(unitsToBuy(10, 5)).toBe(10);
    expect(unitsToBuy(1, 12)).toBe(12);
  });

  it('finds the cheapest per line (packs counted), in total among complete quotes, and the best lead time', () => {
    const c = compareQuotes(rfq(three), '2026-12-04');
    // Line 1: cheap 285,000 < north 294,000 < metro 303,000.
    expect(c.lines[0]!.offers.map((o) => [o.vendorId, o.costCents])).toEqual([['cheap', 285_000], ['north', 294_000], ['metro', 303_000]]);
    expect(c.lines[0]!.cheapestVendorIds).toEqual(['cheap']);
    // Line 2: metro sells docks in pairs: 6 × 9,000 = 54,000 < north 5 × 14,000 = 70,000.
    expect(c.lines[1]!.offers.map((o) => [o.vendorId, o.units, o.costCents])).toEqual([['metro', 6, 54_000], ['north', 5, 70_000]]);
    // "cheap" left a line out: not eligible for the total.
    expect(c.vendors.find((v) => v.vendorId === 'cheap')).toMatchObject({ complete: false, missingLineIds: ['l2'], totalCents: 285_000 });
    expect(c.vendors.map((v) => [v.vendorId, v.totalCents])).toEqual([['north', 364_000], ['metro', 357_000], ['cheap', 285_000]]);
    expect(c.cheapestVendorId).toBe('metro');
    expect(c.fastestVendorId).toBe('metro');
    expect(c.bestSplitTotalCents).toBe(285_000 + 54_000);
  });

  it('leaves out quotes whose validity ended, and says so when awarding', () => {
    const c = compareQuotes(rfq(three), '2026-12-16');
    expect(c.vendors.find((v) => v.vendorId === 'metro')!.valid).toBe(false);
    expect(c.lines[1]!.offers.map((o) => o.vendorId)).toEqual(['north']);
    expect(c.cheapestVendorId).toBe('north');
    expect(awardProblem(rfq(three), 'metro', '2026-12-16')).toBe('This quote ran out on 2026-12-15; ask the vendor to confirm the prices and record them again.');
    expect(awardProblem(rfq(three), 'north', '2026-12-16')).toBeUndefined();
    expect(awardProblem(rfq(three), 'nobody', '2026-12-16')).toBe('This vendor has not quoted yet; record their prices first.');
    expect(awardProblem({ ...rfq(three), status: 'awarded' }, 'north', '2026-12-16')).toBe('RFQ-2026-001 is already awarded.');
  });

  it('breaks a tie in total by the order the quotes came in, and reports every vendor tied on a line', () => {
    const tied: Rfq['quotes'] = [
      { vendorId: 'a', receivedOn: '2026-11-01', lines: [{ lineId: 'l1', unitPriceCents: 100, packSize: 1 }, { lineId: 'l2', unitPriceCents: 10, packSize: 1 }] },
      { vendorId: 'b', receivedOn: '2026-11-02', lines: [{ lineId: 'l1', unitPriceCents: 100, packSize: 1 }, { lineId: 'l2', unitPriceCents: 10, packSize: 1 }] },
    ];
    const c = compareQuotes(rfq(tied), '2026-12-04');
    expect(c.cheapestVendorId).toBe('a');
    expect(c.lines[0]!.cheapestVendorIds).toEqual(['a', 'b']);
    // No lead times given: no fastest.
    expect(c.fastestVendorId).toBeUndefined();
  });

  it('awards into purchase order lines in whole packs at the quoted unit price, items kept', () => {
    expect(awardedLines(rfq(three), 'metro')).toEqual([
      { itemId: 'laptop', description: '14" laptop, 16 GB', quantity: 3, unitCostCents: 101_000 },
      { description: 'USB-C dock', quantity: 6, unitCostCents: 9_000 },
    ]);
    expect(awardedLines(rfq(three), 'cheap')).toHaveLength(1);
  });

  it('keeps every quoted price of an item per vendor, oldest first, and finds the cheapest current one', () => {
    const older = { lines: [{ id: 'x', itemId: 'laptop', description: 'Laptop', quantity: 1 }], quotes: [{ vendorId: 'north', receivedOn: '2025-06-01', validUntil: '2025-07-01', lines: [{ lineId: 'x', unitPriceCents: 105_000, packSize: 1 }] }], status: 'awarded' as const };
    const history = quotedPrices([rfq(three), older], 'laptop');
    expect(history.map((p) => [p.date, p.vendorId, p.unitPriceCents])).toEqual([
      ['2025-06-01', 'north', 105_000],
      ['2026-11-20', 'north', 98_000],
      ['2026-11-21', 'metro', 101_000],
      ['2026-11-22', 'cheap', 95_000],
    ]);
    expect(cheapestCurrentQuote([rfq(three), older], 'laptop', '2026-12-04')).toEqual({ vendorId: 'cheap', unitPriceCents: 95_000, validUntil: '2026-12-20' });
    expect(cheapestCurrentQuote([rfq(three), older], 'laptop', '2027-01-05')).toBeUndefined();
  });

  it('numbers RFQs in one sequence for the office: RFQ-0001, RFQ-0002…', () => {
    expect(nextRfqNumber(['RFQ-0001', 'RFQ-0009', 'RFQ-2025-044', 'something'])).toBe('RFQ-0010');
    expect(nextRfqNumber([])).toBe('RFQ-0001');
    expect(nextRfqNumber(['RFQ-9999'])).toBe('RFQ-10000');
  });

  it("numbers RFQs in the PC's own series with a sync number code (issue 18.3)", () => {
    const existing = ['RFQ-0009', 'RFQ-A0001', 'RFQ-B0002', 'RFQ-2025-044'];
    expect(nextRfqNumber(existing, 'A')).toBe('RFQ-A0002');
    expect(nextRfqNumber(existing, 'B')).toBe('RFQ-B0003');
    expect(nextRfqNumber(existing)).toBe('RFQ-0010');
  });

  it('awards to one vendor: every line it priced, in whole packs, one order', () => {
    const r = rfq(three);
    expect(assignAllTo(r, 'cheap')).toEqual({ l1: 'cheap' });
    const plan = planAward(r, assignAllTo(r, 'metro'), '2026-12-04');
    expect(plan).toEqual({
      ok: true,
      orders: [{ vendorId: 'metro', lines: [
        { itemId: 'laptop', description: '14" laptop, 16 GB', quantity: 3, unitCostCents: 101_000 },
        { description: 'USB-C dock', quantity: 6, unitCostCents: 9_000 },
      ] }],
    });
    expect(plan.ok && awardTotalCents(plan.orders)).toBe(357_000);
  });

  it('awards line by line to the cheapest: one order per vendor, in the order the quotes came in', () => {
    const r = rfq(three);
    const c = compareQuotes(r, '2026-12-04');
    const split = assignCheapestPerLine(c);
    expect(split).toEqual({ l1: 'cheap', l2: 'metro' });
    const plan = planAward(r, split, '2026-12-04');
    expect(plan.ok && plan.orders.map((o) => [o.vendorId, o.lines.map((l) => [l.description, l.quantity, l.unitCostCents])])).toEqual([
      ['metro', [['USB-C dock', 6, 9_000]]],
      ['cheap', [['14" laptop, 16 GB', 3, 95_000]]],
    ]);
    // The split total is the comparison's floor.
    expect(plan.ok && awardTotalCents(plan.orders)).toBe(c.bestSplitTotalCents);
  });

  it('refuses an award with nothing chosen, a line the vendor did not price, an expired quote or a draft RFQ', () => {
    const r = rfq(three);
    expect(planAward(r, {}, '2026-12-04')).toEqual({ ok: false, problem: 'Choose at least one line to award.' });
    expect(planAward(r, { l2: 'cheap' }, '2026-12-04')).toEqual({ ok: false, problem: 'USB-C dock: that vendor did not price this line.' });
    expect(planAward(r, { l1: 'metro' }, '2026-12-16')).toMatchObject({ ok: false, problem: expect.stringContaining('ran out on 2026-12-15') });
    expect(planAward({ ...r, status: 'draft' }, { l1: 'north' }, '2026-12-04')).toEqual({ ok: false, problem: 'RFQ-2026-001 is still a draft; send it to the vendors first.' });
    expect(planAward({ ...r, status: 'closed' }, { l1: 'north' }, '2026-12-04')).toEqual({ ok: false, problem: 'RFQ-2026-001 is closed.' });
    expect(planAward(r, { gone: 'north' }, '2026-12-04')).toEqual({ ok: false, problem: 'A line of this award is no longer on the request.' });
  });

  it('moves a draft or sent RFQ to "quotes in" when a quote is recorded; only drafts are edited', () => {
    expect(statusAfterQuote('draft')).toBe('quotes');
    expect(statusAfterQuote('sent')).toBe('quotes');
    expect(statusAfterQuote('quotes')).toBe('quotes');
    expect(statusAfterQuote('awarded')).toBe('awarded');
    expect(isRfqEditable({ status: 'draft' })).toBe(true);
    expect(isRfqEditable({ status: 'sent' })).toBe(false);
    expect(acceptsQuotes({ status: 'quotes' })).toBe(true);
    expect(acceptsQuotes({ status: 'awarded' })).toBe(false);
    expect(acceptsQuotes({ status: 'closed' })).toBe(false);
    expect(isQuoteExpired({ validUntil: '2026-12-03' }, '2026-12-04')).toBe(true);
    expect(isQuoteExpired({ validUntil: '2026-12-04' }, '2026-12-04')).toBe(false);
    expect(isQuoteExpired({}, '2026-12-04')).toBe(false);
  });

  it('joins quoted and paid prices per item, leaving drafts and cancelled orders out', () => {
    const orders = [
      { vendorId: 'north', status: 'received', orderDate: '2026-11-20', lines: [{ itemId: 'laptop', unitCostCents: 97_500 }, { unitCostCents: 100 }] },
      { vendorId: 'metro', status: 'draft', orderDate: '2026-11-25', lines: [{ itemId: 'laptop', unitCostCents: 1 }] },
      { vendorId: 'metro', status: 'cancelled', orderDate: '2026-11-26', lines: [{ itemId: 'laptop', unitCostCents: 2 }] },
    ];
    expect(orderPrices(orders, 'laptop')).toEqual([{ itemId: 'laptop', vendorId: 'north', date: '2026-11-20', unitPriceCents: 97_500, source: 'order' }]);
    expect(priceHistory([rfq(three)], orders, 'laptop').map((p) => [p.date, p.vendorId, p.source])).toEqual([
      ['2026-11-20', 'north', 'quote'],
      ['2026-11-20', 'north', 'order'],
      ['2026-11-21', 'metro', 'quote'],
      ['2026-11-22', 'cheap', 'quote'],
    ]);
  });

  it('finds items with a current quote cheaper than their usual price (the reorder list hint)', () => {
    const r = { ...rfq(three), id: 'r1' };
    const closed = { ...rfq([{ vendorId: 'x', receivedOn: '2026-11-01', validUntil: '2027-01-01', lines: [{ lineId: 'l1', unitPriceCents: 1, packSize: 1 }] }]), id: 'r2', status: 'closed' as const };
    const found = cheaperQuotes([r, closed], [{ itemId: 'laptop', unitCostCents: 99_000 }, { itemId: 'other', unitCostCents: 5 }], '2026-12-04');
    expect([...found.values()]).toEqual([{ itemId: 'laptop', vendorId: 'cheap', unitPriceCents: 95_000, validUntil: '2026-12-20', rfqId: 'r1', rfqNumber: 'RFQ-2026-001' }]);
    // Not cheaper than what it costs now, or run out: nothing.
    expect(cheaperQuotes([r], [{ itemId: 'laptop', unitCostCents: 95_000 }], '2026-12-04').size).toBe(0);
    expect(cheaperQuotes([r], [{ itemId: 'laptop', unitCostCents: 200_000 }], '2027-01-01').size).toBe(0);
  });
});
