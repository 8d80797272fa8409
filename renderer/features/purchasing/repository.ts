/**
 * Purchase orders. Receiving writes the order, the stock movements and the items' quantities
 * in one transaction, so a receipt is never half-booked.
 */
import {
  nextPurchaseOrderNumber,
  purchaseOrderDraftSchema,
  purchaseOrderSchema,
  receivingStatus,
  type PurchaseOrder,
} from '../../../shared/domain/purchasing';
import { newId } from '../../../shared/lib/ids';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, createCrudRepository, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { applyStockMovement } from '../../db/stockLedger';

export const purchaseOrderRepository = createCrudRepository({
  table: 'purchaseOrders',
  schema: purchaseOrderSchema,
  draftSchema: purchaseOrderDraftSchema,
  noun: 'purchase order',
  label: (po) => po.number,
  compare: (a, b) => b.orderDate.localeCompare(a.orderDate) || b.number.localeCompare(a.number),
});

export const listPurchaseOrders = purchaseOrderRepository.list;
export const getPurchaseOrder = purchaseOrderRepository.get;
export const createPurchaseOrder = purchaseOrderRepository.create;
export const updatePurchaseOrder = purchaseOrderRepository.update;
export const deletePurchaseOrder = purchaseOrderRepository.softDelete;
export const restorePurchaseOrder = purchaseOrderRepository.restore;
export const bulkCreatePurchaseOrders = purchaseOrderRepository.bulkCreate;

/** A fresh line id for the order form. */
export const newLineId = newId;

export async function listPurchaseOrdersByVendor(vendorId: string, db: BackdeskDb = getDb()): Promise<PurchaseOrder[]> {
  const rows = await db.purchaseOrders.where('vendorId').equals(vendorId).toArray();
  return rows.filter((r) => r.deletedAt === null).sort((a, b) => b.orderDate.localeCompare(a.orderDate));
}

/** The next 'PO-YYYY-NNNN' number (deleted orders keep their numbers). */
export async function suggestPurchaseOrderNumber(year: number, db: BackdeskDb = getDb()): Promise<string> {
  const prefix = `PO-${year}-`;
  const numbers = (await db.purchaseOrders
    .where('number')
    .startsWith(prefix)
    .keys()) as string[];
  return nextPurchaseOrderNumber(numbers, year);
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
  return writeTransaction(db, ['purchaseOrders', 'items', 'stockMovements', 'auditLog'], async () => {
    const po = await db.purchaseOrders.get(poId);
    if (!po || po.deletedAt !== null) throw new RecordNotFoundError('purchaseOrders', poId);
    if (po.status === 'cancelled' || po.status === 'draft') {
      throw new Error(`Purchase order ${po.number} is ${po.status}; mark it ordered before receiving.`);
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
