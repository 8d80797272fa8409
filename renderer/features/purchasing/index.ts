/** Purchasing feature: purchase orders and receiving. */
export * from './repository';
export * from './hooks';
export {
  purchaseOrderSchema,
  purchaseOrderDraftSchema,
  purchaseOrderLineSchema,
  purchaseOrderTotalCents,
  purchaseOrderSubtotalCents,
  receivingStatus,
  PURCHASE_ORDER_STATUSES,
  type PurchaseOrder,
  type PurchaseOrderDraft,
  type PurchaseOrderLine,
  type PurchaseOrderStatus,
} from '../../../shared/domain/purchasing';
