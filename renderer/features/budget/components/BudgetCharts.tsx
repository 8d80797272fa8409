/**
 * The budget dashboard's charts (recharts): budget against actual with the forecast per
 * category, cumulative spend by month, and what remains per category. Each reports a click on
 * a category or a month; what a click opens is the page's business.
 */
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
import type { CumulativePoint, DashboardRow } from '../../../../shared/domain/forecast';
import { niceMoneyTicks } from '../../../../shared/lib/chartTicks';
import { useMoney } from '../money';

export const BUDGET_COLORS = {
  budget: '#94a3b8',
  actual: '#2563eb',
  forecast: '#f59e0b',
  over: '#dc2626',
  ok: '#16a34a',
};

/** recharts hands a bar's click the row it was drawn from as `payload`. */
function onBar(onCategory: (row: DashboardRow) => void) {
  return (e: unknown) => onCategory((e as { payload: DashboardRow }).payload);
}

function useAxisFormat() {
  const money = useMoney();
  return {
    tick: (v: number) => money.compact(v),
    tip: (v: unknown) => (typeof v === 'number' ? money.format(v) : String(v ?? '')),
  };
}

export function CategoryChart({
  rows,
  onCategory,
}: {
  rows: readonly DashboardRow[];
  onCategory: (row: DashboardRow) => void;
}) {
  const { tick, tip } = useAxisFormat();
  const chartRows = rows.map((r) => ({ ...r, label: r.name }));
  const ticks = niceMoneyTicks(rows.flatMap((r) => [r.budgetCents, r.actualCents, r.forecastCents]));
  const click = onBar(onCategory);
  return (
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
            <YAxis tickFormatter={tick} width={70} tick={{ fontSize: 11 }} ticks={ticks} domain={[ticks[0]!, ticks.at(-1)!]} interval={0} />
            <Tooltip formatter={tip} />
            <Legend verticalAlign="top" />
            <Bar
              dataKey="budgetCents"
              name="Budget"
              fill={BUDGET_COLORS.budget}
              cursor="pointer"
              onClick={click}
            />
            <Bar
              dataKey="actualCents"
              name="Actual"
              fill={BUDGET_COLORS.actual}
              cursor="pointer"
              onClick={click}
            />
            <Bar
              dataKey="forecastCents"
              name="Forecast"
              fill={BUDGET_COLORS.forecast}
              cursor="pointer"
              onClick={click}
            >
              {chartRows.map((r) => (
                <Cell
                  key={r.categoryId}
                  fill={
                    r.headingOver && r.budgetCents > 0 ? BUDGET_COLORS.over : BUDGET_COLORS.forecast
                  }
                />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="bud-chart-hint">
        Click a bar to see the expenses behind it. Red forecast bars are heading over budget.
      </p>
    </section>
  );
}

export function CumulativeChart({
  points,
  onMonth,
}: {
  points: readonly CumulativePoint[];
  onMonth: (month: string) => void;
}) {
  const money = useMoney();
  const { tick, tip } = useAxisFormat();
  const cumulative = points.map((p) => ({ ...p, label: money.monthLabel(p.month) }));
  const ticks = niceMoneyTicks(points.flatMap((p) => [p.budgetCents, p.actualCents, p.forecastCents]));
  return (
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
              const point = Number.isInteger(i) ? points[i] : undefined;
              if (point) onMonth(point.month);
            }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis tickFormatter={tick} width={70} tick={{ fontSize: 11 }} ticks={ticks} domain={[ticks[0]!, ticks.at(-1)!]} interval={0} />
            <Tooltip formatter={tip} />
            <Legend verticalAlign="top" />
            <Line
              type="monotone"
              dataKey="budgetCents"
              name="Budget"
              stroke={BUDGET_COLORS.budget}
              strokeWidth={2}
              dot={false}
            />
            <Line
              type="monotone"
              dataKey="actualCents"
              name="Actual"
              stroke={BUDGET_COLORS.actual}
              strokeWidth={2}
              connectNulls={false}
            />
            <Line
              type="monotone"
              dataKey="forecastCents"
              name="Forecast"
              stroke={BUDGET_COLORS.forecast}
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="bud-chart-hint">Click a month to see its expenses.</p>
    </section>
  );
}

export function RemainingChart({
  rows,
  onCategory,
}: {
  rows: readonly DashboardRow[];
  onCategory: (row: DashboardRow) => void;
}) {
  const { tick, tip } = useAxisFormat();
  const remainingRows = rows.filter((r) => r.budgetCents !== 0 || r.actualCents !== 0);
  const ticks = niceMoneyTicks(remainingRows.map((r) => r.remainingCents));
  return (
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
            <XAxis type="number" tickFormatter={tick} tick={{ fontSize: 11 }} ticks={ticks} domain={[ticks[0]!, ticks.at(-1)!]} interval={0} />
            <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 11 }} />
            <Tooltip formatter={tip} />
            <ReferenceLine x={0} stroke="#64748b" />
            <Bar
              dataKey="remainingCents"
              name="Remaining"
              cursor="pointer"
              onClick={onBar(onCategory)}
            >
              {remainingRows.map((r) => (
                <Cell
                  key={r.categoryId}
                  fill={r.remainingCents < 0 ? BUDGET_COLORS.over : BUDGET_COLORS.ok}
                />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}
