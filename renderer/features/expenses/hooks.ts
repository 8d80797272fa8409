import { useDbQuery, useRepositoryList, useRepositoryRecord } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import {
  expenseRepository,
  getExpenseTotals,
  invoiceRepository,
  listExpensesBetween,
  listUnpaidInvoices,
  queryExpenses,
  type ExpenseQuery,
} from './repository';

export const useExpenses = (db?: BackdeskDb) => useRepositoryList(expenseRepository, db);
export const useExpense = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(expenseRepository, id, db);
export const useExpensesBetween = (from: string, to: string, db?: BackdeskDb) =>
  useDbQuery((d) => listExpensesBetween(from, to, d), [from, to], db);
export const useExpenseTotals = (months: readonly string[], db?: BackdeskDb) =>
  useDbQuery((d) => getExpenseTotals(months, d), [months.join(',')], db);
export const useInvoices = (db?: BackdeskDb) => useRepositoryList(invoiceRepository, db);
export const useInvoice = (id: string | undefined, db?: BackdeskDb) => useRepositoryRecord(invoiceRepository, id, db);
export const useUnpaidInvoices = (db?: BackdeskDb) => useDbQuery((d) => listUnpaidInvoices(d), [], db);
export const useQueriedExpenses = (q: ExpenseQuery, db?: BackdeskDb) =>
  useDbQuery((d) => queryExpenses(q, d), [q.from, q.to, (q.categoryIds ?? []).join(','), q.spentById, q.status], db);
