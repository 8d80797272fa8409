import { useDbQuery, useRepositoryList } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { budgetCategoryRepository, getBudgetVsActual, listBudgetsForYear } from './repository';

export const useBudgetCategories = (db?: BackdeskDb) => useRepositoryList(budgetCategoryRepository, db);
export const useBudgetsForYear = (fiscalYear: number, db?: BackdeskDb) =>
  useDbQuery((d) => listBudgetsForYear(fiscalYear, d), [fiscalYear], db);
export const useBudgetVsActual = (fiscalYear: number, fiscalYearStartMonth: number, db?: BackdeskDb) =>
  useDbQuery((d) => getBudgetVsActual(fiscalYear, fiscalYearStartMonth, d), [fiscalYear, fiscalYearStartMonth], db);
