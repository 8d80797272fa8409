/**
 * Recurrence edits, stored the way RFC 5545 means them: "this one" is an override
 * (RECURRENCE-ID), "this and following" splits the series (the first ends with UNTIL, the
 * second starts at the occurrence with a new uid), "all" edits the series. The rules
 * themselves are ical.js's.
 */
import ICAL from 'ical.js';
import { placeOverride } from './expand';
import { DAY, DEFAULT_LIMIT, END_OF_TIME, HOUR, normalizeKey, overrideMap, parseRule, readWallMs, ruleStarts, timingOf } from './series';
import type { CalendarEventDraft, OccurrenceOverride } from './types';
import { msToDate, msToWall, utcToWall, wallMsToUtcMs, wallToMs } from './zones';

/** First start and last end of a series as UTC instants; an endless series ends at '9999-12-31T23:59:59.999Z'. All-day spans are widened by 14 hours each side (they have no zone). */
export function seriesBounds(event: CalendarEventDraft, floatingZone?: string): { firstStart: string; lastEnd: string } {
  const zone = floatingZone || 'UTC';
  const widen = event.allDay || (!event.timeZone && !floatingZone) ? 14 * HOUR : 0;
  const t = timingOf(event, event.allDay ? 'UTC' : zone);
  if (!t) return { firstStart: START_OF_TIME, lastEnd: END_OF_TIME };
  const span = (wallMs: number): [number, number] => {
    const startMs = wallMsToUtcMs(wallMs, t.zone);
    return [startMs, t.allDay ? wallMsToUtcMs(wallMs + t.durationDays * DAY, t.zone) : startMs + t.durationMs];
  };
  let [first, last] = span(t.startWallMs);
  const widenTo = (s: number, e: number): void => {
    first = Math.min(first, s);
    last = Math.max(last, e);
  };
  for (const rdate of event.rdates ?? []) {
    const key = normalizeKey(rdate, t.allDay, t.zone);
    const ms = key ? wallToMs(key) : NaN;
    if (!Number.isNaN(ms)) widenTo(...span(ms));
  }
  const overrides = overrideMap(event, t.allDay, t.zone);
  for (const [key, o] of overrides) {
    if (o.cancelled) continue;
    const moved = placeOverride(event, 0, t, key, o, t.zone);
    if (moved) widenTo(moved.startMs, moved.endMs);
  }
  const rrule = event.rrule?.trim();
  if (rrule) {
    const rule = parseRule(rrule);
    if (rule && rule.count === null && !rule.until) return { firstStart: iso(first - widen), lastEnd: END_OF_TIME };
    if (rule) {
      const lastStart = (skipTo: number | null): number | null => {
        let lastWall: number | null = null;
        let steps = 0;
        for (const wallMs of ruleStarts(rrule, t.startWallMs, t.allDay, t.zone, skipTo, DEFAULT_LIMIT)) {
          lastWall = wallMs;
          steps++;
        }
        return steps >= DEFAULT_LIMIT ? NaN : lastWall;
      };
      let lastWall = rule.until ? lastStart(rule.until.ms - 2 * DAY) : null;
      if (lastWall === null) lastWall = lastStart(null);
      if (lastWall === null || Number.isNaN(lastWall)) return { firstStart: iso(first - widen), lastEnd: END_OF_TIME };
      widenTo(...span(lastWall));
    }
  }
  return { firstStart: iso(first - widen), lastEnd: iso(last + widen) };
}

const START_OF_TIME = '0000-01-01T00:00:00.000Z';

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** "This one": the series with the occurrence at `recurrenceId` changed (merged into an existing override). */
export function overrideOccurrence(event: CalendarEventDraft, recurrenceId: string, changes: Omit<OccurrenceOverride, 'recurrenceId'>): CalendarEventDraft {
  const zone = seriesZone(event);
  const key = normalizeKey(recurrenceId, event.allDay, zone) ?? recurrenceId;
  const overrides = [...(event.overrides ?? [])];
  const at = overrides.findIndex((o) => normalizeKey(o.recurrenceId, event.allDay, zone) === key);
  const merged: OccurrenceOverride = { ...(at >= 0 ? overrides[at] : {}), ...stripUndefined(changes), recurrenceId: key };
  if (at >= 0) overrides[at] = merged;
  else overrides.push(merged);
  overrides.sort((x, y) => (x.recurrenceId < y.recurrenceId ? -1 : x.recurrenceId > y.recurrenceId ? 1 : 0));
  return { ...event, overrides };
}

