/**
 * Event drafts → one VCALENDAR that Outlook and Google accept: one VEVENT per event (times in
 * their own zone with TZID, all-day as VALUE=DATE, RRULE/EXDATE/RDATE), one VEVENT per changed
 * occurrence (RECURRENCE-ID; a cancelled one becomes an EXDATE), and a VTIMEZONE for each zone
 * used. The VTIMEZONEs are built from the platform's own offsets (Intl): transitions are found
 * by searching the years the events span, and written as a yearly RRULE where they follow one
 * pattern, else as RDATEs. Text escaping and folding are ical.js's.
 */
import ICAL from 'ical.js';
import { DAY, MINUTE, isDateOnly, normalizeKey, parseRule, readWallMs, timingOf } from './series';
import type { CalendarEventDraft, OccurrenceOverride } from './types';
import { exactOffset, isKnownTimeZone, msToWall, offsetAt, wallMsToUtcMs, wallToMs } from './zones';

const DEFAULT_PRODID = '-//Backdesk//Calendar//EN';

function fields(ms: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

function dateTime(ms: number, utc: boolean): ICAL.Time {
  return ICAL.Time.fromData({ ...fields(ms), isDate: false }, utc ? ICAL.Timezone.utcTimezone : undefined);
}

function dateOnly(ms: number): ICAL.Time {
  const f = fields(ms);
  return ICAL.Time.fromData({ year: f.year, month: f.month, day: f.day, isDate: true });
}

/** A date property in the event's form: VALUE=DATE, UTC ('…Z'), TZID=zone, or floating. */
function timeProperty(name: string, value: string, allDay: boolean, zone: string | undefined): ICAL.Property | null {
  const prop = new ICAL.Property(name);
  if (allDay || isDateOnly(value)) {
    const ms = wallToMs(value.slice(0, 10));
    if (Number.isNaN(ms)) return null;
    prop.resetType('date');
    prop.setValue(dateOnly(ms));
    return prop;
  }
  const ms = readWallMs(value, zone ?? 'UTC');
  if (Number.isNaN(ms)) return null;
  if (zone === 'UTC') {
    prop.setValue(dateTime(ms, true));
  } else {
    prop.setValue(dateTime(ms, false));
    if (zone) prop.setParameter('tzid', zone);
  }
  return prop;
}

// ------------------------------------------------------------------------------------------
// VTIMEZONE from the platform's offsets
// ------------------------------------------------------------------------------------------

interface Transition {
  /** Instant of the change. */
  at: number;
  from: number;
  to: number;
}

/** The zone's offset changes between two years, found by stepping a few days at a time and bisecting to the minute. */
function transitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const out: Transition[] = [];
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const step = 2 * DAY;
  let prev = exactOffset(start, zone);
  for (let at = start; at < end; at += step) {
    let lo = at;
    // Usually no change; a step may hold more than one (then search again after the first).
    while (exactOffset(at + step, zone) !== prev) {
      let hi = at + step;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.max(MINUTE, Math.floor((hi - lo) / 2 / MINUTE) * MINUTE);
        if (exactOffset(mid, zone) === prev) lo = mid;
        else hi = mid;
      }
      const to = exactOffset(hi, zone);
      out.push({ at: hi, from: prev, to });
      prev = to;
      lo = hi;
    }
  }
  return out;
}

