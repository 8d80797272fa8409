/**
 * Schema version 1: the initial tables. RELEASED FILES ARE NEVER EDITED (DESIGN §2): change
 * the schema by adding v00N.ts and listing it in versions/index.ts.
 *
 * Indexes exist only where a query uses them (DESIGN §2b). `deletedAt` is indexed on the
 * tables the sidebar counts: IndexedDB leaves null keys out of an index, so that index holds
 * only the deleted rows and "live count = count() − deleted count" needs no table scan.
 */
import type Dexie from 'dexie';

export const V001_STORES = {
  // name: sorted paging; sku: import de-duplication; category/vendorId: filters and vendor page.
  items: 'id, name, sku, category, vendorId, deletedAt',
  // One item's ledger in time order; recent movements across items for the dashboard.
  stockMovements: 'id, [itemId+createdAt], createdAt',
  vendors: 'id, name, deletedAt',
  purchaseOrders: 'id, number, vendorId, status, orderDate, deletedAt',
  equipment: 'id, name, assetTag, nextServiceDate, deletedAt',
  maintenance: 'id, [equipmentId+date]',
  budgets: 'id, fiscalYear, [categoryId+month]',
  budgetCategories: 'id, parentId, deletedAt',
  expenses: 'id, date, categoryId, vendorId, deletedAt',
  invoices: 'id, number, vendorId, status, dueDate, deletedAt',
  positions: 'id, status, deletedAt',
  candidates: 'id, positionId, stage, email, deletedAt',
  interviews: 'id, candidateId, start',
  employees: 'id, name, managerId, deletedAt',
  hrRecords: 'id, employeeId',
  events: 'id, start, deletedAt',
  calls: 'id, takenAt, status, forEmployeeId, deletedAt',
  documents: 'id, date, type, [linkedTable+linkedId], deletedAt',
  tasks: 'id, status, due, assigneeId, deletedAt',
  attachments: 'id, hash, [linkedTable+linkedId]',
  // Keyed by content hash (see shared/domain/attachments.ts).
  attachmentBlobs: 'id',
  // Keyed by setting name.
  settings: 'id',
  auditLog: 'id, at, [table+recordId]',
} as const;

export function declareV001(db: Dexie): void {
  db.version(1).stores(V001_STORES);
}
