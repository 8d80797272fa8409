/**
 * Repeating tasks (issue 14.5): the presets the task form offers, as RRULE text written and
 * read by the calendar engine (shared/calendar buildRrule / readRrule / describeRecurrence,
 * ical.js), and the next due date when one occurrence is completed — iterated by ical.js,
 * never by hand-written date rules.
 *
 * A series is anchored on the due date of its first task (the task whose id is the series'
 * `seriesId`: the rule's DTSTART), so COUNT counts from there and ical.js's month-end and
 * leap-day choices never drift from one task to the next. Completing a task makes the next
 * occurrence: the first one strictly after the current due AND not before the day it was
 * completed — completing late skips the missed ones, completing early gives the one after the
 * current due.
 *
 * ical.js semantics worth knowing (tested in taskRecurrence.test.ts):
 * - A due date that does not match the rule (a Wednesday for "every Friday") is not itself an
 *   occurrence: the series starts at the first matching day.
 * - Monthly by interval without a day ("every 3 months" from 31 January) keeps the day of the
 *   month and SKIPS months without it: 31 Jan → 31 Jul → 31 Oct (30 April does not exist as the
 *   31st). Pick "on day 1" or "the last day" for month ends.
 * - Yearly from 29 February moves to 1 March in years without one (2024-02-29 → 2025-03-01 →
 *   2026-03-01 → 2027-03-01 → 2028-02-29).
 */
import ICAL from 'ical.js';
import { buildRrule, readRrule, type RecurrenceSpec } from '../calendar/recurrence';
import { isIsoDate } from '../lib/dates';

export const TASK_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type TaskWeekday = (typeof TASK_WEEKDAYS)[number];
export const TASK_WEEKDAY_NAMES: Record<TaskWeekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export const TASK_REPEAT_KINDS = ['none', 'weekdays', 'weekly', 'monthly-day', 'monthly-last', 'quarterly', 'yearly', 'custom'] as const;
export type TaskRepeatKind = (typeof TASK_REPEAT_KINDS)[number];

export const TASK_REPEAT_LABELS: Record<TaskRepeatKind, string> = {
  none: 'Does not repeat',
  weekdays: 'Every weekday (Monday to Friday)',
  weekly: 'Every week on…',
  'monthly-day': 'Every month on a day (the 1st…)',
  'monthly-last': 'Every month on the last weekday (the last Friday…)',
  quarterly: 'Every 3 months',
  yearly: 'Every year',
  custom: 'Custom…',
};

/** What the form edits. */
export interface TaskRepeat {
  kind: TaskRepeatKind;
  /** weekly (and custom weekly): the days. */
  days?: TaskWeekday[];
  /** monthly-day: 1…31, or -1 for the last day of the month. */
  monthDay?: number;
  /** monthly-last: which weekday ('FR' = the last Friday). */
  weekday?: TaskWeekday;
  /** custom: every `interval` days / weeks / months / years. */
  freq?: RecurrenceSpec['freq'];
  interval?: number;
  /** Ends: after this date (inclusive) or this many times; neither = never. */
  until?: string;
  count?: number;
}

/** The weekday code of a 'YYYY-MM-DD' date. */
export function weekdayOf(date: string): TaskWeekday {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return TASK_WEEKDAYS[(d + 6) % 7]!;
}

/** Sensible choices for a kind just picked in the form, from the task's due date (or none). */
export function defaultTaskRepeat(kind: TaskRepeatKind, due: string | undefined): TaskRepeat {
  const dated = due && isIsoDate(due) ? due : undefined;
  switch (kind) {
    case 'weekly':
      return { kind, days: [dated ? weekdayOf(dated) : 'FR'] };
    case 'monthly-day':
      return { kind, monthDay: dated ? Number(dated.slice(8, 10)) : 1 };
    case 'monthly-last':
      return { kind, weekday: dated ? weekdayOf(dated) : 'FR' };
    case 'custom':
      return { kind, freq: 'WEEKLY', interval: 2, days: [dated ? weekdayOf(dated) : 'MO'] };
    default:
      return { kind };
  }
}

