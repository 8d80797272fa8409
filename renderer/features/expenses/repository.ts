/**
 * Expenses and vendor invoices. Every expense write also updates the `expenseTotals`
 * aggregate in the same transaction (renderer/db/expenseTotals).
 */
import {
  expenseDraftSchema,
  expenseSchema,
  invoiceDraftSchema,
  invoiceSchema,
  type Expense,
  type Invoice,
} from '../../../shared/domain/expenses';
import type { ExpenseTotal } from '../../../shared/domain/budget';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository, writeTransaction } from '../../db/crud';
import {
  addToExpenseTotals,
  computeExpenseTotals,
  readExpenseTotals,
  rebuildExpenseTotals,
  updateExpenseTotals,
} from '../../db/expenseTotals';

export const expenseRepository = createCrudRepository({
  table: 'expenses',
  schema: expenseSchema,
  draftSchema: expenseDraftSchema,
  noun: 'expense',
  label: (e) => `${e.description} on ${e.date}`,
  compare: (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  extraTables: ['expenseTotals'],
  onWrite: updateExpenseTotals,
  onBulkWrite: addToExpenseTotals,
});

export const invoiceRepository = createCrudRepository({
  table: 'invoices',
  schema: invoiceSchema,
  draftSchema: invoiceDraftSchema,
  noun: 'invoice',
  label: (i) => i.number,
  compare: (a, b) => b.issueDate.localeCompare(a.issueDate) || b.number.localeCompare(a.number),
});

export const listExpenses = expenseRepository.list;
export const getExpense = expenseRepository.get;
export const createExpense = expenseRepository.create;
export const updateExpense = expenseRepository.update;
export const deleteExpense = expenseRepository.softDelete;
export const restoreExpense = expenseRepository.restore;
export const bulkCreateExpenses = expenseRepository.bulkCreate;

export const listInvoices = invoiceRepository.list;
export const getInvoice = invoiceRepository.get;
export const createInvoice = invoiceRepository.create;
export const updateInvoice = invoiceRepository.update;
export const deleteInvoice = invoiceRepository.softDelete;
export const restoreInvoice = invoiceRepository.restore;

/** Live expenses dated within [from, to] (inclusive 'YYYY-MM-DD'), newest first. */
export async function listExpensesBetween(from: string, to: string, db: BackdeskDb = getDb()): Promise<Expense[]> {
  const rows = await db.expenses.where('date').between(from, to, true, true).reverse().toArray();
  return rows.filter((e) => e.deletedAt === null);
}

export async function listExpensesByCategory(categoryId: string, db: BackdeskDb = getDb()): Promise<Expense[]> {
  const rows = await db.expenses.where('categoryId').equals(categoryId).toArray();
  return rows.filter((e) => e.deletedAt === null).sort((a, b) => b.date.localeCompare(a.date));
}

/** Spend per category for the given months, from the maintained aggregate. */
export function getExpenseTotals(months: readonly string[], db: BackdeskDb = getDb()): Promise<ExpenseTotal[]> {
  return readExpenseTotals(db, months);
}

/** Recomputes the aggregate from the expenses themselves (repair, and the tests' oracle). */
export async function recomputeExpenseTotals(db: BackdeskDb = getDb()): Promise<ExpenseTotal[]> {
  return computeExpenseTotals(await db.expenses.toArray());
}

export function rebuildExpenseTotalsNow(db: BackdeskDb = getDb()): Promise<void> {
  return writeTransaction(db, ['expenses', 'expenseTotals'], () => rebuildExpenseTotals(db));
}

export async function listUnpaidInvoices(db: BackdeskDb = getDb()): Promise<Invoice[]> {
  const rows = await db.invoices.where('status').equals('unpaid').toArray();
  return rows.filter((i) => i.deletedAt === null).sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
}
