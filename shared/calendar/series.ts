/**
 * The engine's inner workings shared by expansion, series bounds and series edits: reading an
 * event's times, and walking its RRULE through ical.js on the WALL-time start (so a 9:00
 * meeting stays at 9:00 whatever the zone's offset), skipping whole periods ahead when only a
 * late window is wanted. Not part of the public API (index.ts does not export it).
 */
import ICAL from 'ical.js';
import type { CalendarEventDraft, OccurrenceOverride } from './types';
import { msToDate, msToWall, offsetAt, wallMsToUtcMs, wallToMs } from './zones';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const END_OF_TIME = '9999-12-31T23:59:59.999Z';
export const DEFAULT_LIMIT = 100_000;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isDateOnly(value: string): boolean {
  return DATE_RE.test(value);
}

/** An instant or a date ('YYYY-MM-DD' = midnight UTC; a wall time without zone read as UTC) → ms. */
export function parseBound(value: string): number {
  const wall = wallToMs(value);
  if (!Number.isNaN(wall)) return wall;
  return Date.parse(value);
}

/** Reads a stored wall time or date leniently ('…T09:00' gains seconds; an instant with Z is read in `zone`). */
export function readWallMs(value: string | undefined, zone: string): number {
  if (!value) return NaN;
  const ms = wallToMs(value);
  if (!Number.isNaN(ms)) return ms;
  const instant = Date.parse(value);
  if (Number.isNaN(instant) || !/(Z|[+-]\d{2}:?\d{2})$/.test(value)) return NaN;
  return wallMsFromUtc(instant, zone);
}

function wallMsFromUtc(instant: number, zone: string): number {
  return Math.floor(instant / 1000) * 1000 + offsetAt(instant, zone);
}

/** The key an occurrence is known by: the wall start as stored ('YYYY-MM-DDTHH:mm:ss' or 'YYYY-MM-DD'). */
export function keyOf(wallMs: number, allDay: boolean): string {
  return allDay ? msToDate(wallMs) : msToWall(wallMs);
}

