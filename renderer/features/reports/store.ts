/**
 * The report screens' choices (UI state only): the period and how it is cut, and per report
 * what it groups by and which cell was opened — kept while the user follows a drill-down row to
 * its record and comes back.
 */
import { create } from 'zustand';
import type { Granularity } from '../../../shared/domain/reports';

export interface ReportPeriod {
  /** 'YYYY-MM', inclusive. */
  fromMonth: string;
  toMonth: string;
  granularity: Granularity;
}

/** One cell of a report's figures: a row (series) and a column (period); undefined = all. */
export interface DrillCell {
  row?: string | undefined;
  col?: string | undefined;
}

export type SpendGroup = 'vendor' | 'category';
export type SpendBasis = 'spent' | 'committed';

interface ReportsState {
  period: ReportPeriod | null;
  setPeriod(period: ReportPeriod): void;
  spendGroup: SpendGroup;
  spendBasis: SpendBasis;
  spendTop: number;
  spendCell: DrillCell | null;
  priceItem: string | null;
  requestCell: DrillCell | null;
  patch(p: Partial<Omit<ReportsState, 'patch' | 'setPeriod'>>): void;
}

export const useReportsStore = create<ReportsState>()((set) => ({
  period: null,
  setPeriod: (period) => set({ period, spendCell: null, requestCell: null }),
  spendGroup: 'vendor',
  spendBasis: 'spent',
  spendTop: 8,
  spendCell: null,
  priceItem: null,
  requestCell: null,
  patch: (p) => set(p),
}));
