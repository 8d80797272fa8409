import { describe, expect, it } from 'vitest';
import { awardProblem, awardedLines, cheapestCurrentQuote, compareQuotes, nextRfqNumber, quotedPrices, unitsToBuy, type Rfq } from './quotes';

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

  it('numbers RFQs per year', () => {
    expect(nextRfqNumber(['RFQ-2026-001', 'RFQ-2026-009', 'RFQ-2025-044'], 2026)).toBe('RFQ-2026-010');
    expect(nextRfqNumber([], 2027)).toBe('RFQ-2027-001');
  });
});
