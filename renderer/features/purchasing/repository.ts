/**
 * Purchase orders. Receiving writes the order, the stock movements and the items' quantities
 * in one transaction, so a receipt is never half-booked.
 */
import {
  assertTransition,
  canCloseShort,
  outstandingQuantity,
  isEditable,
  nextPurchaseOrderNumber,
  onOrderByItem,
  purchaseOrderDraftSchema,
  purchaseOrderSchema,
  receivingStatus,
  PURCHASE_ORDER_STATUS_LABELS,
  type PurchaseOrder,
  type PurchaseOrderDraft,
  type PurchaseOrderStatus,
} from '../../../shared/domain/purchasing';
import { mergeIntoDrafts, type DraftOrderPlan } from '../../../shared/domain/reorder';
import { newId } from '../../../shared/lib/ids';
import { nowIso, today as todayIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { numberCodeOfThisPc } from '../../db/sync';
import { auditEntry, createCrudRepository, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { STOCK_TABLES, applyStockMovement, listMovements } from '../inventory';

export const purchaseOrderRepository = createCrudRepository({
  table: 'purchaseOrders',
  schema: purchaseOrderSchema,
  draftSchema: purchaseOrderDraftSchema,
  noun: 'purchase order',
  label: (po) => po.number,
  compare: (a, b) => b.orderDate.localeCompare(a.orderDate) || b.number.localeCompare(a.number),
});

/** A fresh line id for the order form. */
export const newLineId = newId;

export async function listPurchaseOrdersByVendor(vendorId: string, db: BackdeskDb = getDb()): Promise<PurchaseOrder[]> {
  const rows = await db.purchaseOrders.where('vendorId').equals(vendorId).toArray();
  return rows.filter((r) => r.deletedAt === null).sort((a, b) => b.orderDate.localeCompare(a.orderDate));
}

/** Live orders for a project (issue 17.4), newest first. */
export async function listPurchaseOrdersForProject(projectId: string, db: BackdeskDb = getDb()): Promise<PurchaseOrder[]> {
  const rows = await db.purchaseOrders.where('projectId').equals(projectId).toArray();
  return rows.filter((r) => r.deletedAt === null).sort((a, b) => b.orderDate.localeCompare(a.orderDate));
}

/** Files an order (in any status) under a project, or under none (undefined); audited. */
export function setPurchaseOrderProject(id: string, projectId: string | undefined, db: BackdeskDb = getDb()): Promise<PurchaseOrder> {
  return purchaseOrderRepository.update(id, { projectId }, db);
}

/** The next 'PO-YYYY-NNNN' number (deleted orders keep their numbers); 'PO-YYYY-ANNNN' on a PC with sync code A. */
export async function suggestPurchaseOrderNumber(year: number, db: BackdeskDb = getDb()): Promise<string> {
  const prefix = `PO-${year}-`;
  const numbers = (await db.purchaseOrders
    .where('number')
    .startsWith(prefix)
    .keys()) as string[];
  return nextPurchaseOrderNumber(numbers, year, numberCodeOfThisPc());
}

/**
 * Books received quantities against an order's lines. Lines linked to an item also receive
 * stock at the line's unit cost. Rejects receiving more than was ordered.
 */
export async function receivePurchaseOrder(
  poId: string,
  receipts: readonly { lineId: string; quantity: number }[],
  options: { date?: string } = {},
  db: BackdeskDb = getDb(),
): Promise<PurchaseOrder> {
  return writeTransaction(db, ['purchaseOrders', ...STOCK_TABLES], async () => {
    const po = await db.purchaseOrders.get(poId);
    if (!po || po.deletedAt !== null) throw new RecordNotFoundError('purchaseOrders', poId);
    if (po.status === 'draft') throw new Error(`${po.number} is still a draft; mark it as sent before receiving.`);
    if (po.status === 'cancelled' || po.status === 'received') {
      throw new Error(`${po.number} is ${PURCHASE_ORDER_STATUS_LABELS[po.status].toLowerCase()}; nothing more can be received.`);
    }
    const at = nowIso();
    const lines = po.lines.map((l) => ({ ...l }));
    for (const r of receipts) {
      if (r.quantity === 0) continue;
      const line = lines.find((l) => l.id === r.lineId);
      if (!line) throw new RecordNotFoundError('purchaseOrders', r.lineId);
      if (!Number.isInteger(r.quantity) || r.quantity < 0) throw new Error('Received quantities are whole numbers of at least 0.');
      if (line.receivedQuantity + r.quantity > line.quantity) {
        throw new Error(
          `${line.description}: ${line.quantity - line.receivedQuantity} left to receive on ${po.number}, not ${r.quantity}.`,
        );
      }
      line.receivedQuantity += r.quantity;
      if (line.itemId) {
        await applyStockMovement(
          db,
          {
            kind: 'received',
            itemId: line.itemId,
            quantity: r.quantity,
            unitCostCents: line.unitCostCents,
            purchaseOrderId: po.id,
            reason: `Received on ${po.number}`,
            ...(options.date ? { date: options.date } : {}),
          },
          at,
        );
      }
    }
    const next = parseOrThrow('purchaseOrders', purchaseOrderSchema, { ...po, lines, updatedAt: at });
    next.status = receivingStatus(next);
    await db.purchaseOrders.put(next);
    await db.auditLog.add(auditEntry('purchaseOrders', po.id, 'update', `Received goods on ${quote(po.number)}`, at));
    return next;
  });
}

/** Units still to arrive per item id, over sent and partly received orders. */
export async function listOnOrderByItem(db: BackdeskDb = getDb()): Promise<Map<string, number>> {
  const open = await db.purchaseOrders.where('status').anyOf(['ordered', 'partially-received']).toArray();
  return onOrderByItem(open);
}

/**
 * Orders with the next free numbers for the year of `orderDate`, not yet written; in this PC's
 * own series when sync gave it a number code, so two PCs never order under the same number.
 */
async function numbered(
  drafts: readonly PurchaseOrderDraft[],
  db: BackdeskDb,
): Promise<PurchaseOrder[]> {
  const at = nowIso();
  const code = numberCodeOfThisPc();
  const used = new Map<number, string[]>();
  const out: PurchaseOrder[] = [];
  for (const draft of drafts) {
    const year = Number((draft.orderDate ?? todayIso()).slice(0, 4));
    let numbers = used.get(year);
    if (!numbers) {
      numbers = (await db.purchaseOrders.where('number').startsWith(`PO-${year}-`).keys()) as string[];
      used.set(year, numbers);
    }
    const number = nextPurchaseOrderNumber(numbers, year, code);
    numbers.push(number);
    out.push(purchaseOrderRepository.build({ ...draft, number, status: 'draft' }, at));
  }
  return out;
}

/** A new draft order numbered automatically (the number in the draft is ignored). */
export async function createDraftPurchaseOrder(
  draft: Omit<PurchaseOrderDraft, 'number' | 'status'> & { number?: string },
  db: BackdeskDb = getDb(),
): Promise<PurchaseOrder> {
  const [po] = await createDraftPurchaseOrders([{ ...draft, number: 'pending' }], db);
  return po!;
}

/**
 * Writes one draft order per plan in ONE transaction, numbered in sequence: either every
 * vendor's order exists afterwards or none does.
 */
export async function createDraftPurchaseOrders(
  drafts: readonly PurchaseOrderDraft[],
  db: BackdeskDb = getDb(),
): Promise<PurchaseOrder[]> {
  return writeTransaction(db, ['purchaseOrders', 'auditLog'], async () => {
    const orders = await numbered(drafts, db);
    for (const po of orders) {
      await db.purchaseOrders.add(po);
      await db.auditLog.add(auditEntry('purchaseOrders', po.id, 'create', `Created purchase order ${quote(po.number)}`, po.createdAt));
    }
    return orders;
  });
}

/** Live draft orders (the reorder list counts and links them; new lines go into them). */
export async function listDraftPurchaseOrders(db: BackdeskDb = getDb()): Promise<PurchaseOrder[]> {
  const rows = await db.purchaseOrders.where('status').equals('draft').toArray();
  return rows.filter((po) => po.deletedAt === null);
}

/**
 * The reorder screen's "Create purchase orders", in ONE transaction: a vendor that already has
 * a draft gets the lines added to its newest draft (an item already on it gains the quantity);
 * only vendors without a draft get a new one, dated today (issue 16.1: a second click, or the
 * sample's own draft, never makes a duplicate).
 */
export async function createOrdersFromPlans(
  plans: readonly DraftOrderPlan[],
  options: { orderDate?: string } = {},
  db: BackdeskDb = getDb(),
): Promise<{ created: PurchaseOrder[]; updated: PurchaseOrder[] }> {
  const orderDate = options.orderDate ?? todayIso();
  return writeTransaction(db, ['purchaseOrders', 'auditLog'], async () => {
    const drafts = await listDraftPurchaseOrders(db);
    const { updates, creates } = mergeIntoDrafts(plans, drafts);
    const updated: PurchaseOrder[] = [];
    for (const u of updates) {
      const lines = u.lines.map((l) => ({ ...l, id: l.id ?? newId(), receivedQuantity: l.receivedQuantity ?? 0 }));
      updated.push(await purchaseOrderRepository.update(u.orderId, { lines }, db));
    }
    const created = await createDraftPurchaseOrders(
      creates.map((p) => ({
        vendorId: p.vendorId,
        number: 'pending',
        orderDate,
        lines: p.lines.map((l) => ({ id: newId(), ...l, receivedQuantity: 0 })),
      })),
      db,
    );
    return { created, updated };
  });
}

/** Edits a draft; a sent, received or cancelled order is refused with a reason. */
export async function updateDraftPurchaseOrder(
  id: string,
  patch: Partial<Omit<PurchaseOrderDraft, 'status' | 'number'>>,
  db: BackdeskDb = getDb(),
): Promise<PurchaseOrder> {
  return writeTransaction(db, ['purchaseOrders', 'auditLog'], async () => {
    const po = await purchaseOrderRepository.require(id, db);
    if (!isEditable(po)) {
      throw new Error(`${po.number} is ${PURCHASE_ORDER_STATUS_LABELS[po.status].toLowerCase()}; only drafts can be changed.`);
    }
    return purchaseOrderRepository.update(id, patch, db);
  });
}

async function moveTo(id: string, to: PurchaseOrderStatus, summary: string, db: BackdeskDb): Promise<PurchaseOrder> {
  return writeTransaction(db, ['purchaseOrders', 'auditLog'], async () => {
    const po = await purchaseOrderRepository.require(id, db);
    assertTransition(po, to);
    if (to === 'ordered' && po.lines.length === 0) throw new Error(`${po.number} has no lines; add what to order first.`);
    const at = nowIso();
    const next = parseOrThrow('purchaseOrders', purchaseOrderSchema, { ...po, status: to, updatedAt: at });
    await db.purchaseOrders.put(next);
    await db.auditLog.add(auditEntry('purchaseOrders', id, 'update', `${summary} ${quote(po.number)}`, at));
    return next;
  });
}

/** draft → sent: the order has gone to the vendor and its lines count as on order. */
export function markPurchaseOrderSent(id: string, db: BackdeskDb = getDb()): Promise<PurchaseOrder> {
  return moveTo(id, 'ordered', 'Sent purchase order', db);
}

/**
 * Closes a partly received order short (issue 16.5): what has not arrived is cancelled, with
 * the reason, in one transaction with its audit line; the order counts as received and
 * nothing of it stays on order.
 */
export async function closePurchaseOrderShort(id: string, reason: string, db: BackdeskDb = getDb()): Promise<PurchaseOrder> {
  const why = reason.trim();
  if (!why) throw new Error('Say why the rest will not come (e.g. "discontinued by the vendor").');
  return writeTransaction(db, ['purchaseOrders', 'auditLog'], async () => {
    const po = await purchaseOrderRepository.require(id, db);
    if (!canCloseShort(po)) {
      throw new Error(
        po.status === 'ordered'
          ? `${po.number} has received nothing yet; cancel it instead.`
          : `${po.number} is ${PURCHASE_ORDER_STATUS_LABELS[po.status].toLowerCase()}; only a partly received order can be closed short.`,
      );
    }
    const at = nowIso();
    const cancelled = Object.fromEntries(po.lines.filter((l) => outstandingQuantity(l) > 0).map((l) => [l.id, outstandingQuantity(l)]));
    const next = parseOrThrow('purchaseOrders', purchaseOrderSchema, { ...po, status: 'received', closedShort: { at, reason: why, cancelled }, updatedAt: at });
    await db.purchaseOrders.put(next);
    const what = po.lines
      .filter((l) => cancelled[l.id])
      .map((l) => `${cancelled[l.id]} of ${l.quantity} ${l.description}`)
      .join(', ');
    await db.auditLog.add(auditEntry('purchaseOrders', id, 'update', `Closed ${quote(po.number)} short: ${what} not delivered (${why})`, at));
    return next;
  });
}

export interface ReceiptEvent {
  /** When it was booked in. */
  at: string;
  /** The business day given when receiving. */
  date?: string;
  /** Who was at the keyboard (the audit entry's actor), when the office has users. */
  by?: string;
  lines: { description: string; quantity: number }[];
}

/**
 * What arrived when, and by whom (issue 16.5): the order's "Received goods" audit entries,
 * each with the stock movements booked in the same instant for the order's items. Lines
 * without an item (free text) have no movement; their receipt shows through the audit entry
 * alone.
 */
export async function listPurchaseOrderReceipts(po: PurchaseOrder, db: BackdeskDb = getDb()): Promise<ReceiptEvent[]> {
  return db.transaction('r', ['auditLog', 'stockMovements'], async () => {
    const entries = await db.auditLog.where('[table+recordId]').equals(['purchaseOrders', po.id]).toArray();
    const receipts = entries.filter((e) => e.summary.startsWith('Received goods on')).sort((a, b) => (a.at < b.at ? -1 : 1));
    const itemIds = [...new Set(po.lines.flatMap((l) => (l.itemId ? [l.itemId] : [])))];
    // The stock ledger is inventory's: read through its module, never its table.
    const movements = (await Promise.all(itemIds.map((itemId) => listMovements(itemId, db))))
      .flat()
      .filter((m) => m.purchaseOrderId === po.id && m.kind === 'received');
    const description = new Map(po.lines.map((l) => [l.itemId ?? l.id, l.description]));
    return receipts.map((e) => {
      const booked = movements.filter((m) => m.createdAt === e.at);
      const event: ReceiptEvent = { at: e.at, lines: booked.map((m) => ({ description: description.get(m.itemId) ?? m.itemId, quantity: m.quantity })) };
      if (booked[0]?.date) event.date = booked[0].date;
      if (e.actor) event.by = e.actor;
      return event;
    });
  });
}

export function cancelPurchaseOrder(id: string, db: BackdeskDb = getDb()): Promise<PurchaseOrder> {
  return moveTo(id, 'cancelled', 'Cancelled purchase order', db);
}
