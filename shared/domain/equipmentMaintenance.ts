/**
 * Maintenance plans (issue 12.4): recurring work on a piece of equipment ("service the air
 * conditioner every spring", "drum unit every 50,000 pages"). An item can have several plans.
 *
 * A plan is due by time, by meter, or both (then whichever comes first):
 * - time: every N days, weeks or months, either counted **from the last time it was done**
 *   or on a **fixed schedule** anchored at `startDate`. Fixed dates are always computed from
 *   the anchor (anchor + k·interval), never from the previous due date, so month ends do not
 *   drift: 31 Jan → 28 Feb → 31 Mar. Months clamp to the month's last day (31 Jan + 1 month =
 *   28/29 Feb; 29 Feb + 12 months = 28 Feb in a common year). `startDate` is the first due date.
 * - meter: every N units of the plan's meter, counted from the meter value when last done
 *   (else `meterStartValue`, else 0). Meter values are on the lifetime scale
 *   (`lifetimeValues` in equipmentMeters), so a replaced meter does not reset the count.
 *
 * The work itself is recorded in the maintenance log (`maintenanceSchema`, with `planId`);
 * the plan keeps its `lastDone` state, which `markDone` computes. On a fixed schedule the
 * state also records which scheduled date the work covered, so a job done a few days early
 * is not due again on the date it was meant for.
 */
import { z } from 'zod';
import { addDays, addMonths, diffDays } from '../lib/dates';
import { BASE_OMIT, baseRecordShape, idSchema, isoDateSchema, optionalText, requiredText } from './common';
import { isOutOfService, type EquipmentStatus, type MaintenanceDraft } from './equipment';

export const INTERVAL_UNITS = ['days', 'weeks', 'months'] as const;
export type IntervalUnit = (typeof INTERVAL_UNITS)[number];
export const SCHEDULE_MODES = ['from-last-done', 'fixed'] as const;
export type ScheduleMode = (typeof SCHEDULE_MODES)[number];
export const DUE_STATUSES = ['ok', 'due-soon', 'overdue'] as const;
export type DueStatus = (typeof DUE_STATUSES)[number];

/** Days before a time due date that a plan shows as "due soon", unless the plan says otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 7;
/** Share of the meter interval before the due reading that counts as "due soon" by default. */
export const DEFAULT_DUE_SOON_METER_SHARE = 0.1;

const meterNumber = (label: string) => z.number({ error: `Enter ${label}` }).finite(`Enter ${label}`).min(0, `${label} cannot be negative`);

/** The plan's state after the work was last done. */
export const lastDoneSchema = z.object({
  date: isoDateSchema,
  meterValue: meterNumber('the meter reading').optional(),
  /** Fixed schedules: the scheduled date this work covered (set by `markDone`). */
  coversDueDate: isoDateSchema.optional(),
});
export type LastDone = z.infer<typeof lastDoneSchema>;

export const maintenancePlanShape = {
  ...baseRecordShape,
  equipmentId: idSchema,
  name: requiredText('Plan name', 120),
  /** Time trigger: every `intervalEvery` `intervalUnit`s. */
  intervalEvery: z.number().int('The interval is a whole number').min(1, 'The interval is at least 1').max(10_000).optional(),
  intervalUnit: z.enum(INTERVAL_UNITS).optional(),
  scheduleMode: z.enum(SCHEDULE_MODES).default('from-last-done'),
  /** The first due date; on a fixed schedule also the anchor every later date is counted from. */
  startDate: isoDateSchema.optional(),
  /** Meter trigger: every `meterEvery` units of meter `meterId`. */
  meterId: idSchema.optional(),
  meterEvery: z.number().finite().positive('The meter interval is above 0').optional(),
  /** Lifetime meter value the first meter interval counts from (default 0). */
  meterStartValue: meterNumber('the starting meter value').optional(),
  checklist: z.array(z.string().trim().min(1, 'A checklist line cannot be empty').max(300)).max(100).default([]),
  vendorId: idSchema.optional(),
  dueSoonDays: z.number().int().min(0).max(365).optional(),
  dueSoonUnits: z.number().finite().min(0).optional(),
  /** Paused plans are never listed as due. Absent means active. */
  active: z.boolean().optional(),
  lastDone: lastDoneSchema.optional(),
  notes: optionalText('Notes', 2000),
};