/** "Delete this one": adds an EXDATE (and drops an override of that occurrence). */
export function cancelOccurrence(event: CalendarEventDraft, recurrenceId: string): CalendarEventDraft {
  const zone = seriesZone(event);
  const key = normalizeKey(recurrenceId, event.allDay, zone) ?? recurrenceId;
  const exdates = [...(event.exdates ?? [])];
  if (!exdates.some((x) => normalizeKey(x, event.allDay, zone) === key)) exdates.push(key);
  exdates.sort();
  const next: CalendarEventDraft = { ...event, exdates };
  const overrides = (event.overrides ?? []).filter((o) => normalizeKey(o.recurrenceId, event.allDay, zone) !== key);
  if (event.overrides) next.overrides = overrides;
  return next;
}

/**
 * "This and following": `before` ends just before `recurrenceId` (UNTIL; COUNT shortened
 * accordingly), `after` starts at that occurrence with `newUid` and carries the later
 * exceptions. `before` is null when `recurrenceId` is the first occurrence.
 */
export function splitSeries(event: CalendarEventDraft, recurrenceId: string, newUid: string): { before: CalendarEventDraft | null; after: CalendarEventDraft } {
  const zone = seriesZone(event);
  const t = timingOf(event, zone);
  const key = normalizeKey(recurrenceId, event.allDay, zone);
  const keyMs = key ? wallToMs(key) : NaN;
  if (!t || !key || Number.isNaN(keyMs)) return { before: null, after: { ...event, uid: newUid } };
  const isLater = (value: string): boolean => {
    const k = normalizeKey(value, event.allDay, zone);
    return k !== null && (k.length === 10 && !event.allDay ? k >= key.slice(0, 10) : k >= key);
  };
  const split = <T>(list: T[] | undefined, value: (x: T) => string): [T[] | undefined, T[] | undefined] => {
    if (!list) return [undefined, undefined];
    return [list.filter((x) => !isLater(value(x))), list.filter((x) => isLater(value(x)))];
  };
  const [exBefore, exAfter] = split(event.exdates, (x) => x);
  const [rdBefore, rdAfter] = split(event.rdates, (x) => x);
  const [ovBefore, ovAfter] = split(event.overrides, (o) => o.recurrenceId);

  // The tail: same wall-clock length, starting at the occurrence.
  const startMs = t.startWallMs;
  const endZone = event.endTimeZone || event.timeZone;
  let end: string;
  if (event.allDay) {
    end = msToDate(keyMs + t.durationDays * DAY);
  } else if (event.endTimeZone && event.endTimeZone !== event.timeZone && event.timeZone) {
    end = utcToWall(new Date(wallMsToUtcMs(keyMs, t.zone) + t.durationMs).toISOString(), endZone ?? 'UTC');
  } else {
    const endWall = readWallMs(event.end, zone);
    end = msToWall(keyMs + (Number.isNaN(endWall) ? 0 : endWall - startMs));
  }
  const rrule = event.rrule?.trim();
  const rule = rrule ? parseRule(rrule) : null;
  let beforeCount = 0;
  if (rrule) {
    for (const ms of ruleStarts(rrule, startMs, event.allDay, zone, null, DEFAULT_LIMIT)) {
      if (ms >= keyMs) break;
      beforeCount++;
    }
  }
  const after: CalendarEventDraft = withLists({ ...event, uid: newUid, start: key, end }, exAfter, rdAfter, ovAfter);
  if (rrule && rule?.count != null) {
    const left = rule.count - beforeCount;
    if (left > 0) after.rrule = withRuleEnd(rrule, { count: left });
    else delete after.rrule;
  }
  if (keyMs <= startMs) return { before: null, after };

  let beforeRule: string | undefined;
  if (rrule) {
    if (rule?.count != null) {
      beforeRule = beforeCount > 0 ? withRuleEnd(rrule, { count: beforeCount }) : undefined;
    } else if (event.allDay) {
      beforeRule = withRuleEnd(rrule, { untilDate: msToDate(keyMs - DAY) });
    } else if (!event.timeZone) {
      beforeRule = withRuleEnd(rrule, { untilFloating: msToWall(keyMs - 1000) });
    } else {
      beforeRule = withRuleEnd(rrule, { untilUtcMs: wallMsToUtcMs(keyMs, zone) - 1000 });
    }
  }
  const before: CalendarEventDraft = withLists({ ...event }, exBefore, rdBefore, ovBefore);
  if (beforeRule) before.rrule = beforeRule;
  else delete before.rrule;
  return { before, after };
}

