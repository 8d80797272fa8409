/** The budget category tree and a monthly budget for every leaf over the current fiscal year. */
import { addDays, fiscalYearMonths, fiscalYearOf } from '../../lib/dates';
import type { Budget, BudgetCategory } from '../../domain';
import { BUDGET_TREE } from '../catalog';
import type { SampleContext } from '../context';

export interface SampleBudget {
  budgetCategories: BudgetCategory[];
  budgets: Budget[];
  /** Leaf category id by name (expenses are booked to leaves). */
  leaf: Map<string, string>;
}

export function generateBudget(ctx: SampleContext, fiscalYearStartMonth: number): SampleBudget {
  const { today, setupDate, base } = ctx;
  const budgetCategories: BudgetCategory[] = [];
  const leaf = new Map<string, string>();
  BUDGET_TREE.forEach(([code, name, children], i) => {
    const parent: BudgetCategory = {
      ...base(setupDate, 10 * 60 + i),
      name,
      parentId: null,
      code,
      sortOrder: i,
    };
    budgetCategories.push(parent);
    children.forEach(([childName], j) => {
      const child: BudgetCategory = {
        ...base(setupDate, 10 * 60 + i),
        name: childName,
        parentId: parent.id,
        code: `${code}-${j + 1}`,
        sortOrder: j,
      };
      budgetCategories.push(child);
      leaf.set(childName, child.id);
    });
  });
  const fy = fiscalYearOf(today, fiscalYearStartMonth);
  const budgets: Budget[] = [];
  for (const [, , children] of BUDGET_TREE) {
    for (const [name, dollars] of children) {
      fiscalYearMonths(fy, fiscalYearStartMonth).forEach((month, mi) => {
        const seasonal =
          name === 'Training' && mi < 3 ? 1.5 : name === 'Team events' && mi === 11 ? 3 : 1;
        budgets.push({
          ...base(addDays(setupDate, -10), 11 * 60),
          fiscalYear: fy,
          categoryId: leaf.get(name)!,
          month,
          amountCents: Math.round(dollars * seasonal) * 100,
        });
      });
    }
  }
  return { budgetCategories, budgets, leaf };
}
