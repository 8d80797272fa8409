/** The Budget module's header: the <h1>, the screen tabs and the fiscal year picker. */
import type { ReactNode } from 'react';
import { SectionTabs } from '../../../ui/SectionTabs';
import { useMoney } from '../money';
import { useBudgetYear } from '../store';

const TABS = [
  { id: '', label: 'Dashboard' },
  { id: 'plan', label: 'Plan' },
  { id: 'categories', label: 'Categories' },
] as const;

export function useSelectedYear(): number {
  const money = useMoney();
  const chosen = useBudgetYear((s) => s.fiscalYear);
  return chosen ?? money.currentFiscalYear;
}

export function BudgetNav({
  current,
  actions,
}: {
  current: '' | 'plan' | 'categories';
  actions?: ReactNode;
}) {
  const money = useMoney();
  const year = useSelectedYear();
  const setYear = useBudgetYear((s) => s.setFiscalYear);
  const years = [-2, -1, 0, 1].map((d) => money.currentFiscalYear + d);
  return (
    <>
      <header className="page-header">
        <h1>Budget</h1>
        <SectionTabs module="budget" label="Budget screens" tabs={TABS} current={current} />
        <span className="spacer" />
        {current !== 'categories' ? (
          <label className="field bud-inline-field">
            <span>Fiscal year</span>
            <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {money.yearLabel(y)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {actions}
      </header>
    </>
  );
}
