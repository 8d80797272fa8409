/** Purchasing feature: purchase orders, receiving and the reorder list. */
export * from './repository';
export * from './hooks';
export { loadReorderList } from './reorder';
// The reorder list's cheaper-quote hints, filled by the quotes feature (issue 17.3).
export { registerCheaperQuoteReader, readCheaperQuoteHints, useCheaperQuoteHints, type CheaperQuoteHint, type CheaperQuoteReader } from './cheaperQuote';
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
