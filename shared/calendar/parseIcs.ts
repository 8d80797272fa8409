/**
 * ICS text → event drafts, one error per unreadable event with its line; the rest still import.
 *
 * The file is split into components here only to know LINE NUMBERS (continuation lines are
 * unfolded while each logical line keeps the physical line it started on). Each VEVENT is then
 * read through ical.js (text unescaping, RRULE, DURATION); date values are checked from their
 * raw text, because ical.js quietly rolls an impossible date like 20231332 over into the next
 * year. TZIDs resolve to IANA names (Outlook's Windows names through CLDR); a zone only the
 * file's VTIMEZONE describes is converted through it to UTC.
 */
import ICAL from 'ical.js';
import { DAY, isDateOnly, keyOf, parseRule, ruleStarts } from './series';
import type { CalendarEventDraft, EventAttendee, OccurrenceOverride, RowError } from './types';
import { msToWall, offsetAt, resolveTzid, wallMsToUtcMs } from './zones';

interface LogicalLine {
  text: string;
  /** 1-based physical line the logical line starts on. */
  line: number;
}

interface Block {
  kind: 'VEVENT' | 'VTIMEZONE';
  startLine: number;
  lines: LogicalLine[];
}

interface PropLine {
  name: string;
  params: Record<string, string>;
  value: string;
  line: number;
}

/** A date or date-time value as written. */
interface DateValue {
  /** Wall fields as UTC-like ms. */
  wallMs: number;
  isDate: boolean;
  utc: boolean;
  tzid?: string;
}

/** How a TZID reads: an IANA zone, a zone only the file describes, or nothing known (floating). */
type ZoneRef = { kind: 'iana'; zone: string } | { kind: 'file'; tz: ICAL.Timezone } | { kind: 'floating' };

class EventError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

function unfold(text: string): LogicalLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: LogicalLine[] = [];
  physical.forEach((raw, i) => {
    const last = out[out.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) {
      last.text += raw.slice(1);
      return;
    }
    if (raw.trim() === '') return; // blank lines are invalid but harmless
    out.push({ text: raw, line: i + 1 });
  });
  return out;
}

/** NAME;PARAM=value;PARAM="quoted":value → parts; null when the line is not a property. */
function parseLine(l: LogicalLine): PropLine | null {
  const m = /^([A-Za-z0-9-]+)/.exec(l.text);
  if (!m) return null;
  const name = (m[1] ?? '').toUpperCase();
  let i = name.length;
  const params: Record<string, string> = {};
  const text = l.text;
  while (text[i] === ';') {
    const pm = /^;([A-Za-z0-9-]+)=/.exec(text.slice(i));
    if (!pm) return null;
    i += pm[0].length;
    const values: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return null;
        values.push(text.slice(i + 1, close));
        i = close + 1;
      } else {
        const vm = /^[^";:,]*/.exec(text.slice(i));
        const v = vm ? vm[0] : '';
        values.push(v);
        i += v.length;
      }
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    params[(pm[1] ?? '').toUpperCase()] = values.join(',');
  }
  if (text[i] !== ':') return null;
  return { name, params, value: text.slice(i + 1), line: l.line };
}

function splitComponents(lines: LogicalLine[]): { blocks: Block[]; errors: RowError[]; sawCalendar: boolean } {
  const blocks: Block[] = [];
  const errors: RowError[] = [];
  let current: Block | null = null;
  let nested: string[] = [];
  let sawCalendar = false;
  for (const l of lines) {
    const upper = l.text.trim().toUpperCase();
    const begin = /^BEGIN:(.+)$/.exec(upper)?.[1]?.trim();
    const end = /^END:(.+)$/.exec(upper)?.[1]?.trim();
    if (begin === 'VCALENDAR') sawCalendar = true;
    if (current) {
      if (begin === 'VEVENT' && current.kind === 'VEVENT') {
        errors.push({ line: current.startLine, message: 'This event is never closed (END:VEVENT is missing), so it was left out.' });
        current = { kind: 'VEVENT', startLine: l.line, lines: [l] };
        nested = [];
        continue;
      }
      current.lines.push(l);
      if (begin) nested.push(begin);
      else if (end) {
        if (nested.length === 0 && end === current.kind) {
          blocks.push(current);
          current = null;
        } else if (end === 'VCALENDAR') {
          current.lines.pop();
          if (current.kind === 'VEVENT') {
            errors.push({ line: current.startLine, message: 'This event is never closed (END:VEVENT is missing), so it was left out.' });
          }
          current = null;
          nested = [];
        } else {
          const at = nested.lastIndexOf(end);
          if (at >= 0) nested = nested.slice(0, at);
        }
      }
      continue;
    }
    if (begin === 'VEVENT' || begin === 'VTIMEZONE') {
      current = { kind: begin, startLine: l.line, lines: [l] };
      nested = [];
    }
  }
  if (current?.kind === 'VEVENT') {
    errors.push({ line: current.startLine, message: 'This event is never closed (END:VEVENT is missing), so it was left out.' });
  }
  return { blocks, errors, sawCalendar };
}

