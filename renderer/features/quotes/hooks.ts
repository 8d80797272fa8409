/** Live reads for the quotes screens. */
import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { listQuotedItemIds, loadPriceHistory } from './history';
import { rfqRepository } from './repository';

export const useRfqs = (db?: BackdeskDb) => useRepositoryList(rfqRepository, db);
export const useRfq = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(rfqRepository, id, db);
export const usePriceHistory = (itemId: string | undefined, db?: BackdeskDb) =>
  useDbQuery(async (d) => (itemId ? loadPriceHistory(itemId, d) : []), [itemId], db);
export const useQuotedItemIds = (db?: BackdeskDb) => useDbQuery((d) => listQuotedItemIds(d), [], db);
