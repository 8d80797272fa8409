/**
 * Year-end forecast from the run rate and the budget dashboard's figures (issue 4 item 4).
 * Pure: the renderer feeds it one line per category read from the maintained monthly totals
 * (never from the expenses themselves), so it runs in microseconds however many expenses exist.
 */

export const DEFAULT_LOOKBACK_MONTHS = 3;

export interface RunRateInput {
  /** Actual spend per fiscal month, 12 entries, in cents. */
  actualByMonth: readonly number[];
  /** How many fiscal months have started (0–12); the current month counts as elapsed. */
  monthsElapsed: number;
  /**
   * How much of the last started month has passed (0–1, e.g. 3/31 on the 3rd); default 1
   * (whole months). On Dec 3 eleven months and three days have passed, not twelve months
   * (issue 16.11): the rate and the months remaining are measured in elapsed time.
   */
  currentMonthFraction?: number;
  /** The run rate is the average of the last N elapsed months. */
  lookbackMonths?: number;
  /** Used when no month has elapsed yet: with nothing to extrapolate, the plan is the forecast. */
  budgetCents?: number;
}

export interface RunRateForecast {
  actualToDateCents: number;
  /** Average monthly spend over the lookback window, rounded to the cent. */
  runRateCents: number;
  /** Months of the year still to come, fractional (0.9 on Dec 3). */
  monthsRemaining: number;
  forecastCents: number;
}

/**
 * actual to date + what the rest of the year will add at the run rate (the average of the last
 * N complete months). A month still in progress counts by its elapsed days (issue 16.11): it is
 * expected to end at what it holds plus the rate for its remaining days, but no higher than a
 * usual month unless it already holds more — so rent paid on the 1st is not counted twice,
 * and a quiet month near its end is not topped up to a whole month. Amounts round once.
 * With no complete month yet, the plan's monthly amount is the rate (there is nothing to go on).
 */
export function forecastYearEnd(input: RunRateInput): RunRateForecast {
  const months = input.actualByMonth.length;
  const elapsed = Math.max(0, Math.min(months, Math.floor(input.monthsElapsed)));
  const lookback = Math.max(1, Math.floor(input.lookbackMonths ?? DEFAULT_LOOKBACK_MONTHS));
  const fraction = elapsed === 0 ? 0 : Math.max(0, Math.min(1, input.currentMonthFraction ?? 1));
  const partial = elapsed > 0 && fraction < 1;
  const complete = partial ? elapsed - 1 : elapsed;
  let actualToDate = 0;
  for (let i = 0; i < elapsed; i++) actualToDate += input.actualByMonth[i] ?? 0;
  const remaining = months - (complete + (partial ? fraction : 0));
  if (elapsed === 0) {
    return { actualToDateCents: 0, runRateCents: 0, monthsRemaining: remaining, forecastCents: input.budgetCents ?? 0 };
  }
  const window = Math.min(lookback, complete);
  let windowSum = 0;
  for (let i = complete - window; i < complete; i++) windowSum += input.actualByMonth[i] ?? 0;
  const soFar = partial ? (input.actualByMonth[elapsed - 1] ?? 0) : 0;
  // Cents per month; exact fractions until the one rounding at the end.
  const rate = window > 0 ? windowSum / window : input.budgetCents !== undefined && months > 0 ? input.budgetCents / months : soFar / Math.max(fraction, 0.5);
  const currentExpected = partial ? Math.max(soFar, Math.min(rate, soFar + rate * (1 - fraction))) : 0;
  const wholeMonthsAfter = months - elapsed;
  return {
    actualToDateCents: actualToDate,
    runRateCents: Math.round(rate),
    monthsRemaining: remaining,
    forecastCents: actualToDate - soFar + Math.round(currentExpected + rate * wholeMonthsAfter),
  };
}

/** The part of a month that has passed on `date` ('YYYY-MM-DD'): the 3rd of a 31-day month is 3/31. */
export function monthFractionOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Math.min(1, d / days);
}

/** How many months of a fiscal year (its months in order, 'YYYY-MM') have started by `asOfMonth`. */
export function monthsElapsed(fiscalMonths: readonly string[], asOfMonth: string): number {
  let n = 0;
  for (const m of fiscalMonths) if (m <= asOfMonth) n++;
  return n;
}

export interface DashboardLineInput {
  categoryId: string;
  name: string;
  parentId: string | null;
  budgetCents: readonly number[];
  actualCents: readonly number[];
}

export interface DashboardRow {
  categoryId: string;
  name: string;
  parentId: string | null;
  /** Depth in the category tree (0 = top level); rows come in tree order. */
  depth: number;
  budgetCents: number;
  actualCents: number;
  /** Budget for the months elapsed so far: what "on track" means today. */
  budgetToDateCents: number;
  remainingCents: number;
  /** budget − actual: positive is under budget. */
  varianceCents: number;
  forecastCents: number;
  /** The forecast exceeds the annual budget. */
  headingOver: boolean;
}

export interface CumulativePoint {
  month: string;
  budgetCents: number;
  /** undefined for months that have not started. */
  actualCents?: number;
  /** The run-rate projection from the last elapsed month to year end. */
  forecastCents?: number;
}

export interface BudgetDashboard {
  months: string[];
  /** Months started (the current one included). */
  monthsElapsed: number;
  /** Elapsed time in months, the current month by its days (11.1 on Dec 3). */
  elapsedMonths: number;
  /** Top-level categories with their subcategories rolled in, plus Uncategorized. */
  top: DashboardRow[];
  /** Every category (own + descendants rolled up), in tree order, for the variance table. */
  rows: DashboardRow[];
  total: DashboardRow;
  cumulative: CumulativePoint[];
}

