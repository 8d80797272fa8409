/**
 * Spreading a budget over the months of a fiscal year (issue 4 item 1). Every function here
 * returns integer cents whose sum is exactly the total asked for: a budget that "loses" a cent
 * to rounding is a budget nobody trusts. Built on allocateEvenly / allocateByWeights.
 */
import { allocateByWeights, allocateEvenly } from '../lib/money';

export const MONTHS_IN_YEAR = 12;

/**
 * Month weights in fiscal order (first month of the fiscal year first). Presets describe how
 * office spend usually moves through a year; any other shape is typed as custom weights.
 */
export const SPREAD_PRESETS = {
  even: { label: 'Evenly', weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
  'quarter-end': {
    label: 'Heavier at quarter ends',
    weights: [1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 2],
  },
  'front-loaded': {
    label: 'Front-loaded (first half)',
    weights: [3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1],
  },
  'back-loaded': {
    label: 'Back-loaded (second half)',
    weights: [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3],
  },
  'summer-low': { label: 'Seasonal: quiet summer', weights: [4, 4, 4, 4, 4, 3, 2, 2, 4, 4, 4, 3] },
} as const satisfies Record<string, { label: string; weights: readonly number[] }>;

export type SpreadPreset = keyof typeof SPREAD_PRESETS;
export const SPREAD_PRESET_IDS = Object.keys(SPREAD_PRESETS) as SpreadPreset[];

/** Spreads an annual figure over 12 months by a preset or by explicit weights. */
export function spreadAnnual(
  totalCents: number,
  pattern: SpreadPreset | readonly number[] = 'even',
): number[] {
  if (typeof pattern === 'string') {
    if (pattern === 'even') return allocateEvenly(totalCents, MONTHS_IN_YEAR);
    return allocateByWeights(totalCents, SPREAD_PRESETS[pattern].weights);
  }
  if (pattern.length !== MONTHS_IN_YEAR)
    throw new RangeError(`Give ${MONTHS_IN_YEAR} weights, one per month`);
  return allocateByWeights(totalCents, pattern);
}

/**
 * Parses "1, 1, 2, …" typed by a person into 12 non-negative weights, or an error sentence.
 * Accepts commas, semicolons or spaces between numbers.
 */
export function parseWeights(text: string): { weights: number[] } | { error: string } {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length !== MONTHS_IN_YEAR)
    return {
      error: `Enter ${MONTHS_IN_YEAR} weights, one per month (you entered ${parts.length}).`,
    };
  const weights = parts.map(Number);
  if (weights.some((w) => !Number.isFinite(w) || w < 0))
    return { error: 'Weights must be numbers of 0 or more.' };
  return { weights };
}

/**
 * Applies a percentage change to a row of month amounts (copy last year + x %). The new total
 * is rounded once, to the nearest cent, then shared out in proportion to the old months, so
 * the months still sum exactly to the new total and keep last year's shape.
 */
export function scaleByPercent(amounts: readonly number[], percent: number): number[] {
  if (!Number.isFinite(percent)) throw new RangeError('The percentage must be a number');
  const oldTotal = amounts.reduce((a, b) => a + b, 0);
  if (oldTotal === 0) return amounts.map(() => 0);
  // Basis points keep the multiplication in integers for the usual one- or two-decimal inputs.
  const newTotal = Math.max(0, Math.round((oldTotal * Math.round((100 + percent) * 100)) / 10_000));
  if (amounts.some((a) => a < 0)) return allocateEvenly(newTotal, amounts.length);
  return allocateByWeights(newTotal, amounts);
}

/** The annual figure of a row of months. */
export function annualOf(amounts: readonly number[]): number {
  return amounts.reduce((a, b) => a + b, 0);
}
