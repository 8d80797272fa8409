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
export { registerSpendTotalsReader, type SpendTotalsReader } from './spend';
// Building blocks for the budget dashboard page, which combines budget with expenses (renderer/pages).
export { BudgetNav, useSelectedYear } from './components/BudgetNav';
export { BudgetKpis } from './components/BudgetKpis';
export { CategoryChart, CumulativeChart, RemainingChart } from './components/BudgetCharts';
export { VarianceTable } from './components/VarianceTable';
export { budgetReportRequest } from './components/budgetReport';