function withLists(
  event: CalendarEventDraft,
  exdates: string[] | undefined,
  rdates: string[] | undefined,
  overrides: OccurrenceOverride[] | undefined,
): CalendarEventDraft {
  const next = { ...event };
  if (exdates) next.exdates = exdates;
  if (rdates) next.rdates = rdates;
  if (overrides) next.overrides = overrides;
  return next;
}

/** The rule with its end replaced (COUNT or UNTIL, never both), written by ical.js. */
function withRuleEnd(
  rrule: string,
  end: { count?: number; untilDate?: string; untilFloating?: string; untilUtcMs?: number },
): string {
  const rule = ICAL.Recur.fromString(rrule.trim().replace(/^RRULE:/i, ''));
  rule.count = null;
  rule.until = null;
  if (end.count !== undefined) rule.count = end.count;
  else if (end.untilDate) rule.until = ICAL.Time.fromDateString(end.untilDate);
  else if (end.untilFloating) rule.until = ICAL.Time.fromDateTimeString(end.untilFloating);
  else if (end.untilUtcMs !== undefined) rule.until = ICAL.Time.fromJSDate(new Date(end.untilUtcMs), true);
  return rule.toString();
}

function seriesZone(event: CalendarEventDraft): string {
  return event.allDay ? 'UTC' : event.timeZone || 'UTC';
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What a recurrence form edits; `buildRrule` turns it into RRULE text through ical.js. */
export interface RecurrenceSpec {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  /** Weekdays for WEEKLY ('MO'…'SU'); for MONTHLY by weekday, one entry like '-1FR' or '2TU'. */
  byDay?: string[];
  /** MONTHLY on a day of the month (1…31, -1 = last day). */
  byMonthDay?: number[];
  /** Ends on this date (inclusive, 'YYYY-MM-DD') or after this many occurrences; neither = never. */
  until?: string;
  count?: number;
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const WEEKDAY_NAMES: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last', '-2': 'second to last' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function buildRrule(spec: RecurrenceSpec): string {
  const data: Parameters<typeof ICAL.Recur.fromData>[0] = { freq: spec.freq };
  const interval = Math.max(1, Math.floor(spec.interval || 1));
  if (interval > 1) data.interval = interval;
  if (spec.byDay?.length) data.byday = spec.byDay.map((d) => d.toUpperCase());
  if (spec.byMonthDay?.length) data.bymonthday = spec.byMonthDay;
  if (spec.until) data.until = ICAL.Time.fromDateString(spec.until);
  else if (spec.count && spec.count > 0) data.count = Math.floor(spec.count);
  return ICAL.Recur.fromData(data).toString();
}

function partsOf(rule: ICAL.Recur): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [k, v] of Object.entries(rule.parts as Record<string, unknown>)) {
    if (v === undefined || v === null) continue;
    const list = Array.isArray(v) ? v : [v];
    if (list.length) out[k] = list;
  }
  return out;
}