interface PlanTriggers {
  intervalEvery?: number;
  intervalUnit?: IntervalUnit;
  scheduleMode?: ScheduleMode;
  startDate?: string;
  meterId?: string;
  meterEvery?: number;
}

function checkPlan(p: PlanTriggers, ctx: z.RefinementCtx): void {
  const hasTime = p.intervalEvery !== undefined || p.intervalUnit !== undefined;
  const hasMeter = p.meterEvery !== undefined;
  if (!hasTime && !hasMeter)
    ctx.addIssue({ code: 'custom', path: ['intervalEvery'], message: 'A plan is due by time, by meter, or both: set at least one.' });
  if (hasTime && (p.intervalEvery === undefined || p.intervalUnit === undefined))
    ctx.addIssue({ code: 'custom', path: ['intervalEvery'], message: 'Enter the interval as a number and a unit (days, weeks or months).' });
  if (hasTime && !p.startDate)
    ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'Enter the first due date of a time-based plan.' });
  if (hasMeter && !p.meterId) ctx.addIssue({ code: 'custom', path: ['meterId'], message: 'Choose the meter the plan counts.' });
}

export const maintenancePlanSchema = z.object(maintenancePlanShape).superRefine(checkPlan);
export const maintenancePlanDraftSchema = z.object(maintenancePlanShape).omit(BASE_OMIT).superRefine(checkPlan);
export type MaintenancePlan = z.infer<typeof maintenancePlanSchema>;
export type MaintenancePlanDraft = z.input<typeof maintenancePlanDraftSchema>;

/** What the due-date rules read from a plan (a stored plan fits). */
export interface PlanLike extends PlanTriggers {
  meterStartValue?: number;
  dueSoonDays?: number;
  dueSoonUnits?: number;
  lastDone?: LastDone;
}

// ---------------------------------------------------------------------------------------------
// Schedule arithmetic

/** `date` plus `times` intervals (months clamp to the month's end). */
export function addInterval(date: string, every: number, unit: IntervalUnit, times = 1): string {
  if (unit === 'months') return addMonths(date, every * times);
  return addDays(date, every * times * (unit === 'weeks' ? 7 : 1));
}

/** The k-th date of a fixed schedule (k = 0 is the anchor), always counted from the anchor. */
export function scheduleOccurrence(anchor: string, every: number, unit: IntervalUnit, k: number): string {
  return addInterval(anchor, every, unit, k);
}

