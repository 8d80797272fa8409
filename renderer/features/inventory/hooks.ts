/** Live inventory reads for screens; undefined while loading. */
import { useRepositoryList, useRepositoryRecord, useDbQuery } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { itemRepository, listLowStockItems, listMovements, listRecentMovements } from './repository';

export const useItems = (db?: BackdeskDb) => useRepositoryList(itemRepository, db);
export const useItem = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(itemRepository, id, db);
export const useLowStockItems = (db?: BackdeskDb) => useDbQuery((d) => listLowStockItems(d), [], db);
export const useStockMovements = (itemId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (itemId ? listMovements(itemId, d) : []), [itemId], db);
export const useRecentMovements = (limit = 50, db?: BackdeskDb) => useDbQuery((d) => listRecentMovements(limit, d), [limit], db);
