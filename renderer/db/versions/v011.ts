/**
 * Schema version 11: staff requests, purchase requests, vendor quotes and small projects
 * (issue 17).
 * - `staffRequests`: the office's request queue (status, requester, kind, createdAt for age).
 * - `purchaseRequests`: requests to buy, with approval (status, requester, budget category,
 *   the purchase order they became).
 * - `rfqs`: requests for quotation; each vendor's quote is kept inside its RFQ.
 * - `projects`: small projects (status, owner, due).
 * - `expenses` and `purchaseOrders` gain a `projectId` index: a project lists its spending
 *   and orders. Tasks, events and documents link to a project through their existing
 *   [linkedTable+linkedId] index (linkedTable 'projects').
 * No data is reshaped, so there is no upgrade(). RELEASED FILES ARE NEVER EDITED.
 */
import type Dexie from 'dexie';

export const V011_STORES = {
  staffRequests: 'id, number, status, requesterId, kind, createdAt, deletedAt',
  purchaseRequests: 'id, number, status, requesterId, budgetCategoryId, itemId, purchaseOrderId, deletedAt',
  rfqs: 'id, number, status, projectId, deletedAt',
  projects: 'id, status, ownerId, due, deletedAt',
  expenses: 'id, date, categoryId, vendorId, deletedAt, importBatchId, projectId',
  purchaseOrders: 'id, number, vendorId, status, orderDate, deletedAt, projectId',
} as const;

export function declareV011(db: Dexie): void {
  db.version(11).stores(V011_STORES);
}