/** The RRULE text of a form choice (written by ical.js through the calendar engine); undefined for "does not repeat". */
export function taskRepeatRrule(repeat: TaskRepeat): string | undefined {
  const end: Pick<RecurrenceSpec, 'until' | 'count'> = repeat.until ? { until: repeat.until } : repeat.count && repeat.count > 0 ? { count: repeat.count } : {};
  switch (repeat.kind) {
    case 'none':
      return undefined;
    case 'weekdays':
      return buildRrule({ freq: 'WEEKLY', interval: 1, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], ...end });
    case 'weekly': {
      const days = TASK_WEEKDAYS.filter((d) => repeat.days?.includes(d));
      if (days.length === 0) throw new Error('Pick at least one day of the week.');
      return buildRrule({ freq: 'WEEKLY', interval: 1, byDay: days, ...end });
    }
    case 'monthly-day': {
      const day = repeat.monthDay ?? 1;
      if (!Number.isInteger(day) || !(day === -1 || (day >= 1 && day <= 31))) throw new Error('Pick a day of the month from 1 to 31, or the last day.');
      return buildRrule({ freq: 'MONTHLY', interval: 1, byMonthDay: [day], ...end });
    }
    case 'monthly-last':
      return buildRrule({ freq: 'MONTHLY', interval: 1, byDay: [`-1${repeat.weekday ?? 'FR'}`], ...end });
    case 'quarterly':
      return buildRrule({ freq: 'MONTHLY', interval: 3, ...end });
    case 'yearly':
      return buildRrule({ freq: 'YEARLY', interval: 1, ...end });
    case 'custom': {
      const interval = Math.floor(repeat.interval ?? 1);
      if (!(interval >= 1 && interval <= 999)) throw new Error('Repeat every 1 to 999 days, weeks, months or years.');
      const freq = repeat.freq ?? 'WEEKLY';
      const days = freq === 'WEEKLY' ? TASK_WEEKDAYS.filter((d) => repeat.days?.includes(d)) : [];
      return buildRrule({ freq, interval, ...(days.length ? { byDay: days } : {}), ...end });
    }
  }
}

/** RRULE text → the form's choice; a rule the presets cannot show is 'custom' when the engine can read it, else null (kept as is). */
export function readTaskRepeat(rrule: string | undefined): TaskRepeat | null {
  if (!rrule?.trim()) return { kind: 'none' };
  const spec = readRrule(rrule);
  if (!spec) return null;
  const end: Pick<TaskRepeat, 'until' | 'count'> = spec.until ? { until: spec.until } : spec.count ? { count: spec.count } : {};
  const byDay = spec.byDay ?? [];
  const weekdays = byDay.filter((d): d is TaskWeekday => (TASK_WEEKDAYS as readonly string[]).includes(d));
  if (spec.freq === 'WEEKLY' && spec.interval === 1) {
    if (weekdays.length === 5 && ['MO', 'TU', 'WE', 'TH', 'FR'].every((d) => byDay.includes(d))) return { kind: 'weekdays', ...end };
    if (weekdays.length > 0 && weekdays.length === byDay.length) return { kind: 'weekly', days: weekdays, ...end };
  }
  if (spec.freq === 'MONTHLY' && spec.interval === 1) {
    if (spec.byMonthDay?.length === 1 && !byDay.length) return { kind: 'monthly-day', monthDay: spec.byMonthDay[0]!, ...end };
    const last = /^-1([A-Z]{2})$/.exec(byDay[0] ?? '');
    if (byDay.length === 1 && last && !spec.byMonthDay?.length) return { kind: 'monthly-last', weekday: last[1] as TaskWeekday, ...end };
  }
  if (spec.freq === 'MONTHLY' && spec.interval === 3 && !byDay.length && !spec.byMonthDay?.length) return { kind: 'quarterly', ...end };
  if (spec.freq === 'YEARLY' && spec.interval === 1) return { kind: 'yearly', ...end };
  if (spec.byMonthDay?.length || (byDay.length && weekdays.length !== byDay.length)) return null;
  return { kind: 'custom', freq: spec.freq, interval: spec.interval, ...(weekdays.length ? { days: weekdays } : {}), ...end };
}

function parseRule(rrule: string): ICAL.Recur | null {
  try {
    const rule = ICAL.Recur.fromString(rrule.trim().replace(/^RRULE:/i, ''));
    return rule.freq ? rule : null;
  } catch {
    return null;
  }
}

const dateOf = (t: ICAL.Time): string => t.toString().slice(0, 10);
/** How many occurrences to look at before giving up (a daily rule over a century). */
const MAX_STEPS = 50_000;

/**
 * The next due date when the occurrence due `currentDue` of the series anchored on `anchorDue`
 * (the series' first due, its DTSTART) is completed on `completedOn`: the first occurrence
 * ical.js gives from `anchorDue` that is strictly after `currentDue` and not before
 * `completedOn`. Null when the series has ended (COUNT used up, UNTIL passed) or the rule is
 * not readable. `currentDue` defaults to the anchor; an undated repeating task (no anchor)
 * anchors on the completion day.
 */
export function nextTaskDue(rrule: string, anchorDue: string | undefined, completedOn: string, currentDue?: string): string | null {
  const rule = parseRule(rrule);
  const anchor = anchorDue && isIsoDate(anchorDue) ? anchorDue : completedOn;
  const current = currentDue && isIsoDate(currentDue) ? (currentDue < anchor ? anchor : currentDue) : anchor;
  if (!rule || !isIsoDate(anchor) || !isIsoDate(completedOn)) return null;
  const iterator = rule.iterator(ICAL.Time.fromDateString(anchor));
  for (let step = 0; step < MAX_STEPS; step++) {
    const t = iterator.next();
    if (!t) return null;
    const date = dateOf(t);
    if (date > current && date >= completedOn) return date;
  }
  return null;
}

/** Whether the rule can be iterated (the form's check before saving). */
export function isReadableTaskRrule(rrule: string): boolean {
  return parseRule(rrule) !== null;
}
