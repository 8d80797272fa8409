/**
 * The event dialog's clash proposal: a repeating form is checked as the series the save would
 * store (new, every occurrence moved, this and following), a one-off or one occurrence as its span.
 */
import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../../shared/calendar';
import type { CalendarEvent, StoredEventDraft } from '../../../../shared/domain/calendar';
import { clashSeriesFor } from './clashSeries';
import { eventToForm, formToDraft } from './eventForm';

const weekly = {
  id: 'e1',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  deletedAt: null,
  uid: 'e1',
  title: 'Team sync',
  kind: 'meeting',
  allDay: false,
  // Thursdays 09:00–10:00 London from 3 Dec; 17 Dec is cancelled, 24 Dec moved to 11:00.
  start: '2026-12-03T09:00:00',
  end: '2026-12-03T10:00:00',
  timeZone: 'Europe/London',
  rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=6',
  exdates: ['2026-12-17T09:00:00'],
  rdates: [],
  overrides: [{ recurrenceId: '2026-12-24T09:00:00', start: '2026-12-24T11:00:00', end: '2026-12-24T12:00:00' }],
  attendeeIds: [],
  guests: [],
  category: 'blue',
  private: false,
  firstStart: '2026-12-03T09:00:00.000Z',
  lastEnd: '2027-01-07T10:00:00.000Z',
} as unknown as CalendarEvent;

/** The occurrence starts (UTC) of a series. */
function starts(s: ReturnType<typeof clashSeriesFor>): string[] {
  const { series } = s!;
  const draft = {
    uid: 'x',
    title: '',
    allDay: series.allDay ?? false,
    start: series.start,
    end: series.end,
    ...(series.timeZone ? { timeZone: series.timeZone } : {}),
    ...(series.rrule ? { rrule: series.rrule } : {}),
    exdates: [...(series.exdates ?? [])],
    rdates: [...(series.rdates ?? [])],
    overrides: [...(series.overrides ?? [])],
  };
  return expandOccurrences([draft], '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z', { floatingZone: 'Europe/London' }).map((o) => o.start.slice(0, 16));
}

const draft = (over: Partial<StoredEventDraft>): StoredEventDraft => ({ ...formToDraft(eventToForm(weekly, 'Europe/London')), rrule: weekly.rrule, ...over });

describe('clashSeriesFor', () => {
  it('a one-off is its span; a new repeating event is its own series', () => {
    expect(clashSeriesFor({ title: 'x', start: '2026-12-03T09:00:00', end: '2026-12-03T10:00:00', timeZone: 'Europe/London' })).toBeUndefined();
    const made = clashSeriesFor({ title: 'x', start: '2026-12-03T09:00:00', end: '2026-12-03T10:00:00', timeZone: 'Europe/London', rrule: 'FREQ=DAILY;COUNT=3' });
    expect(made).toEqual({ series: { allDay: false, start: '2026-12-03T09:00:00', end: '2026-12-03T10:00:00', timeZone: 'Europe/London', rrule: 'FREQ=DAILY;COUNT=3' }, fromShown: false });
    expect(starts(made)).toEqual(['2026-12-03T09:00', '2026-12-04T09:00', '2026-12-05T09:00']);
  });

  it('an occurrence moved 9:00 → 14:00 for every occurrence: the whole series and its exceptions move', () => {
    const occurrence = { recurrenceId: '2026-12-10T09:00:00' };
    const moved = draft({ start: '2026-12-10T14:00:00', end: '2026-12-10T15:00:00' });
    const all = clashSeriesFor(moved, weekly, occurrence, 'all');
    expect(all?.fromShown).toBe(false);
    expect(all?.series).toMatchObject({ start: '2026-12-03T14:00:00', end: '2026-12-03T15:00:00', exdates: ['2026-12-17T14:00:00'] });
    // 17 Dec still cancelled; 24 Dec keeps its own 11:00 (as the save keeps it).
    expect(starts(all)).toEqual(['2026-12-03T14:00', '2026-12-10T14:00', '2026-12-24T11:00', '2026-12-31T14:00', '2027-01-07T14:00']);
    // Before the scope is asked (the live check), the whole event is meant.
    expect(clashSeriesFor(moved, weekly, occurrence)).toEqual(all);
  });

  it('this and following checks from the occurrence shown; this one alone is its span', () => {
    const occurrence = { recurrenceId: '2026-12-10T09:00:00' };
    const moved = draft({ start: '2026-12-10T14:00:00', end: '2026-12-10T15:00:00' });
    const following = clashSeriesFor(moved, weekly, occurrence, 'following');
    expect(following?.fromShown).toBe(true);
    expect(clashSeriesFor(moved, weekly, occurrence, 'this')).toBeUndefined();
    // The event opened as a whole (no occurrence): its own times are the base.
    const whole = clashSeriesFor(draft({}), weekly);
    expect(whole?.series).toMatchObject({ start: '2026-12-03T09:00:00', end: '2026-12-03T10:00:00', rrule: weekly.rrule });
    // No longer repeating: the span only.
    expect(clashSeriesFor(draft({ rrule: undefined }), weekly, occurrence, 'all')).toBeUndefined();
  });

  it('an all-day series moves by days; all-day ↔ timed starts from the form', () => {
    const days = { ...weekly, allDay: true, start: '2026-12-03', end: '2026-12-04', timeZone: undefined, exdates: ['2026-12-17'], overrides: [] } as unknown as CalendarEvent;
    const moved = clashSeriesFor({ title: 'x', allDay: true, start: '2026-12-11', end: '2026-12-12', rrule: weekly.rrule }, days, { recurrenceId: '2026-12-10' }, 'all');
    expect(moved?.series).toMatchObject({ allDay: true, start: '2026-12-04', end: '2026-12-05', exdates: ['2026-12-18'] });
    const timed = clashSeriesFor({ title: 'x', allDay: false, start: '2026-12-10T09:00:00', end: '2026-12-10T10:00:00', timeZone: 'Europe/London', rrule: weekly.rrule }, days, { recurrenceId: '2026-12-10' }, 'all');
    expect(timed?.series).toEqual({ allDay: false, start: '2026-12-10T09:00:00', end: '2026-12-10T10:00:00', timeZone: 'Europe/London', rrule: weekly.rrule });
  });
});
