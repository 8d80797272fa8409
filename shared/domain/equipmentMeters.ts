/**
 * Equipment usage meters (issue 12.3): a copier's page count, a pool car's odometer, a
 * generator's hours. Readings are an append-only ledger (DESIGN §2); a reading never goes
 * below the previous one unless it is an explicit "meter replaced" entry.
 *
 * A replacement reading (`replaced: true`) says: the old meter stopped (at `oldMeterFinalValue`
 * if it could still be read) and a new meter started at `startValue` (default: `value`);
 * `value` is what the new meter shows on the reading's day. Later readings compare with the
 * new meter. `lifetimeValues` turns readings into one continuous scale across replacements,
 * which is what meter-based maintenance plans count in.
 *
 * Readings are ordered by `date`, then `createdAt`, then `id`; soft-deleted ones are ignored.
 */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, isoDateSchema, optionalText, requiredText } from './common';
import { liveInLedgerOrder } from './equipmentLedger';

export const METER_UNITS = ['pages', 'km', 'miles', 'hours'] as const;
export type MeterUnit = (typeof METER_UNITS)[number];
export const METER_UNIT_LABELS: Readonly<Record<MeterUnit, string>> = { pages: 'pages', km: 'km', miles: 'miles', hours: 'hours' };

export const meterShape = {
  ...baseRecordShape,
  equipmentId: idSchema,
  name: requiredText('Meter name', 80),
  unit: z.enum(METER_UNITS),
};
/**
 * A stored meter also carries its derived state, kept by the readings repository in the same
 * transaction as each reading (DESIGN §2 "the current state is derived"): the last reading's
 * day and value, and the value on the lifetime scale that meter-based plans count in. Drafts
 * never carry them.
 */
export const meterSchema = z.object({
  ...meterShape,
  lastReadingOn: isoDateSchema.optional(),
  lastValue: z.number().finite().min(0).optional(),
  lifetimeValue: z.number().finite().min(0).optional(),
});
export const meterDraftSchema = z.object(meterShape).omit(BASE_OMIT);
export type Meter = z.infer<typeof meterSchema>;
export type MeterDraft = z.input<typeof meterDraftSchema>;

const meterValue = (label: string) =>
  z.number({ error: `Enter the ${label}` }).finite(`Enter the ${label}`).min(0, `The ${label} cannot be negative`);

export const meterReadingShape = {
  ...baseRecordShape,
  meterId: idSchema,
  date: isoDateSchema,
  /** What the meter shows (after a replacement: the new meter). */
  value: meterValue('reading'),
  /** True for a "meter replaced" entry. */
  replaced: z.boolean().optional(),
  /** Replacement only: the new meter's starting value (default: `value`). */
  startValue: meterValue('starting value').optional(),
  /** Replacement only: the old meter's last value, when it could be read. */
  oldMeterFinalValue: meterValue('old meter reading').optional(),
  note: optionalText('Note', 500),
};

function checkReading(r: { replaced?: boolean; value: number; startValue?: number; oldMeterFinalValue?: number }, ctx: z.RefinementCtx): void {
  if (!r.replaced) {
    if (r.startValue !== undefined || r.oldMeterFinalValue !== undefined)
      ctx.addIssue({ code: 'custom', path: ['replaced'], message: 'A starting value or old meter reading belongs on a "meter replaced" entry.' });
    return;
  }
  if (r.startValue !== undefined && r.startValue > r.value)
    ctx.addIssue({ code: 'custom', path: ['startValue'], message: `The new meter's starting value (${r.startValue}) is above its reading (${r.value}).` });
}

export const meterReadingSchema = z.object(meterReadingShape).superRefine(checkReading);
export const meterReadingDraftSchema = z.object(meterReadingShape).omit(BASE_OMIT).superRefine(checkReading);
export type MeterReading = z.infer<typeof meterReadingSchema>;
export type MeterReadingDraft = z.input<typeof meterReadingDraftSchema>;

/** What the rules need of a reading: stored readings and drafts both fit. */
export interface ReadingLike {
  date: string;
  value: number;
  replaced?: boolean;
  startValue?: number;
  oldMeterFinalValue?: number;
  id?: string;
  createdAt?: string;
  deletedAt?: string | null;
}