const digit = (v: string, i: number): number => {
  const c = v.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
const two = (v: string, i: number): number => digit(v, i) * 10 + digit(v, i + 1);

/**
 * True when `v` starts with a date already in key form that is surely real: 'YYYY-MM-DD' with
 * a month 01–12 and a day 01–28 (the 29th–31st take the full parse). Stored exceptions are
 * nearly always in this form, and a series holds dozens of them: this spares each a parse.
 */
function isPlainDate(v: string): boolean {
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const month = two(v, 5);
  const day = two(v, 8);
  return digit(v, 0) + digit(v, 1) + digit(v, 2) + digit(v, 3) >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28;
}

/** 'YYYY-MM-DDTHH:mm:ss' exactly, a real date and time (see isPlainDate): already a timed key. */
function isPlainWall(v: string): boolean {
  if (v.length !== 19 || v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58 || !isPlainDate(v)) return false;
  return two(v, 11) <= 23 && two(v, 14) <= 59 && two(v, 17) <= 59;
}

/** Normalizes a recurrence id / exdate / rdate to the series' key form; null when unreadable. */
export function normalizeKey(value: string, allDay: boolean, zone: string): string | null {
  if (allDay) {
    if (value.length >= 10 && isPlainDate(value)) return value.length === 10 ? value : value.slice(0, 10);
    const ms = wallToMs(value.slice(0, 10));
    return Number.isNaN(ms) ? null : msToDate(ms);
  }
  if (isDateOnly(value)) return value; // a date on a timed series: matches every occurrence that day
  if (isPlainWall(value)) return value;
  const ms = readWallMs(value, zone);
  return Number.isNaN(ms) ? null : msToWall(ms);
}

/** How an event's times read: its zones, first wall start and its length. */
export interface Timing {
  allDay: boolean;
  /** Zone the wall times are read in (all-day: the floating zone, only for windows). */
  zone: string;
  startWallMs: number;
  /** All-day: whole days; timed: exact milliseconds (RFC 5545: the same exact duration for every occurrence). */
  durationDays: number;
  durationMs: number;
  floating: boolean;
}

export function timingOf(event: CalendarEventDraft, floatingZone: string): Timing | null {
  if (event.allDay) {
    const start = wallToMs(event.start.slice(0, 10));
    if (Number.isNaN(start)) return null;
    const end = wallToMs((event.end ?? '').slice(0, 10));
    const days = Number.isNaN(end) ? 1 : Math.max(1, Math.round((end - start) / DAY));
    return { allDay: true, zone: floatingZone, startWallMs: start, durationDays: days, durationMs: days * DAY, floating: true };
  }
  const zone = event.timeZone || floatingZone;
  const start = readWallMs(event.start, zone);
  if (Number.isNaN(start)) return null;
  const endZone = event.endTimeZone || zone;
  const end = readWallMs(event.end, endZone);
  const startUtc = wallMsToUtcMs(start, zone);
  const durationMs = Number.isNaN(end) ? 0 : Math.max(0, wallMsToUtcMs(end, endZone) - startUtc);
  return { allDay: false, zone, startWallMs: start, durationDays: 0, durationMs, floating: !event.timeZone };
}

export function isRecurring(event: CalendarEventDraft): boolean {
  return Boolean(event.rrule?.trim()) || (event.rdates?.length ?? 0) > 0;
}

interface ParsedRule {
  rule: ICAL.Recur;
  /** UNTIL as given: kind and value (checked here, not by ical.js, so zoned series compare in UTC). */
  until: { kind: 'utc' | 'date' | 'floating'; ms: number } | null;
  count: number | null;
  freq: string;
  interval: number;
}

const ruleCache = new Map<string, ParsedRule | null>();

function timeToMs(t: ICAL.Time): number {
  const d = new Date(0);
  d.setUTCFullYear(t.year, t.month - 1, t.day);
  if (!t.isDate) d.setUTCHours(t.hour, t.minute, t.second, 0);
  return d.getTime();
}

export function msToTime(ms: number, isDate: boolean): ICAL.Time {
  const d = new Date(ms);
  return ICAL.Time.fromData({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: isDate ? 0 : d.getUTCHours(),
    minute: isDate ? 0 : d.getUTCMinutes(),
    second: isDate ? 0 : d.getUTCSeconds(),
    isDate,
  });
}

/** RRULE text (with or without 'RRULE:') → ical.js rule without its UNTIL; null when unreadable. */
export function parseRule(rrule: string): ParsedRule | null {
  const text = rrule.trim().replace(/^RRULE:/i, '');
  if (ruleCache.has(text)) return ruleCache.get(text) ?? null;
  let parsed: ParsedRule | null = null;
  try {
    const rule = ICAL.Recur.fromString(text);
    const freqs = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
    if (freqs.includes(rule.freq)) {
      let until: ParsedRule['until'] = null;
      if (rule.until) {
        const u = rule.until;
        const kind = u.isDate ? 'date' : u.zone === ICAL.Timezone.utcTimezone ? 'utc' : 'floating';
        const ms = timeToMs(u);
        until = Number.isNaN(ms) ? null : { kind, ms };
        rule.until = null;
      }
      const interval = Number.isFinite(rule.interval) && rule.interval > 0 ? Math.floor(rule.interval) : 1;
      rule.interval = interval;
      parsed = { rule, until, count: rule.count && rule.count > 0 ? rule.count : null, freq: rule.freq, interval };
    }
  } catch {
    parsed = null;
  }
  if (ruleCache.size > 5000) ruleCache.clear();
  ruleCache.set(text, parsed);
  return parsed;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function hasPart(rule: ICAL.Recur, part: string): boolean {
  const value = (rule.parts as Record<string, unknown[] | undefined>)[part];
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null;
}

/**
 * How one rule is walked from one start (cached):
 * - 'periodic': DAILY/WEEKLY rules whose set repeats every `period` of wall time (only BYDAY
 *   weekdays, BYHOUR/BYMINUTE/BYSECOND, BYSETPOS). ical.js lists the first two periods; the
 *   second is the pattern every later period repeats, so a window years later costs nothing.
 * - 'list': any other rule with COUNT, listed once by ical.js.
 * - 'walk': any other endless or UNTIL rule, walked by ical.js from a start skipped ahead.
 */
type Plan =
  | { kind: 'periodic'; period: number; head: number[]; cycle: number[] }
  | { kind: 'list'; starts: number[] }
  | { kind: 'walk'; rule: ICAL.Recur };

const planCache = new Map<string, Plan>();

/** The rule with the parts RFC 5545 takes from DTSTART written out (ical.js would turn 29 February into 1 March in other years). */
function effectiveRule(p: ParsedRule, startWallMs: number): ICAL.Recur {
  const rule = p.rule.clone();
  rule.until = null;
  const d = new Date(startWallMs);
  const dayParts = ['BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO'].some((x) => hasPart(rule, x));
  if (p.freq === 'MONTHLY' && !dayParts) rule.setComponent('BYMONTHDAY', [d.getUTCDate()]);
  if (p.freq === 'YEARLY' && !dayParts) {
    rule.setComponent('BYMONTHDAY', [d.getUTCDate()]);
    if (!hasPart(rule, 'BYMONTH')) rule.setComponent('BYMONTH', [d.getUTCMonth() + 1]);
  }
  return rule;
}

function periodOf(p: ParsedRule, rule: ICAL.Recur): number | null {
  if (p.freq !== 'DAILY' && p.freq !== 'WEEKLY') return null;
  for (const part of ['BYMONTH', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO']) if (hasPart(rule, part)) return null;
  const byDay = (rule.parts.BYDAY ?? []) as unknown[];
  if (byDay.some((x) => typeof x !== 'string' || !/^(MO|TU|WE|TH|FR|SA|SU)$/.test(x))) return null;
  if (p.freq === 'WEEKLY') return 7 * DAY * p.interval;
  const days = byDay.length > 0 ? (7 * p.interval) / gcd(7, p.interval) : p.interval;
  return days * DAY;
}

function planFor(p: ParsedRule, text: string, startWallMs: number, allDay: boolean, limit: number): Plan {
  const key = `${text}|${startWallMs}|${allDay ? 1 : 0}`;
  const cached = planCache.get(key);
  if (cached) return cached;
  const rule = effectiveRule(p, startWallMs);
  const period = periodOf(p, rule);
  let plan: Plan;
  if (period !== null) {
    const countless = rule.clone();
    countless.count = null;
    const seen = walk(countless, startWallMs, allDay, startWallMs, startWallMs + 2 * period, limit);
    const head = seen.filter((ms) => ms < startWallMs + period);
    const cycle = seen.filter((ms) => ms >= startWallMs + period).map((ms) => ms - startWallMs - period);
    plan = { kind: 'periodic', period, head, cycle };
  } else if (p.count !== null) {
    plan = { kind: 'list', starts: walk(rule, startWallMs, allDay, startWallMs, Infinity, Math.min(limit, p.count + 1)) };
  } else {
    plan = { kind: 'walk', rule };
  }
  if (planCache.size > 20_000) planCache.clear();
  planCache.set(key, plan);
  return plan;
}

/** ical.js's occurrences from `begin` (DTSTART first when begin is the start) below `endWallMs`. */
function walk(rule: ICAL.Recur, startWallMs: number, allDay: boolean, begin: number, endWallMs: number, limit: number): number[] {
  const out: number[] = [];
  for (const ms of walkFrom(rule, startWallMs, allDay, begin, limit)) {
    if (ms >= endWallMs) break;
    out.push(ms);
  }
  return out;
}

function* walkFrom(rule: ICAL.Recur, startWallMs: number, allDay: boolean, begin: number, limit: number): Generator<number> {
  let iterator: ICAL.RecurIterator;
  try {
    iterator = rule.iterator(msToTime(begin, allDay));
  } catch {
    if (begin === startWallMs) yield startWallMs;
    return;
  }
  let steps = 0;
  // From the real DTSTART, DTSTART is the first occurrence even if the rule would not produce
  // it (RFC 5545). From a skipped-ahead anchor, the anchor itself is not necessarily an
  // occurrence, so it is dropped (it lies at least a period before the target).
  let last = begin;
  if (begin === startWallMs) {
    yield startWallMs;
    steps++;
  }
  while (steps < limit) {
    let next: ICAL.Time | null;
    try {
      next = iterator.next();
    } catch {
      return;
    }
    if (!next) return;
    const ms = timeToMs(next);
    if (Number.isNaN(ms)) return;
    steps++;
    if (ms <= last) continue;
    last = ms;
    yield ms;
  }
}

/** A later anchor on the rule's own grid, whole periods after the start and at least two before `targetWallMs`. */
function skipAhead(p: ParsedRule, startWallMs: number, targetWallMs: number): number {
  if (targetWallMs <= startWallMs) return startWallMs;
  const d = new Date(startWallMs);
  const fixedPeriod: Record<string, number> = { DAILY: DAY, WEEKLY: 7 * DAY, HOURLY: HOUR, MINUTELY: MINUTE };
  const unit = fixedPeriod[p.freq];
  if (unit !== undefined) {
    const period = unit * p.interval;
    const k = Math.floor((targetWallMs - startWallMs) / period) - 2;
    return k > 0 ? startWallMs + k * period : startWallMs;
  }
  if (p.freq !== 'MONTHLY' && p.freq !== 'YEARLY') return startWallMs;
  // The effective rule names its days explicitly, so the anchor's day only has to exist.
  const months = p.freq === 'MONTHLY' ? p.interval : 12 * p.interval;
  const t = new Date(targetWallMs);
  const diffMonths = (t.getUTCFullYear() - d.getUTCFullYear()) * 12 + (t.getUTCMonth() - d.getUTCMonth());
  const k = Math.floor(diffMonths / months) - 1;
  if (k <= 0) return startWallMs;
  const anchor = new Date(startWallMs);
  anchor.setUTCDate(1);
  anchor.setUTCMonth(anchor.getUTCMonth() + k * months);
  anchor.setUTCDate(Math.min(d.getUTCDate(), 28));
  return anchor.getTime();
}

/**
 * The wall starts (UTC-like ms) of an RRULE's occurrences in order, DTSTART first, honouring
 * COUNT and UNTIL (a UTC UNTIL compared as an instant in `zone`). `skipToWallMs` lets the
 * walk begin near a late window. Stops after `limit` steps.
 */
export function* ruleStarts(
  rrule: string,
  startWallMs: number,
  allDay: boolean,
  zone: string,
  skipToWallMs: number | null,
  limit: number,
): Generator<number> {
  const p = parseRule(rrule);
  if (!p) {
    yield startWallMs;
    return;
  }
  const until = p.until;
  const untilPasses = (wallMs: number): boolean => {
    if (!until) return false;
    if (until.kind === 'date') return wallMs >= until.ms + DAY;
    if (until.kind === 'floating' || allDay) return wallMs > until.ms;
    return wallMsToUtcMs(wallMs, zone) > until.ms;
  };
  const plan = planFor(p, rrule.trim().replace(/^RRULE:/i, ''), startWallMs, allDay, limit);
  const target = skipToWallMs ?? startWallMs;
  let steps = 0;
  if (plan.kind === 'periodic') {
    const count = p.count ?? Infinity;
    let index = 0;
    let cycleNo = 1;
    if (target >= startWallMs + 2 * plan.period && plan.cycle.length > 0) {
      cycleNo = Math.max(1, Math.floor((target - startWallMs) / plan.period) - 1);
      index = plan.head.length + (cycleNo - 1) * plan.cycle.length;
    } else {
      for (const ms of plan.head) {
        if (index >= count || steps >= limit || untilPasses(ms)) return;
        index++;
        steps++;
        yield ms;
      }
    }
    if (plan.cycle.length === 0) return;
    for (;;) {
      const base = startWallMs + cycleNo * plan.period;
      for (const offset of plan.cycle) {
        const ms = base + offset;
        if (index >= count || steps >= limit || untilPasses(ms)) return;
        index++;
        steps++;
        yield ms;
      }
      cycleNo++;
    }
  }
  if (plan.kind === 'list') {
    let lo = 0;
    let hi = plan.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((plan.starts[mid] ?? 0) < target - 31 * DAY) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < plan.starts.length && i < (p.count ?? Infinity); i++) {
      const ms = plan.starts[i] ?? 0;
      if (untilPasses(ms) || steps++ >= limit) return;
      yield ms;
    }
    return;
  }
  const begin = skipToWallMs === null ? startWallMs : skipAhead(p, startWallMs, skipToWallMs);
  const cacheKey = `${rrule}|${startWallMs}|${allDay ? 1 : 0}|${begin}`;
  let shared = walkCache.get(cacheKey);
  if (!shared) {
    shared = { starts: [], source: walkFrom(plan.rule, startWallMs, allDay, begin, limit), done: false };
    if (walkCache.size > 5000) walkCache.clear();
    walkCache.set(cacheKey, shared);
  }
  for (let i = 0; i < limit; i++) {
    if (i >= shared.starts.length) {
      if (shared.done || shared.starts.length >= WALK_CACHE_MAX) return;
      const r = shared.source.next();
      if (r.done) {
        shared.done = true;
        return;
      }
      shared.starts.push(r.value);
    }
    const ms = shared.starts[i] ?? 0;
    if (untilPasses(ms)) return;
    yield ms;
  }
}

/** Walks already made, shared by later windows that start from the same anchor (ical.js steps are slow). */
const walkCache = new Map<string, { starts: number[]; source: Generator<number>; done: boolean }>();
const WALK_CACHE_MAX = 200_000;

/** Override lookup by normalized recurrence id. */
export function overrideMap(event: CalendarEventDraft, allDay: boolean, zone: string): Map<string, OccurrenceOverride> {
  const map = new Map<string, OccurrenceOverride>();
  for (const o of event.overrides ?? []) {
    const key = normalizeKey(o.recurrenceId, allDay, zone);
    if (key) map.set(key, o);
  }
  return map;
}

/** Exdates as a set of keys, with date-only entries (on a timed series) in a second set. */
export function exdateSets(event: CalendarEventDraft, allDay: boolean, zone: string): { keys: Set<string>; dates: Set<string> } {
  const keys = new Set<string>();
  const dates = new Set<string>();
  for (const x of event.exdates ?? []) {
    const key = normalizeKey(x, allDay, zone);
    if (!key) continue;
    if (!allDay && isDateOnly(key)) dates.add(key);
    else keys.add(key);
  }
  return { keys, dates };
}

export function isExcluded(key: string, ex: { keys: Set<string>; dates: Set<string> }): boolean {
  return ex.keys.has(key) || (ex.dates.size > 0 && ex.dates.has(key.slice(0, 10)));
}
