/**
 * Vendor quotes — market research (issue 17.3): a request for quotation lists items and
 * quantities and goes to several vendors; each vendor's answer gives per line a unit price,
 * the pack size it sells in, and for the whole quote a lead time and validity. The comparison
 * finds the cheapest vendor per line and in total (only among complete, still-valid quotes)
 * and the best lead time; awarding makes the purchase order lines. Pure rules here.
 */
import { z } from 'zod';
import { RFQ_PREFIX, nextSeriesNumber } from '../sync/numbering';
import { BASE_OMIT, baseRecordShape, idSchema, isoDateSchema, nonNegativeCentsSchema, optionalText, quantitySchema, requiredText } from './common';

/**
 * draft (being written) → sent (gone to the vendors) → quotes (at least one answer recorded)
 * → awarded (a purchase order made from it); closed ends an RFQ without an award.
 */
export const RFQ_STATUSES = ['draft', 'sent', 'quotes', 'awarded', 'closed'] as const;
export type RfqStatus = (typeof RFQ_STATUSES)[number];
export const RFQ_STATUS_LABELS: Record<RfqStatus, string> = { draft: 'Draft', sent: 'Sent', quotes: 'Quotes in', awarded: 'Awarded', closed: 'Closed' };

export const rfqLineSchema = z.object({
  id: idSchema,
  itemId: idSchema.optional(),
  description: requiredText('Line description', 300),
  quantity: quantitySchema.min(1, 'Ask for at least 1'),
});
export type RfqLine = z.infer<typeof rfqLineSchema>;

export const quoteLineSchema = z.object({
  lineId: idSchema,
  /** Price of one unit as quoted; absent when the vendor does not offer this line. */
  unitPriceCents: nonNegativeCentsSchema.optional(),
  /** The vendor sells in packs of this many units: the quantity is rounded up to whole packs. */
  packSize: quantitySchema.min(1, 'Pack size is at least 1').default(1),
});
export type QuoteLine = z.infer<typeof quoteLineSchema>;

export const vendorQuoteSchema = z.object({
  vendorId: idSchema,
  receivedOn: isoDateSchema,
  /** The last day the prices hold. */
  validUntil: isoDateSchema.optional(),
  /** Days from order to delivery. */
  leadTimeDays: quantitySchema.min(0, 'Lead time cannot be negative').optional(),
  lines: z.array(quoteLineSchema).max(500).default([]),
  notes: optionalText('Notes', 2000),
});
export type VendorQuote = z.infer<typeof vendorQuoteSchema>;

export const rfqShape = {
  ...baseRecordShape,
  number: requiredText('RFQ number', 40),
  title: requiredText('Title', 200),
  status: z.enum(RFQ_STATUSES).default('draft'),
  /** Answers wanted by. */
  replyBy: isoDateSchema.optional(),
  lines: z.array(rfqLineSchema).min(1, 'Add at least one line to ask prices for').max(500, 'At most 500 lines'),
  vendorIds: z.array(idSchema).max(50, 'At most 50 vendors').default([]),
  quotes: z.array(vendorQuoteSchema).max(50).default([]),
  /** The vendor awarded (the first one when lines went to several vendors). */
  awardedVendorId: idSchema.optional(),
  /** The purchase order the award made (the first one when lines went to several vendors). */
  purchaseOrderId: idSchema.optional(),
  /** Every purchase order the award made, one per vendor (a per-line award makes several). */
  purchaseOrderIds: z.array(idSchema).max(50).optional(),
  /** Which vendor each line went to (line id → vendor id), set by the award. */
  lineAwards: z.record(z.string().max(64), idSchema).optional(),
  /** When it went to the vendors (marked sent). */
  sentOn: isoDateSchema.optional(),
  /** Why it was closed without an award. */
  closedReason: optionalText('Reason for closing', 500),
  projectId: idSchema.optional(),
  notes: optionalText('Notes', 4000),
};
export const rfqSchema = z.object(rfqShape);
export const rfqDraftSchema = z.object(rfqShape).omit(BASE_OMIT);
export type Rfq = z.infer<typeof rfqSchema>;
export type RfqDraft = z.input<typeof rfqDraftSchema>;

/** Units actually bought: the quantity rounded up to whole packs. */
export function unitsToBuy(quantity: number, packSize: number): number {
  const size = Math.max(1, Math.floor(packSize));
  return Math.ceil(quantity / size) * size;
}

export interface LineOffer {
  vendorId: string;
  unitPriceCents: number;
  packSize: number;
  units: number;
  costCents: number;
}

export interface LineComparison {
  line: RfqLine;
  /** Offers from valid quotes, cheapest first. */
  offers: LineOffer[];
  /** The vendors tied at the lowest cost for this line (empty when no one offers it). */
  cheapestVendorIds: string[];
}

