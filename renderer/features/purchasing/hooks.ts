import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { listOnOrderByItem, listPurchaseOrdersByVendor, purchaseOrderRepository } from './repository';
import { loadReorderList } from './reorder';

export const usePurchaseOrders = (db?: BackdeskDb) => useRepositoryList(purchaseOrderRepository, db);
export const usePurchaseOrder = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(purchaseOrderRepository, id, db);
export const usePurchaseOrdersByVendor = (vendorId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (vendorId ? listPurchaseOrdersByVendor(vendorId, d) : []), [vendorId], db);
/** Units on order per item id (sent orders not yet received). */
export const useOnOrderByItem = (db?: BackdeskDb) => useDbQuery((d) => listOnOrderByItem(d), [], db);
export const useReorderList = (today?: string, db?: BackdeskDb) => useDbQuery((d) => loadReorderList(today, d), [today], db);
