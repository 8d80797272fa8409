/** Expenses feature: expenses, invoices and the spend aggregate. */
export * from './repository';
export * from './hooks';
export { useExpenseFilter, type ExpenseFilter } from './store';
export { computeExpenseTotals, readExpenseTotals, rebuildExpenseTotals } from './expenseTotals';
export {
  expenseSchema,
  expenseDraftSchema,
  invoiceSchema,
  invoiceDraftSchema,
  isInvoiceOverdue,
  invoicesDueWithin,
  canChangeExpenseStatus,
  nextExpenseStatuses,
  expenseStatus,
  PAYMENT_METHODS,
  PAYMENT_METHOD_LABELS,
  EXPENSE_STATUSES,
  EXPENSE_STATUS_LABELS,
  INVOICE_STATUSES,
  INVOICE_STATUS_LABELS,
  type ExpenseStatus,
  type PaymentMethod,
  type Expense,
  type ExpenseDraft,
  type Invoice,
  type InvoiceDraft,
  type InvoiceStatus,
} from '../../../shared/domain/expenses';
