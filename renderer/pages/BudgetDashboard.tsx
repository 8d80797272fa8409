/**
 * `#/budget`: budget against actual for the fiscal year, read from the maintained monthly
 * totals (never a scan of expenses). Every chart drills down: clicking a bar or a month sets
 * the expenses list's filter and opens it — which is why this page sits above both budget and
 * expenses.
 */
import { useState } from 'react';
import { PiggyBank } from 'lucide-react';
import { navigate } from '../core/router';
import { useCompanyProfile } from '../core/settingsHooks';
import { EmptyState } from '../ui/EmptyState';
import { FormError } from '../ui/FormDialog';
import { usePrintDocument } from '../ui/printing';
import { endOfMonth, today } from '../../shared/lib/dates';
import type { DashboardRow } from '../../shared/domain/forecast';
import {
  BudgetKpis,
  BudgetNav,
  budgetReportRequest,
  CategoryChart,
  CumulativeChart,
  RemainingChart,
  useBudgetDashboard,
  useMoney,
  useSelectedYear,
  VarianceTable,
} from '../features/budget';
import { useExpenseFilter } from '../features/expenses';
import '../features/budget/components/budget.css';

/** The category and every category under it, from the dashboard's tree-ordered rows. */
function subtreeIds(rows: readonly DashboardRow[], rootId: string): string[] {
  const ids = new Set([rootId]);
  for (const r of rows) if (r.parentId !== null && ids.has(r.parentId)) ids.add(r.categoryId);
  return [...ids];
}

export function BudgetDashboard() {
  const money = useMoney();
  const company = useCompanyProfile();
  const year = useSelectedYear();
  // A day, not a month: the current month counts by its elapsed days (issue 16.11).
  const data = useBudgetDashboard(year, money.startMonth, today());
  const setFilter = useExpenseFilter((s) => s.setFilter);
  const printDocument = usePrintDocument();
  const [error, setError] = useState<string | null>(null);
  const { start, end } = money.range(year);

  const drillCategory = (row: Pick<DashboardRow, 'categoryId' | 'name'>) => {
    if (!data) return;
    setFilter({
      from: start,
      to: end,
      categoryIds: subtreeIds(data.rows, row.categoryId),
      label: `${row.name}, ${money.yearLabel(year)}`,
    });
    navigate('expenses');
  };
  const drillMonth = (month: string) => {
    setFilter({
      from: `${month}-01`,
      to: endOfMonth(`${month}-01`),
      label: `All categories, ${money.monthLabel(month, 'long')}`,
    });
    navigate('expenses');
  };

  const output = async (how: 'print' | 'pdf') => {
    if (!data) return;
    setError(null);
    await printDocument(how, budgetReportRequest(data, year, money, company), {
      what: 'Budget report',
      onError: setError,
    });
  };

  const actions = (
    <>
      <button type="button" className="btn" onClick={() => void output('print')} disabled={!data}>
        Print…
      </button>
      <button type="button" className="btn" onClick={() => void output('pdf')} disabled={!data}>
        Save as PDF…
      </button>
    </>
  );

  if (data === undefined) {
    return (
      <div className="page">
        <BudgetNav current="" actions={actions} />
        <p className="muted">Loading the budget…</p>
      </div>
    );
  }
  const empty =
    data.rows.length === 0 || (data.total.budgetCents === 0 && data.total.actualCents === 0);

  return (
    <div className="page">
      <BudgetNav current="" actions={actions} />
      <FormError error={error} />
      {empty ? (
        <EmptyState
          icon={PiggyBank}
          title={`No budget or spend for ${money.yearLabel(year)} yet`}
          actions={
            <a className="btn btn-primary" href="#/budget/plan">
              Plan the budget
            </a>
          }
        >
          <p>
            Set an annual figure per category on the Plan tab, then record expenses; this page
            compares the two.
          </p>
        </EmptyState>
      ) : (
        <>
          <BudgetKpis data={data} year={year} />
          <div className="bud-dash">
            <div className="bud-charts">
              <CategoryChart rows={data.top} onCategory={drillCategory} />
              <CumulativeChart points={data.cumulative} onMonth={drillMonth} />
              <RemainingChart rows={data.top} onCategory={drillCategory} />
            </div>
            <VarianceTable rows={data.rows} total={data.total} onDrill={drillCategory} />
          </div>
        </>
      )}
    </div>
  );
}
