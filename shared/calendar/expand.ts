/**
 * The one expansion: every occurrence overlapping [from, to), sorted by start. Recurrence comes
 * from ical.js walking the WALL-time start; each wall start is then read in the event's zone,
 * so a weekly 09:00 Europe/London meeting is 09:00Z in winter and 08:00Z in summer. Screens,
 * the clash check, ICS export and printouts all read occurrences from here.
 */
import type { CalendarEventDraft, ExpandOptions, Occurrence, OccurrenceOverride } from './types';
import {
  DAY,
  DEFAULT_LIMIT,
  HOUR,
  exdateSets,
  isDateOnly,
  isExcluded,
  isRecurring,
  keyOf,
  normalizeKey,
  overrideMap,
  parseBound,
  readWallMs,
  ruleStarts,
  timingOf,
  type Timing,
} from './series';
import { msToDate, wallMsToUtcMs, wallToMs } from './zones';

interface Placed {
  occurrence: Occurrence;
  startMs: number;
  endMs: number;
}

/** Start and end of one occurrence starting at `wallMs` as instants (all-day: midnights in the floating zone). */
function place(t: Timing, wallMs: number): { startMs: number; endMs: number } {
  if (t.allDay) {
    return { startMs: wallMsToUtcMs(wallMs, t.zone), endMs: wallMsToUtcMs(wallMs + t.durationDays * DAY, t.zone) };
  }
  const startMs = wallMsToUtcMs(wallMs, t.zone);
  return { startMs, endMs: startMs + t.durationMs };
}

function occurrenceAt(event: CalendarEventDraft, index: number, t: Timing, wallMs: number, startMs: number, endMs: number, recurrenceId?: string): Occurrence {
  const o: Occurrence = {
    uid: event.uid,
    title: event.title,
    start: t.allDay ? msToDate(wallMs) : new Date(startMs).toISOString(),
    end: t.allDay ? msToDate(wallMs + t.durationDays * DAY) : new Date(endMs).toISOString(),
    allDay: t.allDay,
    sourceIndex: index,
  };
  if (recurrenceId !== undefined) o.recurrenceId = recurrenceId;
  if (event.location) o.location = event.location;
  return o;
}

/** The occurrence an override describes (its own start/end/zone, or the original moved by nothing). */
export function placeOverride(
  event: CalendarEventDraft,
  index: number,
  t: Timing,
  key: string,
  ov: OccurrenceOverride,
  floatingZone: string,
): Placed | null {
  const allDay = ov.allDay ?? t.allDay;
  let occurrence: Occurrence;
  let startMs: number;
  let endMs: number;
  if (allDay) {
    const startDay = wallToMs((ov.start ?? key).slice(0, 10));
    if (Number.isNaN(startDay)) return null;
    const endDay = ov.end ? wallToMs(ov.end.slice(0, 10)) : NaN;
    const days = Number.isNaN(endDay) ? (t.allDay ? t.durationDays : 1) : Math.max(1, Math.round((endDay - startDay) / DAY));
    startMs = wallMsToUtcMs(startDay, floatingZone);
    endMs = wallMsToUtcMs(startDay + days * DAY, floatingZone);
    occurrence = {
      uid: event.uid,
      title: ov.title ?? event.title,
      start: msToDate(startDay),
      end: msToDate(startDay + days * DAY),
      allDay: true,
      sourceIndex: index,
    };
  } else {
    const zone = ov.timeZone || (t.floating ? floatingZone : t.zone);
    const startSource = ov.start ?? (isDateOnly(key) ? `${key}T00:00:00` : key);
    const startWall = readWallMs(startSource, zone);
    if (Number.isNaN(startWall)) return null;
    startMs = wallMsToUtcMs(startWall, zone);
    const endZone = ov.timeZone || event.endTimeZone || zone;
    const endWall = ov.end ? readWallMs(ov.end, endZone) : NaN;
    const length = t.allDay ? HOUR : t.durationMs;
    endMs = Number.isNaN(endWall) ? startMs + length : Math.max(startMs, wallMsToUtcMs(endWall, endZone));
    occurrence = {
      uid: event.uid,
      title: ov.title ?? event.title,
      start: new Date(startMs).toISOString(),
      end: new Date(endMs).toISOString(),
      allDay: false,
      sourceIndex: index,
    };
  }
  occurrence.recurrenceId = key;
  occurrence.overridden = true;
  const location = ov.location ?? event.location;
  if (location) occurrence.location = location;
  return { occurrence, startMs, endMs };
}

function overlaps(startMs: number, endMs: number, fromMs: number, toMs: number): boolean {
  // An instant (zero-length) occurrence counts when it lies inside the window.
  return endMs > startMs ? startMs < toMs && endMs > fromMs : startMs >= fromMs && startMs < toMs;
}

