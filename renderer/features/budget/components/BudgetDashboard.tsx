/**
 * `#/budget`: budget against actual for the fiscal year, read from the maintained monthly
 * totals (never a scan of expenses). Every chart drills down: clicking a bar or a month sets
 * the expenses list's filter and opens it.
 */
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { PiggyBank } from 'lucide-react';
import { navigate } from '../../../core/router';
import { EmptyState } from '../../../ui/EmptyState';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useExpenseFilter } from '../../expenses';
import { defaultPageSize, renderBudgetReportHtml } from '../../../../shared/documents';
import { endOfMonth, monthOf, today } from '../../../../shared/lib/dates';
import type { DashboardRow } from '../../../../shared/domain/forecast';
import { useBudgetDashboard } from '../hooks';
import { useMoney } from '../money';
import { BudgetNav, useSelectedYear } from './BudgetNav';
import { usePrintDocument } from '../../../ui/printing';
import { FormError } from '../../../ui/FormDialog';
import './budget.css';

const COLORS = {
  budget: '#94a3b8',
  actual: '#2563eb',
  forecast: '#f59e0b',
  over: '#dc2626',
  ok: '#16a34a',
};

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
  const asOfMonth = monthOf(today());
  const data = useBudgetDashboard(year, money.startMonth, asOfMonth);
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
    const preparedOn = today();
    const asOf = data.monthsElapsed === 0 ? start : data.monthsElapsed >= 12 ? end : preparedOn;
    const html = renderBudgetReportHtml(
      {
        yearLabel: money.yearLabel(year),
        asOf,
        monthsElapsed: data.monthsElapsed,
        rows: data.rows,
        total: data.total,
        preparedOn,
        pageSize: defaultPageSize(company.locale),
      },
      company,
    );
    const request = {
      html,
      title: `Budget report ${money.yearLabel(year)}`,
      pageSize: defaultPageSize(company.locale),
    };
    await printDocument(how, request, { what: 'Budget report', onError: setError });
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
  const chartRows = data.top.map((r) => ({ ...r, label: r.name }));
  const remainingRows = data.top.filter((r) => r.budgetCents !== 0 || r.actualCents !== 0);
  const cumulative = data.cumulative.map((p) => ({ ...p, label: money.monthLabel(p.month) }));
  const tick = (v: number) => money.compact(v);
  const tip = (v: unknown) => (typeof v === 'number' ? money.format(v) : String(v ?? ''));
  const overCount = data.top.filter((r) => r.headingOver && r.budgetCents > 0).length;

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
          <section className="bud-kpis" aria-label="Year totals">
            <div className="card">
              <small>Budget {money.yearLabel(year)}</small>
              <strong>{money.format(data.total.budgetCents)}</strong>
            </div>
            <div className="card">
              <small>Actual ({data.monthsElapsed} of 12 months)</small>
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
              {overCount > 0 ? (
                <span className="badge badge-warn">{overCount} heading over</span>
              ) : null}
            </div>
          </section>
          <div className="bud-dash">
            <div className="bud-charts">
              <section className="card" aria-labelledby="bud-bva">
                <h2 id="bud-bva">Budget vs actual by category, with forecast</h2>
                <div
                  role="img"
                  aria-label="Bar chart of budget, actual and year-end forecast per category"
                  style={{ width: '100%', height: 300 }}
                >
                  <ResponsiveContainer>
                    <BarChart data={chartRows} margin={{ left: 8, right: 8, top: 8, bottom: 40 }}>
                      <CartesianGrid strokeDasharray="3 3" vertical={false} />
                      <XAxis
                        dataKey="label"
                        interval={0}
                        angle={-25}
                        textAnchor="end"
                        height={60}
                        tick={{ fontSize: 11 }}
                      />
                      <YAxis tickFormatter={tick} width={70} tick={{ fontSize: 11 }} />
                      <Tooltip formatter={tip} />
                      <Legend verticalAlign="top" />
                      <Bar
                        dataKey="budgetCents"
                        name="Budget"
                        fill={COLORS.budget}
                        cursor="pointer"
                        onClick={(e) =>
                          drillCategory((e as unknown as { payload: DashboardRow }).payload)
                        }
                      />
                      <Bar
                        dataKey="actualCents"
                        name="Actual"
                        fill={COLORS.actual}
                        cursor="pointer"
                        onClick={(e) =>
                          drillCategory((e as unknown as { payload: DashboardRow }).payload)
                        }
                      />
                      <Bar
                        dataKey="forecastCents"
                        name="Forecast"
                        fill={COLORS.forecast}
                        cursor="pointer"
                        onClick={(e) =>
                          drillCategory((e as unknown as { payload: DashboardRow }).payload)
                        }
                      >
                        {chartRows.map((r) => (
                          <Cell
                            key={r.categoryId}
                            fill={
                              r.headingOver && r.budgetCents > 0 ? COLORS.over : COLORS.forecast
                            }
                          />
                        ))}
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </div>
                <p className="bud-chart-hint">
                  Click a bar to see the expenses behind it. Red forecast bars are heading over
                  budget.
                </p>
              </section>
              <section className="card" aria-labelledby="bud-cum">
                <h2 id="bud-cum">Cumulative spend vs budget</h2>
                <div
                  role="img"
                  aria-label="Line chart of cumulative budget, actual spend and forecast by month"
                  style={{ width: '100%', height: 260 }}
                >
                  <ResponsiveContainer>
                    <ComposedChart
                      data={cumulative}
                      margin={{ left: 8, right: 8, top: 8, bottom: 8 }}
                      onClick={(state) => {
                        const i = Number(
                          (state as { activeTooltipIndex?: number | string | null } | undefined)
                            ?.activeTooltipIndex,
                        );
                        const point = Number.isInteger(i) ? data.cumulative[i] : undefined;
                        if (point) drillMonth(point.month);
                      }}
                    >
                      <CartesianGrid strokeDasharray="3 3" vertical={false} />
                      <XAxis dataKey="label" tick={{ fontSize: 11 }} />
                      <YAxis tickFormatter={tick} width={70} tick={{ fontSize: 11 }} />
                      <Tooltip formatter={tip} />
                      <Legend verticalAlign="top" />
                      <Line
                        type="monotone"
                        dataKey="budgetCents"
                        name="Budget"
                        stroke={COLORS.budget}
                        strokeWidth={2}
                        dot={false}
                      />
                      <Line
                        type="monotone"
                        dataKey="actualCents"
                        name="Actual"
                        stroke={COLORS.actual}
                        strokeWidth={2}
                        connectNulls={false}
                      />
                      <Line
                        type="monotone"
                        dataKey="forecastCents"
                        name="Forecast"
                        stroke={COLORS.forecast}
                        strokeDasharray="6 4"
                        strokeWidth={2}
                        dot={false}
                      />
                    </ComposedChart>
                  </ResponsiveContainer>
                </div>
                <p className="bud-chart-hint">Click a month to see its expenses.</p>
              </section>
              <section className="card" aria-labelledby="bud-rem">
                <h2 id="bud-rem">Remaining per category</h2>
                <div
                  role="img"
                  aria-label="Bar chart of budget remaining per category"
                  style={{ width: '100%', height: Math.max(160, 28 * remainingRows.length + 40) }}
                >
                  <ResponsiveContainer>
                    <BarChart
                      data={remainingRows}
                      layout="vertical"
                      margin={{ left: 8, right: 16, top: 4, bottom: 4 }}
                    >
                      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                      <XAxis type="number" tickFormatter={tick} tick={{ fontSize: 11 }} />
                      <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 11 }} />
                      <Tooltip formatter={tip} />
                      <ReferenceLine x={0} stroke="#64748b" />
                      <Bar
                        dataKey="remainingCents"
                        name="Remaining"
                        cursor="pointer"
                        onClick={(e) =>
                          drillCategory((e as unknown as { payload: DashboardRow }).payload)
                        }
                      >
                        {remainingRows.map((r) => (
                          <Cell
                            key={r.categoryId}
                            fill={r.remainingCents < 0 ? COLORS.over : COLORS.ok}
                          />
                        ))}
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </div>
              </section>
            </div>
            <VarianceTable rows={data.rows} total={data.total} onDrill={drillCategory} />
          </div>
        </>
      )}
    </div>
  );
}

function VarianceTable({
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
