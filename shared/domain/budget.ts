/**
 * Budgets: a tree of categories and a planned amount per category per month.
 * `month` is 'YYYY-MM'; `fiscalYear` is the fiscal year that month belongs to (named by its
 * start year, see shared/lib/dates) so a year's budget is one index lookup.
 *
 * `ExpenseTotal` is the maintained aggregate (DESIGN §2b): spent cents per category and month,
 * updated in the same transaction as every expense write. Uncategorised expenses count under
 * the category id '' so the aggregate still sums to the expense total.
 */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, nonNegativeCentsSchema, optionalText, quantitySchema, requiredText } from './common';

export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
export const monthSchema = z.string().regex(MONTH_RE, 'Enter a month like 2026-11');

export const budgetCategoryShape = {
  ...baseRecordShape,
  name: requiredText('Name', 120),
  /** null for a top-level category. */
  parentId: idSchema.nullable().default(null),
  code: optionalText('Code', 20),
  sortOrder: quantitySchema.default(0),
};
export const budgetCategorySchema = z.object(budgetCategoryShape);
export const budgetCategoryDraftSchema = z.object(budgetCategoryShape).omit(BASE_OMIT);
export type BudgetCategory = z.infer<typeof budgetCategorySchema>;
export type BudgetCategoryDraft = z.input<typeof budgetCategoryDraftSchema>;

export const budgetShape = {
  ...baseRecordShape,
  fiscalYear: z.number().int().min(1900).max(9999),
  categoryId: idSchema,
  month: monthSchema,
  amountCents: nonNegativeCentsSchema,
};
export const budgetSchema = z.object(budgetShape);
export const budgetDraftSchema = z.object(budgetShape).omit(BASE_OMIT);
export type Budget = z.infer<typeof budgetSchema>;
export type BudgetDraft = z.input<typeof budgetDraftSchema>;

export const UNCATEGORIZED = '';

export const expenseTotalSchema = z.object({
  categoryId: z.string().max(64, 'That category id is too long'),
  month: monthSchema,
  amountCents: z.number().int(),
  count: z.number().int().min(0),
});
export type ExpenseTotal = z.infer<typeof expenseTotalSchema>;

export interface CategoryNode {
  category: BudgetCategory;
  children: CategoryNode[];
  depth: number;
}

/** Builds the category tree (live categories only), children sorted by sortOrder then name. */
export function buildCategoryTree(categories: readonly BudgetCategory[]): CategoryNode[] {
  const live = categories.filter((c) => c.deletedAt === null);
  const ids = new Set(live.map((c) => c.id));
  const byParent = new Map<string | null, BudgetCategory[]>();
  for (const c of live) {
    // An orphan (parent deleted) shows at the top rather than vanishing.
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(c);
    byParent.set(parent, list);
  }
  const build = (parent: string | null, depth: number, seen: Set<string>): CategoryNode[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name))
      .filter((c) => !seen.has(c.id))
      .map((c) => ({ category: c, depth, children: build(c.id, depth + 1, new Set([...seen, c.id])) }));
  return build(null, 0, new Set());
}

/** The category and all its descendants' ids, for rolling spend up the tree. */
export function descendantIds(categories: readonly BudgetCategory[], rootId: string): Set<string> {
  const out = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of categories) {
      if (c.parentId !== null && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

/** True when making `parentId` the parent of `id` would create a loop. */
export function wouldCreateCycle(categories: readonly BudgetCategory[], id: string, parentId: string | null): boolean {
  return parentId !== null && descendantIds(categories, id).has(parentId);
}

/**
 * The categories a new office starts from ("Add the usual categories"): top level with a few
 * subcategories each. Offices rename, move and delete them freely.
 */
export const DEFAULT_CATEGORY_TREE: readonly (readonly [string, readonly string[]])[] = [
  ['Office supplies', ['Stationery', 'Printing & paper', 'Breakroom']],
  ['Equipment', ['Hardware', 'Furniture']],
  ['Travel', ['Transport', 'Lodging', 'Meals']],
  ['Rent and utilities', ['Rent', 'Utilities', 'Cleaning & maintenance']],
  ['Payroll', []],
  ['Marketing', []],
  ['Software', []],
  ['Professional services', []],
];
