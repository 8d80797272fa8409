/**
 * Expenses and vendor invoices. Every expense write also updates the `expenseTotals`
 * aggregate in the same transaction (./expenseTotals.ts).
 */
import {
  EXPENSE_STATUS_LABELS,
  INVOICE_STATUS_LABELS,
  canChangeExpenseStatus,
  canMarkInvoicePaid,
  expenseDraftSchema,
  expenseSchema,
  expenseStatus,
  invoiceDraftSchema,
  invoiceSchema,
  type Expense,
  type ExpenseDraft,
  type ExpenseStatus,
  type Invoice,
  type InvoiceDraft,
} from '../../../shared/domain/expenses';
import { countKeys, expenseDuplicateKey, expenseKey, planCountedKeys, type ExpenseImportDraft } from '../../../shared/import';
import { ATTACHMENT_TABLES, prepareAttachment, writePreparedAttachment } from '../../db/attachments';
import type { ExpenseTotal } from '../../../shared/domain/budget';
import { getDb, type BackdeskDb } from '../../db';
import { BULK_CHUNK_SIZE, createCrudRepository, writeTransaction } from '../../db/crud';
import {
  addToExpenseTotals,
  computeExpenseTotals,
  readExpenseTotals,
  rebuildExpenseTotals,
  updateExpenseTotals,
} from './expenseTotals';
import { vendorRepository } from '../vendors';
import { budgetCategoryRepository } from '../budget';
import { getAttachments } from '../../db/attachments';

