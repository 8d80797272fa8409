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
  /** The run rate is the average of the last N elapsed months. */
  lookbackMonths?: number;
  /** Used when no month has elapsed yet: with nothing to extrapolate, the plan is the forecast. */
  budgetCents?: number;
}

export interface RunRateForecast {
  actualToDateCents: number;
  /** Average monthly spend over the lookback window, rounded to the cent. */
  runRateCents: number;
  monthsRemaining: number;
  forecastCents: number;
}

/**
 * actual to date + average monthly spend of the last N months × months remaining. The product
 * is rounded once (sum × remaining / N), so the forecast is an exact integer of cents.
 */
export function forecastYearEnd(input: RunRateInput): RunRateForecast {
  const months = input.actualByMonth.length;
  const elapsed = Math.max(0, Math.min(months, Math.floor(input.monthsElapsed)));
  const lookback = Math.max(1, Math.floor(input.lookbackMonths ?? DEFAULT_LOOKBACK_MONTHS));
  let actualToDate = 0;
  for (let i = 0; i < elapsed; i++) actualToDate += input.actualByMonth[i] ?? 0;
  const remaining = months - elapsed;
  if (elapsed === 0) {
    return {
      actualToDateCents: 0,
      runRateCents: 0,
      monthsRemaining: remaining,
      forecastCents: input.budgetCents ?? 0,
    };
  }
  const window = Math.min(lookback, elapsed);
  let windowSum = 0;
  for (let i = elapsed - window; i < elapsed; i++) windowSum += input.actualByMonth[i] ?? 0;
  return {
    actualToDateCents: actualToDate,
    runRateCents: Math.round(windowSum / window),
    monthsRemaining: remaining,
    forecastCents: actualToDate + Math.round((windowSum * remaining) / window),
  };
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
  monthsElapsed: number;
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
): DashboardRow {
  const budgetCents = budget.reduce((a, b) => a + b, 0);
  const actualCents = actual.reduce((a, b) => a + b, 0);
  let budgetToDate = 0;
  for (let i = 0; i < elapsed; i++) budgetToDate += budget[i] ?? 0;
  const f = forecastYearEnd({
    actualByMonth: actual,
    monthsElapsed: elapsed,
    lookbackMonths: lookback,
    budgetCents,
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
 * up). Categories whose parent is missing are treated as top level.
 */
export function computeBudgetDashboard(
  lines: readonly DashboardLineInput[],
  months: readonly string[],
  asOfMonth: string,
  lookbackMonths = DEFAULT_LOOKBACK_MONTHS,
): BudgetDashboard {
  const elapsed = monthsElapsed(months, asOfMonth);
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
    rows[at] = makeRow(line, depth, budget, actual, elapsed, lookbackMonths);
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
  );

  const cumulative: CumulativePoint[] = [];
  let b = 0;
  let a = 0;
  const totalForecast = forecastYearEnd({
    actualByMonth: totalActual,
    monthsElapsed: elapsed,
    lookbackMonths,
    budgetCents: total.budgetCents,
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
    if (elapsed > 0 && i >= elapsed - 1) {
      point.forecastCents =
        i === n - 1 ? total.forecastCents : Math.round(a + perMonth * (i - (elapsed - 1)));
    }
    cumulative.push(point);
  }
  return { months: [...months], monthsElapsed: elapsed, top, rows, total, cumulative };
}
