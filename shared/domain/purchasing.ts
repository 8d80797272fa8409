/**
 * Purchase orders. Lines live inside the order record so an order and its lines are always
 * written together; receiving a line also writes a stock movement (inventory repository).
 */
import { z } from 'zod';
import {
  BASE_OMIT,
  baseRecordShape,
  idSchema,
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
  notes: optionalText('Notes', 4000),
};
export const purchaseOrderSchema = z.object(purchaseOrderShape);
export const purchaseOrderDraftSchema = z.object(purchaseOrderShape).omit(BASE_OMIT);
export type PurchaseOrder = z.infer<typeof purchaseOrderSchema>;
export type PurchaseOrderDraft = z.input<typeof purchaseOrderDraftSchema>;

export function purchaseOrderSubtotalCents(po: Pick<PurchaseOrder, 'lines'>): number {
  return po.lines.reduce((sum, l) => sum + l.quantity * l.unitCostCents, 0);
}

export function purchaseOrderTotalCents(po: Pick<PurchaseOrder, 'lines' | 'shippingCents'>): number {
  return purchaseOrderSubtotalCents(po) + po.shippingCents;
}

/** The status an ordered PO should show given what has been received. */
export function receivingStatus(po: Pick<PurchaseOrder, 'lines' | 'status'>): PurchaseOrderStatus {
  if (po.status === 'draft' || po.status === 'cancelled') return po.status;
  const ordered = po.lines.reduce((s, l) => s + l.quantity, 0);
  const received = po.lines.reduce((s, l) => s + l.receivedQuantity, 0);
  if (received === 0) return 'ordered';
  return received >= ordered ? 'received' : 'partially-received';
}

/** Next number in the 'PO-YYYY-NNNN' sequence given the numbers already used. */
export function nextPurchaseOrderNumber(existing: readonly string[], year: number): string {
  const prefix = `PO-${year}-`;
  let max = 0;
  for (const n of existing) {
    if (!n.startsWith(prefix)) continue;
    const v = Number(n.slice(prefix.length));
    if (Number.isInteger(v) && v > max) max = v;
  }
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}
