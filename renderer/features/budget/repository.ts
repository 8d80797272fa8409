/**
 * Budgets: the category tree and monthly planned amounts, compared with actual spend read
 * from the maintained `expenseTotals` aggregate (never a scan of expenses).
 */
import {
  DEFAULT_CATEGORY_TREE,
  UNCATEGORIZED,
  budgetCategoryDraftSchema,
  budgetCategorySchema,
  budgetDraftSchema,
  budgetSchema,
  descendantIds,
  wouldCreateCycle,
  type Budget,
  type BudgetCategory,
  type BudgetCategoryDraft,
} from '../../../shared/domain/budget';
import { computeBudgetDashboard, type BudgetDashboard } from '../../../shared/domain/forecast';
import { fiscalYearMonths, fiscalYearOf, nowIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, createCrudRepository, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { readSpendTotals } from './spend';
import { newId } from '../../../shared/lib/ids';
import { normalizeForSearch } from '../../../shared/lib/text';

export const budgetCategoryRepository = createCrudRepository({
  table: 'budgetCategories',
  schema: budgetCategorySchema,
  draftSchema: budgetCategoryDraftSchema,
  noun: 'budget category',
  label: (c) => c.name,
  compare: (a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name),
});

export const budgetRepository = createCrudRepository({
  table: 'budgets',
  schema: budgetSchema,
  draftSchema: budgetDraftSchema,
  noun: 'budget',
  label: (b) => b.month,
  compare: (a, b) => a.month.localeCompare(b.month),
});

export class CategoryCycleError extends Error {
  override readonly name = 'CategoryCycleError';
  constructor() {
    super('A category cannot be moved under itself or one of its own subcategories.');
  }
}

/** Updates a category; refuses a parent that would make the tree loop. */
export async function updateBudgetCategory(
  id: string,
  patch: Partial<BudgetCategoryDraft>,
  db: BackdeskDb = getDb(),
): Promise<BudgetCategory> {
  if (patch.parentId !== undefined) {
    const all = await db.budgetCategories.toArray();
    if (wouldCreateCycle(all, id, patch.parentId)) throw new CategoryCycleError();
  }
  return budgetCategoryRepository.update(id, patch, db);
}

export async function listBudgetsForYear(fiscalYear: number, db: BackdeskDb = getDb()): Promise<Budget[]> {
  const rows = await db.budgets.where('fiscalYear').equals(fiscalYear).toArray();
  return rows.filter((b) => b.deletedAt === null);
}

/**
 * Sets the planned amount for one category and month (creating or updating the row), the
 * fiscal year derived from the company's fiscal start month.
 */
export async function setBudgetAmount(
  categoryId: string,
  month: string,
  amountCents: number,
  fiscalYearStartMonth: number,
  db: BackdeskDb = getDb(),
): Promise<Budget> {
  return writeTransaction(db, ['budgets', 'budgetCategories', 'auditLog'], async () => {
    const category = await db.budgetCategories.get(categoryId);
    if (!category || category.deletedAt !== null) throw new RecordNotFoundError('budgetCategories', categoryId);
    const existing = (await db.budgets.where('[categoryId+month]').equals([categoryId, month]).toArray()).find(
      (b) => b.deletedAt === null,
    );
    const at = nowIso();
    const fiscalYear = fiscalYearOf(`${month}-01`, fiscalYearStartMonth);
    const record = parseOrThrow('budgets', budgetSchema, {
      id: existing?.id ?? newId(),
      fiscalYear,
      categoryId,
      month,
      amountCents,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      deletedAt: null,
    });
    if (existing && existing.amountCents === record.amountCents && existing.fiscalYear === fiscalYear) return existing;
    await db.budgets.put(record);
    await db.auditLog.add(
      auditEntry('budgets', record.id, existing ? 'update' : 'create', `Set budget for ${quote(category.name)} in ${month}`, at),
    );
    return record;
  });
}

export interface BudgetLine {
  categoryId: string;
  /** '' for spend without a category. */
  name: string;
  parentId: string | null;
  months: string[];
  budgetCents: number[];
  actualCents: number[];
  totalBudgetCents: number;
  totalActualCents: number;
}

/**
 * Budget against actual spend for a fiscal year, one line per category (own amounts, not
 * rolled up; use `rollUp` for tree totals) plus an "Uncategorized" line when there is such
 * spend.
 */
export async function getBudgetVsActual(
  fiscalYear: number,
  fiscalYearStartMonth: number,
  db: BackdeskDb = getDb(),
): Promise<BudgetLine[]> {
  const months = fiscalYearMonths(fiscalYear, fiscalYearStartMonth);
  const index = new Map(months.map((m, i) => [m, i]));
  const [categories, budgets, totals] = await Promise.all([
    budgetCategoryRepository.list(db),
    listBudgetsForYear(fiscalYear, db),
    readSpendTotals(db, months),
  ]);
  const lines = new Map<string, BudgetLine>();
  const line = (categoryId: string, name: string, parentId: string | null) => {
    let l = lines.get(categoryId);
    if (!l) {
      l = {
        categoryId,
        name,
        parentId,
        months,
        budgetCents: months.map(() => 0),
        actualCents: months.map(() => 0),
        totalBudgetCents: 0,
        totalActualCents: 0,
      };
      lines.set(categoryId, l);
    }
    return l;
  };
  for (const c of categories) line(c.id, c.name, c.parentId);
  for (const b of budgets) {
    const i = index.get(b.month);
    const l = lines.get(b.categoryId);
    if (i === undefined || !l) continue;
    l.budgetCents[i] = (l.budgetCents[i] ?? 0) + b.amountCents;
    l.totalBudgetCents += b.amountCents;
  }
  for (const t of totals) {
    const i = index.get(t.month);
    if (i === undefined) continue;
    // Spend on a deleted category still counts, under Uncategorized.
    const l = lines.get(t.categoryId) ?? line(UNCATEGORIZED, 'Uncategorized', null);
    l.actualCents[i] = (l.actualCents[i] ?? 0) + t.amountCents;
    l.totalActualCents += t.amountCents;
  }
  return [...lines.values()];
}

/** Sums a category's line with all its descendants' lines. */
export function rollUp(lines: readonly BudgetLine[], categories: readonly BudgetCategory[], rootId: string): BudgetLine | undefined {
  const root = lines.find((l) => l.categoryId === rootId);
  if (!root) return undefined;
  const ids = descendantIds(categories, rootId);
  const members = lines.filter((l) => ids.has(l.categoryId));
  const sumAt = (key: 'budgetCents' | 'actualCents', i: number) => members.reduce((s, l) => s + (l[key][i] ?? 0), 0);
  const budgetCents = root.months.map((_, i) => sumAt('budgetCents', i));
  const actualCents = root.months.map((_, i) => sumAt('actualCents', i));
  return {
    ...root,
    budgetCents,
    actualCents,
    totalBudgetCents: budgetCents.reduce((a, b) => a + b, 0),
    totalActualCents: actualCents.reduce((a, b) => a + b, 0),
  };
}

/**
 * Maps category names (from an expense import) to ids of live categories, ignoring case and
 * accents; a name also matches "Parent / Child" or "Parent > Child" paths. Unknown names are
 * left out (the expense stays uncategorised) rather than inventing categories.
 */
export async function resolveCategoryIds(names: readonly string[], db: BackdeskDb = getDb()): Promise<Map<string, string>> {
  const categories = await budgetCategoryRepository.list(db);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const byKey = new Map<string, string>();
  for (const c of categories) {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    if (parent) byKey.set(normalizeForSearch(`${parent.name} / ${c.name}`), c.id);
    const own = normalizeForSearch(c.name);
    // A subcategory wins a name clash: expenses belong on the leaves.
    if (!byKey.has(own) || c.parentId) byKey.set(own, c.id);
  }
  const out = new Map<string, string>();
  for (const name of names) {
    const id = byKey.get(normalizeForSearch(name.replace(/\s*[>:/]\s*/g, ' / ')));
    if (id) out.set(name, id);
  }
  return out;
}

/** One row of the budget grid: a category's 12 fiscal months in cents. */
export interface BudgetGridRow {
  categoryId: string;
  amounts: number[];
}

/** The year's budget as category → 12 fiscal-month amounts (categories with no rows are absent). */
export async function getBudgetGrid(
  fiscalYear: number,
  fiscalYearStartMonth: number,
  db: BackdeskDb = getDb(),
): Promise<Map<string, number[]>> {
  const months = fiscalYearMonths(fiscalYear, fiscalYearStartMonth);
  const index = new Map(months.map((m, i) => [m, i]));
  const out = new Map<string, number[]>();
  for (const b of await listBudgetsForYear(fiscalYear, db)) {
    const i = index.get(b.month);
    if (i === undefined) continue;
    const row = out.get(b.categoryId) ?? months.map(() => 0);
    row[i] = (row[i] ?? 0) + b.amountCents;
    out.set(b.categoryId, row);
  }
  return out;
}

/**
 * Writes a whole year's grid in one transaction: every changed month is put, months set to 0
 * that had a row are updated to 0, and one audit entry records the save. Nothing is written
 * when any category is unknown or an amount is invalid.
 */
export async function saveBudgetYear(
  fiscalYear: number,
  fiscalYearStartMonth: number,
  rows: readonly BudgetGridRow[],
  db: BackdeskDb = getDb(),
): Promise<{ changed: number }> {
  const months = fiscalYearMonths(fiscalYear, fiscalYearStartMonth);
  return writeTransaction(db, ['budgets', 'budgetCategories', 'auditLog'], async () => {
    const existing = await db.budgets.where('fiscalYear').equals(fiscalYear).toArray();
    const byKey = new Map(existing.filter((b) => b.deletedAt === null).map((b) => [`${b.categoryId}|${b.month}`, b]));
    const categories = await db.budgetCategories.bulkGet(rows.map((r) => r.categoryId));
    const at = nowIso();
    const puts: Budget[] = [];
    rows.forEach((row, r) => {
      const category = categories[r];
      if (!category || category.deletedAt !== null) throw new RecordNotFoundError('budgetCategories', row.categoryId);
      if (row.amounts.length !== months.length) throw new RangeError(`Give ${months.length} months for ${category.name}`);
      row.amounts.forEach((amountCents, i) => {
        const month = months[i]!;
        const prev = byKey.get(`${row.categoryId}|${month}`);
        if (prev ? prev.amountCents === amountCents : amountCents === 0) return;
        puts.push(
          parseOrThrow('budgets', budgetSchema, {
            id: prev?.id ?? newId(),
            fiscalYear,
            categoryId: row.categoryId,
            month,
            amountCents,
            createdAt: prev?.createdAt ?? at,
            updatedAt: at,
            deletedAt: null,
          }),
        );
      });
    });
    if (puts.length === 0) return { changed: 0 };
    await db.budgets.bulkPut(puts);
    await db.auditLog.add(auditEntry('budgets', '', 'update', `Saved the budget for fiscal year ${fiscalYear} (${puts.length} months changed)`, at));
    return { changed: puts.length };
  });
}

export class CategoryInUseError extends Error {
  override readonly name = 'CategoryInUseError';
}

/** Why a category cannot be deleted, or null when it is unused. */
export async function categoryUsage(id: string, db: BackdeskDb = getDb()): Promise<string | null> {
  const [child, expense, budget] = await Promise.all([
    db.budgetCategories.where('parentId').equals(id).filter((c) => c.deletedAt === null).first(),
    // The maintained totals answer "does any live expense use it" without scanning expenses.
    db.expenseTotals.where('[categoryId+month]').between([id, ''], [id, '\uffff']).filter((t) => t.count > 0).first(),
    db.budgets.where('[categoryId+month]').between([id, ''], [id, '\uffff']).filter((b) => b.deletedAt === null && b.amountCents !== 0).first(),
  ]);
  if (child) return 'it has subcategories; move or delete them first';
  if (expense) return 'expenses are recorded under it';
  if (budget) return 'it has budget amounts; set them to 0 first';
  return null;
}

/** Deletes a category only when nothing refers to it. */
export async function deleteBudgetCategoryIfUnused(id: string, db: BackdeskDb = getDb()): Promise<void> {
  const reason = await categoryUsage(id, db);
  if (reason) {
    const c = await db.budgetCategories.get(id);
    throw new CategoryInUseError(`"${c?.name ?? 'This category'}" cannot be deleted: ${reason}.`);
  }
  await budgetCategoryRepository.softDelete(id, db);
}

/** Creates the usual starting categories in one transaction (only when there are none). */
export async function createDefaultCategories(db: BackdeskDb = getDb()): Promise<number> {
  return writeTransaction(db, ['budgetCategories', 'auditLog'], async () => {
    const live = await db.budgetCategories.filter((c) => c.deletedAt === null).count();
    if (live > 0) return 0;
    const at = nowIso();
    const records: BudgetCategory[] = [];
    DEFAULT_CATEGORY_TREE.forEach(([name, children], i) => {
      const parent = budgetCategoryRepository.build({ name, parentId: null, sortOrder: i * 10 }, at);
      records.push(parent);
      children.forEach((child, j) => records.push(budgetCategoryRepository.build({ name: child, parentId: parent.id, sortOrder: j * 10 }, at)));
    });
    await db.budgetCategories.bulkAdd(records);
    await db.auditLog.add(auditEntry('budgetCategories', '', 'import', `Created ${records.length} standard budget categories`, at));
    return records.length;
  });
}

/**
 * The budget dashboard's numbers for a fiscal year as of a day ('YYYY-MM-DD', the current
 * month counted by its elapsed days) or a whole month ('YYYY-MM'): reads the category tree,
 * the year's budgets and the maintained expense totals (12 months), never the expenses.
 */
export async function getBudgetDashboard(
  fiscalYear: number,
  fiscalYearStartMonth: number,
  asOf: string,
  db: BackdeskDb = getDb(),
  lookbackMonths?: number,
): Promise<BudgetDashboard> {
  const lines = await getBudgetVsActual(fiscalYear, fiscalYearStartMonth, db);
  const months = fiscalYearMonths(fiscalYear, fiscalYearStartMonth);
  const sorted = [...lines].sort((a, b) => {
    if (a.categoryId === UNCATEGORIZED) return 1;
    if (b.categoryId === UNCATEGORIZED) return -1;
    return 0;
  });
  return computeBudgetDashboard(
    sorted.map((l) => ({ categoryId: l.categoryId, name: l.name, parentId: l.parentId, budgetCents: l.budgetCents, actualCents: l.actualCents })),
    months,
    asOf,
    lookbackMonths,
  );
}
