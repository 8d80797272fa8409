/**
 * Expenses, invoices and budgets against a real (in-memory) IndexedDB: the maintained totals
 * against a full recompute after random writes, paying an invoice in one transaction, import
 * duplicates and chunked commits, and the budget year grid.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { vendorRepository } from '../vendors/repository';
import {
  attachReceipt,
  changeExpenseStatus,
  expenseRepository,
  invoiceRepository,
  findDuplicateExpenses,
  importExpenses,
  markInvoicePaid,
  queryExpenses,
  recomputeExpenseTotals,
} from './repository';
import {
  categoryUsage,
  budgetCategoryRepository,
  createDefaultCategories,
  deleteBudgetCategoryIfUnused,
  getBudgetDashboard,
  getBudgetGrid,
  saveBudgetYear,
  CategoryInUseError,
} from '../budget/repository';
import { spreadAnnual } from '../../../shared/domain/allocation';
// Budget reads actual spend through what expenses registers (the app loads it at start).
import './registrations';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const storedTotals = async () =>
  (await db.expenseTotals.toArray()).sort(
    (x, y) => x.month.localeCompare(y.month) || x.categoryId.localeCompare(y.categoryId),
  );

describe('maintained expense totals', () => {
  it('property: after random creates, updates, deletes, restores and imports they equal a full recompute', async () => {
    const cats = [
      await budgetCategoryRepository.create({ name: 'A' }, db),
      await budgetCategoryRepository.create({ name: 'B' }, db),
    ].map((c) => c.id);
    const next = rng(99);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    const randomDate = () =>
      `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const category = () => (next() < 0.2 ? undefined : pick(cats));
    const live: string[] = [];
    const dead: string[] = [];
    for (let step = 0; step < 160; step++) {
      const op = next();
      if (op < 0.4 || live.length === 0) {
        const e = await expenseRepository.create(
          {
            date: randomDate(),
            description: `E${step}`,
            amountCents: Math.floor(next() * 20000) - 2000 || 1,
            categoryId: category(),
          },
          db,
        );
        live.push(e.id);
      } else if (op < 0.65) {
        await expenseRepository.update(
          pick(live),
          next() < 0.5
            ? { amountCents: Math.floor(next() * 9000) + 1 }
            : { date: randomDate(), categoryId: category() ?? '' },
          db,
        );
      } else if (op < 0.8) {
        const id = live.splice(Math.floor(next() * live.length), 1)[0]!;
        await expenseRepository.softDelete(id, db);
        dead.push(id);
      } else if (op < 0.9 && dead.length) {
        const id = dead.pop()!;
        await expenseRepository.restore(id, db);
        live.push(id);
      } else {
        const made = await expenseRepository.bulkCreate(
          Array.from({ length: 1 + Math.floor(next() * 6) }, (_, i) => ({
            date: randomDate(),
            description: `Bulk ${step}.${i}`,
            amountCents: 100 + i,
            categoryId: category(),
          })),
          { chunkSize: 2 },
          db,
        );
        live.push(...made.map((m) => m.id));
      }
      if (step % 40 === 39) expect(await storedTotals()).toEqual(await recomputeExpenseTotals(db));
    }
    expect(await storedTotals()).toEqual(await recomputeExpenseTotals(db));
  });
});

describe('expense status and receipts', () => {
  it('follows the allowed transitions only', async () => {
    const e = await expenseRepository.create(
      { date: '2026-03-01', description: 'Taxi', amountCents: 2300 },
      db,
    );
    await expect(changeExpenseStatus(e.id, 'reimbursed', db)).rejects.toThrow(
      'submitted cannot become reimbursed',
    );
    expect((await changeExpenseStatus(e.id, 'approved', db)).status).toBe('approved');
    expect((await changeExpenseStatus(e.id, 'reimbursed', db)).status).toBe('reimbursed');
  });

  it('attaches an image or PDF receipt through the attachment store, refusing other files', async () => {
    const e = await expenseRepository.create(
      { date: '2026-03-01', description: 'Lunch', amountCents: 1800 },
      db,
    );
    const bytes = new TextEncoder().encode('%PDF-1.4 receipt');
    const updated = await attachReceipt(
      e.id,
      { name: 'r.pdf', mimeType: 'application/pdf', bytes },
      db,
    );
    const att = await db.attachments.get(updated.receiptAttachmentId!);
    expect(att).toMatchObject({
      linkedTable: 'expenses',
      linkedId: e.id,
      mimeType: 'application/pdf',
    });
    await expect(
      attachReceipt(e.id, { name: 'x.exe', mimeType: 'application/x-msdownload', bytes }, db),
    ).rejects.toThrow(/image .* or a PDF/);
  });

  it('writes no receipt file when linking it to the expense fails', async () => {
    const e = await expenseRepository.create({ date: '2026-03-01', description: 'Taxi', amountCents: 2400 }, db);
    const before = await db.attachments.count();
    const blobsBefore = await db.attachmentBlobs.count();
    // Deleted between choosing the file and saving it: the link fails, so must the file.
    await db.expenses.update(e.id, { deletedAt: '2026-03-02T00:00:00.000Z' });
    const bytes = new TextEncoder().encode('%PDF-1.4 taxi receipt');
    await expect(
      attachReceipt(e.id, { name: 'taxi.pdf', mimeType: 'application/pdf', bytes }, db),
    ).rejects.toThrow();
    expect(await db.attachments.count()).toBe(before);
    expect(await db.attachmentBlobs.count()).toBe(blobsBefore);
  });
});

describe('invoices', () => {
  it('mark paid creates its expense in the same transaction and refuses paying twice', async () => {
    const v = await vendorRepository.create({ name: 'PrintWorks' }, db);
    const inv = await invoiceRepository.create(
      {
        number: 'PW-1',
        vendorId: v.id,
        issueDate: '2026-03-01',
        dueDate: '2026-03-31',
        amountCents: 45000,
      },
      db,
    );
    // No category given and none known for PrintWorks: refused in words, nothing written.
    await expect(markInvoicePaid(inv.id, '2026-03-20', { createExpense: true }, db)).rejects.toThrow(
      'Choose the expense category for invoice PW-1: PrintWorks has no usual category yet.',
    );
    expect((await db.invoices.get(inv.id))!.status).toBe('unpaid');
    expect(await db.expenses.count()).toBe(0);
    // Once PrintWorks' bills have a usual category, paying uses it.
    const printing = await budgetCategoryRepository.create({ name: 'Printing' }, db);
    const office = await budgetCategoryRepository.create({ name: 'Office' }, db);
    await expenseRepository.create({ date: '2026-02-01', description: 'Flyers', amountCents: 100, vendorId: v.id, categoryId: printing.id }, db);
    await expenseRepository.create({ date: '2026-02-02', description: 'Cards', amountCents: 100, vendorId: v.id, categoryId: printing.id }, db);
    await expenseRepository.create({ date: '2026-02-03', description: 'Pens', amountCents: 100, vendorId: v.id, categoryId: office.id }, db);
    const { invoice, expense } = await markInvoicePaid(
      inv.id,
      '2026-03-20',
      { createExpense: true },
      db,
    );
    expect(expense!.categoryId).toBe(printing.id);
    expect(invoice).toMatchObject({ status: 'paid', paidDate: '2026-03-20' });
    expect(expense).toMatchObject({
      amountCents: 45000,
      invoiceId: inv.id,
      vendorId: v.id,
      description: 'Invoice PW-1 — PrintWorks',
    });
    expect(await storedTotals()).toEqual(await recomputeExpenseTotals(db));
    await expect(
      markInvoicePaid(inv.id, '2026-03-21', { createExpense: true }, db),
    ).rejects.toThrow(/cannot be paid/);
    expect(await db.expenses.count()).toBe(4);
  });

  it('writes nothing when the expense cannot be created', async () => {
    const inv = await invoiceRepository.create(
      { number: 'X-1', issueDate: '2026-03-01', dueDate: '2026-03-31', amountCents: 100 },
      db,
    );
    await expect(
      markInvoicePaid(inv.id, 'not a date', { createExpense: true }, db),
    ).rejects.toThrow();
    expect((await db.invoices.get(inv.id))!.status).toBe('unpaid');
    expect(await db.expenses.count()).toBe(0);
  });
});

describe('import', () => {
  it('flags stored and in-file duplicates, then commits in chunks keeping the totals', async () => {
    const travel = await budgetCategoryRepository.create({ name: 'Travel' }, db);
    await expenseRepository.create({ date: '2026-04-02', description: 'Uber  trip', amountCents: 1500 }, db);
    const records = [
      { date: '2026-04-02', description: 'UBER TRIP', amountCents: 1500 },
      { date: '2026-04-03', description: 'Hotel', amountCents: 20000, category: 'travel' },
      { date: '2026-04-03', description: 'Hotel', amountCents: 20000, category: 'travel' },
      { date: '2026-04-05', description: 'Refund', amountCents: -500, vendorName: 'Acme' },
      { date: '2026-04-06', description: 'Coffee', amountCents: 450, category: 'Nope' },
    ];
    const dups = await findDuplicateExpenses(records, db);
    expect([...dups.keys()]).toEqual([0, 2]);
    expect(dups.get(0)).toMatch(/Already recorded/);
    const progress: number[] = [];
    const { created } = await importExpenses(
      records.slice(1),
      { categoryIds: new Map([['travel', travel.id]]), vendorIds: new Map() },
      { chunkSize: 2, onProgress: (f) => progress.push(f) },
      db,
    );
    expect(created).toBe(4);
    expect(progress).toEqual([0.5, 1]);
    expect(await storedTotals()).toEqual(await recomputeExpenseTotals(db));
    const hotel = (
      await queryExpenses({ from: '2026-04-01', to: '2026-04-30', categoryIds: [travel.id] }, db)
    ).map((e) => e.description);
    expect(hotel).toEqual(['Hotel', 'Hotel']);
    const coffee = (await queryExpenses({ from: '2026-04-06', to: '2026-04-06' }, db))[0]!;
    expect(coffee.categoryId).toBeUndefined();
    expect(coffee.notes).toBe('Imported category: Nope');
  });

  it('stops between chunks when cancelled', async () => {
    const ctl = new AbortController();
    const records = Array.from({ length: 6 }, (_, i) => ({
      date: '2026-05-01',
      description: `R${i}`,
      amountCents: 100,
    }));
    const { created } = await importExpenses(
      records,
      { categoryIds: new Map(), vendorIds: new Map() },
      { chunkSize: 2, signal: ctl.signal, onProgress: () => ctl.abort() },
      db,
    );
    expect(created).toBe(2);
    expect(await db.expenses.count()).toBe(2);
  });
});

describe('budget year', () => {
  it('saves a whole grid in one write, reads it back and feeds the dashboard', async () => {
    const travel = await budgetCategoryRepository.create({ name: 'Travel' }, db);
    const office = await budgetCategoryRepository.create({ name: 'Office' }, db);
    const amounts = spreadAnnual(12_000_00);
    expect(
      await saveBudgetYear(
        2026,
        1,
        [
          { categoryId: travel.id, amounts },
          { categoryId: office.id, amounts: Array(12).fill(0) },
        ],
        db,
      ),
    ).toEqual({ changed: 12 });
    expect(await saveBudgetYear(2026, 1, [{ categoryId: travel.id, amounts }], db)).toEqual({
      changed: 0,
    });
    expect((await getBudgetGrid(2026, 1, db)).get(travel.id)).toEqual(amounts);
    await expenseRepository.create(
      { date: '2026-01-10', description: 'Flight', amountCents: 3000_00, categoryId: travel.id },
      db,
    );
    await expenseRepository.create(
      { date: '2026-02-10', description: 'Flight', amountCents: 3000_00, categoryId: travel.id },
      db,
    );
    const d = await getBudgetDashboard(2026, 1, '2026-02', db);
    const row = d.top.find((r) => r.categoryId === travel.id)!;
    expect(row).toMatchObject({
      budgetCents: 12_000_00,
      actualCents: 6000_00,
      forecastCents: 36_000_00,
      headingOver: true,
    });
    await expect(
      saveBudgetYear(2026, 1, [{ categoryId: 'missing', amounts }], db),
    ).rejects.toThrow();
  });

  it('reads the maintained totals, never the expenses themselves', async () => {
    const travel = await budgetCategoryRepository.create({ name: 'Travel' }, db);
    await expenseRepository.create(
      { date: '2026-01-10', description: 'Flight', amountCents: 500_00, categoryId: travel.id },
      db,
    );
    // Remove the expense rows behind the aggregate's back: a dashboard that scanned expenses
    // would now see nothing; one that reads the totals still sees the spend.
    await db.expenses.clear();
    const d = await getBudgetDashboard(2026, 1, '2026-01', db);
    expect(d.total.actualCents).toBe(500_00);
  });

  it('deletes a category only when unused and creates the default set once', async () => {
    const a = await budgetCategoryRepository.create({ name: 'A' }, db);
    const child = await budgetCategoryRepository.create({ name: 'A1', parentId: a.id }, db);
    expect(await categoryUsage(a.id, db)).toMatch(/subcategories/);
    const e = await expenseRepository.create(
      { date: '2026-01-02', description: 'x', amountCents: 5, categoryId: child.id },
      db,
    );
    await expect(deleteBudgetCategoryIfUnused(child.id, db)).rejects.toBeInstanceOf(
      CategoryInUseError,
    );
    await expenseRepository.softDelete(e.id, db);
    await deleteBudgetCategoryIfUnused(child.id, db);
    await deleteBudgetCategoryIfUnused(a.id, db);
    expect(await createDefaultCategories(db)).toBeGreaterThan(10);
    expect(await createDefaultCategories(db)).toBe(0);
  });
});