/** The rule's UNTIL as the inclusive date people mean ('YYYY-MM-DD'); a UTC time is read in `timeZone` when given. */
function untilDate(rule: ICAL.Recur, timeZone?: string): string | undefined {
  const u = rule.until;
  if (!u) return undefined;
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  if (u.isDate) return `${pad(u.year, 4)}-${pad(u.month)}-${pad(u.day)}`;
  const wall = `${pad(u.year, 4)}-${pad(u.month)}-${pad(u.day)}T${pad(u.hour)}:${pad(u.minute)}:${pad(u.second)}`;
  if (u.zone === ICAL.Timezone.utcTimezone && timeZone) {
    try {
      return utcToWall(`${wall}Z`, timeZone).slice(0, 10);
    } catch {
      return wall.slice(0, 10);
    }
  }
  return wall.slice(0, 10);
}

/**
 * RRULE text → the form's spec, or null when the rule is more than the form can show (it is
 * then kept as is). `timeZone` (optional) reads a UTC UNTIL as a date in the series' zone.
 */
export function readRrule(rrule: string, timeZone?: string): RecurrenceSpec | null {
  let rule: ICAL.Recur;
  try {
    rule = ICAL.Recur.fromString(rrule.trim().replace(/^RRULE:/i, ''));
  } catch {
    return null;
  }
  const freq = rule.freq;
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') return null;
  const parts = partsOf(rule);
  const interval = rule.interval > 0 ? rule.interval : 1;
  const { BYDAY: byDayRaw, BYMONTHDAY: byMonthDayRaw, ...rest } = parts;
  if (Object.keys(rest).length > 0) return null;
  const byDay = (byDayRaw ?? []).map(String);
  const byMonthDay = (byMonthDayRaw ?? []).map(Number);
  const spec: RecurrenceSpec = { freq, interval };
  const plain = byDay.every((d) => (WEEKDAY_CODES as readonly string[]).includes(d));
  switch (freq) {
    case 'DAILY':
      if (byMonthDay.length) return null;
      if (byDay.length) {
        // Every weekday written as DAILY (Outlook) is the same as WEEKLY on those days.
        if (interval !== 1 || !plain) return null;
        spec.freq = 'WEEKLY';
        spec.byDay = WEEKDAY_CODES.filter((d) => byDay.includes(d));
      }
      break;
    case 'WEEKLY':
      if (byMonthDay.length || !plain) return null;
      if (interval > 1 && byDay.length > 1 && rule.wkst !== ICAL.Time.MONDAY && rule.wkst !== undefined && rule.wkst !== null) return null;
      if (byDay.length) spec.byDay = WEEKDAY_CODES.filter((d) => byDay.includes(d));
      break;
    case 'MONTHLY':
      if (byDay.length && byMonthDay.length) return null;
      if (byDay.length) {
        if (byDay.length !== 1 || !/^[+-]?[1-5][A-Z]{2}$/.test(byDay[0] ?? '')) return null;
        spec.byDay = [(byDay[0] ?? '').replace(/^\+/, '')];
      }
      if (byMonthDay.length) spec.byMonthDay = byMonthDay;
      break;
    case 'YEARLY':
      if (byDay.length || byMonthDay.length) return null;
      break;
  }
  const until = untilDate(rule, timeZone);
  if (until) spec.until = until;
  else if (rule.count) spec.count = rule.count;
  return spec;
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : `${n} ${many}`;
}

function monthDayText(days: number[]): string {
  const text = days.map((d) => (d === -1 ? 'the last day' : d < 0 ? `${-d} days before the end` : String(d)));
  if (days.length === 1 && days[0] === -1) return 'on the last day';
  return `on day${days.length > 1 ? 's' : ''} ${joinAnd(text)}`;
}

function ordinalDay(code: string): string | null {
  const m = /^([+-]?\d)?([A-Z]{2})$/.exec(code);
  if (!m) return null;
  const name = WEEKDAY_NAMES[m[2] ?? ''];
  if (!name) return null;
  if (!m[1]) return name;
  const ord = ORDINALS[String(Number(m[1]))];
  return ord ? `the ${ord} ${name}` : null;
}

