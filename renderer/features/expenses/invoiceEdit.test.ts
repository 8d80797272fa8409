/**
 * Editing and deleting invoices against a real (in-memory) IndexedDB, plus the form's
 * conversion to a draft that both "New invoice" and "Edit invoice" use.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { vendorRepository } from '../vendors/repository';
import { budgetCategoryRepository } from '../budget/repository';
import {
  countInvoiceExpenses,
  invoiceRepository,
  editInvoice,
  markInvoicePaid,
} from './repository';
import { invoiceFormToDraft } from './components/invoiceForm';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const money = {
  currency: 'USD',
  parse: (t: string) => (/^\d+(\.\d{1,2})?$/.test(t.trim()) ? Math.round(Number(t) * 100) : null),
};

describe('invoice form', () => {
  it('refuses an unreadable amount or a missing due date, and turns empty optional fields into undefined', () => {
    const f = {
      vendorId: '',
      number: 'A-1',
      issueDate: '2026-03-01',
      dueDate: '',
      amount: 'lots',
      purchaseOrderId: '',
    };
    expect(invoiceFormToDraft(f, money)).toEqual({ error: 'Enter the amount in USD.' });
    // No due date: refused before anything is saved (issue 16.10).
    expect(invoiceFormToDraft({ ...f, amount: '12.50' }, money)).toEqual({ error: 'Enter the due date: an open invoice needs one to be on the list to pay.' });
    expect(invoiceFormToDraft({ ...f, amount: '12.50', dueDate: '2026-03-31' }, money)).toEqual({
      draft: {
        number: 'A-1',
        vendorId: undefined,
        issueDate: '2026-03-01',
        dueDate: '2026-03-31',
        amountCents: 1250,
        purchaseOrderId: undefined,
      },
    });
  });
});

describe('editing and deleting invoices', () => {
  it('edits an open invoice, validates like create, and can clear the due date', async () => {
    const inv = await invoiceRepository.create(
      { number: 'E-1', issueDate: '2026-03-01', dueDate: '2026-03-10', amountCents: 100 },
      db,
    );
    const edited = await editInvoice(inv.id, { amountCents: 2500, dueDate: '2026-03-20' }, db);
    expect(edited).toMatchObject({ amountCents: 2500, dueDate: '2026-03-20', number: 'E-1' });
    await expect(editInvoice(inv.id, { issueDate: 'soon' }, db)).rejects.toThrow();
    await expect(editInvoice(inv.id, { number: '  ' }, db)).rejects.toThrow(/Invoice number/);
    expect((await db.invoices.get(inv.id))!.amountCents).toBe(2500);
    // An open invoice keeps a due date (issue 16.10): clearing it is refused, nothing changes.
    await expect(editInvoice(inv.id, { dueDate: undefined }, db)).rejects.toThrow('Enter the due date: an open invoice needs one to be on the list to pay.');
    await expect(editInvoice(inv.id, { dueDate: '2026-02-01' }, db)).rejects.toThrow('The due date is before the issue date.');
    expect((await db.invoices.get(inv.id))!.dueDate).toBe('2026-03-20');
    expect(await db.auditLog.where('[table+recordId]').equals(['invoices', inv.id]).count()).toBe(
      2,
    );
  });

  it('refuses to edit a paid invoice', async () => {
    const inv = await invoiceRepository.create(
      { number: 'E-2', issueDate: '2026-03-01', dueDate: '2026-03-31', amountCents: 100 },
      db,
    );
    await markInvoicePaid(inv.id, '2026-03-05', {}, db);
    await expect(editInvoice(inv.id, { amountCents: 5 }, db)).rejects.toThrow(
      /can no longer be edited/,
    );
    expect((await db.invoices.get(inv.id))!.amountCents).toBe(100);
  });

  it('soft-deletes a paid invoice and keeps the expense recorded from it', async () => {
    const printing = await budgetCategoryRepository.create({ name: 'Printing' }, db);
    const v = await vendorRepository.create({ name: 'PrintWorks', defaultCategoryId: printing.id }, db);
    const inv = await invoiceRepository.create(
      { number: 'E-3', vendorId: v.id, issueDate: '2026-03-01', dueDate: '2026-03-31', amountCents: 4500 },
      db,
    );
    const other = await invoiceRepository.create(
      { number: 'E-4', issueDate: '2026-03-01', dueDate: '2026-03-31', amountCents: 1 },
      db,
    );
    expect(await countInvoiceExpenses(inv, db)).toBe(0);
    const { expense } = await markInvoicePaid(inv.id, '2026-03-05', { createExpense: true }, db);
    expect(await countInvoiceExpenses(inv, db)).toBe(1);
    // The vendor's usual category, not "Uncategorized".
    expect(expense!.categoryId).toBe(printing.id);
    expect(await countInvoiceExpenses(other, db)).toBe(0);
    await invoiceRepository.softDelete(inv.id, db);
    expect((await invoiceRepository.list(db)).map((i) => i.number)).toEqual(['E-4']);
    expect((await db.invoices.get(inv.id))!.deletedAt).not.toBeNull();
    expect((await db.expenses.get(expense!.id))!.deletedAt).toBeNull();
  });
});
