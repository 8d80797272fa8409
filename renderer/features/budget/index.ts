/** Budget feature: category tree, monthly budgets, budget vs actual. */
export * from './repository';
export * from './hooks';
export {
  budgetSchema,
  budgetDraftSchema,
  budgetCategorySchema,
  budgetCategoryDraftSchema,
  buildCategoryTree,
  descendantIds,
  UNCATEGORIZED,
  DEFAULT_CATEGORY_TREE,
  type Budget,
  type BudgetDraft,
  type BudgetCategory,
  type BudgetCategoryDraft,
  type CategoryNode,
  type ExpenseTotal,
} from '../../../shared/domain/budget';
export * from '../../../shared/domain/allocation';
export { computeBudgetDashboard, forecastYearEnd, type BudgetDashboard, type DashboardRow, type CumulativePoint } from '../../../shared/domain/forecast';
export { useMoney, type MoneyTools } from './money';