export interface VendorTotal {
  vendorId: string;
  /** Sum over the lines this vendor offers. */
  totalCents: number;
  /** Lines this vendor did not price. */
  missingLineIds: string[];
  complete: boolean;
  leadTimeDays?: number;
  validUntil?: string;
  /** False when the quote's validity ended before `today`. */
  valid: boolean;
}

export interface QuoteComparison {
  lines: LineComparison[];
  vendors: VendorTotal[];
  /** Cheapest in total among complete, valid quotes (first by vendor order on a tie). */
  cheapestVendorId?: string;
  /** Shortest lead time among complete, valid quotes. */
  fastestVendorId?: string;
  /** Sum of the cheapest offer of every line, whoever makes it (the split-order floor). */
  bestSplitTotalCents?: number;
}

export function compareQuotes(rfq: Pick<Rfq, 'lines' | 'quotes'>, today: string): QuoteComparison {
  const vendors: VendorTotal[] = rfq.quotes.map((q) => {
    let totalCents = 0;
    const missingLineIds: string[] = [];
    for (const line of rfq.lines) {
      const ql = q.lines.find((l) => l.lineId === line.id);
      if (!ql || ql.unitPriceCents === undefined) missingLineIds.push(line.id);
      else totalCents += unitsToBuy(line.quantity, ql.packSize) * ql.unitPriceCents;
    }
    const v: VendorTotal = {
      vendorId: q.vendorId,
      totalCents,
      missingLineIds,
      complete: missingLineIds.length === 0,
      valid: q.validUntil === undefined || q.validUntil >= today,
    };
    if (q.leadTimeDays !== undefined) v.leadTimeDays = q.leadTimeDays;
    if (q.validUntil !== undefined) v.validUntil = q.validUntil;
    return v;
  });
  const validIds = new Set(vendors.filter((v) => v.valid).map((v) => v.vendorId));

  let splitTotal = 0;
  let splitComplete = rfq.lines.length > 0;
  const lines: LineComparison[] = rfq.lines.map((line) => {
    const offers: LineOffer[] = [];
    for (const q of rfq.quotes) {
      if (!validIds.has(q.vendorId)) continue;
      const ql = q.lines.find((l) => l.lineId === line.id);
      if (!ql || ql.unitPriceCents === undefined) continue;
      const units = unitsToBuy(line.quantity, ql.packSize);
      offers.push({ vendorId: q.vendorId, unitPriceCents: ql.unitPriceCents, packSize: ql.packSize, units, costCents: units * ql.unitPriceCents });
    }
    offers.sort((a, b) => a.costCents - b.costCents);
    const best = offers[0]?.costCents;
    if (best === undefined) splitComplete = false;
    else splitTotal += best;
    return { line, offers, cheapestVendorIds: best === undefined ? [] : offers.filter((o) => o.costCents === best).map((o) => o.vendorId) };
  });

  const eligible = vendors.filter((v) => v.complete && v.valid);
  const out: QuoteComparison = { lines, vendors };
  let cheapest: VendorTotal | undefined;
  for (const v of eligible) if (!cheapest || v.totalCents < cheapest.totalCents) cheapest = v;
  if (cheapest) out.cheapestVendorId = cheapest.vendorId;
  let fastest: VendorTotal | undefined;
  for (const v of eligible)
    if (v.leadTimeDays !== undefined && (fastest?.leadTimeDays === undefined || v.leadTimeDays < fastest.leadTimeDays)) fastest = v;
  if (fastest) out.fastestVendorId = fastest.vendorId;
  if (splitComplete) out.bestSplitTotalCents = splitTotal;
  return out;
}

/** Why the RFQ cannot be awarded to this vendor, in a sentence; undefined when it can. */
export function awardProblem(rfq: Pick<Rfq, 'status' | 'lines' | 'quotes' | 'number'>, vendorId: string, today: string): string | undefined {
  if (rfq.status === 'awarded') return `${rfq.number} is already awarded.`;
  if (rfq.status === 'closed') return `${rfq.number} is closed.`;
  if (rfq.status === 'draft') return `${rfq.number} is still a draft; send it to the vendors first.`;
  const quote = rfq.quotes.find((q) => q.vendorId === vendorId);
  if (!quote) return 'This vendor has not quoted yet; record their prices first.';
  if (quote.validUntil !== undefined && quote.validUntil < today) return `This quote ran out on ${quote.validUntil}; ask the vendor to confirm the prices and record them again.`;
  if (!rfq.lines.some((l) => quote.lines.some((q) => q.lineId === l.id && q.unitPriceCents !== undefined)))
    return 'This vendor priced none of the lines.';
  return undefined;
}

export interface AwardedLine {
  itemId?: string;
  description: string;
  quantity: number;
  unitCostCents: number;
}