/** Live readings in ledger order: date, then createdAt, then id. */
export function sortReadings<T extends ReadingLike>(readings: readonly T[]): T[] {
  return liveInLedgerOrder(readings);
}

/** The latest live reading, if any. */
export function latestReading<T extends ReadingLike>(readings: readonly T[]): T | undefined {
  return sortReadings(readings).at(-1);
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * Why `reading` cannot follow `previousReadings` (the meter's existing readings), as a
 * sentence, or null: a date before the latest reading; a value below the latest reading
 * without a "meter replaced" entry; on a replacement, an old meter's final value below the
 * latest reading or a starting value above the new meter's reading.
 */
export function validateReading(
  previousReadings: readonly ReadingLike[],
  reading: ReadingLike,
  /** Writes the dates in the sentence (the company's locale on screen); default YYYY-MM-DD. */
  formatDate: (date: string) => string = (d) => d,
): string | null {
  if (!Number.isFinite(reading.value) || reading.value < 0) return 'A meter reading is a number of at least 0.';
  const last = latestReading(previousReadings);
  if (reading.replaced) {
    if (reading.startValue !== undefined && reading.startValue > reading.value)
      return `The new meter's starting value (${fmt(reading.startValue)}) is above its reading (${fmt(reading.value)}).`;
  } else if (reading.startValue !== undefined || reading.oldMeterFinalValue !== undefined) {
    return 'A starting value or old meter reading belongs on a "meter replaced" entry.';
  }
  if (!last) return null;
  if (reading.date < last.date)
    return `The reading's date (${formatDate(reading.date)}) is before the latest reading (${formatDate(last.date)}); readings are recorded in order.`;
  if (reading.replaced) {
    if (reading.oldMeterFinalValue !== undefined && reading.oldMeterFinalValue < last.value)
      return `The old meter's last value (${fmt(reading.oldMeterFinalValue)}) is below its previous reading (${fmt(last.value)} on ${formatDate(last.date)}).`;
    return null;
  }
  if (reading.value < last.value)
    return `The reading ${fmt(reading.value)} is below the previous reading ${fmt(last.value)} (${formatDate(last.date)}). If the meter was replaced or reset, record it as "meter replaced".`;
  return null;
}

/**
 * Usage between each reading and the one before it (the first reading has none): the plain
 * difference, or across a replacement the old meter's last usage (its final value minus the
 * previous reading, 0 when unknown) plus the new meter's usage since its start.
 */
export function readingUsages<T extends ReadingLike>(readings: readonly T[]): Array<{ reading: T; usage: number }> {
  const sorted = sortReadings(readings);
  return sorted.map((reading, i) => {
    const prev = sorted[i - 1];
    if (!prev) return { reading, usage: 0 };
    if (reading.replaced) {
      const oldPart = Math.max(0, (reading.oldMeterFinalValue ?? prev.value) - prev.value);
      const newPart = Math.max(0, reading.value - (reading.startValue ?? reading.value));
      return { reading, usage: oldPart + newPart };
    }
    return { reading, usage: Math.max(0, reading.value - prev.value) };
  });
}

/**
 * Each reading on one continuous scale across replacements: the first reading's value plus
 * all usage since. Meter-based maintenance plans count in this scale, so a new meter starting
 * again at 0 does not make a plan look years early.
 */
export function lifetimeValues<T extends ReadingLike>(readings: readonly T[]): Array<{ reading: T; lifetime: number }> {
  let total = 0;
  return readingUsages(readings).map(({ reading, usage }, i) => {
    total = i === 0 ? reading.value : total + usage;
    return { reading, lifetime: total };
  });
}

/** The latest reading on the lifetime scale (undefined without readings). */
export function currentLifetimeValue(readings: readonly ReadingLike[]): number | undefined {
  return lifetimeValues(readings).at(-1)?.lifetime;
}

/**
 * Usage per calendar month, oldest first, for the usage chart: the usage between two
 * readings counts in the month of the later reading (a quarterly reading puts the quarter in
 * one month). Months without a reading are left out; the chart fills them if it wants to.
 */
export function usagePerMonth(readings: readonly ReadingLike[]): Array<{ month: string; usage: number }> {
  const byMonth = new Map<string, number>();
  readingUsages(readings).forEach(({ reading, usage }, i) => {
    if (i === 0) return;
    const month = reading.date.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + usage);
  });
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, usage]) => ({ month, usage }));
}
