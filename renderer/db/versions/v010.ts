/**
 * Schema version 10: data safety (issue 15).
 * - `importBatches`: one row per import run (kind, file, status running/committed/rolled-back,
 *   counts). Rows an import writes carry `importBatchId` (indexed, sparse: only imported rows
 *   have it), so a batch that never finished can be found and rolled back on the next start.
 * - `auditLog` gains `action` and `actor` indexes: the audit screen filters by them, and who
 *   opened a confidential record is an entry of its own (action 'view').
 * No data is reshaped, so there is no upgrade(). RELEASED FILES ARE NEVER EDITED.
 */
import type Dexie from 'dexie';

export const V010_STORES = {
  importBatches: 'id, status, startedAt',
  items: 'id, name, sku, category, vendorId, deletedAt, importBatchId',
  stockMovements: 'id, [itemId+createdAt], createdAt, importBatchId',
  vendors: 'id, name, *phoneKeys, deletedAt, importBatchId',
  expenses: 'id, date, categoryId, vendorId, deletedAt, importBatchId',
  candidates: 'id, positionId, stage, email, *phoneKeys, deletedAt, importBatchId',
  employees: 'id, name, managerId, *phoneKeys, deletedAt, importBatchId',
  equipment: 'id, name, assetTag, nextServiceDate, status, deletedAt, importBatchId',
  events: 'id, lastEnd, firstStart, midStart, longEnd, ownerId, roomId, uid, deletedAt, [linkedTable+linkedId], importBatchId',
  contacts: 'id, name, organization, *tags, *phoneKeys, *emailKeys, vendorId, candidateId, employeeId, deletedAt, importBatchId',
  auditLog: 'id, at, [table+recordId], action, actor',
} as const;

export function declareV010(db: Dexie): void {
  db.version(10).stores(V010_STORES);
}