/** The purchase order lines an award makes: every line the vendor priced, in whole packs. */
export function awardedLines(rfq: Pick<Rfq, 'lines' | 'quotes'>, vendorId: string): AwardedLine[] {
  const quote = rfq.quotes.find((q) => q.vendorId === vendorId);
  if (!quote) return [];
  const out: AwardedLine[] = [];
  for (const line of rfq.lines) {
    const ql = quote.lines.find((l) => l.lineId === line.id);
    if (!ql || ql.unitPriceCents === undefined) continue;
    const l: AwardedLine = { description: line.description, quantity: unitsToBuy(line.quantity, ql.packSize), unitCostCents: ql.unitPriceCents };
    if (line.itemId) l.itemId = line.itemId;
    out.push(l);
  }
  return out;
}

/** A line-by-line award: which vendor each line goes to (line id → vendor id). */
export type LineAssignment = Readonly<Record<string, string>>;

/** The assignment of awarding the whole RFQ to one vendor: every line that vendor priced. */
export function assignAllTo(rfq: Pick<Rfq, 'lines' | 'quotes'>, vendorId: string): Record<string, string> {
  const quote = rfq.quotes.find((q) => q.vendorId === vendorId);
  const out: Record<string, string> = {};
  if (!quote) return out;
  for (const line of rfq.lines)
    if (quote.lines.some((l) => l.lineId === line.id && l.unitPriceCents !== undefined)) out[line.id] = vendorId;
  return out;
}

/** Each line to its cheapest valid offer (the first vendor on a tie); unoffered lines are left out. */
export function assignCheapestPerLine(comparison: Pick<QuoteComparison, 'lines'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of comparison.lines) {
    const v = l.cheapestVendorIds[0];
    if (v) out[l.line.id] = v;
  }
  return out;
}

export interface AwardOrderPlan {
  vendorId: string;
  lines: AwardedLine[];
}

/**
 * The purchase orders an award makes, one per vendor (in the order the quotes came in), lines
 * in the RFQ's order and in whole packs; or the reason it cannot be made.
 */
export function planAward(
  rfq: Pick<Rfq, 'status' | 'lines' | 'quotes' | 'number'>,
  assignment: LineAssignment,
  today: string,
): { ok: true; orders: AwardOrderPlan[] } | { ok: false; problem: string } {
  const vendorIds = [...new Set(Object.values(assignment))];
  if (vendorIds.length === 0) return { ok: false, problem: 'Choose at least one line to award.' };
  for (const vendorId of vendorIds) {
    const problem = awardProblem(rfq, vendorId, today);
    if (problem) return { ok: false, problem };
  }
  for (const lineId of Object.keys(assignment)) {
    const line = rfq.lines.find((l) => l.id === lineId);
    if (!line) return { ok: false, problem: 'A line of this award is no longer on the request.' };
    const quote = rfq.quotes.find((q) => q.vendorId === assignment[lineId]);
    if (!quote?.lines.some((l) => l.lineId === lineId && l.unitPriceCents !== undefined))
      return { ok: false, problem: `${line.description}: that vendor did not price this line.` };
  }
  const orders: AwardOrderPlan[] = [];
  for (const q of rfq.quotes) {
    if (!vendorIds.includes(q.vendorId)) continue;
    const own = { lines: rfq.lines.filter((l) => assignment[l.id] === q.vendorId), quotes: [q] };
    orders.push({ vendorId: q.vendorId, lines: awardedLines(own, q.vendorId) });
  }
  return { ok: true, orders };
}

/** The total of an award plan (what the purchase orders' lines add up to). */
export function awardTotalCents(orders: readonly AwardOrderPlan[]): number {
  return orders.reduce((sum, o) => sum + o.lines.reduce((s, l) => s + l.quantity * l.unitCostCents, 0), 0);
}

/** The quote's validity ended before `today`. */
export function isQuoteExpired(quote: Pick<VendorQuote, 'validUntil'>, today: string): boolean {
  return quote.validUntil !== undefined && quote.validUntil < today;
}

/** Where an RFQ goes once a quote is recorded: a draft or sent request now has quotes in. */
export function statusAfterQuote(status: RfqStatus): RfqStatus {
  return status === 'draft' || status === 'sent' ? 'quotes' : status;
}

/** Only a draft is edited (lines, vendors, reply-by); what went out stays as sent. */
export function isRfqEditable(rfq: Pick<Rfq, 'status'>): boolean {
  return rfq.status === 'draft';
}

/** Quotes are recorded until the RFQ is awarded or closed. */
export function acceptsQuotes(rfq: Pick<Rfq, 'status'>): boolean {
  return rfq.status === 'draft' || rfq.status === 'sent' || rfq.status === 'quotes';
}

