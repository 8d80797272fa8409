import { describe, expect, it } from 'vitest';
import { compareQuotes, cheaperQuotes, quotedPrices, rfqSchema } from '../../domain/quotes';
import { createSampleContext } from '../context';
import { VENDORS } from '../catalog';
import { generateQuotes } from './quotes';

const TODAY = '2026-11-20';
const vendorIds = new Map(VENDORS.map((v) => [v.key, `v-${v.key}`]));
const items = [
  { id: 'toner', name: 'Toner cartridge HP 58A black', sku: 'TN-HP58A' },
  { id: 'paper', name: 'Copy paper Letter 20 lb, 500 sheets', sku: 'PAP-LTR-20' },
];

describe('sample quotes (issue 17.3, 17.7)', () => {
  const { rfqs } = generateQuotes(createSampleContext(7, TODAY), { vendorIds, items });

  it('makes valid RFQs numbered RFQ-0001…, the same for the same seed and day', () => {
    expect(rfqs.map((r) => [r.number, r.status])).toEqual([
      ['RFQ-0001', 'closed'],
      ['RFQ-0002', 'quotes'],
      ['RFQ-0003', 'quotes'],
    ]);
    for (const r of rfqs) expect(rfqSchema.parse(r)).toEqual(r);
    expect(generateQuotes(createSampleContext(7, TODAY), { vendorIds, items })).toEqual({ rfqs });
  });

  it('compares the laptops from three vendors: one expired, the cheapest valid one slower, the fastest dearer', () => {
    const c = compareQuotes(rfqs[2]!, TODAY);
    expect(c.vendors.map((v) => [v.vendorId, v.totalCents, v.valid, v.leadTimeDays])).toEqual([
      ['v-printworks', 2 * 119900 + 2 * 17500, false, 5],
      ['v-tech', 2 * 124900 + 2 * 18900, true, 3],
      ['v-northeast', 2 * 117900 + 2 * 19900, true, 14],
    ]);
    expect(c.cheapestVendorId).toBe('v-northeast');
    expect(c.fastestVendorId).toBe('v-tech');
  });

  it('gives toner a price history per vendor and a current quote cheaper than what the office pays', () => {
    expect(quotedPrices(rfqs, 'toner').map((p) => [p.vendorId, p.unitPriceCents])).toEqual([
      ['v-printworks', 11999],
      ['v-northeast', 12450],
      ['v-printworks', 11500],
      ['v-northeast', 10999],
    ]);
    expect(cheaperQuotes(rfqs, [{ itemId: 'toner', unitCostCents: 11999 }], TODAY).get('toner')).toMatchObject({ vendorId: 'v-northeast', unitPriceCents: 10999, rfqNumber: 'RFQ-0002' });
  });

  it('leaves a line as free text when the item is not in the office', () => {
    const bare = generateQuotes(createSampleContext(7, TODAY), { vendorIds, items: [] });
    expect(bare.rfqs[0]!.lines.every((l) => l.itemId === undefined)).toBe(true);
  });
});
