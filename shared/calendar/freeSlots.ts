/**
 * Free-slot finder: the first slots of a given length, inside every participant's working
 * hours, where none of them (and the room) is busy. Pure: busy time comes in as instants.
 */
import { DAY, MINUTE } from './series';
import { isKnownTimeZone, offsetAt, wallMsToUtcMs } from './zones';

export interface WorkingHours {
  /** ISO weekdays worked, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** 'HH:mm' wall times in `timeZone`; end after start. */
  start: string;
  end: string;
  timeZone: string;
}

export interface FreeSlotQuery {
  /** One entry per person or room: their busy intervals [start, end) as UTC instants and their hours (a room has none: always open). */
  participants: { key: string; busy: { start: string; end: string }[]; hours?: WorkingHours }[];
  durationMinutes: number;
  /** Search from this instant (rounded up to the step). */
  from: string;
  /** Search up to this instant. */
  until: string;
  /** Slots start on multiples of this many minutes in the first participant's zone; default 15. */
  stepMinutes?: number;
  /** How many slots to return; default 10. Successive slots: after one slot the search goes on from its end. */
  limit?: number;
}

export interface FreeSlot {
  start: string;
  end: string;
}

type Span = [number, number];

/** Sorted, merged copy of the spans. */
function merge(spans: Span[]): Span[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function intersect(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [as, ae] = a[i] as Span;
    const [bs, be] = b[j] as Span;
    const s = Math.max(as, bs);
    const e = Math.min(ae, be);
    if (e > s) out.push([s, e]);
    if (ae < be) i++;
    else j++;
  }
  return out;
}

function subtract(free: Span[], busy: Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const [fs, fe] of free) {
    let cursor = fs;
    while (j < busy.length && (busy[j] as Span)[1] <= cursor) j++;
    let k = j;
    while (k < busy.length && (busy[k] as Span)[0] < fe) {
      const [bs, be] = busy[k] as Span;
      if (bs > cursor) out.push([cursor, bs]);
      cursor = Math.max(cursor, be);
      k++;
    }
    if (cursor < fe) out.push([cursor, fe]);
  }
  return out;
}

const HHMM = /^(\d{1,2}):(\d{2})$/;

/** The working-hour spans of one participant between two instants, day by day in their zone. */
function workingSpans(hours: WorkingHours, fromMs: number, untilMs: number): Span[] {
  const zone = isKnownTimeZone(hours.timeZone) ? hours.timeZone : 'UTC';
  const start = HHMM.exec(hours.start.trim());
  const end = HHMM.exec(hours.end.trim());
  if (!start || !end) return [];
  const startMin = Number(start[1]) * 60 + Number(start[2]);
  const endMin = Number(end[1]) * 60 + Number(end[2]);
  if (endMin <= startMin) return [];
  const days = new Set(hours.days);
  const firstDay = Math.floor((fromMs + offsetAt(fromMs, zone)) / DAY) - 1;
  const lastDay = Math.floor((untilMs + offsetAt(untilMs, zone)) / DAY) + 1;
  const spans: Span[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = new Date(day * DAY).getUTCDay() || 7;
    if (!days.has(weekday)) continue;
    const s = wallMsToUtcMs(day * DAY + startMin * MINUTE, zone);
    const e = wallMsToUtcMs(day * DAY + endMin * MINUTE, zone);
    if (e > s) spans.push([s, e]);
  }
  return spans;
}

export function findFreeSlots(query: FreeSlotQuery): FreeSlot[] {
  const fromMs = Date.parse(query.from);
  const untilMs = Date.parse(query.until);
  const durationMs = Math.round(query.durationMinutes * MINUTE);
  const stepMs = Math.max(1, Math.round(query.stepMinutes ?? 15)) * MINUTE;
  const limit = Math.max(0, Math.floor(query.limit ?? 10));
  if (Number.isNaN(fromMs) || Number.isNaN(untilMs) || untilMs <= fromMs || !(durationMs > 0) || limit === 0) return [];

  let free: Span[] = [[fromMs, untilMs]];
  const busy: Span[] = [];
  for (const p of query.participants) {
    if (p.hours) free = intersect(free, merge(workingSpans(p.hours, fromMs, untilMs)));
    for (const b of p.busy) busy.push([Date.parse(b.start), Date.parse(b.end)]);
  }
  free = subtract(free, merge(busy.filter(([s, e]) => !Number.isNaN(s) && !Number.isNaN(e))));

  const stepZone = query.participants.find((p) => p.hours && isKnownTimeZone(p.hours.timeZone))?.hours?.timeZone ?? 'UTC';
  const roundUp = (ms: number): number => {
    const offset = offsetAt(ms, stepZone);
    return Math.ceil((ms + offset) / stepMs) * stepMs - offset;
  };
  const slots: FreeSlot[] = [];
  for (const [gs, ge] of free) {
    // Successive slots inside a gap: the next one starts where the last ended (on the step).
    for (let s = roundUp(gs); s + durationMs <= ge; s = roundUp(s + durationMs)) {
      slots.push({ start: new Date(s).toISOString(), end: new Date(s + durationMs).toISOString() });
      if (slots.length >= limit) return slots;
    }
  }
  return slots;
}
