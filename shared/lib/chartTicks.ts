/**
 * Round axis ticks for money charts (issue 16.11): steps of 1, 2, 2.5 or 5 × a power of ten of
 * the currency's major unit (5,000, 10,000, 25,000 …), covering the data, about `count` ticks.
 * Values are in cents, as every amount in the app; ticks come back in cents too.
 */

const STEPS = [1, 2, 2.5, 5, 10] as const;

/** The tick step (in major units) for a span, so the span needs about `count` - 1 steps. */
function niceStep(spanUnits: number, count: number): number {
  const raw = spanUnits / Math.max(1, count - 1);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const step = STEPS.find((s) => fraction <= s) ?? 10;
  // Below one unit a step is a whole unit: "$0.50" ticks say nothing on a budget chart.
  return Math.max(1, step * power);
}

/**
 * Ticks from a round number at or below min (0 when all values are positive) to one at or above
 * max. An empty or all-zero chart gets 0 … 100.
 */
export function niceMoneyTicks(values: readonly (number | undefined | null)[], count = 5): number[] {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const lo = min / 100;
  const hi = max / 100;
  if (hi - lo <= 0) return [0, 2500, 5000, 7500, 10000];
  const step = niceStep(hi - lo, count);
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Counting steps (not adding them up) keeps 2.5 steps exact.
  const n = Math.round((last - first) / step);
  for (let i = 0; i <= n; i++) ticks.push(Math.round((first + i * step) * 100));
  return ticks;
}