/**
 * True when a changed occurrence surely lies outside [fromMs, toMs): its wall times (any zone
 * is within 14 hours of UTC; an all-day one starts at its date's midnight) are more than two
 * days from the window. A series moved years ago then costs a date read, not a placement.
 * Unreadable times answer false, and placeOverride decides.
 */
function overrideFarFrom(t: Timing, key: string, ov: OccurrenceOverride, fromMs: number, toMs: number): boolean {
  const slack = 2 * DAY;
  const start = wallToMs(ov.start ?? key);
  if (Number.isNaN(start)) return false;
  if (start - slack >= toMs) return true;
  const end = ov.end === undefined ? start : wallToMs(ov.end);
  if (Number.isNaN(end)) return false;
  return Math.max(start, end) + Math.max(t.durationMs, DAY) + slack < fromMs;
}

function expandOne(
  event: CalendarEventDraft,
  index: number,
  fromMs: number,
  toMs: number,
  floatingZone: string,
  limit: number,
  out: Placed[],
): void {
  const t = timingOf(event, floatingZone);
  if (!t) return;
  if (!isRecurring(event)) {
    const ov = event.overrides?.find((o) => normalizeKey(o.recurrenceId, t.allDay, t.zone) === keyOf(t.startWallMs, t.allDay));
    if (ov?.cancelled) return;
    if (ov) {
      const placed = placeOverride(event, index, t, keyOf(t.startWallMs, t.allDay), ov, floatingZone);
      if (placed && overlaps(placed.startMs, placed.endMs, fromMs, toMs)) out.push(placed);
      return;
    }
    const { startMs, endMs } = place(t, t.startWallMs);
    if (overlaps(startMs, endMs, fromMs, toMs)) {
      out.push({ occurrence: occurrenceAt(event, index, t, t.startWallMs, startMs, endMs), startMs, endMs });
    }
    return;
  }

  const ex = exdateSets(event, t.allDay, t.zone);
  const overrides = overrideMap(event, t.allDay, t.zone);
  const seen = new Set<string>();
  const consider = (wallMs: number): void => {
    const key = keyOf(wallMs, t.allDay);
    if (seen.has(key)) return;
    seen.add(key);
    if (isExcluded(key, ex) || overrides.has(key)) return;
    const { startMs, endMs } = place(t, wallMs);
    if (overlaps(startMs, endMs, fromMs, toMs)) {
      out.push({ occurrence: occurrenceAt(event, index, t, wallMs, startMs, endMs, key), startMs, endMs });
    }
  };

  // The walk may begin whole periods later: wall times differ from instants by at most 14 hours.
  const skipTo = fromMs - t.durationMs - 15 * HOUR - DAY;
  if (event.rrule?.trim()) {
    for (const wallMs of ruleStarts(event.rrule, t.startWallMs, t.allDay, t.zone, skipTo, DEFAULT_LIMIT + limit)) {
      if (wallMs - 15 * HOUR >= toMs || out.length >= limit) break;
      consider(wallMs);
    }
  } else {
    consider(t.startWallMs);
  }
  for (const rdate of event.rdates ?? []) {
    const key = normalizeKey(rdate, t.allDay, t.zone);
    if (!key) continue;
    const wallMs = wallToMs(key);
    if (!Number.isNaN(wallMs)) consider(wallMs);
  }
  for (const [key, ov] of overrides) {
    if (ov.cancelled || isExcluded(key, ex) || overrideFarFrom(t, key, ov, fromMs, toMs)) continue;
    const placed = placeOverride(event, index, t, key, ov, floatingZone);
    if (placed && overlaps(placed.startMs, placed.endMs, fromMs, toMs)) out.push(placed);
  }
}

export function expandOccurrences(events: readonly CalendarEventDraft[], from: string, to: string, options?: ExpandOptions): Occurrence[] {
  const fromMs = parseBound(from);
  const toMs = parseBound(to);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs) || toMs <= fromMs) return [];
  const floatingZone = options?.floatingZone || 'UTC';
  const limit = options?.limit && options.limit > 0 ? options.limit : DEFAULT_LIMIT;
  const placed: Placed[] = [];
  events.forEach((event, index) => {
    if (placed.length >= limit) return;
    try {
      expandOne(event, index, fromMs, toMs, floatingZone, limit, placed);
    } catch {
      // A malformed stored event never breaks the whole view.
    }
  });
  placed.sort(
    (a, b) =>
      a.startMs - b.startMs ||
      Number(b.occurrence.allDay) - Number(a.occurrence.allDay) ||
      a.endMs - b.endMs ||
      a.occurrence.sourceIndex - b.occurrence.sourceIndex,
  );
  const result = placed.map((p) => p.occurrence);
  return result.length > limit ? result.slice(0, limit) : result;
}