function utcOffset(ms: number): ICAL.UtcOffset {
  const minutes = Math.round(ms / MINUTE);
  const sign = minutes < 0 ? -1 : 1;
  const abs = Math.abs(minutes);
  return new ICAL.UtcOffset({ hours: Math.floor(abs / 60), minutes: abs % 60, factor: sign });
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Where a transition falls in its month, in local (pre-change) time. */
function shapeOf(t: Transition): { month: number; weekday: string; nth: number; last: boolean; time: number; year: number } {
  const wall = t.at + t.from;
  const d = new Date(wall);
  const day = d.getUTCDate();
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return {
    month: d.getUTCMonth() + 1,
    weekday: WEEKDAYS[d.getUTCDay()] ?? 'SU',
    nth: Math.ceil(day / 7),
    last: day + 7 > daysInMonth,
    time: wall % DAY,
    year: d.getUTCFullYear(),
  };
}

function buildTimezone(zone: string, fromYear: number, toYear: number): ICAL.Component {
  const vtz = new ICAL.Component('vtimezone');
  vtz.addPropertyWithValue('tzid', zone);
  vtz.addPropertyWithValue('x-lic-location', zone);
  const found = transitions(zone, fromYear, toYear);
  if (found.length === 0) {
    const offset = offsetAt(Date.UTC(fromYear, 0, 1), zone);
    const std = new ICAL.Component('standard');
    std.addPropertyWithValue('dtstart', dateTime(Date.UTC(1970, 0, 1), false));
    std.addPropertyWithValue('tzoffsetfrom', utcOffset(offset));
    std.addPropertyWithValue('tzoffsetto', utcOffset(offset));
    vtz.addSubcomponent(std);
    return vtz;
  }
  // Group the changes by kind and offsets, then into runs of consecutive years with one shape.
  const groups = new Map<string, Transition[]>();
  for (const t of found) {
    const key = `${t.to > t.from ? 'daylight' : 'standard'}|${t.from}|${t.to}`;
    const list = groups.get(key) ?? [];
    list.push(t);
    groups.set(key, list);
  }
  const lastYear = toYear;
  for (const [key, list] of groups) {
    const kind = key.split('|')[0] as 'daylight' | 'standard';
    let i = 0;
    while (i < list.length) {
      const first = list[i] as Transition;
      const s0 = shapeOf(first);
      let nthOk = s0.nth <= 4;
      let lastOk = s0.last;
      let j = i + 1;
      while (j < list.length) {
        const s = shapeOf(list[j] as Transition);
        const prevYear = shapeOf(list[j - 1] as Transition).year;
        if (s.month !== s0.month || s.weekday !== s0.weekday || s.time !== s0.time || s.year !== prevYear + 1) break;
        const sameNth: boolean = nthOk && s.nth === s0.nth && s.nth <= 4;
        const sameLast: boolean = lastOk && s.last;
        if (!sameNth && !sameLast) break;
        nthOk = sameNth;
        lastOk = sameLast;
        j++;
      }
      const run = list.slice(i, j);
      const obs = new ICAL.Component(kind);
      obs.addPropertyWithValue('dtstart', dateTime(first.at + first.from, false));
      obs.addPropertyWithValue('tzoffsetfrom', utcOffset(first.from));
      obs.addPropertyWithValue('tzoffsetto', utcOffset(first.to));
      if (run.length >= 3) {
        const runEnd = run[run.length - 1] as Transition;
        const open = j === list.length && shapeOf(runEnd).year >= lastYear;
        const byday = lastOk ? `-1${s0.weekday}` : `${s0.nth}${s0.weekday}`;
        const rule = ICAL.Recur.fromData({ freq: 'YEARLY', bymonth: [s0.month], byday: [byday] });
        if (!open) rule.until = dateTime(runEnd.at, true);
        obs.addPropertyWithValue('rrule', rule);
      } else if (run.length > 1) {
        // The onset repeated as an RDATE too: some readers (ical.js) take only the RDATEs then.
        for (const t of run) obs.addPropertyWithValue('rdate', dateTime(t.at + t.from, false));
      }
      vtz.addSubcomponent(obs);
      i = j;
    }
  }
  return vtz;
}

// ------------------------------------------------------------------------------------------
// Events
// ------------------------------------------------------------------------------------------

/** The rule written for this event: UNTIL in UTC for a zoned start, a date for all-day (RFC 5545). */
function ruleFor(event: CalendarEventDraft): ICAL.Recur | null {
  const text = event.rrule?.trim().replace(/^RRULE:/i, '');
  if (!text || !parseRule(text)) return null;
  let rule: ICAL.Recur;
  try {
    rule = ICAL.Recur.fromString(text);
  } catch {
    return null;
  }
  const u = rule.until;
  if (u) {
    const untilMs = Date.UTC(u.year, u.month - 1, u.day, u.isDate ? 0 : u.hour, u.isDate ? 0 : u.minute, u.isDate ? 0 : u.second);
    const isUtc = !u.isDate && u.zone === ICAL.Timezone.utcTimezone;
    if (event.allDay) {
      rule.until = dateOnly(untilMs);
    } else if (event.timeZone) {
      // A date means "through that day" in the event's zone; a floating time is read there too.
      const wall = u.isDate ? untilMs + DAY - 1000 : untilMs;
      rule.until = dateTime(isUtc ? untilMs : wallMsToUtcMs(wall, event.timeZone), true);
    } else if (u.isDate) {
      rule.until = dateTime(untilMs + DAY - 1000, false);
    }
  }
  return rule;
}

function addText(comp: ICAL.Component, name: string, value: string | undefined): void {
  if (value !== undefined && value !== '') comp.addPropertyWithValue(name, value);
}

/** ORGANIZER;CN=…:mailto:… (one at most) and ATTENDEE;CN=…;ROLE=REQ-PARTICIPANT:mailto:…, one per email. */
function addAttendees(comp: ICAL.Component, event: CalendarEventDraft): void {
  const seen = new Set<string>();
  const list = [...(event.attendees ?? [])].sort((a, b) => (a.role === 'organizer' ? 0 : 1) - (b.role === 'organizer' ? 0 : 1));
  let organizer = false;
  for (const a of list) {
    const email = a.email.trim().replace(/^mailto:/i, '');
    if (!email.includes('@') || /[\s<>]/.test(email) || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    const asOrganizer = a.role === 'organizer' && !organizer;
    if (asOrganizer) organizer = true;
    const prop = new ICAL.Property(asOrganizer ? 'organizer' : 'attendee');
    prop.setValue(`mailto:${email}`);
    // Parameter values cannot hold quotes or line breaks (RFC 5545 §3.1); ical.js quotes ',;:'.
    const name = a.name?.replace(/["\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (name) prop.setParameter('cn', name);
    if (!asOrganizer) prop.setParameter('role', 'REQ-PARTICIPANT');
    comp.addProperty(prop);
  }
}

function veventFor(event: CalendarEventDraft, stamp: ICAL.Time): ICAL.Component[] {
  const zone = event.allDay ? undefined : event.timeZone;
  const seriesZone = event.allDay ? 'UTC' : event.timeZone || 'UTC';
  const t = timingOf(event, seriesZone);
  if (!t) return [];
  const main = new ICAL.Component('vevent');
  main.addPropertyWithValue('uid', event.uid);
  main.addPropertyWithValue('dtstamp', stamp);
  const startProp = timeProperty('dtstart', event.start, event.allDay, zone);
  if (!startProp) return [];
  main.addProperty(startProp);
  const endProp = timeProperty('dtend', event.end, event.allDay, event.allDay ? undefined : event.endTimeZone || zone);
  if (endProp) main.addProperty(endProp);
  main.addPropertyWithValue('summary', event.title);
  addText(main, 'description', event.description);
  addText(main, 'location', event.location);
  addAttendees(main, event);
  const rule = ruleFor(event);
  if (rule) main.addPropertyWithValue('rrule', rule);

  const startTime = event.allDay ? '' : (normalizeKey(event.start, false, seriesZone) ?? '').slice(10);
  const asSeriesValue = (value: string): string => (!event.allDay && isDateOnly(value) ? `${value}${startTime}` : value);
  const exdates = new Set((event.exdates ?? []).map(asSeriesValue));
  for (const o of event.overrides ?? []) if (o.cancelled) exdates.add(asSeriesValue(o.recurrenceId));
  for (const x of [...exdates].sort()) {
    const p = timeProperty('exdate', x, event.allDay, zone);
    if (p) main.addProperty(p);
  }
  for (const r of [...new Set(event.rdates ?? [])].sort()) {
    const p = timeProperty('rdate', r, event.allDay, zone);
    if (p) main.addProperty(p);
  }
  const out = [main];
  for (const o of event.overrides ?? []) {
    if (o.cancelled) continue;
    const ex = overrideEvent(event, o, t.durationMs, t.durationDays, stamp);
    if (ex) out.push(ex);
  }
  return out;
}

function overrideEvent(event: CalendarEventDraft, o: OccurrenceOverride, durationMs: number, durationDays: number, stamp: ICAL.Time): ICAL.Component | null {
  const zone = event.allDay ? undefined : event.timeZone;
  const comp = new ICAL.Component('vevent');
  comp.addPropertyWithValue('uid', event.uid);
  comp.addPropertyWithValue('dtstamp', stamp);
  const rid = timeProperty('recurrence-id', o.recurrenceId, event.allDay, zone);
  if (!rid) return null;
  comp.addProperty(rid);
  const allDay = o.allDay ?? event.allDay;
  const ownZone = allDay ? undefined : o.timeZone || zone;
  let start = o.start ?? o.recurrenceId;
  if (allDay) start = start.slice(0, 10);
  else if (isDateOnly(start)) start = `${start}T09:00:00`;
  let end = o.end;
  if (!end) {
    if (allDay) {
      const ms = wallToMs(start);
      end = msToWall(ms + Math.max(1, durationDays || 1) * DAY).slice(0, 10);
    } else {
      const z = ownZone ?? 'UTC';
      const startUtc = wallMsToUtcMs(readWallMs(start, z), z);
      const length = event.allDay ? 60 * MINUTE : durationMs;
      end = msToWall(startUtc + length + offsetAt(startUtc + length, z));
    }
  }
  const startProp = timeProperty('dtstart', start, allDay, ownZone);
  if (!startProp) return null;
  comp.addProperty(startProp);
  const endProp = timeProperty('dtend', end, allDay, ownZone);
  if (endProp) comp.addProperty(endProp);
  comp.addPropertyWithValue('summary', o.title ?? event.title);
  addText(comp, 'description', o.description ?? event.description);
  addText(comp, 'location', o.location ?? event.location);
  return comp;
}

/** Every IANA zone an event, its end or one of its occurrences is written in. */
function zonesUsed(events: CalendarEventDraft[]): Map<string, { min: number; max: number; endless: boolean }> {
  const zones = new Map<string, { min: number; max: number; endless: boolean }>();
  const note = (zone: string | undefined, ...values: (string | undefined)[]): void => {
    if (!zone || zone === 'UTC' || !isKnownTimeZone(zone)) return;
    const years = values
      .filter((v): v is string => Boolean(v))
      .map((v) => Number(v.slice(0, 4)))
      .filter((y) => Number.isFinite(y) && y > 0);
    if (!years.length) return;
    const span = zones.get(zone) ?? { min: Infinity, max: -Infinity, endless: false };
    span.min = Math.min(span.min, ...years);
    span.max = Math.max(span.max, ...years);
    zones.set(zone, span);
  };
  for (const e of events) {
    if (e.allDay) continue;
    const all = [e.start, e.end, ...(e.rdates ?? []), ...(e.exdates ?? [])];
    const untilMatch = /UNTIL=(\d{4})/i.exec(e.rrule ?? '');
    if (untilMatch?.[1]) all.push(untilMatch[1]);
    note(e.timeZone, ...all);
    const rule = e.rrule ? parseRule(e.rrule) : null;
    const span = e.timeZone ? zones.get(e.timeZone) : undefined;
    if (span && rule) {
      if (rule.count === null && rule.until === null) span.endless = true;
      // A counted series runs on past its start: cover a year per occurrence, roughly.
      else if (rule.count !== null) span.max = Math.max(span.max, span.min + 1 + Math.min(50, Math.ceil(rule.count / (rule.freq === 'YEARLY' ? 1 : 12))));
    }
    note(e.endTimeZone, e.end);
    for (const o of e.overrides ?? []) {
      if (o.allDay) continue;
      note(o.timeZone || e.timeZone, o.start, o.end, o.recurrenceId);
    }
  }
  return zones;
}

export function toIcs(events: CalendarEventDraft[], options?: { prodId?: string; calendarName?: string }): string {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('prodid', options?.prodId || DEFAULT_PRODID);
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  if (options?.calendarName) cal.addPropertyWithValue('x-wr-calname', options.calendarName);

  const thisYear = new Date().getUTCFullYear();
  for (const [zone, span] of zonesUsed(events)) {
    // From a year before the first time to three after the last (or after this year for an
    // endless series), so the zone's current pattern shows as a yearly rule.
    const from = Math.max(1900, span.min - 1);
    const to = Math.min(2200, Math.max(span.max, span.endless ? thisYear : span.max) + 3);
    cal.addSubcomponent(buildTimezone(zone, from, to));
  }
  const stamp = dateTime(Math.floor(Date.now() / 1000) * 1000, true);
  for (const event of events) {
    try {
      for (const c of veventFor(event, stamp)) cal.addSubcomponent(c);
    } catch {
      // An event that cannot be written is left out rather than breaking the whole file.
    }
  }
  const previous = ICAL.foldLength;
  // RFC 5545: 75 octets including the leading space of a continuation line.
  ICAL.foldLength = 74;
  try {
    return `${cal.toString()}\r\n`;
  } finally {
    ICAL.foldLength = previous;
  }
}
