/**
 * Requests for quotation (issue 17.3): the only code touching the `rfqs` table. Each vendor's
 * quote lives inside its RFQ, so recording a quote is one record write with its audit line.
 * Awarding writes the draft purchase order(s) through the purchasing feature and links them
 * back, in ONE transaction: either the orders exist and the RFQ says awarded, or neither.
 */
import {
  acceptsQuotes,
  isRfqEditable,
  nextRfqNumber,
  planAward,
  rfqDraftSchema,
  rfqSchema,
  statusAfterQuote,
  vendorQuoteSchema,
  RFQ_STATUS_LABELS,
  type LineAssignment,
  type Rfq,
  type RfqDraft,
  type VendorQuote,
} from '../../../shared/domain/quotes';
import { nowIso, today as todayIso } from '../../../shared/lib/dates';
import { newId } from '../../../shared/lib/ids';
import { getDb, type BackdeskDb } from '../../db';
import { numberCodeOfThisPc } from '../../db/sync';
import { auditEntry, createCrudRepository, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { createDraftPurchaseOrders, type PurchaseOrder } from '../purchasing';
import { vendorRepository } from '../vendors';

export const rfqRepository = createCrudRepository({
  table: 'rfqs',
  schema: rfqSchema,
  draftSchema: rfqDraftSchema,
  noun: 'request for quotation',
  label: (r) => r.number,
  compare: (a, b) => b.number.localeCompare(a.number, 'en', { numeric: true }),
});

/** A fresh id for a line of the request. */
export const newRfqLineId = newId;

/** The next 'RFQ-0001' number (deleted RFQs keep theirs); 'RFQ-A0001' on a PC with sync code A. */
export async function suggestRfqNumber(db: BackdeskDb = getDb()): Promise<string> {
  const numbers = (await db.rfqs.where('number').startsWith('RFQ-').keys()) as string[];
  return nextRfqNumber(numbers, numberCodeOfThisPc());
}

export type NewRfq = Omit<RfqDraft, 'number' | 'status' | 'quotes' | 'awardedVendorId' | 'purchaseOrderId' | 'purchaseOrderIds' | 'lineAwards' | 'sentOn' | 'closedReason'>;

/** A new draft RFQ, numbered in the same transaction that writes it. */
export function createRfq(draft: NewRfq, db: BackdeskDb = getDb()): Promise<Rfq> {
  return writeTransaction(db, ['rfqs', 'auditLog'], async () => {
    const number = await suggestRfqNumber(db);
    return rfqRepository.create({ ...draft, number, status: 'draft', quotes: [] }, db);
  });
}

async function requireRfq(id: string, db: BackdeskDb): Promise<Rfq> {
  return rfqRepository.require(id, db);
}

async function write(db: BackdeskDb, before: Rfq, next: Record<string, unknown>, summary: string): Promise<Rfq> {
  const at = nowIso();
  const record = parseOrThrow('rfqs', rfqSchema, { ...before, ...next, updatedAt: at });
  await db.rfqs.put(record);
  await db.auditLog.add(auditEntry('rfqs', before.id, 'update', summary, at));
  return record;
}

/** Edits a draft (title, lines, vendors, reply-by, notes); a sent RFQ is refused with the reason. */
export function updateDraftRfq(id: string, patch: Partial<NewRfq>, db: BackdeskDb = getDb()): Promise<Rfq> {
  return writeTransaction(db, ['rfqs', 'auditLog'], async () => {
    const rfq = await requireRfq(id, db);
    if (!isRfqEditable(rfq)) throw new Error(`${rfq.number} is ${RFQ_STATUS_LABELS[rfq.status].toLowerCase()}; only a draft can be changed.`);
    // Quotes already recorded keep only the lines still asked for.
    const lineIds = new Set((patch.lines ?? rfq.lines).map((l) => l.id));
    const quotes = rfq.quotes.map((q) => ({ ...q, lines: q.lines.filter((l) => lineIds.has(l.lineId)) }));
    return rfqRepository.update(id, { ...patch, quotes }, db);
  });
}

/** draft → sent: the request has gone to the vendors (printed or emailed). */
export function markRfqSent(id: string, options: { date?: string } = {}, db: BackdeskDb = getDb()): Promise<Rfq> {
  return writeTransaction(db, ['rfqs', 'auditLog'], async () => {
    const rfq = await requireRfq(id, db);
    if (rfq.status !== 'draft') throw new Error(`${rfq.number} is already ${RFQ_STATUS_LABELS[rfq.status].toLowerCase()}.`);
    if (rfq.vendorIds.length === 0) throw new Error(`${rfq.number} asks no vendor yet; choose the vendors to ask first.`);
    return write(db, rfq, { status: 'sent', sentOn: options.date ?? todayIso() }, `Sent request for quotation ${quote(rfq.number)} to ${rfq.vendorIds.length} vendor${rfq.vendorIds.length === 1 ? '' : 's'}`);
  });
}

/**
 * Records (or replaces) one vendor's quote: per line the unit price and pack size, for the
 * whole quote the lead time and validity. A vendor not asked before is added to the RFQ.
 */
export async function recordQuote(id: string, input: unknown, db: BackdeskDb = getDb()): Promise<Rfq> {
  const q: VendorQuote = parseOrThrow('rfqs', vendorQuoteSchema, input);
  const vendor = await vendorRepository.get(q.vendorId, db);
  return writeTransaction(db, ['rfqs', 'auditLog'], async () => {
    const rfq = await requireRfq(id, db);
    if (!acceptsQuotes(rfq)) throw new Error(`${rfq.number} is ${RFQ_STATUS_LABELS[rfq.status].toLowerCase()}; no more quotes are recorded.`);
    const lineIds = new Set(rfq.lines.map((l) => l.id));
    const unknown = q.lines.find((l) => !lineIds.has(l.lineId));
    if (unknown) throw new Error('A quoted line is no longer on the request; reopen the quote and enter it again.');
    if (!q.lines.some((l) => l.unitPriceCents !== undefined)) throw new Error('Enter a unit price for at least one line.');
    const had = rfq.quotes.some((x) => x.vendorId === q.vendorId);
    const quotes = had ? rfq.quotes.map((x) => (x.vendorId === q.vendorId ? q : x)) : [...rfq.quotes, q];
    const vendorIds = rfq.vendorIds.includes(q.vendorId) ? rfq.vendorIds : [...rfq.vendorIds, q.vendorId];
    const who = vendor ? quote(vendor.name) : 'a vendor';
    return write(db, rfq, { quotes, vendorIds, status: statusAfterQuote(rfq.status) }, `${had ? 'Updated' : 'Recorded'} the quote from ${who} on ${quote(rfq.number)}`);
  });
}

/** Takes a vendor's quote off an RFQ that is still open. */
export function removeQuote(id: string, vendorId: string, db: BackdeskDb = getDb()): Promise<Rfq> {
  return writeTransaction(db, ['rfqs', 'auditLog'], async () => {
    const rfq = await requireRfq(id, db);
    if (!acceptsQuotes(rfq)) throw new Error(`${rfq.number} is ${RFQ_STATUS_LABELS[rfq.status].toLowerCase()}; its quotes stay as they were.`);
    const quotes = rfq.quotes.filter((q) => q.vendorId !== vendorId);
    const status = quotes.length === 0 && rfq.status === 'quotes' ? 'sent' : rfq.status;
    return write(db, rfq, { quotes, status }, `Removed a quote from ${quote(rfq.number)}`);
  });
}

/**
 * Awards the RFQ: to one vendor (every line it priced) or line by line. Makes one DRAFT
 * purchase order per vendor with the quoted prices in whole packs, links them to the RFQ and
 * marks it awarded — all in one transaction with the audit lines.
 */
export function awardRfq(
  id: string,
  assignment: LineAssignment,
  options: { today?: string } = {},
  db: BackdeskDb = getDb(),
): Promise<{ rfq: Rfq; orders: PurchaseOrder[] }> {
  const today = options.today ?? todayIso();
  return writeTransaction(db, ['rfqs', 'purchaseOrders', 'auditLog'], async () => {
    const rfq = await requireRfq(id, db);
    const plan = planAward(rfq, assignment, today);
    if (!plan.ok) throw new Error(plan.problem);
    const orders = await createDraftPurchaseOrders(
      plan.orders.map((o) => ({
        vendorId: o.vendorId,
        number: 'pending',
        orderDate: today,
        lines: o.lines.map((l) => ({ id: newId(), ...l, receivedQuantity: 0 })),
        notes: `Quoted on ${rfq.number}: ${rfq.title}`.slice(0, 4000),
        ...(rfq.projectId ? { projectId: rfq.projectId } : {}),
      })),
      db,
    );
    const lineAwards: Record<string, string> = {};
    for (const [lineId, vendorId] of Object.entries(assignment)) lineAwards[lineId] = vendorId;
    const next = await write(
      db,
      rfq,
      {
        status: 'awarded',
        awardedVendorId: orders[0]!.vendorId,
        purchaseOrderId: orders[0]!.id,
        purchaseOrderIds: orders.map((o) => o.id),
        lineAwards,
      },
      `Awarded ${quote(rfq.number)}: draft ${orders.map((o) => o.number).join(', ')}`,
    );
    return { rfq: next, orders };
  });
}

/** Closes an RFQ without an award, with the reason (kept on the RFQ and in the audit log). */
export function closeRfq(id: string, reason: string, db: BackdeskDb = getDb()): Promise<Rfq> {
  return writeTransaction(db, ['rfqs', 'auditLog'], async () => {
    const rfq = await requireRfq(id, db);
    if (rfq.status === 'awarded' || rfq.status === 'closed') throw new Error(`${rfq.number} is already ${RFQ_STATUS_LABELS[rfq.status].toLowerCase()}.`);
    const why = reason.trim();
    if (!why) throw new Error('Say why the request is closed.');
    return write(db, rfq, { status: 'closed', closedReason: why }, `Closed ${quote(rfq.number)} without an award: ${why}`);
  });
}
