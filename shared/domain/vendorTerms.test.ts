import { describe, expect, it } from 'vitest';
import { dueDateFromTerms, parsePaymentTerms } from './vendors';

describe('payment terms (issue 16.10)', () => {
  it('reads terms as offices write them', () => {
    expect(parsePaymentTerms('Net 30')).toEqual({ days: 30, endOfMonth: false });
    expect(parsePaymentTerms('net15')).toEqual({ days: 15, endOfMonth: false });
    expect(parsePaymentTerms('45 days')).toEqual({ days: 45, endOfMonth: false });
    expect(parsePaymentTerms('2/10 Net 30')).toEqual({ days: 30, endOfMonth: false });
    expect(parsePaymentTerms('Net 30 EOM')).toEqual({ days: 30, endOfMonth: true });
    expect(parsePaymentTerms('Due on receipt')).toEqual({ days: 0, endOfMonth: false });
    expect(parsePaymentTerms('COD')).toEqual({ days: 0, endOfMonth: false });
    expect(parsePaymentTerms('Monthly account')).toBeUndefined();
    expect(parsePaymentTerms(undefined)).toBeUndefined();
  });

  it('dates the invoice from the vendor terms, end of month included, and says why', () => {
    expect(dueDateFromTerms('2026-11-20', { name: 'Northwind', paymentTerms: 'Net 30' })).toEqual({ dueDate: '2026-12-20', basis: 'Net 30 (Northwind)' });
    expect(dueDateFromTerms('2026-11-20', { name: 'Metro', paymentTerms: 'Net 15 EOM' }).dueDate).toBe('2026-12-15');
    expect(dueDateFromTerms('2026-11-20', { name: 'Courier', paymentTerms: 'Due on receipt' }).dueDate).toBe('2026-11-20');
    expect(dueDateFromTerms('2026-11-20', { name: 'Cafe' })).toEqual({ dueDate: '2026-12-20', basis: '30 days (Cafe has no payment terms)' });
    expect(dueDateFromTerms('2026-11-20', undefined).basis).toBe('30 days (no vendor chosen)');
    expect(dueDateFromTerms('2026-01-31', { name: 'X', paymentTerms: 'Net 30' }).dueDate).toBe('2026-03-02');
  });
});