/** A sentence for people: 'Every weekday', 'Every 2 weeks on Monday and Wednesday', 'Monthly on the last Friday, 10 times'. */
export function describeRecurrence(rrule: string, locale?: string): string {
  let rule: ICAL.Recur;
  try {
    rule = ICAL.Recur.fromString(rrule.trim().replace(/^RRULE:/i, ''));
  } catch {
    return 'Repeats (custom rule)';
  }
  const n = rule.interval > 0 ? rule.interval : 1;
  const parts = partsOf(rule);
  const byDay = (parts.BYDAY ?? []).map(String);
  const byMonthDay = (parts.BYMONTHDAY ?? []).map(Number);
  const byMonth = (parts.BYMONTH ?? []).map(Number);
  const others = Object.keys(parts).filter((k) => !['BYDAY', 'BYMONTHDAY', 'BYMONTH'].includes(k));
  const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR'];
  const isWeekdays = byDay.length === 5 && weekdays.every((d) => byDay.includes(d));
  const dayNames = (): string | null => {
    const names = WEEKDAY_CODES.filter((d) => byDay.includes(d)).map((d) => WEEKDAY_NAMES[d] ?? d);
    return names.length === byDay.length ? joinAnd(names) : null;
  };
  let text: string | null = null;
  if (others.length === 0) {
    switch (rule.freq) {
      case 'DAILY':
        if (byMonthDay.length || byMonth.length) break;
        if (!byDay.length) text = n === 1 ? 'Daily' : `Every ${n} days`;
        else if (isWeekdays && n === 1) text = 'Every weekday';
        else if (n === 1 && dayNames()) text = `Every ${dayNames()}`;
        break;
      case 'WEEKLY':
        if (byMonthDay.length || byMonth.length) break;
        if (isWeekdays && n === 1) text = 'Every weekday';
        else {
          const head = n === 1 ? 'Weekly' : `Every ${n} weeks`;
          const days = byDay.length ? dayNames() : '';
          if (days !== null) text = days ? `${head} on ${days}` : head;
        }
        break;
      case 'MONTHLY': {
        if (byMonth.length) break;
        const head = n === 1 ? 'Monthly' : `Every ${n} months`;
        if (byDay.length && byMonthDay.length) break;
        if (byDay.length) {
          const days = byDay.map(ordinalDay);
          if (days.every((d): d is string => d !== null)) text = `${head} on ${joinAnd(days)}`;
        } else if (byMonthDay.length) text = `${head} ${monthDayText(byMonthDay)}`;
        else text = head;
        break;
      }
      case 'YEARLY': {
        const head = n === 1 ? 'Yearly' : `Every ${n} years`;
        if (!byDay.length && !byMonthDay.length && !byMonth.length) text = head;
        else if (byMonth.length && byMonth.every((m) => m >= 1 && m <= 12)) {
          const months = joinAnd(byMonth.map((m) => MONTHS[m - 1] ?? ''));
          if (byDay.length) {
            const days = byDay.map(ordinalDay);
            if (days.every((d): d is string => d !== null)) text = `${head} on ${joinAnd(days)} of ${months}`;
          } else if (byMonthDay.length) text = `${head} on ${joinAnd(byMonthDay.map(String))} ${months}`;
          else text = `${head} in ${months}`;
        }
        break;
      }
      default:
        break;
    }
  }
  if (text === null) {
    const unit: Record<string, string> = {
      SECONDLY: 'every second',
      MINUTELY: 'every minute',
      HOURLY: 'hourly',
      DAILY: 'daily',
      WEEKLY: 'weekly',
      MONTHLY: 'monthly',
      YEARLY: 'yearly',
    };
    text = `Repeats ${unit[rule.freq] ?? ''} (custom rule)`.replace('  ', ' ');
  }
  const until = untilDate(rule);
  if (until) {
    const [y, m, d] = until.split('-').map(Number);
    const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
    let formatted: string;
    try {
      formatted = new Intl.DateTimeFormat(locale ?? 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
    } catch {
      formatted = until;
    }
    text += `, until ${formatted}`;
  } else if (rule.count) {
    text += rule.count === 1 ? ', once' : `, ${plural(rule.count, 'once', 'times')}`;
  }
  return text;
}
