/**
 * Vendor quotes (issue 17.3, 17.7): the director's three quotes for two laptops and docks,
 * out to TechPoint, Northeast Office Supply and PrintWorks — Northeast is cheapest in total but
 * slowest, PrintWorks was cheaper still but its quote has run out, TechPoint is fastest — and
 * two older requests for toner and copy paper that give those items a price history (the later
 * one still holds a toner price below what the office pays, which the reorder list points out).
 * Pure: ids (which draw on the shared random stream) and dates come from the context; no other
 * random picks.
 */
import { addDays } from '../../lib/dates';
import type { Item, Rfq, RfqLine, VendorQuote } from '../../domain';
import { compact, type SampleContext } from '../context';

export interface SampleQuotesInput {
  /** Vendor record id by catalog key (generateVendors). */
  vendorIds: ReadonlyMap<string, string>;
  /** The office's stock items (the older RFQs name toner and paper by SKU). */
  items: readonly Pick<Item, 'id' | 'name' | 'sku'>[];
}

export interface SampleQuotes {
  rfqs: Rfq[];
}

type Price = number | undefined;

export function generateQuotes(ctx: SampleContext, input: SampleQuotesInput): SampleQuotes {
  const { today, base, newId } = ctx;
  const vendor = (key: string) => input.vendorIds.get(key);
  const bySku = (sku: string) => input.items.find((i) => i.sku === sku);

  const line = (description: string, quantity: number, sku?: string): RfqLine => {
    const item = sku ? bySku(sku) : undefined;
    return compact<RfqLine>({ id: newId(), itemId: item?.id, description: item?.name ?? description, quantity });
  };
  const quote = (
    vendorKey: string,
    lines: readonly RfqLine[],
    prices: readonly Price[],
    o: { receivedOn: string; validUntil: string; leadTimeDays: number; packs?: readonly number[]; notes?: string },
  ): VendorQuote | undefined => {
    const vendorId = vendor(vendorKey);
    if (!vendorId) return undefined;
    return compact<VendorQuote>({
      vendorId,
      receivedOn: o.receivedOn,
      validUntil: o.validUntil,
      leadTimeDays: o.leadTimeDays,
      lines: lines.map((l, i) => compact({ lineId: l.id, unitPriceCents: prices[i], packSize: o.packs?.[i] ?? 1 })),
      notes: o.notes,
    });
  };
  const rfq = (
    number: string,
    created: string,
    fields: Omit<Rfq, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'number' | 'quotes' | 'vendorIds'>,
    quotes: readonly (VendorQuote | undefined)[],
    asked: readonly string[],
  ): Rfq => {
    const got = quotes.filter((q): q is VendorQuote => q !== undefined);
    return compact<Rfq>({
      ...base(created, 10 * 60),
      number,
      ...fields,
      vendorIds: asked.map(vendor).filter((id): id is string => id !== undefined),
      quotes: got,
    });
  };

  // Toner and paper for the year, half a year ago: the regular vendors kept the business.
  const d1 = addDays(today, -170);
  const l1 = [line('Toner cartridge HP 58A black', 6, 'TN-HP58A'), line('Copy paper Letter 20 lb, 500 sheets', 40, 'PAP-LTR-20')];
  const r1 = rfq(
    'RFQ-0001',
    d1,
    { title: 'Toner and copy paper for the year', status: 'closed', replyBy: addDays(d1, 7), sentOn: d1, lines: l1, closedReason: 'Kept the regular vendors: their prices were within 2% of the best.' },
    [
      quote('printworks', l1, [11999, 619], { receivedOn: addDays(d1, 3), validUntil: addDays(d1, 60), leadTimeDays: 3 }),
      quote('paper', l1, [undefined, 599], { receivedOn: addDays(d1, 4), validUntil: addDays(d1, 45), leadTimeDays: 2, packs: [1, 10] }),
      quote('northeast', l1, [12450, 625], { receivedOn: addDays(d1, 5), validUntil: addDays(d1, 30), leadTimeDays: 5 }),
    ],
    ['printworks', 'paper', 'northeast'],
  );

  // Toner again ten weeks ago, prices good for four months and kept open: Northeast now undercuts
  // PrintWorks (the reorder list says so when toner runs low).
  const d2 = addDays(today, -75);
  const l2 = [line('Toner cartridge HP 58A black', 4, 'TN-HP58A'), line('Copy paper Letter 20 lb, 500 sheets', 60, 'PAP-LTR-20')];
  const r2 = rfq(
    'RFQ-0002',
    d2,
    { title: 'Toner and paper: standing prices', status: 'quotes', replyBy: addDays(d2, 5), sentOn: d2, lines: l2, notes: 'Prices to hold for the coming months; we order as stock runs low.' },
    [
      quote('printworks', l2, [11500, 609], { receivedOn: addDays(d2, 2), validUntil: addDays(d2, 60), leadTimeDays: 3 }),
      quote('northeast', l2, [10999, 589], { receivedOn: addDays(d2, 3), validUntil: addDays(d2, 120), leadTimeDays: 6, notes: 'Contract price, held for four months.' }),
    ],
    ['printworks', 'northeast'],
  );

  // The director's laptops: quotes in, waiting for the award.
  const d3 = addDays(today, -10);
  const l3 = [line('Laptop 14", 16 GB RAM, 512 GB SSD, 3-year warranty', 2), line('USB-C docking station with 2 display outputs', 2)];
  const r3 = rfq(
    'RFQ-0003',
    d3,
    {
      title: 'Laptops for the two new designers',
      status: 'quotes',
      replyBy: addDays(today, 2),
      sentOn: addDays(d3, 1),
      lines: l3,
      notes: 'Windows 11 Pro, English (US) keyboard. Delivery to reception, weekdays 9–5.',
    },
    [
      // Cheapest of all, but its validity ended two days ago.
      quote('printworks', l3, [119900, 17500], { receivedOn: addDays(d3, 3), validUntil: addDays(today, -2), leadTimeDays: 5 }),
      quote('tech', l3, [124900, 18900], { receivedOn: addDays(d3, 4), validUntil: addDays(today, 21), leadTimeDays: 3 }),
      // Cheaper than TechPoint in total, but two weeks to deliver.
      quote('northeast', l3, [117900, 19900], { receivedOn: addDays(d3, 6), validUntil: addDays(today, 30), leadTimeDays: 14 }),
    ],
    ['tech', 'northeast', 'printworks'],
  );
  return { rfqs: [r1, r2, r3] };
}
