/** Expenses feature: expenses, invoices and the spend aggregate. */
export * from './repository';
export * from './hooks';
export {
  expenseSchema,
  expenseDraftSchema,
  invoiceSchema,
  invoiceDraftSchema,
  isInvoiceOverdue,
  PAYMENT_METHODS,
  INVOICE_STATUSES,
  type Expense,
  type ExpenseDraft,
  type Invoice,
  type InvoiceDraft,
  type InvoiceStatus,
} from '../../../shared/domain/expenses';
