/** One hook per dashboard widget, so each paints as soon as its own read finishes. */
import { useDbQuery } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import {
  getCallSummary,
  getInvoiceSummary,
  getLowStockSummary,
  getRecruitingSummary,
  getServiceDue,
  getSpendByMonth,
  getSpendThisMonth,
  getTaskSummary,
  getUpcomingEvents,
} from './repository';

export const useLowStockSummary = (db?: BackdeskDb) => useDbQuery((d) => getLowStockSummary(d), [], db);
export const useTaskSummary = (today: string, db?: BackdeskDb) => useDbQuery((d) => getTaskSummary(today, d), [today], db);
export const useCallSummary = (db?: BackdeskDb) => useDbQuery((d) => getCallSummary(d), [], db);
export const useUpcomingEvents = (today: string, days = 7, db?: BackdeskDb) =>
  useDbQuery((d) => getUpcomingEvents(today, days, d), [today, days], db);
export const useServiceDueSoon = (today: string, withinDays = 14, db?: BackdeskDb) =>
  useDbQuery((d) => getServiceDue(today, withinDays, d), [today, withinDays], db);
export const useInvoiceSummary = (today: string, db?: BackdeskDb) => useDbQuery((d) => getInvoiceSummary(today, d), [today], db);
export const useSpendByMonth = (today: string, fiscalYearStartMonth: number, db?: BackdeskDb) =>
  useDbQuery((d) => getSpendByMonth(today, fiscalYearStartMonth, d), [today, fiscalYearStartMonth], db);
export const useSpendThisMonth = (today: string, fiscalYearStartMonth: number, db?: BackdeskDb) =>
  useDbQuery((d) => getSpendThisMonth(today, fiscalYearStartMonth, d), [today, fiscalYearStartMonth], db);
export const useRecruitingSummary = (db?: BackdeskDb) => useDbQuery((d) => getRecruitingSummary(d), [], db);