export const expenseRepository = createCrudRepository({
  table: 'expenses',
  schema: expenseSchema,
  draftSchema: expenseDraftSchema,
  noun: 'expense',
  label: (e) => `${e.description} on ${e.date}`,
  compare: (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
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

/** Live expenses dated within [from, to] (inclusive 'YYYY-MM-DD'), newest first. */
export async function listExpensesBetween(from: string, to: string, db: BackdeskDb = getDb()): Promise<Expense[]> {
  const rows = await db.expenses.where('date').between(from, to, true, true).reverse().toArray();
  return rows.filter((e) => e.deletedAt === null);
}

export async function listExpensesByCategory(categoryId: string, db: BackdeskDb = getDb()): Promise<Expense[]> {
  const rows = await db.expenses.where('categoryId').equals(categoryId).toArray();
  return rows.filter((e) => e.deletedAt === null).sort((a, b) => b.date.localeCompare(a.date));
}

/** Live expenses counted against a project (issue 17.4), newest first. */
export async function listExpensesForProject(projectId: string, db: BackdeskDb = getDb()): Promise<Expense[]> {
  const rows = await db.expenses.where('projectId').equals(projectId).toArray();
  return rows.filter((e) => e.deletedAt === null).sort((a, b) => b.date.localeCompare(a.date));
}

/** Counts an expense against a project, or against none (undefined); audited like any edit. */
export function setExpenseProject(id: string, projectId: string | undefined, db: BackdeskDb = getDb()): Promise<Expense> {
  return expenseRepository.update(id, { projectId }, db);
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

/** Moves an expense along submitted → approved/rejected → reimbursed, refusing other moves. */
export async function changeExpenseStatus(id: string, to: ExpenseStatus, db: BackdeskDb = getDb()): Promise<Expense> {
  const e = await expenseRepository.require(id, db);
  const from = expenseStatus(e);
  if (!canChangeExpenseStatus(from, to)) {
    throw new Error(`An expense that is ${EXPENSE_STATUS_LABELS[from].toLowerCase()} cannot become ${EXPENSE_STATUS_LABELS[to].toLowerCase()}.`);
  }
  return expenseRepository.update(id, { status: to }, db);
}

/**
 * Stores a receipt (image or PDF) through the attachment store and links it to the expense.
 * Two steps because hashing the bytes cannot run inside an IndexedDB transaction; the
 * attachment is linked to the expense either way, so nothing is lost between them.
 */
export async function attachReceipt(
  expenseId: string,
  file: { name: string; mimeType: string; bytes: Uint8Array },
  db: BackdeskDb = getDb(),
): Promise<Expense> {
  if (!/^(image\/(png|jpeg|gif|webp)|application\/pdf)$/.test(file.mimeType)) {
    throw new Error('A receipt must be an image (PNG, JPEG, GIF, WebP) or a PDF.');
  }
  const prepared = await prepareAttachment({ ...file, linkedTable: 'expenses', linkedId: expenseId });
  // The file and the link to it are written together: a failure leaves neither.
  return writeTransaction(db, [...ATTACHMENT_TABLES, 'expenses', 'expenseTotals'], async () => {
    await writePreparedAttachment(db, prepared);
    return expenseRepository.update(expenseId, { receiptAttachmentId: prepared.record.id }, db);
  });
}

/**
 * The category a vendor's bills usually go to: the one set on the vendor, else the category
 * most of its expenses carry (the most recent breaks a tie); undefined when nothing says
 * (issue 16.10: paying an invoice never files it under "Uncategorized" in silence).
 */
export async function usualCategoryForVendor(vendorId: string | undefined, db: BackdeskDb = getDb()): Promise<string | undefined> {
  if (!vendorId) return undefined;
  const vendor = await vendorRepository.get(vendorId, db, { includeDeleted: true });
  if (vendor?.defaultCategoryId) {
    // Through the budget feature's repository: the categories are its table (a deleted one is no usual category).
    const cat = await budgetCategoryRepository.get(vendor.defaultCategoryId, db);
    if (cat) return cat.id;
  }
  const rows = await db.expenses.where('vendorId').equals(vendorId).toArray();
  const counts = new Map<string, { n: number; last: string }>();
  for (const e of rows) {
    if (e.deletedAt !== null || !e.categoryId) continue;
    const c = counts.get(e.categoryId) ?? { n: 0, last: '' };
    counts.set(e.categoryId, { n: c.n + 1, last: e.date > c.last ? e.date : c.last });
  }
  let best: [string, { n: number; last: string }] | undefined;
  for (const entry of counts) if (!best || entry[1].n > best[1].n || (entry[1].n === best[1].n && entry[1].last > best[1].last)) best = entry;
  return best?.[0];
}

/**
 * Marks an invoice paid on `paidDate` and, when asked, records the payment as an expense, in
 * one transaction: either both are written or neither. The expense goes to the category given,
 * else the vendor's usual one; with neither, nothing is written and the caller is asked to
 * choose (never "Uncategorized" in silence).
 */
export async function markInvoicePaid(
  id: string,
  paidDate: string,
  options: {
    createExpense?: boolean;
    categoryId?: string;
    /** The user chose "no category" on purpose. */
    uncategorized?: boolean;
    paymentMethod?: Expense['paymentMethod'];
  } = {},
  db: BackdeskDb = getDb(),
): Promise<{ invoice: Invoice; expense?: Expense }> {
  return writeTransaction(db, ['invoices', 'expenses', 'expenseTotals', 'auditLog', 'vendors', 'budgetCategories'], async () => {
    const inv = await invoiceRepository.require(id, db);
    if (!canMarkInvoicePaid(inv)) throw new Error(`Invoice ${inv.number} is ${INVOICE_STATUS_LABELS[inv.status].toLowerCase()} and cannot be paid.`);
    // A vendor deleted since the invoice came in still names the expense.
    const vendor = inv.vendorId ? await vendorRepository.get(inv.vendorId, db, { includeDeleted: true }) : undefined;
    const categoryId = options.createExpense && !options.uncategorized ? (options.categoryId ?? (await usualCategoryForVendor(inv.vendorId, db))) : undefined;
    if (options.createExpense && !categoryId && !options.uncategorized)
      throw new Error(`Choose the expense category for invoice ${inv.number}: ${vendor ? `${vendor.name} has no usual category yet` : 'it has no vendor'}.`);
    const invoice = await invoiceRepository.update(id, { status: 'paid', paidDate }, db);
    if (!options.createExpense) return { invoice };
    const expense = await expenseRepository.create(
      {
        date: paidDate,
        description: `Invoice ${inv.number}${vendor ? ` — ${vendor.name}` : ''}`,
        amountCents: inv.amountCents,
        vendorId: inv.vendorId,
        invoiceId: inv.id,
        categoryId,
        paymentMethod: options.paymentMethod ?? 'bank-transfer',
        reference: inv.number,
        status: 'approved',
      },
      db,
    );
    return { invoice, expense };
  });
}

/** Only open invoices can be edited: a paid one already has its payment (and maybe expense). */
export function canEditInvoice(inv: Pick<Invoice, 'status'>): boolean {
  return inv.status === 'unpaid';
}

/** Edits an open invoice through the repository (same zod validation as create). */
export async function editInvoice(
  id: string,
  patch: Partial<Pick<InvoiceDraft, 'number' | 'vendorId' | 'issueDate' | 'dueDate' | 'amountCents' | 'purchaseOrderId'>>,
  db: BackdeskDb = getDb(),
): Promise<Invoice> {
  return writeTransaction(db, ['invoices', 'auditLog'], async () => {
    const inv = await invoiceRepository.require(id, db);
    if (!canEditInvoice(inv)) throw new Error(`Invoice ${inv.number} is ${INVOICE_STATUS_LABELS[inv.status].toLowerCase()} and can no longer be edited.`);
    return invoiceRepository.update(id, patch, db);
  });
}

/**
 * Live expenses recorded from this invoice. There is no invoiceId index; paying copies the
 * invoice's vendor onto the expense, so the vendor index narrows the scan when there is one.
 */
export async function countInvoiceExpenses(inv: Pick<Invoice, 'id' | 'vendorId'>, db: BackdeskDb = getDb()): Promise<number> {
  const source = inv.vendorId ? db.expenses.where('vendorId').equals(inv.vendorId) : db.expenses.toCollection();
  return source.filter((e) => e.invoiceId === inv.id && e.deletedAt === null).count();
}

/** Drafts from the import wizard's 'expenses' kind. */
export type ImportedExpense = ExpenseImportDraft;

/**
 * Flags imported records that look like expenses already stored (same date, amount and
 * description, see expenseDuplicateKey) or like an earlier line of the same file. Reads only
 * the stored expenses dated within the file's date range, through the date index.
 */
export async function findDuplicateExpenses(records: readonly ImportedExpense[], db: BackdeskDb = getDb()): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (records.length === 0) return out;
  let from = records[0]!.date;
  let to = from;
  for (const r of records) {
    if (r.date < from) from = r.date;
    if (r.date > to) to = r.date;
  }
  const stored = new Map<string, Expense>();
  for (const e of await listExpensesBetween(from, to, db)) stored.set(expenseDuplicateKey(e), e);
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const key = expenseDuplicateKey(r);
    const match = stored.get(key);
    if (match) out.set(i, `Already recorded: "${match.description}" on ${match.date} for the same amount.`);
    else if (seen.has(key)) out.set(i, `Same date, amount and description as row ${seen.get(key)! + 1} of this file.`);
    else seen.set(key, i);
  });
  return out;
}

/**
 * Saves imported expenses, whole file or nothing (issue 15.3): rows already recorded are
 * skipped by their natural key (shared/import expenseKey: date + amount + description), counted
 * so a re-imported bank export adds nothing while two identical rows of one export (two coffees
 * on one day) still make two expenses. The rest go in chunks, one strict transaction each
 * maintaining the `expenseTotals` aggregate, stamped with the import batch; the last chunk
 * commits the batch. Category and vendor names are resolved first (unknown categories stay
 * uncategorised; unknown vendors are created). Stops between chunks when `signal` aborts.
 */
export async function importExpenses(
  records: readonly ImportedExpense[],
  resolve: { categoryIds: Map<string, string>; vendorIds: Map<string, string> },
  options: {
    onProgress?: (fraction: number) => void;
    signal?: AbortSignal;
    chunkSize?: number;
    auditNote?: string;
    /** The import batch: every expense and audit line carries it; the last chunk commits it. */
    importBatchId?: string;
  } = {},
  db: BackdeskDb = getDb(),
): Promise<{ created: number; alreadyThere: number; cancelled: boolean }> {
  let storedCounts = new Map<string, number>();
  if (records.length > 0) {
    let from = records[0]!.date;
    let to = from;
    for (const r of records) {
      if (r.date < from) from = r.date;
      if (r.date > to) to = r.date;
    }
    storedCounts = countKeys(await listExpensesBetween(from, to, db), expenseKey);
  }
  const { fresh, alreadyThere } = planCountedKeys(records, expenseKey, storedCounts);
  const drafts: ExpenseDraft[] = fresh.map((i) => {
    const r = records[i]!;
    return {
      date: r.date,
      description: r.description,
      amountCents: r.amountCents,
      categoryId: r.category ? resolve.categoryIds.get(r.category) : undefined,
      vendorId: r.vendorName ? resolve.vendorIds.get(r.vendorName) : undefined,
      paymentMethod: 'card',
      status: 'approved',
      notes: r.category && !resolve.categoryIds.get(r.category) ? `Imported category: ${r.category}` : undefined,
    };
  });
  const batchId = options.importBatchId;
  const written = await expenseRepository.bulkCreate(
    drafts,
    {
      chunkSize: Math.max(1, options.chunkSize ?? BULK_CHUNK_SIZE),
      auditNote: options.auditNote ?? 'bank or card import',
      ...(batchId ? { importBatchId: batchId, commitBatch: { written: drafts.length } } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
    db,
  );
  return { created: written.length, alreadyThere, cancelled: written.length < drafts.length };
}

export interface ExpenseQuery {
  from: string;
  to: string;
  categoryIds?: readonly string[];
  spentById?: string;
  status?: ExpenseStatus;
}

/** Expenses in a date range (date index), narrowed in memory by category, person and status. */
export async function queryExpenses(q: ExpenseQuery, db: BackdeskDb = getDb()): Promise<Expense[]> {
  const rows = await listExpensesBetween(q.from, q.to, db);
  const cats = q.categoryIds && q.categoryIds.length > 0 ? new Set(q.categoryIds) : undefined;
  return rows.filter(
    (e) =>
      (!cats || cats.has(e.categoryId ?? '')) &&
      (!q.spentById || e.spentById === q.spentById) &&
      (!q.status || expenseStatus(e) === q.status),
  );
}

/** File names of receipt attachments by attachment id (for reports and the list). */
export async function getReceiptNames(ids: readonly string[], db: BackdeskDb = getDb()): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = await getAttachments(unique, db);
  const out = new Map<string, string>();
  rows.forEach((a, i) => {
    if (a) out.set(unique[i]!, a.name);
  });
  return out;
}