function sumArrays(target: number[], add: readonly number[]): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) + (add[i] ?? 0);
}

function makeRow(
  line: { categoryId: string; name: string; parentId: string | null },
  depth: number,
  budget: readonly number[],
  actual: readonly number[],
  elapsed: number,
  lookback: number,
  fraction: number,
): DashboardRow {
  const budgetCents = budget.reduce((a, b) => a + b, 0);
  const actualCents = actual.reduce((a, b) => a + b, 0);
  let budgetToDate = 0;
  for (let i = 0; i < elapsed; i++) budgetToDate += (budget[i] ?? 0) * (i === elapsed - 1 ? fraction : 1);
  budgetToDate = Math.round(budgetToDate);
  const f = forecastYearEnd({
    actualByMonth: actual,
    monthsElapsed: elapsed,
    lookbackMonths: lookback,
    budgetCents,
    currentMonthFraction: fraction,
  });
  return {
    categoryId: line.categoryId,
    name: line.name,
    parentId: line.parentId,
    depth,
    budgetCents,
    actualCents,
    budgetToDateCents: budgetToDate,
    remainingCents: budgetCents - actualCents,
    varianceCents: budgetCents - actualCents,
    forecastCents: f.forecastCents,
    headingOver: f.forecastCents > budgetCents,
  };
}

/**
 * Everything the budget dashboard draws, from one line per category (own amounts, not rolled
 * up). Categories whose parent is missing are treated as top level. `asOf` is a day
 * ('YYYY-MM-DD': the current month counts by its elapsed days) or a month ('YYYY-MM': whole).
 */
export function computeBudgetDashboard(
  lines: readonly DashboardLineInput[],
  months: readonly string[],
  asOf: string,
  lookbackMonths = DEFAULT_LOOKBACK_MONTHS,
): BudgetDashboard {
  const asOfMonth = asOf.slice(0, 7);
  const elapsed = monthsElapsed(months, asOfMonth);
  // Only a day inside the last started month makes that month partial.
  const fraction = asOf.length === 10 && elapsed > 0 && months[elapsed - 1] === asOfMonth ? monthFractionOf(asOf) : 1;
  const n = months.length;
  const byId = new Map(lines.map((l) => [l.categoryId, l]));
  const children = new Map<string | null, DashboardLineInput[]>();
  for (const l of lines) {
    const parent = l.parentId !== null && byId.has(l.parentId) ? l.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(l);
    children.set(parent, list);
  }
  const rows: DashboardRow[] = [];
  const top: DashboardRow[] = [];
  const totalBudget = new Array<number>(n).fill(0);
  const totalActual = new Array<number>(n).fill(0);
  // Returns the rolled-up month arrays of `line` and appends its rows in tree order.
  const visit = (
    line: DashboardLineInput,
    depth: number,
    seen: Set<string>,
  ): { budget: number[]; actual: number[] } => {
    const budget = Array.from({ length: n }, (_, i) => line.budgetCents[i] ?? 0);
    const actual = Array.from({ length: n }, (_, i) => line.actualCents[i] ?? 0);
    const at = rows.length;
    rows.push(undefined as unknown as DashboardRow);
    const kids = (children.get(line.categoryId) ?? []).filter((k) => !seen.has(k.categoryId));
    for (const kid of kids) {
      const sub = visit(kid, depth + 1, new Set([...seen, kid.categoryId]));
      sumArrays(budget, sub.budget);
      sumArrays(actual, sub.actual);
    }
    rows[at] = makeRow(line, depth, budget, actual, elapsed, lookbackMonths, fraction);
    return { budget, actual };
  };
  for (const root of children.get(null) ?? []) {
    const { budget, actual } = visit(root, 0, new Set([root.categoryId]));
    sumArrays(totalBudget, budget);
    sumArrays(totalActual, actual);
    const row = rows.find((r) => r.categoryId === root.categoryId)!;
    top.push(row);
  }
  const total = makeRow(
    { categoryId: '*', name: 'Total', parentId: null },
    0,
    totalBudget,
    totalActual,
    elapsed,
    lookbackMonths,
    fraction,
  );

  const cumulative: CumulativePoint[] = [];
  let b = 0;
  let a = 0;
  const totalForecast = forecastYearEnd({
    actualByMonth: totalActual,
    monthsElapsed: elapsed,
    lookbackMonths,
    budgetCents: total.budgetCents,
    currentMonthFraction: fraction,
  });
  const perMonth =
    totalForecast.monthsRemaining > 0
      ? (total.forecastCents - totalForecast.actualToDateCents) / totalForecast.monthsRemaining
      : 0;
  for (let i = 0; i < n; i++) {
    b += totalBudget[i] ?? 0;
    const point: CumulativePoint = { month: months[i]!, budgetCents: b };
    if (i < elapsed) {
      a += totalActual[i] ?? 0;
      point.actualCents = a;
    }
    // The forecast line starts where actual ends, so the two join on the chart.
    // After the current month, each month end adds the rest of the current month and then
    // whole months at the forecast's rate.
    if (elapsed > 0 && i >= elapsed - 1) {
      point.forecastCents =
        i === n - 1
          ? total.forecastCents
          : i === elapsed - 1
            ? a
            : Math.round(a + perMonth * (1 - fraction + (i - elapsed + 1)));
    }
    cumulative.push(point);
  }
  const elapsedMonths = elapsed === 0 ? 0 : elapsed - 1 + fraction;
  return { months: [...months], monthsElapsed: elapsed, elapsedMonths, top, rows, total, cumulative };
}
