/** Purchasing feature: purchase orders, receiving and the reorder list. */
export * from './repository';
export * from './hooks';
export { loadReorderList } from './reorder';
export {
  purchaseOrderSchema,
  purchaseOrderDraftSchema,
  purchaseOrderLineSchema,
  purchaseOrderTotalCents,
  purchaseOrderSubtotalCents,
  receivingStatus,
  receivedValueCents,
  onOrderByItem,
  outstandingQuantity,
  canTransition,
  isEditable,
  isOpenOrder,
  PURCHASE_ORDER_STATUSES,
  PURCHASE_ORDER_STATUS_LABELS,
  type PurchaseOrder,
  type PurchaseOrderDraft,
  type PurchaseOrderLine,
  type PurchaseOrderStatus,
} from '../../../shared/domain/purchasing';
export type { ReorderLine } from '../../../shared/domain/reorder';