/** An index k at or just below the first occurrence after `date` (never above it). */
function estimateIndex(anchor: string, every: number, unit: IntervalUnit, date: string): number {
  if (unit === 'months') {
    const months = (Number(date.slice(0, 4)) - Number(anchor.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(anchor.slice(5, 7));
    return Math.max(0, Math.floor(months / every) - 1);
  }
  return Math.max(0, Math.floor(diffDays(anchor, date) / (every * (unit === 'weeks' ? 7 : 1))));
}

/** The first fixed-schedule date strictly after `date` (the anchor when `date` is before it). */
export function firstOccurrenceAfter(anchor: string, every: number, unit: IntervalUnit, date: string): string {
  if (anchor > date) return anchor;
  let k = estimateIndex(anchor, every, unit, date);
  while (scheduleOccurrence(anchor, every, unit, k) <= date) k++;
  return scheduleOccurrence(anchor, every, unit, k);
}

/** The last fixed-schedule date on or before `date`, or undefined when `date` is before the anchor. */
export function lastOccurrenceOnOrBefore(anchor: string, every: number, unit: IntervalUnit, date: string): string | undefined {
  if (anchor > date) return undefined;
  let k = estimateIndex(anchor, every, unit, date);
  while (k > 0 && scheduleOccurrence(anchor, every, unit, k) > date) k--;
  while (scheduleOccurrence(anchor, every, unit, k + 1) <= date) k++;
  return scheduleOccurrence(anchor, every, unit, k);
}

function hasTimeTrigger(plan: PlanLike): plan is PlanLike & { intervalEvery: number; intervalUnit: IntervalUnit } {
  return plan.intervalEvery !== undefined && plan.intervalUnit !== undefined && plan.intervalEvery >= 1;
}

/** The next time-based due date, or undefined for a meter-only plan. */
function timeDueDate(plan: PlanLike, lastDone: LastDone | undefined): string | undefined {
  if (!hasTimeTrigger(plan)) return undefined;
  const { intervalEvery: every, intervalUnit: unit } = plan;
  if (plan.scheduleMode === 'fixed') {
    const anchor = plan.startDate ?? lastDone?.date;
    if (!anchor) return undefined;
    if (!lastDone) return anchor;
    return firstOccurrenceAfter(anchor, every, unit, lastDone.coversDueDate ?? lastDone.date);
  }
  if (lastDone) return addInterval(lastDone.date, every, unit);
  return plan.startDate;
}

/** The next meter reading the plan is due at, or undefined for a time-only plan. */
function meterDueValue(plan: PlanLike, lastDone: LastDone | undefined): number | undefined {
  if (plan.meterEvery === undefined || !(plan.meterEvery > 0)) return undefined;
  return (lastDone?.meterValue ?? plan.meterStartValue ?? 0) + plan.meterEvery;
}

// ---------------------------------------------------------------------------------------------
// Due status

export interface DueContext {
  /** Overrides the plan's own `lastDone` state. */
  lastDone?: LastDone;
  /** The plan's meter now, on the lifetime scale. */
  currentMeter?: number;
  today: string;
  /** For the reason text ('pages'); default 'units'. */
  meterUnit?: string;
  /** Writes a YYYY-MM-DD date in the reason text (the company's locale on screen); default as is. */
  formatDate?: DateFormatter;
}

/** Writes a YYYY-MM-DD date for people, e.g. "Dec 7, 2026". */
export type DateFormatter = (date: string) => string;
const isoDate: DateFormatter = (date) => date;

export interface DueResult {
  dueDate?: string;
  dueMeter?: number;
  status: DueStatus;
  /** One sentence for the screen: "Overdue by 3 days (due 2026-03-28)", dates as `formatDate` writes them. */
  reason: string;
  /** Which trigger puts the plan in its status (absent when ok). */
  trigger?: 'time' | 'meter' | 'both';
  timeStatus?: DueStatus;
  meterStatus?: DueStatus;
}

const RANK: Record<DueStatus, number> = { ok: 0, 'due-soon': 1, overdue: 2 };
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
/** "1 page", "1 mile", "1 hour" — a count of exactly one takes the singular of a plural unit. */
const units = (n: number, unit: string) => `${fmt(n)} ${n === 1 && /[^s]s$/.test(unit) ? unit.slice(0, -1) : unit}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * When the plan is next due and how urgent it is. Time: overdue the day after the due date,
 * due soon from `dueSoonDays` (7) before it through the due day. Meter: overdue once the
 * meter is past the due reading, due soon from `dueSoonUnits` (10% of the interval) before it
 * through the due reading itself. With both triggers the more urgent one wins (whichever
 * comes first).
 */
export function nextDue(plan: PlanLike, ctx: DueContext): DueResult {
  const lastDone = ctx.lastDone ?? plan.lastDone;
  const unit = ctx.meterUnit ?? 'units';
  const showDate = ctx.formatDate ?? isoDate;
  const dueDate = timeDueDate(plan, lastDone);
  const dueMeter = meterDueValue(plan, lastDone);

  let timeStatus: DueStatus | undefined;
  let timeReason = '';
  if (dueDate !== undefined) {
    const days = diffDays(ctx.today, dueDate);
    const soon = plan.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
    if (days < 0) {
      timeStatus = 'overdue';
      timeReason = `Overdue by ${plural(-days, 'day')} (due ${showDate(dueDate)})`;
    } else if (days <= soon) {
      timeStatus = 'due-soon';
      timeReason = days === 0 ? `Due today (${showDate(dueDate)})` : `Due ${showDate(dueDate)} (in ${plural(days, 'day')})`;
    } else {
      timeStatus = 'ok';
      timeReason = `Next due ${showDate(dueDate)}`;
    }
  }

  let meterStatus: DueStatus | undefined;
  let meterReason = '';
  if (dueMeter !== undefined) {
    const cur = ctx.currentMeter;
    const soon = plan.dueSoonUnits ?? (plan.meterEvery ?? 0) * DEFAULT_DUE_SOON_METER_SHARE;
    if (cur === undefined) {
      meterStatus = 'ok';
      meterReason = `Due at ${fmt(dueMeter)} ${unit} (no reading yet)`;
    } else if (cur > dueMeter) {
      meterStatus = 'overdue';
      meterReason = `Overdue by ${units(cur - dueMeter, unit)} (due at ${fmt(dueMeter)}, meter at ${fmt(cur)})`;
    } else if (cur >= dueMeter - soon) {
      meterStatus = 'due-soon';
      meterReason =
        cur === dueMeter ? `Due now: the meter reached ${fmt(dueMeter)} ${unit}` : `Due at ${fmt(dueMeter)} ${unit} (${fmt(dueMeter - cur)} to go)`;
    } else {
      meterStatus = 'ok';
      meterReason = `Due at ${fmt(dueMeter)} ${unit} (meter at ${fmt(cur)})`;
    }
  }

  const base = {
    ...(dueDate !== undefined ? { dueDate } : {}),
    ...(dueMeter !== undefined ? { dueMeter } : {}),
    ...(timeStatus ? { timeStatus } : {}),
    ...(meterStatus ? { meterStatus } : {}),
  };
  if (!timeStatus && !meterStatus) return { ...base, status: 'ok', reason: 'No schedule: set an interval or a meter trigger.' };
  if (!meterStatus) return { ...base, status: timeStatus!, reason: timeReason, ...(timeStatus !== 'ok' ? { trigger: 'time' as const } : {}) };
  if (!timeStatus) return { ...base, status: meterStatus, reason: meterReason, ...(meterStatus !== 'ok' ? { trigger: 'meter' as const } : {}) };

  const t = RANK[timeStatus];
  const m = RANK[meterStatus];
  if (t > m) return { ...base, status: timeStatus, reason: timeReason, trigger: 'time' };
  if (m > t) return { ...base, status: meterStatus, reason: meterReason, trigger: 'meter' };
  if (timeStatus === 'ok') return { ...base, status: 'ok', reason: `${timeReason} or at ${fmt(dueMeter!)} ${unit}, whichever comes first` };
  return { ...base, status: timeStatus, reason: `${timeReason}; ${meterReason.charAt(0).toLowerCase()}${meterReason.slice(1)}`, trigger: 'both' };
}

// ---------------------------------------------------------------------------------------------
// Mark done

export interface DoneInput {
  date: string;
  /** The plan's meter at the time, lifetime scale. */
  meterValue?: number;
}

/**
 * Why the work cannot be recorded as done, or null: a date before the last time it was done,
 * a meter value below the last one, or no meter value on a plan counted by meter.
 */
export function validateMarkDone(plan: PlanLike, done: DoneInput, formatDate: DateFormatter = isoDate): string | null {
  const last = plan.lastDone;
  if (last && done.date < last.date) return `The date (${formatDate(done.date)}) is before the last time this was done (${formatDate(last.date)}).`;
  if (plan.meterEvery !== undefined && done.meterValue === undefined) return 'Enter the meter reading when the work was done.';
  if (done.meterValue !== undefined && last?.meterValue !== undefined && done.meterValue < last.meterValue)
    return `The meter value (${fmt(done.meterValue)}) is below the value when last done (${fmt(last.meterValue)}).`;
  return null;
}

/**
 * The plan's new `lastDone` state after the work was done on `date`. On a fixed schedule it
 * also records the scheduled date the work covered: the date then due when the work was done
 * early, else the last scheduled date on or before `date` (missed dates are not owed twice).
 */
export function markDone(plan: PlanLike, done: DoneInput): LastDone {
  const out: LastDone = { date: done.date, ...(done.meterValue !== undefined ? { meterValue: done.meterValue } : {}) };
  if (plan.scheduleMode === 'fixed' && hasTimeTrigger(plan)) {
    const currentDue = timeDueDate(plan, plan.lastDone);
    const anchor = plan.startDate ?? done.date;
    if (currentDue && done.date < currentDue) out.coversDueDate = currentDue;
    else {
      const covered = lastOccurrenceOnOrBefore(anchor, plan.intervalEvery, plan.intervalUnit, done.date);
      if (covered) out.coversDueDate = covered;
    }
  }
  return out;
}

/** The maintenance-log record for the work (the repository adds ids and writes it with the plan). */
export function maintenanceRecordForDone(
  plan: { id: string; equipmentId: string; name: string; vendorId?: string },
  done: DoneInput & { costCents?: number; performedBy?: string; vendorId?: string; checklistDone?: string[]; description?: string },
): MaintenanceDraft {
  const vendorId = done.vendorId ?? plan.vendorId;
  return {
    equipmentId: plan.equipmentId,
    date: done.date,
    kind: 'service',
    description: done.description?.trim() || plan.name,
    costCents: done.costCents ?? 0,
    planId: plan.id,
    ...(vendorId ? { vendorId } : {}),
    ...(done.performedBy ? { performedBy: done.performedBy } : {}),
    ...(done.meterValue !== undefined ? { meterValue: done.meterValue } : {}),
    ...(done.checklistDone ? { checklistDone: done.checklistDone } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Across items (Dashboard "maintenance due this week", the Equipment module's due list)

export interface DueMaintenanceInput {
  plans: ReadonlyArray<PlanLike & { id: string; equipmentId: string; name: string; active?: boolean; deletedAt?: string | null }>;
  /** Items the plans belong to; a plan of a retired, disposed, deleted or unknown item is left out. */
  equipment: ReadonlyArray<{ id: string; status?: EquipmentStatus; deletedAt?: string | null }>;
  /** Current lifetime meter value by meter id. */
  meterValues?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** Unit by meter id, for the reason text. */
  meterUnits?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  today: string;
  /** Last day of the window (e.g. today + 6 for "this week"); default today. */
  until?: string;
  /** Writes the dates in the reason text (see DueContext); default YYYY-MM-DD. */
  formatDate?: DateFormatter;
}

export interface DueMaintenanceEntry extends DueResult {
  planId: string;
  equipmentId: string;
  planName: string;
}

function lookup<V>(m: ReadonlyMap<string, V> | Readonly<Record<string, V>> | undefined, key: string | undefined): V | undefined {
  if (!m || key === undefined) return undefined;
  return m instanceof Map ? m.get(key) : (m as Record<string, V>)[key];
}

/**
 * Active plans of items in service that are overdue, or due by time on or before `until`, or
 * due soon by meter: overdue first, then by due date (meter-only last), then plan name.
 */
export function dueMaintenance(input: DueMaintenanceInput): DueMaintenanceEntry[] {
  const until = input.until ?? input.today;
  const live = new Set(input.equipment.filter((e) => !e.deletedAt && !isOutOfService(e.status)).map((e) => e.id));
  const out: DueMaintenanceEntry[] = [];
  for (const plan of input.plans) {
    if (plan.deletedAt || plan.active === false || !live.has(plan.equipmentId)) continue;
    const r = nextDue(plan, {
      today: input.today,
      currentMeter: lookup(input.meterValues, plan.meterId),
      meterUnit: lookup(input.meterUnits, plan.meterId),
      ...(input.formatDate ? { formatDate: input.formatDate } : {}),
    });
    const byTime = r.dueDate !== undefined && r.dueDate <= until;
    const byMeter = r.meterStatus !== undefined && r.meterStatus !== 'ok';
    if (!byTime && !byMeter) continue;
    out.push({ ...r, planId: plan.id, equipmentId: plan.equipmentId, planName: plan.name });
  }
  return out.sort(
    (a, b) =>
      RANK[b.status] - RANK[a.status] ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.planName.localeCompare(b.planName) ||
      a.planId.localeCompare(b.planId),
  );
}
