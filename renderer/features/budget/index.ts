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
  type Budget,
  type BudgetDraft,
  type BudgetCategory,
  type BudgetCategoryDraft,
  type CategoryNode,
  type ExpenseTotal,
} from '../../../shared/domain/budget';
