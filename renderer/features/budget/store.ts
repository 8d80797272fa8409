/** Which fiscal year the budget screens show (UI state; null = the current one). */
import { create } from 'zustand';

export const useBudgetYear = create<{
  fiscalYear: number | null;
  setFiscalYear(fy: number | null): void;
}>()((set) => ({
  fiscalYear: null,
  setFiscalYear: (fiscalYear) => set({ fiscalYear }),
}));
