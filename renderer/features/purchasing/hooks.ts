import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { listPurchaseOrdersByVendor, purchaseOrderRepository } from './repository';

export const usePurchaseOrders = (db?: BackdeskDb) => useRepositoryList(purchaseOrderRepository, db);
export const usePurchaseOrder = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(purchaseOrderRepository, id, db);
export const usePurchaseOrdersByVendor = (vendorId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (vendorId ? listPurchaseOrdersByVendor(vendorId, d) : []), [vendorId], db);