const DATE_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** One raw date / date-time value; null when it is not a real date. */
function parseDateText(raw: string, valueType: string | undefined): DateValue | null {
  const m = DATE_VALUE.exec(raw.trim());
  if (!m) return null;
  const [, ys, mos, ds, hs, mis, ss, z] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const isDate = hs === undefined || valueType?.toUpperCase() === 'DATE';
  const hour = Number(hs ?? 0);
  const minute = Number(mis ?? 0);
  const second = Math.min(59, Number(ss ?? 0));
  if (hour > 23 || minute > 59 || Number(ss ?? 0) > 60) return null;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (!isDate) d.setUTCHours(hour, minute, second, 0);
  return { wallMs: d.getTime(), isDate, utc: !isDate && Boolean(z) };
}

/** The values of a date property (comma lists; PERIOD values keep their start). */
function dateValues(p: PropLine): DateValue[] | string {
  const out: DateValue[] = [];
  for (const raw of p.value.split(',')) {
    if (!raw.trim()) continue;
    const first = raw.split('/')[0] ?? '';
    const v = parseDateText(first, p.params.VALUE === 'PERIOD' ? undefined : p.params.VALUE);
    if (!v) return `${p.name} has an impossible or unreadable date "${raw.trim()}"`;
    if (p.params.TZID && !v.utc && !v.isDate) v.tzid = p.params.TZID;
    out.push(v);
  }
  return out;
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function buildZones(blocks: Block[]): Map<string, ICAL.Timezone> {
  const zones = new Map<string, ICAL.Timezone>();
  for (const b of blocks) {
    if (b.kind !== 'VTIMEZONE') continue;
    try {
      const jcal = ICAL.parse(['BEGIN:VCALENDAR', ...b.lines.map((l) => l.text), 'END:VCALENDAR'].join('\r\n'));
      const comp = new ICAL.Component(jcal as unknown[]).getFirstSubcomponent('vtimezone');
      const tzid = comp?.getFirstPropertyValue('tzid');
      if (comp && typeof tzid === 'string' && tzid) zones.set(tzid, new ICAL.Timezone(comp));
    } catch {
      // A VTIMEZONE that cannot be read is ignored; its TZID may still be an IANA or Windows name.
    }
  }
  return zones;
}

/** 'mailto:Ann@Example.com' → 'Ann@Example.com'; null when the value is not an email address. */
function emailOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim().replace(/^mailto:/i, '').trim();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(email) ? email : null;
}

