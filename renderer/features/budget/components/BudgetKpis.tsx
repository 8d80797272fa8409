/** The year's four figures above the budget charts: budget, actual, remaining, forecast. */
import type { BudgetDashboard } from '../../../../shared/domain/forecast';
import { useMoney } from '../money';

/** "11.1 of 12 months": the current month counts by its days (issue 16.11). */
export function elapsedLabel(elapsed: number, months: number): string {
  const rounded = Math.round(elapsed * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} of ${months} months`;
}

export function BudgetKpis({ data, year }: { data: BudgetDashboard; year: number }) {
  const money = useMoney();
  const overCount = data.top.filter((r) => r.headingOver && r.budgetCents > 0).length;
  return (
    <section className="bud-kpis" aria-label="Year totals">
      <div className="card">
        <small>Budget {money.yearLabel(year)}</small>
        <strong>{money.format(data.total.budgetCents)}</strong>
      </div>
      <div className="card">
        <small>Actual ({elapsedLabel(data.elapsedMonths, data.months.length)})</small>
        <strong>{money.format(data.total.actualCents)}</strong>
      </div>
      <div className="card">
        <small>Remaining</small>
        <strong className={data.total.remainingCents < 0 ? 'neg' : undefined}>
          {money.format(data.total.remainingCents)}
        </strong>
      </div>
      <div className="card">
        <small>Year-end forecast</small>
        <strong>{money.format(data.total.forecastCents)}</strong>
        {overCount > 0 ? <span className="badge badge-warn">{overCount} heading over</span> : null}
      </div>
    </section>
  );
}
