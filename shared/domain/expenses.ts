/**
 * Expenses (money spent, refunds negative) and vendor invoices (bills to pay).
 * Expense amounts roll up into the `expenseTotals` aggregate (see budget.ts).
 */
import { z } from 'zod';
import { monthOf } from '../lib/dates';
import { BASE_OMIT, baseRecordShape, centsSchema, idSchema, isoDateSchema, optionalText, requiredText } from './common';
import { UNCATEGORIZED } from './budget';

export const PAYMENT_METHODS = ['card', 'cash', 'bank-transfer', 'check', 'other'] as const;

export const expenseShape = {
  ...baseRecordShape,
  date: isoDateSchema,
  description: requiredText('Description', 300),
  /** Positive = money spent; refunds are negative. */
  amountCents: centsSchema,
  categoryId: idSchema.optional(),
  vendorId: idSchema.optional(),
  paymentMethod: z.enum(PAYMENT_METHODS).optional(),
  reference: optionalText('Reference', 80),
  invoiceId: idSchema.optional(),
  receiptAttachmentId: idSchema.optional(),
  notes: optionalText('Notes', 4000),
};
export const expenseSchema = z.object(expenseShape);
export const expenseDraftSchema = z.object(expenseShape).omit(BASE_OMIT);
export type Expense = z.infer<typeof expenseSchema>;
export type ExpenseDraft = z.input<typeof expenseDraftSchema>;

/** The aggregate key an expense counts under. */
export function expenseTotalKey(e: Pick<Expense, 'categoryId' | 'date'>): [string, string] {
  return [e.categoryId ?? UNCATEGORIZED, monthOf(e.date)];
}

export const INVOICE_STATUSES = ['unpaid', 'paid', 'void', 'disputed'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const invoiceShape = {
  ...baseRecordShape,
  number: requiredText('Invoice number', 60),
  vendorId: idSchema.optional(),
  issueDate: isoDateSchema,
  dueDate: isoDateSchema.optional(),
  amountCents: centsSchema,
  status: z.enum(INVOICE_STATUSES).default('unpaid'),
  paidDate: isoDateSchema.optional(),
  purchaseOrderId: idSchema.optional(),
  notes: optionalText('Notes', 4000),
};
export const invoiceSchema = z.object(invoiceShape);
export const invoiceDraftSchema = z.object(invoiceShape).omit(BASE_OMIT);
export type Invoice = z.infer<typeof invoiceSchema>;
export type InvoiceDraft = z.input<typeof invoiceDraftSchema>;

export function isInvoiceOverdue(inv: Pick<Invoice, 'status' | 'dueDate'>, onDate: string): boolean {
  return inv.status === 'unpaid' && inv.dueDate !== undefined && inv.dueDate < onDate;
}
