/**
 * Expenses (money spent, refunds negative) and vendor invoices (bills to pay).
 * Expense amounts roll up into the `expenseTotals` aggregate (see budget.ts).
 */
import { z } from 'zod';
import { addDays, monthOf } from '../lib/dates';
import { BASE_OMIT, baseRecordShape, centsSchema, idSchema, isoDateSchema, optionalText, requiredText } from './common';
import { UNCATEGORIZED } from './budget';

export const PAYMENT_METHODS = ['card', 'cash', 'bank-transfer', 'check', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  card: 'Card',
  cash: 'Cash',
  'bank-transfer': 'Bank transfer',
  check: 'Check',
  other: 'Other',
};

/** An expense claim's life: submitted → approved or rejected; approved → reimbursed. */
export const EXPENSE_STATUSES = ['submitted', 'approved', 'rejected', 'reimbursed'] as const;
export type ExpenseStatus = (typeof EXPENSE_STATUSES)[number];
export const EXPENSE_STATUS_LABELS: Record<ExpenseStatus, string> = {
  submitted: 'Submitted',
  approved: 'Approved',
  rejected: 'Rejected',
  reimbursed: 'Reimbursed',
};

const EXPENSE_TRANSITIONS: Record<ExpenseStatus, readonly ExpenseStatus[]> = {
  submitted: ['approved', 'rejected'],
  approved: ['reimbursed', 'rejected'],
  // A rejected claim can be corrected and sent again.
  rejected: ['submitted'],
  // Money has left the office: reimbursement is final.
  reimbursed: [],
};

/** An expense's status; one stored without a status counts as submitted. */
export function expenseStatus(e: { status?: ExpenseStatus | undefined }): ExpenseStatus {
  return e.status ?? 'submitted';
}

/** Statuses an expense may move to next. */
export function nextExpenseStatuses(from: ExpenseStatus): readonly ExpenseStatus[] {
  return EXPENSE_TRANSITIONS[from];
}

export function canChangeExpenseStatus(from: ExpenseStatus, to: ExpenseStatus): boolean {
  return EXPENSE_TRANSITIONS[from].includes(to);
}

/** Why an expense of 0 is refused, wherever an amount is entered or imported. */
export const EXPENSE_AMOUNT_ZERO_MESSAGE = 'The amount is 0, so there is no money to record.';

/** An expense's amount: whole cents, positive when spent, negative for a refund, never 0. */
export const expenseAmountSchema = centsSchema.refine((v) => v !== 0, {
  error: EXPENSE_AMOUNT_ZERO_MESSAGE,
});

/** The schema's sentence for an amount a form is about to save, or null when it is fine. */
export function expenseAmountProblem(amountCents: number): string | null {
  const result = expenseAmountSchema.safeParse(amountCents);
  return result.success ? null : (result.error.issues[0]?.message ?? EXPENSE_AMOUNT_ZERO_MESSAGE);
}

export const expenseShape = {
  ...baseRecordShape,
  date: isoDateSchema,
  description: requiredText('Description', 300),
  /** Positive = money spent; refunds are negative. */
  amountCents: expenseAmountSchema,
  categoryId: idSchema.optional(),
  vendorId: idSchema.optional(),
  paymentMethod: z.enum(PAYMENT_METHODS).optional(),
  reference: optionalText('Reference', 80),
  invoiceId: idSchema.optional(),
  receiptAttachmentId: idSchema.optional(),
  notes: optionalText('Notes', 4000),
  /** Who spent it (an employee id), for expense claims and reports by person. */
  spentById: idSchema.optional(),
  /** Absent on expenses stored before statuses existed; read it through `expenseStatus`. */
  status: z.enum(EXPENSE_STATUSES, { error: 'Choose a status: submitted, approved, rejected or reimbursed' }).optional(),
  /** The project the expense counts against (issue 17.4). */
  projectId: idSchema.optional(),
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
/**
 * An open invoice is saved only with a due date (issue 16.10: it is what puts the invoice on
 * the list to pay), never before its issue date. Paid or void ones written by earlier versions
 * without a due date stay readable and payable.
 */
export const invoiceDraftSchema = z
  .object(invoiceShape)
  .omit(BASE_OMIT)
  .refine((i) => i.status !== 'unpaid' || i.dueDate !== undefined, { error: 'Enter the due date: an open invoice needs one to be on the list to pay.', path: ['dueDate'] })
  .refine((i) => i.dueDate === undefined || i.dueDate >= i.issueDate, { error: 'The due date is before the issue date.', path: ['dueDate'] });
export type Invoice = z.infer<typeof invoiceSchema>;
export type InvoiceDraft = z.input<typeof invoiceDraftSchema>;

export function isInvoiceOverdue(inv: Pick<Invoice, 'status' | 'dueDate'>, onDate: string): boolean {
  return inv.status === 'unpaid' && inv.dueDate !== undefined && inv.dueDate < onDate;
}

/** The status word a person reads: 'unpaid' invoices are the open ones. */
export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  unpaid: 'Open',
  paid: 'Paid',
  void: 'Void',
  disputed: 'Disputed',
};

/** Open invoices due from `onDate` up to `days` days later (inclusive), soonest first. */
export function invoicesDueWithin<T extends Pick<Invoice, 'status' | 'dueDate'>>(invoices: readonly T[], onDate: string, days: number): T[] {
  const until = addDays(onDate, days);
  return invoices
    .filter((i) => i.status === 'unpaid' && i.dueDate !== undefined && i.dueDate >= onDate && i.dueDate <= until)
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
}

export function canMarkInvoicePaid(inv: Pick<Invoice, 'status'>): boolean {
  return inv.status === 'unpaid' || inv.status === 'disputed';
}