export interface PricePoint {
  itemId: string;
  vendorId: string;
  /** The day the price was quoted or paid. */
  date: string;
  unitPriceCents: number;
  source: 'quote' | 'order';
}

/** Every quoted price of an item, per vendor, oldest first (the price history chart). */
export function quotedPrices(rfqs: readonly Pick<Rfq, 'lines' | 'quotes'>[], itemId: string): PricePoint[] {
  const out: PricePoint[] = [];
  for (const rfq of rfqs) {
    const lineIds = new Set(rfq.lines.filter((l) => l.itemId === itemId).map((l) => l.id));
    if (lineIds.size === 0) continue;
    for (const q of rfq.quotes)
      for (const ql of q.lines)
        if (lineIds.has(ql.lineId) && ql.unitPriceCents !== undefined)
          out.push({ itemId, vendorId: q.vendorId, date: q.receivedOn, unitPriceCents: ql.unitPriceCents, source: 'quote' });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A purchase order as the price history reads it. */
export interface PricedOrder {
  vendorId: string;
  status: string;
  orderDate: string;
  lines: readonly { itemId?: string | undefined; unitCostCents: number }[];
}

/** Every price paid for an item on purchase orders (drafts and cancelled orders left out), oldest first. */
export function orderPrices(orders: readonly PricedOrder[], itemId: string): PricePoint[] {
  const out: PricePoint[] = [];
  for (const po of orders) {
    if (po.status === 'draft' || po.status === 'cancelled') continue;
    for (const l of po.lines)
      if (l.itemId === itemId) out.push({ itemId, vendorId: po.vendorId, date: po.orderDate, unitPriceCents: l.unitCostCents, source: 'order' });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Quoted and paid prices together, oldest first (quotes before orders on the same day). */
export function priceHistory(rfqs: readonly Pick<Rfq, 'lines' | 'quotes'>[], orders: readonly PricedOrder[], itemId: string): PricePoint[] {
  const all = [...quotedPrices(rfqs, itemId), ...orderPrices(orders, itemId)];
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.source === b.source ? 0 : a.source === 'quote' ? -1 : 1));
}

/**
 * The cheapest current (valid today) quoted unit price of an item, for the reorder list's
 * "cheaper quote" hint; undefined when no valid quote prices it.
 */
export function cheapestCurrentQuote(rfqs: readonly Pick<Rfq, 'lines' | 'quotes' | 'status'>[], itemId: string, today: string): { vendorId: string; unitPriceCents: number; validUntil?: string } | undefined {
  let best: { vendorId: string; unitPriceCents: number; validUntil?: string } | undefined;
  for (const rfq of rfqs) {
    if (rfq.status === 'closed') continue;
    const lineIds = new Set(rfq.lines.filter((l) => l.itemId === itemId).map((l) => l.id));
    if (lineIds.size === 0) continue;
    for (const q of rfq.quotes) {
      if (q.validUntil === undefined || q.validUntil < today) continue;
      for (const ql of q.lines)
        if (lineIds.has(ql.lineId) && ql.unitPriceCents !== undefined && (!best || ql.unitPriceCents < best.unitPriceCents))
          best = { vendorId: q.vendorId, unitPriceCents: ql.unitPriceCents, validUntil: q.validUntil };
    }
  }
  return best;
}

export interface CheaperQuote {
  itemId: string;
  vendorId: string;
  unitPriceCents: number;
  validUntil?: string;
  /** The RFQ holding the quote. */
  rfqId?: string;
  rfqNumber?: string;
}

/**
 * For the reorder list: items with a current (valid today) quote cheaper than the price they
 * would be ordered at from their usual vendor. Only a quote from another vendor, or the same
 * vendor's lower quote, counts; equal prices are not "cheaper".
 */
export function cheaperQuotes(
  rfqs: readonly Pick<Rfq, 'id' | 'number' | 'lines' | 'quotes' | 'status'>[],
  items: readonly { itemId: string; unitCostCents: number }[],
  today: string,
): Map<string, CheaperQuote> {
  const out = new Map<string, CheaperQuote>();
  for (const { itemId, unitCostCents } of items) {
    let best: CheaperQuote | undefined;
    for (const rfq of rfqs) {
      const found = cheapestCurrentQuote([rfq], itemId, today);
      if (found && found.unitPriceCents < unitCostCents && (!best || found.unitPriceCents < best.unitPriceCents))
        best = { itemId, ...found, rfqId: rfq.id, rfqNumber: rfq.number };
    }
    if (best) out.set(itemId, best);
  }
  return out;
}

/**
 * The next 'RFQ-0001'-style number: one sequence for the office, deleted RFQs keep theirs; with
 * this PC's sync number code one sequence per PC ('RFQ-A0001').
 */
export function nextRfqNumber(existing: readonly string[], code = ''): string {
  return nextSeriesNumber(RFQ_PREFIX, existing, code);
}
