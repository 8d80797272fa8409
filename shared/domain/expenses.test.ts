import { describe, expect, it } from 'vitest';
import {
  EXPENSE_AMOUNT_ZERO_MESSAGE,
  EXPENSE_STATUSES,
  expenseAmountProblem,
  canChangeExpenseStatus,
  canMarkInvoicePaid,
  expenseDraftSchema,
  expenseStatus,
  invoicesDueWithin,
  isInvoiceOverdue,
  nextExpenseStatuses,
} from './expenses';

describe('expense status', () => {
  it('allows submitted → approved or rejected → reimbursed and nothing else', () => {
    const allowed = EXPENSE_STATUSES.flatMap((from) =>
      EXPENSE_STATUSES.filter((to) => canChangeExpenseStatus(from, to)).map(
        (to) => `${from}>${to}`,
      ),
    );
    expect(allowed.sort()).toEqual([
      'approved>reimbursed',
      'approved>rejected',
      'rejected>submitted',
      'submitted>approved',
      'submitted>rejected',
    ]);
    expect(nextExpenseStatuses('reimbursed')).toEqual([]);
    expect(canChangeExpenseStatus('submitted', 'reimbursed')).toBe(false);
  });

  it('reads an expense without a status as submitted and refuses unknown statuses', () => {
    const d = expenseDraftSchema.parse({
      date: '2026-03-01',
      description: 'Taxi',
      amountCents: 1250,
    });
    expect(expenseStatus(d)).toBe('submitted');
    expect(
      expenseDraftSchema.safeParse({
        date: '2026-03-01',
        description: 'Taxi',
        amountCents: 1250,
        status: 'paid',
      }).success,
    ).toBe(false);
  });
});

describe('invoices', () => {
  const inv = (dueDate: string | undefined, status: 'unpaid' | 'paid' = 'unpaid') => ({
    status,
    dueDate,
  });
  it('is overdue only when open and past due', () => {
    expect(isInvoiceOverdue(inv('2026-03-01'), '2026-03-02')).toBe(true);
    expect(isInvoiceOverdue(inv('2026-03-02'), '2026-03-02')).toBe(false);
    expect(isInvoiceOverdue(inv('2026-03-01', 'paid'), '2026-03-09')).toBe(false);
    expect(isInvoiceOverdue(inv(undefined), '2026-03-09')).toBe(false);
  });

  it('lists open invoices due in the next 14 days, soonest first', () => {
    const list = [
      inv('2026-03-20'),
      inv('2026-03-01'),
      inv('2026-03-15'),
      inv('2026-03-16', 'paid'),
      inv('2026-03-10'),
      inv(undefined),
    ];
    expect(invoicesDueWithin(list, '2026-03-02', 14).map((i) => i.dueDate)).toEqual([
      '2026-03-10',
      '2026-03-15',
    ]);
    expect(invoicesDueWithin(list, '2026-03-02', 18).map((i) => i.dueDate)).toEqual([
      '2026-03-10',
      '2026-03-15',
      '2026-03-20',
    ]);
  });

  it('pays only open or disputed invoices', () => {
    expect(canMarkInvoicePaid({ status: 'unpaid' })).toBe(true);
    expect(canMarkInvoicePaid({ status: 'paid' })).toBe(false);
    expect(canMarkInvoicePaid({ status: 'void' })).toBe(false);
  });
});

describe('an expense amount of 0', () => {
  it('is refused by the schema with the one message forms and imports show', () => {
    const draft = { date: '2026-03-01', description: 'Nothing', amountCents: 0 };
    const result = expenseDraftSchema.safeParse(draft);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(EXPENSE_AMOUNT_ZERO_MESSAGE);
    expect(expenseAmountProblem(0)).toBe(EXPENSE_AMOUNT_ZERO_MESSAGE);
    expect(expenseAmountProblem(-1250)).toBeNull();
    expect(expenseDraftSchema.safeParse({ ...draft, amountCents: 1250 }).success).toBe(true);
  });
});
