/** Live reads for the purchase-request screens (issue 17.2). */
import type { BackdeskDb } from '../../db';
import { useDbQuery } from '../../db/hooks';
import { getApprovalSetting, loadPurchaseRequestBoard } from './purchaseRequests';

/** The requests, each budget category's standing this fiscal year, the approval setting; undefined while loading. */
export const usePurchaseRequestBoard = (fiscalYear: number, fiscalYearStartMonth: number, db?: BackdeskDb) =>
  useDbQuery((d) => loadPurchaseRequestBoard(fiscalYear, fiscalYearStartMonth, d), [fiscalYear, fiscalYearStartMonth], db);

export const useApprovalSetting = (db?: BackdeskDb) => useDbQuery((d) => getApprovalSetting(d), [], db);
