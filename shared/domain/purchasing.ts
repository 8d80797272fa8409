/**
 * Purchase orders. Lines live inside the order record so an order and its lines are always
 * written together; receiving a line also writes a stock movement (inventory repository).
 */
import { z } from 'zod';
import { nextSeriesNumber, purchaseOrderPrefix } from '../sync/numbering';
import {
  BASE_OMIT,
  baseRecordShape,
  idSchema,
  instantSchema,
  isoDateSchema,
  nonNegativeCentsSchema,
  nonNegativeQuantitySchema,
  optionalText,
  quantitySchema,
  requiredText,
} from './common';

export const PURCHASE_ORDER_STATUSES = ['draft', 'ordered', 'partially-received', 'received', 'cancelled'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

export const purchaseOrderLineSchema = z
  .object({
    id: idSchema,
    itemId: idSchema.optional(),
    description: requiredText('Line description', 300),
    quantity: quantitySchema.min(1, 'Order at least 1'),
    unitCostCents: nonNegativeCentsSchema,
    receivedQuantity: nonNegativeQuantitySchema.default(0),
  })
  .refine((l) => l.receivedQuantity <= l.quantity, {
    error: 'A line cannot receive more than was ordered',
    path: ['receivedQuantity'],
  });
export type PurchaseOrderLine = z.infer<typeof purchaseOrderLineSchema>;

export const purchaseOrderShape = {
  ...baseRecordShape,
  /** Human order number, e.g. 'PO-2026-0042'. */
  number: requiredText('Order number', 40),
  vendorId: idSchema,
  status: z.enum(PURCHASE_ORDER_STATUSES).default('draft'),
  orderDate: isoDateSchema,
  expectedDate: isoDateSchema.optional(),
  lines: z.array(purchaseOrderLineSchema).default([]),
  shippingCents: nonNegativeCentsSchema.default(0),
  /** Sales tax or VAT on the order, entered as an amount (rates differ by vendor and place). */
  taxCents: nonNegativeCentsSchema.optional(),
  /** Where the goods go; the printed form uses the company address when this is blank. */
  deliveryAddress: optionalText('Delivery address', 500),
  notes: optionalText('Notes', 4000),
  /**
   * A partly received order closed short (issue 16.5): what never came is cancelled, with the
   * reason; the order then counts as received (nothing more is expected).
   */
  closedShort: z
    .object({
      at: instantSchema,
      reason: requiredText('Reason for closing short', 500),
      /** Units cancelled per line id. */
      cancelled: z.record(z.string().max(64), nonNegativeQuantitySchema),
    })
    .optional(),
  /** The project the order is for (issue 17.4). */
  projectId: idSchema.optional(),
};
export const purchaseOrderSchema = z.object(purchaseOrderShape);
export const purchaseOrderDraftSchema = z.object(purchaseOrderShape).omit(BASE_OMIT);
export type PurchaseOrder = z.infer<typeof purchaseOrderSchema>;
export type PurchaseOrderDraft = z.input<typeof purchaseOrderDraftSchema>;

export function purchaseOrderSubtotalCents(po: Pick<PurchaseOrder, 'lines'>): number {
  return po.lines.reduce((sum, l) => sum + l.quantity * l.unitCostCents, 0);
}

export function purchaseOrderTotalCents(
  po: Pick<PurchaseOrder, 'lines' | 'shippingCents'> & { taxCents?: number | undefined },
): number {
  return purchaseOrderSubtotalCents(po) + po.shippingCents + (po.taxCents ?? 0);
}

export function lineTotalCents(line: Pick<PurchaseOrderLine, 'quantity' | 'unitCostCents'>): number {
  return line.quantity * line.unitCostCents;
}

/** Units of a line still to arrive. */
export function outstandingQuantity(line: Pick<PurchaseOrderLine, 'quantity' | 'receivedQuantity'>): number {
  return Math.max(0, line.quantity - line.receivedQuantity);
}

/**
 * What people call each status. The stored values stay as first released ('ordered',
 * 'partially-received') so existing databases and backups keep validating.
 */
export const PURCHASE_ORDER_STATUS_LABELS: Record<PurchaseOrderStatus, string> = {
  draft: 'Draft',
  ordered: 'Sent',
  'partially-received': 'Partly received',
  received: 'Received',
  cancelled: 'Cancelled',
};

const TRANSITIONS: Record<PurchaseOrderStatus, readonly PurchaseOrderStatus[]> = {
  draft: ['ordered', 'cancelled'],
  ordered: ['partially-received', 'received', 'cancelled'],
  // Once goods have arrived the order stands; the rest is received or stays open.
  'partially-received': ['received'],
  received: [],
  cancelled: [],
};

/** Whether an order may move from one status to another (same status is not a move). */
export function canTransition(from: PurchaseOrderStatus, to: PurchaseOrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export class InvalidTransitionError extends Error {
  override readonly name = 'InvalidTransitionError';
  constructor(
    readonly number: string,
    readonly from: PurchaseOrderStatus,
    readonly to: PurchaseOrderStatus,
  ) {
    super(
      `${number} is ${PURCHASE_ORDER_STATUS_LABELS[from].toLowerCase()}; it cannot become ${PURCHASE_ORDER_STATUS_LABELS[to].toLowerCase()}.`,
    );
  }
}

export function assertTransition(po: Pick<PurchaseOrder, 'number' | 'status'>, to: PurchaseOrderStatus): void {
  if (!canTransition(po.status, to)) throw new InvalidTransitionError(po.number, po.status, to);
}

/** Whether a partly received order may be closed short (the rest cancelled). */
export function canCloseShort(po: Pick<PurchaseOrder, 'status' | 'lines'>): boolean {
  return po.status === 'partially-received' && po.lines.some((l) => outstandingQuantity(l) > 0);
}

/** The status word a person reads, a closed-short order included. */
export function purchaseOrderStatusLabel(po: Pick<PurchaseOrder, 'status' | 'closedShort'>): string {
  return po.closedShort ? 'Closed short' : PURCHASE_ORDER_STATUS_LABELS[po.status];
}

/** Only drafts change their lines, vendor and amounts; later the paper copy is what counts. */
export function isEditable(po: Pick<PurchaseOrder, 'status'>): boolean {
  return po.status === 'draft';
}

/** Orders whose goods are still expected. Drafts are not on order until they are sent. */
export function isOpenOrder(po: Pick<PurchaseOrder, 'status' | 'deletedAt'>): boolean {
  return po.deletedAt === null && (po.status === 'ordered' || po.status === 'partially-received');
}

/** Units on order per item across open orders (ordered minus received). */
export function onOrderByItem(
  orders: readonly Pick<PurchaseOrder, 'status' | 'deletedAt' | 'lines'>[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const po of orders) {
    if (!isOpenOrder(po)) continue;
    for (const line of po.lines) {
      if (!line.itemId) continue;
      const left = outstandingQuantity(line);
      if (left > 0) out.set(line.itemId, (out.get(line.itemId) ?? 0) + left);
    }
  }
  return out;
}

/** The total of what has arrived so far (received units at their unit cost, plus shipping and tax once anything arrived). */
export function receivedValueCents(
  po: Pick<PurchaseOrder, 'status' | 'lines' | 'shippingCents'> & { taxCents?: number | undefined },
): number {
  if (po.status === 'received') return purchaseOrderTotalCents(po);
  if (po.status !== 'partially-received') return 0;
  return po.lines.reduce((sum, l) => sum + l.receivedQuantity * l.unitCostCents, 0);
}

/** The status an ordered PO should show given what has been received. */
export function receivingStatus(po: Pick<PurchaseOrder, 'lines' | 'status'>): PurchaseOrderStatus {
  if (po.status === 'draft' || po.status === 'cancelled') return po.status;
  const ordered = po.lines.reduce((s, l) => s + l.quantity, 0);
  const received = po.lines.reduce((s, l) => s + l.receivedQuantity, 0);
  if (received === 0) return 'ordered';
  return received >= ordered ? 'received' : 'partially-received';
}

/**
 * Next number in the 'PO-YYYY-NNNN' sequence given the numbers already used; with this PC's
 * sync number code, in its own series 'PO-YYYY-ANNNN' (shared/sync/numbering.ts).
 */
export function nextPurchaseOrderNumber(existing: readonly string[], year: number, code = ''): string {
  // Orders always read what follows the prefix with Number(); kept so old numbers count the same.
  return nextSeriesNumber(purchaseOrderPrefix(year), existing, code, { uncodedValue: Number });
}
