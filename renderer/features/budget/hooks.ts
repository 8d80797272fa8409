import { useDbQuery, useRepositoryList } from '../../db/hooks';
import type { BackdeskDb } from '../../db';
import { budgetCategoryRepository, getBudgetDashboard, getBudgetGrid, getBudgetVsActual, listBudgetsForYear } from './repository';

export const useBudgetCategories = (db?: BackdeskDb) => useRepositoryList(budgetCategoryRepository, db);
export const useBudgetsForYear = (fiscalYear: number, db?: BackdeskDb) =>
  useDbQuery((d) => listBudgetsForYear(fiscalYear, d), [fiscalYear], db);
export const useBudgetVsActual = (fiscalYear: number, fiscalYearStartMonth: number, db?: BackdeskDb) =>
  useDbQuery((d) => getBudgetVsActual(fiscalYear, fiscalYearStartMonth, d), [fiscalYear, fiscalYearStartMonth], db);
export const useBudgetDashboard = (fiscalYear: number, fiscalYearStartMonth: number, asOf: string, db?: BackdeskDb) =>
  useDbQuery((d) => getBudgetDashboard(fiscalYear, fiscalYearStartMonth, asOf, d), [fiscalYear, fiscalYearStartMonth, asOf], db);
export const useBudgetGrid = (fiscalYear: number, fiscalYearStartMonth: number, db?: BackdeskDb) =>
  useDbQuery((d) => getBudgetGrid(fiscalYear, fiscalYearStartMonth, d), [fiscalYear, fiscalYearStartMonth], db);
