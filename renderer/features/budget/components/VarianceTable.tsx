/** The variance table beside the budget charts: each category's name opens its expenses. */
import type { DashboardRow } from '../../../../shared/domain/forecast';
import { useMoney } from '../money';

export function VarianceTable({
  rows,
  total,
  onDrill,
}: {
  rows: DashboardRow[];
  total: DashboardRow;
  onDrill: (r: DashboardRow) => void;
}) {
  const money = useMoney();
  const cell = (c: number) => <td className={`num${c < 0 ? ' neg' : ''}`}>{money.format(c)}</td>;
  return (
    <section className="card" aria-labelledby="bud-var">
      <h2 id="bud-var">Variance</h2>
      <div className="table-wrap">
        <table className="data-table bud-variance" aria-labelledby="bud-var">
          <thead>
            <tr>
              <th>Category</th>
              <th className="num">Budget</th>
              <th className="num">Actual</th>
              <th className="num">Variance</th>
              <th className="num">Forecast</th>
            </tr>
          </thead>
          <tbody>
            {rows
              // Subcategories with nothing planned or spent only add noise beside the charts.
              .filter((r) => r.depth === 0 || r.budgetCents !== 0 || r.actualCents !== 0)
              .map((r) => (
                <tr
                  key={r.categoryId || 'uncategorized'}
                  className={`depth-${Math.min(2, r.depth)}${r.depth === 0 ? ' top' : ''}`}
                >
                  <td>
                    <button
                      type="button"
                      className="bud-linkbtn"
                      onClick={() => onDrill(r)}
                      aria-label={`Show expenses for ${r.name}`}
                    >
                      {r.name}
                    </button>
                    {r.headingOver && (r.budgetCents > 0 || r.actualCents > 0) ? (
                      <span className="badge badge-warn bud-flag">Heading over</span>
                    ) : null}
                  </td>
                  {cell(r.budgetCents)}
                  {cell(r.actualCents)}
                  {cell(r.varianceCents)}
                  {cell(r.forecastCents)}
                </tr>
              ))}
            <tr className="top">
              <td>
                Total
                {total.headingOver ? (
                  <span className="badge badge-warn bud-flag">Heading over</span>
                ) : null}
              </td>
              {cell(total.budgetCents)}
              {cell(total.actualCents)}
              {cell(total.varianceCents)}
              {cell(total.forecastCents)}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
