/**
 * The expenses list's filter (UI state only). The budget dashboard sets it when a chart is
 * clicked, then navigates to the list, which shows the expenses behind that bar or point.
 */
import { create } from 'zustand';
import type { ExpenseStatus } from '../../../shared/domain/expenses';

export interface ExpenseFilter {
  /** Inclusive 'YYYY-MM-DD' range; undefined = the current fiscal year. */
  from?: string;
  to?: string;
  /** A category and its subcategories ('' = uncategorised); empty = all. */
  categoryIds?: string[];
  /** What the filter came from, shown above the list ("Travel, March 2026"). */
  label?: string;
  spentById?: string;
  status?: ExpenseStatus;
  text?: string;
}

interface ExpenseFilterState {
  filter: ExpenseFilter;
  setFilter(filter: ExpenseFilter): void;
  patchFilter(patch: Partial<ExpenseFilter>): void;
  clearFilter(): void;
}

export const useExpenseFilter = create<ExpenseFilterState>()((set) => ({
  filter: {},
  setFilter: (filter) => set({ filter }),
  patchFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilter: () => set({ filter: {} }),
}));
