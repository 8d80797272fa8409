/**
 * What the event dialog asks the clash check about (issue 13.5), pure so it is tested without a
 * browser: a one-off is its span; a repeating event is its series, so every upcoming occurrence
 * is checked, not only the one on screen. For an existing series the series is the one the save
 * would store: "all" moves every occurrence (and its exceptions) by the change made to the
 * occurrence shown, "following" starts the series at the occurrence shown, "this" changes one
 * occurrence only (so only its span is checked).
 */
import type { CalendarEvent, StoredEventDraft } from '../../../../shared/domain/calendar';
import type { ClashSeries } from '../clashes';
import type { RecurrenceScope } from '../events';

/** Wall time or date as milliseconds of its fields (no zone): the same arithmetic the event writes use. */
function fieldsMs(v: string): number {
  return Date.parse(v.length === 10 ? `${v}T00:00:00Z` : `${v.length === 16 ? `${v}:00` : v.slice(0, 19)}Z`);
}
function shift(v: string, ms: number): string {
  const iso = new Date(fieldsMs(v) + ms).toISOString();
  return v.length === 10 ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** The occurrence at `recurrenceId` as it stands (moved by an override or not), in the series' wall terms. */
function currentOccurrence(series: CalendarEvent, recurrenceId: string): { start: string; end: string } {
  const o = series.overrides.find((x) => x.recurrenceId === recurrenceId);
  const start = o?.start ?? recurrenceId;
  return { start, end: o?.end ?? shift(start, fieldsMs(series.end) - fieldsMs(series.start)) };
}

const timing = (d: StoredEventDraft): ClashSeries => ({
  allDay: d.allDay ?? false,
  start: d.start,
  end: d.end,
  ...(d.timeZone ? { timeZone: d.timeZone } : {}),
  ...(d.rrule ? { rrule: d.rrule } : {}),
});

/**
 * The series to check for `draft` (the form as it would be saved), or undefined when only its
 * span is: it does not repeat, or one occurrence alone changes (`scope` 'this'). `occurrence` is
 * the occurrence the dialog opened on; `scope` absent means the whole event (a new event, an
 * event opened as a whole, or the live check before the scope is asked: read as "all").
 * `fromShown`: check only from the occurrence shown on ("this and following": the earlier
 * occurrences stay as they are).
 */
export function clashSeriesFor(
  draft: StoredEventDraft,
  event?: CalendarEvent | undefined,
  occurrence?: { recurrenceId: string } | undefined,
  scope?: RecurrenceScope | undefined,
): { series: ClashSeries; fromShown: boolean } | undefined {
  const rdates = event?.rdates ?? [];
  if (!draft.rrule && rdates.length === 0) return undefined;
  if (scope === 'this' && occurrence) return undefined;
  if (!event) return { series: timing(draft), fromShown: false };
  const base = occurrence ? currentOccurrence(event, occurrence.recurrenceId) : { start: event.start, end: event.end };
  const fromShown = scope === 'following' && !!occurrence;
  // All-day ↔ timed: the series is rebuilt from the form, from the day shown (as the save does).
  if ((draft.allDay ?? false) !== event.allDay) return { series: timing(draft), fromShown };
  // Every occurrence (and every exception, named by its original start) moves by the change
  // made to the one shown; "following" is the same series from the shown occurrence on (so a
  // COUNT still counts from the series' first occurrence).
  const startShift = fieldsMs(draft.start) - fieldsMs(base.start);
  const endShift = fieldsMs(draft.end) - fieldsMs(base.end);
  const move = (v: string) => shift(v, startShift);
  return {
    series: {
      ...timing(draft),
      start: shift(event.start, startShift),
      end: shift(event.end, endShift),
      ...(event.endTimeZone && !event.allDay ? { endTimeZone: event.endTimeZone } : {}),
      exdates: event.exdates.map(move),
      rdates: rdates.map(move),
      overrides: event.overrides.map((o) => ({ ...o, recurrenceId: move(o.recurrenceId) })),
    },
    fromShown,
  };
}
