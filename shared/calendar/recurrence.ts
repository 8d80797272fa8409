/**
 * Recurrence edits, stored the way RFC 5545 means them: "this one" is an override
 * (RECURRENCE-ID), "this and following" splits the series (the first ends with UNTIL, the
 * second starts at the occurrence with a new uid), "all" edits the series. The rules
 * themselves are ical.js's.
 */
import { placeOverride } from './expand';
import { DAY, DEFAULT_LIMIT, END_OF_TIME, HOUR, normalizeKey, overrideMap, parseRule, ruleStarts, timingOf } from './series';
import type { CalendarEventDraft, OccurrenceOverride } from './types';
import { wallMsToUtcMs, wallToMs } from './zones';

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
  void event;
  void recurrenceId;
  void changes;
  throw new Error('overrideOccurrence: not built yet');
}

/** "Delete this one": adds an EXDATE (and drops an override of that occurrence). */
export function cancelOccurrence(event: CalendarEventDraft, recurrenceId: string): CalendarEventDraft {
  void event;
  void recurrenceId;
  throw new Error('cancelOccurrence: not built yet');
}

/**
 * "This and following": `before` ends just before `recurrenceId` (UNTIL; COUNT shortened
 * accordingly), `after` starts at that occurrence with `newUid` and carries the later
 * exceptions. `before` is null when `recurrenceId` is the first occurrence.
 */
export function splitSeries(event: CalendarEventDraft, recurrenceId: string, newUid: string): { before: CalendarEventDraft | null; after: CalendarEventDraft } {
  void event;
  void recurrenceId;
  void newUid;
  throw new Error('splitSeries: not built yet');
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

export function buildRrule(spec: RecurrenceSpec): string {
  void spec;
  throw new Error('buildRrule: not built yet');
}

/** RRULE text → the form's spec, or null when the rule is more than the form can show (it is then kept as is). */
export function readRrule(rrule: string): RecurrenceSpec | null {
  void rrule;
  throw new Error('readRrule: not built yet');
}

/** A sentence for people: 'Every weekday', 'Every 2 weeks on Monday and Wednesday', 'Monthly on the last Friday, 10 times'. */
export function describeRecurrence(rrule: string, locale?: string): string {
  void rrule;
  void locale;
  throw new Error('describeRecurrence: not built yet');
}