/** A CN as people read it: quotes and stray backslash escapes gone ('Smith\, Ann' → 'Smith, Ann'). */
function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value
    .replace(/\\([\\,;:"nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? ' ' : c))
    .replace(/^"(.*)"$/, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return name || undefined;
}

/** The ORGANIZER (first) and ATTENDEEs of an event, one per email address. */
function attendeesOf(comp: ICAL.Component): EventAttendee[] {
  const out: EventAttendee[] = [];
  const seen = new Set<string>();
  const add = (prop: ICAL.Property, role: 'organizer' | 'attendee') => {
    const email = emailOf(prop.getFirstValue());
    if (!email || seen.has(email.toLowerCase())) return;
    seen.add(email.toLowerCase());
    const a: EventAttendee = { email, role };
    const name = nameOf(prop.getParameter('cn'));
    if (name && name.toLowerCase() !== email.toLowerCase()) a.name = name;
    out.push(a);
  };
  for (const p of comp.getAllProperties('organizer')) add(p, 'organizer');
  for (const p of comp.getAllProperties('attendee')) add(p, 'attendee');
  return out;
}

/** One VEVENT read: its parts before grouping by UID. */
interface ReadEvent {
  uid: string;
  uidGiven: boolean;
  recurrenceId: DateValue | null;
  cancelled: boolean;
  draft: CalendarEventDraft;
  /** The first DTSTART's zone as written (for reading this event's RECURRENCE-IDs later). */
  startLine: number;
}

class Reader {
  private readonly zoneRefs = new Map<string, ZoneRef>();

  constructor(private readonly fileZones: Map<string, ICAL.Timezone>) {}

  zoneOf(tzid: string | undefined): ZoneRef {
    if (!tzid) return { kind: 'floating' };
    let ref = this.zoneRefs.get(tzid);
    if (!ref) {
      const iana = resolveTzid(tzid);
      const tz = this.fileZones.get(tzid);
      ref = iana ? { kind: 'iana', zone: iana } : tz ? { kind: 'file', tz } : { kind: 'floating' };
      this.zoneRefs.set(tzid, ref);
    }
    return ref;
  }

  /** The instant of a value, or null when it is floating. */
  instantOf(v: DateValue): number | null {
    if (v.isDate) return null;
    if (v.utc) return v.wallMs;
    const ref = this.zoneOf(v.tzid);
    if (ref.kind === 'iana') return wallMsToUtcMs(v.wallMs, ref.zone);
    if (ref.kind === 'file') {
      const d = new Date(v.wallMs);
      const t = ICAL.Time.fromData(
        {
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          hour: d.getUTCHours(),
          minute: d.getUTCMinutes(),
          second: d.getUTCSeconds(),
        },
        ref.tz,
      );
      return t.toUnixTime() * 1000;
    }
    return null;
  }

  /** How a start value is stored: zone (absent = floating) and wall ms in that zone. */
  placeStart(v: DateValue): { zone: string | undefined; wallMs: number } {
    if (v.isDate) return { zone: undefined, wallMs: v.wallMs };
    if (v.utc) return { zone: 'UTC', wallMs: v.wallMs };
    const ref = this.zoneOf(v.tzid);
    if (ref.kind === 'iana') return { zone: ref.zone, wallMs: v.wallMs };
    if (ref.kind === 'file') return { zone: 'UTC', wallMs: this.instantOf(v) ?? v.wallMs };
    return { zone: undefined, wallMs: v.wallMs };
  }

  /** A value expressed in a series' terms (its zone's wall time, or a date for all-day series). */
  inSeries(v: DateValue, allDay: boolean, zone: string | undefined): string {
    if (allDay) return keyOf(v.wallMs, true);
    if (v.isDate) return keyOf(v.wallMs, true);
    const instant = this.instantOf(v);
    if (instant === null || !zone) return keyOf(v.wallMs, false);
    return msToWall(instant + offsetAt(instant, zone));
  }

  read(block: Block): ReadEvent {
    const text = block.lines.map((l) => l.text).join('\r\n');
    // Top-level properties of this VEVENT, with their lines (not those of a VALARM inside it).
    const props: PropLine[] = [];
    let depth = 0;
    for (const l of block.lines.slice(1, -1)) {
      const p = parseLine(l);
      if (!p) throw new EventError(l.line, `Line ${l.line} cannot be read (expected NAME:value): "${l.text.slice(0, 60)}"`);
      if (p.name === 'BEGIN') depth++;
      else if (p.name === 'END') depth = Math.max(0, depth - 1);
      else if (depth === 0) props.push(p);
    }
    let comp: ICAL.Component;
    try {
      const jcal = ICAL.parse(`BEGIN:VCALENDAR\r\n${text}\r\nEND:VCALENDAR`);
      const found = new ICAL.Component(jcal as unknown[]).getFirstSubcomponent('vevent');
      if (!found) throw new Error('no VEVENT');
      comp = found;
    } catch (e) {
      throw new EventError(block.startLine, `This event cannot be read: ${e instanceof Error ? e.message : String(e)}.`);
    }
    const first = (name: string): PropLine | undefined => props.find((p) => p.name === name);
    const dates = (p: PropLine): DateValue[] => {
      const v = dateValues(p);
      if (typeof v === 'string') throw new EventError(p.line, `${v}.`);
      return v;
    };
    const dtstartProp = first('DTSTART');
    if (!dtstartProp) throw new EventError(block.startLine, 'This event has no start (DTSTART), so it cannot be placed in a diary.');
    const start = dates(dtstartProp)[0];
    if (!start) throw new EventError(dtstartProp.line, 'DTSTART is empty.');
    const allDay = start.isDate;
    const placed = this.placeStart(start);
    const zone = allDay ? undefined : placed.zone;

    // End: DTEND, else DURATION, else one day (date) or the start itself (date-time).
    let end: string;
    let endTimeZone: string | undefined;
    const dtendProp = first('DTEND');
    const durationProp = first('DURATION');
    if (dtendProp) {
      const e = dates(dtendProp)[0];
      if (!e) throw new EventError(dtendProp.line, 'DTEND is empty.');
      if (allDay) {
        const endMs = e.wallMs - (e.wallMs % DAY);
        end = keyOf(endMs > placed.wallMs ? endMs : placed.wallMs + DAY, true);
      } else {
        const ref = e.isDate || e.utc ? null : this.zoneOf(e.tzid);
        if (ref?.kind === 'iana' && zone && ref.zone !== zone) {
          endTimeZone = ref.zone;
          end = keyOf(e.wallMs, false);
        } else {
          end = this.inSeries(e, false, zone);
        }
        const endInstant = this.instantOf(e);
        const startInstant = this.instantOf(start);
        if (isDateOnly(end) || (endInstant !== null && startInstant !== null && endInstant < startInstant) || (!endTimeZone && end < keyOf(placed.wallMs, false))) {
          end = keyOf(placed.wallMs, false);
          endTimeZone = undefined;
        }
      }
    } else if (durationProp) {
      let seconds = 0;
      try {
        seconds = ICAL.Duration.fromString(durationProp.value.trim()).toSeconds();
      } catch {
        throw new EventError(durationProp.line, `DURATION "${durationProp.value}" cannot be read.`);
      }
      if (!Number.isFinite(seconds)) throw new EventError(durationProp.line, `DURATION "${durationProp.value}" cannot be read.`);
      end = allDay
        ? keyOf(placed.wallMs + Math.max(1, Math.ceil(seconds / 86_400)) * DAY, true)
        : keyOf(placed.wallMs + Math.max(0, seconds) * 1000, false);
    } else {
      end = allDay ? keyOf(placed.wallMs + DAY, true) : keyOf(placed.wallMs, false);
    }

    const uidValue = comp.getFirstPropertyValue('uid');
    const uidGiven = typeof uidValue === 'string' && uidValue.trim() !== '';
    const uid = uidGiven ? (uidValue as string).trim() : `${hash(text)}@import.backdesk`;
    const textOf = (name: string): string | undefined => {
      const v = comp.getFirstPropertyValue(name);
      return typeof v === 'string' && v.trim() !== '' ? v : undefined;
    };
    const draft: CalendarEventDraft = {
      uid,
      title: textOf('summary')?.trim() ?? '(No title)',
      allDay,
      start: keyOf(placed.wallMs, allDay),
      end,
    };
    const description = textOf('description');
    const location = textOf('location');
    if (description) draft.description = description;
    if (location) draft.location = location.trim();
    if (zone) draft.timeZone = zone;
    if (endTimeZone) draft.endTimeZone = endTimeZone;
    const attendees = attendeesOf(comp);
    if (attendees.length) draft.attendees = attendees;

    // Recurrence: RRULE(s), EXDATE, RDATE.
    const rruleProps = props.filter((p) => p.name === 'RRULE');
    const rules: { text: string; line: number; endless: boolean }[] = [];
    for (const p of rruleProps) {
      const ruleText = p.value.trim();
      const parsed = parseRule(ruleText);
      if (!parsed) throw new EventError(p.line, `The repeat rule "${ruleText}" cannot be read.`);
      let normalized: string;
      try {
        normalized = ICAL.Recur.fromString(ruleText).toString();
      } catch {
        throw new EventError(p.line, `The repeat rule "${ruleText}" cannot be read.`);
      }
      rules.push({ text: normalized, line: p.line, endless: parsed.count === null && parsed.until === null });
    }
    const rdates: string[] = [];
    if (rules.length > 0) {
      // RFC 2445 allowed several RRULEs (their union); one is kept as the rule and the
      // occurrences of the other, finite ones become RDATEs. Two endless rules cannot be kept.
      const endless = rules.filter((r) => r.endless);
      if (endless.length > 1) {
        throw new EventError(
          endless[1]?.line ?? block.startLine,
          'This event has more than one endless repeat rule (RRULE); only one can be kept, so it was left out.',
        );
      }
      const main = endless[0] ?? rules[0];
      if (main) draft.rrule = main.text;
      for (const extra of rules) {
        if (extra === main) continue;
        for (const ms of ruleStarts(extra.text, placed.wallMs, allDay, zone ?? 'UTC', null, 5000)) {
          rdates.push(keyOf(ms, allDay));
        }
      }
    }
    for (const p of props.filter((x) => x.name === 'RDATE')) {
      for (const v of dates(p)) rdates.push(this.inSeries(v, allDay, zone));
    }
    const exdates: string[] = [];
    for (const p of props.filter((x) => x.name === 'EXDATE')) {
      for (const v of dates(p)) exdates.push(this.inSeries(v, allDay, zone));
    }
    const unique = (list: string[]): string[] => [...new Set(list)].sort();
    const startKey = draft.start;
    const extraDates = unique(rdates).filter((d) => d !== startKey);
    if (extraDates.length) draft.rdates = extraDates;
    if (exdates.length) draft.exdates = unique(exdates);

    const ridProp = first('RECURRENCE-ID');
    const recurrenceId = ridProp ? (dates(ridProp)[0] ?? null) : null;
    const status = comp.getFirstPropertyValue('status');
    return {
      uid,
      uidGiven,
      recurrenceId,
      cancelled: typeof status === 'string' && status.toUpperCase() === 'CANCELLED',
      draft,
      startLine: block.startLine,
    };
  }

  /** An exception VEVENT as an override of its master. */
  overrideFor(master: CalendarEventDraft, exception: ReadEvent): OccurrenceOverride {
    const rid = exception.recurrenceId as DateValue;
    const recurrenceId = this.inSeries(rid, master.allDay, master.timeZone);
    if (exception.cancelled) return { recurrenceId, cancelled: true };
    const d = exception.draft;
    const o: OccurrenceOverride = { recurrenceId };
    if (d.title !== master.title) o.title = d.title;
    if ((d.description ?? '') !== (master.description ?? '')) o.description = d.description ?? '';
    if ((d.location ?? '') !== (master.location ?? '')) o.location = d.location ?? '';
    if (d.allDay !== master.allDay) o.allDay = d.allDay;
    o.start = d.start;
    o.end = d.end;
    if (!d.allDay && d.timeZone !== master.timeZone) {
      if (d.timeZone) o.timeZone = d.timeZone;
      else if (master.timeZone) o.timeZone = master.timeZone;
    }
    return o;
  }
}

export function parseIcs(text: string): { events: CalendarEventDraft[]; errors: RowError[] } {
  const errors: RowError[] = [];
  if (typeof text !== 'string' || text.trim() === '') {
    return { events: [], errors: [{ line: 1, message: 'The file is empty.' }] };
  }
  let split: ReturnType<typeof splitComponents>;
  let reader: Reader;
  try {
    const lines = unfold(text);
    split = splitComponents(lines);
    reader = new Reader(buildZones(split.blocks));
  } catch (e) {
    return { events: [], errors: [{ line: 1, message: `The file cannot be read: ${e instanceof Error ? e.message : String(e)}.` }] };
  }
  errors.push(...split.errors);
  const hasEvents = split.blocks.some((b) => b.kind === 'VEVENT');
  if (!split.sawCalendar && !hasEvents) {
    return { events: [], errors: [...errors, { line: 1, message: 'This is not a calendar file (no BEGIN:VCALENDAR).' }] };
  }

  const read: ReadEvent[] = [];
  for (const block of split.blocks) {
    if (block.kind !== 'VEVENT') continue;
    try {
      read.push(reader.read(block));
    } catch (e) {
      if (e instanceof EventError) errors.push({ line: e.line, message: e.message });
      else errors.push({ line: block.startLine, message: `This event cannot be read: ${e instanceof Error ? e.message : String(e)}.` });
    }
  }

  // Masters first (one per UID; a repeated UID without RECURRENCE-ID is kept as its own event).
  const events: CalendarEventDraft[] = [];
  const masters = new Map<string, CalendarEventDraft>();
  const usedUids = new Set<string>();
  const uniqueUid = (uid: string, suffix: string): string => {
    let candidate = usedUids.has(uid) ? `${uid}#${suffix}` : uid;
    for (let n = 2; usedUids.has(candidate); n++) candidate = `${uid}#${suffix}-${n}`;
    usedUids.add(candidate);
    return candidate;
  };
  for (const r of read) {
    if (r.recurrenceId) continue;
    const uid = uniqueUid(r.uid, String(r.startLine));
    const draft = { ...r.draft, uid };
    if (!masters.has(r.uid)) masters.set(r.uid, draft);
    events.push(draft);
  }
  for (const r of read) {
    if (!r.recurrenceId) continue;
    const master = masters.get(r.uid);
    if (master) {
      const override = reader.overrideFor(master, r);
      const list = (master.overrides ?? []).filter((o) => o.recurrenceId !== override.recurrenceId);
      list.push(override);
      list.sort((a, b) => (a.recurrenceId < b.recurrenceId ? -1 : a.recurrenceId > b.recurrenceId ? 1 : 0));
      master.overrides = list;
      continue;
    }
    // An exception whose series is not in the file stands alone (unless it was cancelled).
    if (r.cancelled) continue;
    const ridKey = keyOf(r.recurrenceId.wallMs, r.recurrenceId.isDate).replace(/[-:]/g, '');
    events.push({ ...r.draft, uid: uniqueUid(`${r.uid}#${ridKey}`, String(r.startLine)) });
  }
  errors.sort((a, b) => a.line - b.line);
  return { events, errors };
}
