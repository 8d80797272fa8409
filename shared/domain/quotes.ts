/**
 * Vendor quotes — market research (issue 17.3): a request for quotation lists items and
 * quantities and goes to several vendors; each vendor's answer gives per line a unit price,
 * the pack size it sells in, and for the whole quote a lead time and validity. The comparison
 * finds the cheapest vendor per line and in total (only among complete, still-valid quotes)
 * and the best lead time; awarding makes the purchase order lines. Pure rules here.
 */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, isoDateSchema, nonNegativeCentsSchema, optionalText, quantitySchema, requiredText } from './common';

export const RFQ_STATUSES = ['draft', 'sent', 'awarded', 'cancelled'] as const;
export type RfqStatus = (typeof RFQ_STATUSES)[number];
export const RFQ_STATUS_LABELS: Record<RfqStatus, string> = { draft: 'Draft', sent: 'Sent', awarded: 'Awarded', cancelled: 'Cancelled' };

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
  awardedVendorId: idSchema.optional(),
  purchaseOrderId: idSchema.optional(),
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
  if (rfq.status === 'cancelled') return `${rfq.number} is cancelled.`;
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

/**
 * The cheapest current (valid today) quoted unit price of an item, for the reorder list's
 * "cheaper quote" hint; undefined when no valid quote prices it.
 */
export function cheapestCurrentQuote(rfqs: readonly Pick<Rfq, 'lines' | 'quotes' | 'status'>[], itemId: string, today: string): { vendorId: string; unitPriceCents: number; validUntil?: string } | undefined {
  let best: { vendorId: string; unitPriceCents: number; validUntil?: string } | undefined;
  for (const rfq of rfqs) {
    if (rfq.status === 'cancelled') continue;
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

export function nextRfqNumber(existing: readonly string[], year: number): string {
  let max = 0;
  const re = new RegExp(`^RFQ-${year}-(\\d+)$`);
  for (const n of existing) {
    const m = re.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `RFQ-${year}-${String(max + 1).padStart(3, '0')}`;
}
