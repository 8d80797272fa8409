import { describe, expect, it } from 'vitest';
import { expandOccurrences } from './expand';
import { seriesBounds } from './recurrence';
import type { CalendarEventDraft } from './types';

const weekly: CalendarEventDraft = {
  uid: 'team',
  title: 'Team meeting',
  allDay: false,
  start: '2026-01-05T09:00:00',
  end: '2026-01-05T10:00:00',
  timeZone: 'Europe/London',
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
};

const starts = (events: CalendarEventDraft[], from: string, to: string, floatingZone?: string) =>
  expandOccurrences(events, from, to, { floatingZone }).map((o) => o.start);

describe('expandOccurrences', () => {
  it('keeps a weekly 09:00 London meeting at 09:00 wall time across DST', () => {
    const occ = expandOccurrences([weekly], '2026-03-16T00:00:00Z', '2026-04-07T00:00:00Z');
    expect(occ.map((o) => [o.start, o.end])).toEqual([
      ['2026-03-16T09:00:00.000Z', '2026-03-16T10:00:00.000Z'],
      ['2026-03-23T09:00:00.000Z', '2026-03-23T10:00:00.000Z'],
      ['2026-03-30T08:00:00.000Z', '2026-03-30T09:00:00.000Z'],
      ['2026-04-06T08:00:00.000Z', '2026-04-06T09:00:00.000Z'],
    ]);
    expect(occ[0]).toMatchObject({ uid: 'team', title: 'Team meeting', allDay: false, sourceIndex: 0, recurrenceId: '2026-03-16T09:00:00' });
  });

  it('accepts dates as bounds (midnight UTC) and returns overlapping occurrences only', () => {
    expect(starts([weekly], '2026-01-05', '2026-01-12')).toEqual(['2026-01-05T09:00:00.000Z']);
    // An occurrence that started before `from` but is still running overlaps.
    expect(starts([weekly], '2026-01-05T09:30:00Z', '2026-01-05T09:45:00Z')).toEqual(['2026-01-05T09:00:00.000Z']);
    // `to` is exclusive, and the end is exclusive too.
    expect(starts([weekly], '2026-01-05T10:00:00Z', '2026-01-12T09:00:00Z')).toEqual([]);
    expect(starts([weekly], '2026-01-12', '2026-01-05')).toEqual([]);
    expect(starts([weekly], 'nonsense', '2026-01-05')).toEqual([]);
  });

  it('applies EXDATE, RDATE and moved, retitled and cancelled occurrences', () => {
    const event: CalendarEventDraft = {
      ...weekly,
      exdates: ['2026-01-12T09:00:00'],
      rdates: ['2026-01-14T15:00:00'],
      overrides: [
        { recurrenceId: '2026-01-19T09:00:00', start: '2026-01-20T11:00:00', end: '2026-01-20T12:30:00', title: 'Moved' },
        { recurrenceId: '2026-01-26T09:00:00', cancelled: true },
        { recurrenceId: '2026-02-02T09:00:00', location: 'Room 2' },
      ],
    };
    const occ = expandOccurrences([event], '2026-01-01', '2026-02-07');
    expect(occ.map((o) => [o.start, o.end, o.title, o.overridden ?? false])).toEqual([
      ['2026-01-05T09:00:00.000Z', '2026-01-05T10:00:00.000Z', 'Team meeting', false],
      ['2026-01-14T15:00:00.000Z', '2026-01-14T16:00:00.000Z', 'Team meeting', false],
      ['2026-01-20T11:00:00.000Z', '2026-01-20T12:30:00.000Z', 'Moved', true],
      ['2026-02-02T09:00:00.000Z', '2026-02-02T10:00:00.000Z', 'Team meeting', true],
    ]);
    expect(occ[2]?.recurrenceId).toBe('2026-01-19T09:00:00');
    expect(occ[3]?.location).toBe('Room 2');
    // A moved occurrence shows where it went, even when its original slot is outside the window.
    expect(starts([event], '2026-01-20', '2026-01-21')).toEqual(['2026-01-20T11:00:00.000Z']);
    expect(starts([event], '2026-01-19', '2026-01-20')).toEqual([]);
  });

  it('reads all-day events as dates with an exclusive end', () => {
    const offsite: CalendarEventDraft = { uid: 'o', title: 'Offsite', allDay: true, start: '2026-12-05', end: '2026-12-07' };
    expect(expandOccurrences([offsite], '2026-12-06T12:00:00Z', '2026-12-06T13:00:00Z')).toEqual([
      { uid: 'o', title: 'Offsite', start: '2026-12-05', end: '2026-12-07', allDay: true, sourceIndex: 0 },
    ]);
    expect(expandOccurrences([offsite], '2026-12-07', '2026-12-08')).toEqual([]);
    // Days are read in the office zone: New York's 6 December starts at 05:00Z.
    expect(starts([offsite], '2026-12-07T00:00:00Z', '2026-12-07T04:00:00Z', 'America/New_York')).toEqual(['2026-12-05']);
    const birthday: CalendarEventDraft = { uid: 'b', title: 'Birthday', allDay: true, start: '2020-02-29', end: '2020-03-01', rrule: 'FREQ=YEARLY' };
    expect(starts([birthday], '2020-01-01', '2029-01-01')).toEqual(['2020-02-29', '2024-02-29', '2028-02-29']);
  });

  it('reads floating times in the floating zone and honours endTimeZone', () => {
    const floating: CalendarEventDraft = { uid: 'f', title: 'Lunch', allDay: false, start: '2026-07-01T12:00:00', end: '2026-07-01T13:00:00' };
    expect(starts([floating], '2026-07-01', '2026-07-02')).toEqual(['2026-07-01T12:00:00.000Z']);
    expect(starts([floating], '2026-07-01', '2026-07-02', 'Europe/Berlin')).toEqual(['2026-07-01T10:00:00.000Z']);
    const flight: CalendarEventDraft = {
      uid: 'fl',
      title: 'LHR → JFK',
      allDay: false,
      start: '2026-11-02T10:00:00',
      timeZone: 'Europe/London',
      end: '2026-11-02T13:00:00',
      endTimeZone: 'America/New_York',
    };
    expect(expandOccurrences([flight], '2026-11-02', '2026-11-03')[0]).toMatchObject({
      start: '2026-11-02T10:00:00.000Z',
      end: '2026-11-02T18:00:00.000Z',
    });
  });

  it('honours COUNT and UNTIL (UTC for zoned series, dates for all-day)', () => {
    const counted: CalendarEventDraft = { ...weekly, rrule: 'FREQ=DAILY;COUNT=3' };
    expect(starts([counted], '2026-01-01', '2027-01-01')).toHaveLength(3);
    const until: CalendarEventDraft = { ...weekly, start: '2026-03-23T09:00:00', end: '2026-03-23T10:00:00', rrule: 'FREQ=WEEKLY;UNTIL=20260406T080000Z' };
    expect(starts([until], '2026-01-01', '2027-01-01')).toEqual([
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
    ]);
    const untilBefore: CalendarEventDraft = { ...until, rrule: 'FREQ=WEEKLY;UNTIL=20260406T075959Z' };
    expect(starts([untilBefore], '2026-01-01', '2027-01-01')).toHaveLength(2);
    const allDay: CalendarEventDraft = { uid: 'a', title: 'A', allDay: true, start: '2026-01-01', end: '2026-01-02', rrule: 'FREQ=DAILY;UNTIL=20260103' };
    expect(starts([allDay], '2025-01-01', '2027-01-01')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('expands monthly and yearly rules through ical.js', () => {
    const lastFriday: CalendarEventDraft = { ...weekly, start: '2026-01-30T16:00:00', end: '2026-01-30T17:00:00', rrule: 'FREQ=MONTHLY;BYDAY=-1FR' };
    expect(starts([lastFriday], '2026-01-01', '2026-05-01')).toEqual([
      '2026-01-30T16:00:00.000Z',
      '2026-02-27T16:00:00.000Z',
      '2026-03-27T16:00:00.000Z',
      '2026-04-24T15:00:00.000Z',
    ]);
  });

  it('sorts every event together by start, all-day first', () => {
    const a: CalendarEventDraft = { uid: 'a', title: 'A', allDay: false, start: '2026-01-05T08:00:00', end: '2026-01-05T08:30:00', timeZone: 'UTC' };
    const day: CalendarEventDraft = { uid: 'd', title: 'D', allDay: true, start: '2026-01-05', end: '2026-01-06' };
    const occ = expandOccurrences([weekly, a, day], '2026-01-05', '2026-01-06');
    expect(occ.map((o) => o.uid)).toEqual(['d', 'a', 'team']);
    expect(occ.map((o) => o.sourceIndex)).toEqual([2, 1, 0]);
  });

  it('never throws on malformed events and stops at the limit', () => {
    const bad = { uid: 'x', title: 'X', allDay: false, start: 'garbage', end: '' } as CalendarEventDraft;
    const badRule: CalendarEventDraft = { ...weekly, rrule: 'FREQ=SOMETIMES' };
    expect(starts([bad, badRule], '2026-01-01', '2026-02-01')).toEqual(['2026-01-05T09:00:00.000Z']);
    const daily: CalendarEventDraft = { ...weekly, rrule: 'FREQ=MINUTELY' };
    expect(expandOccurrences([daily], '2026-01-05', '2030-01-01', { limit: 50 })).toHaveLength(50);
  });

  it('gives the same occurrences when a late window skips ahead as when walking from the start', () => {
    const rules = [
      'FREQ=DAILY',
      'FREQ=DAILY;INTERVAL=3',
      'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
      'FREQ=WEEKLY;BYDAY=SU;WKST=SU',
      'FREQ=MONTHLY;BYMONTHDAY=31',
      'FREQ=MONTHLY;INTERVAL=5;BYDAY=2TU',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'FREQ=HOURLY;INTERVAL=7',
    ];
    for (const rrule of rules) {
      const event: CalendarEventDraft = { ...weekly, start: '2021-01-31T09:30:00', end: '2021-01-31T10:00:00', timeZone: 'America/New_York', rrule };
      const whole = starts([event], '2021-01-01', '2026-12-31');
      for (const [from, to] of [
        ['2025-03-01', '2025-03-15'],
        ['2026-10-26', '2026-11-09'],
        ['2024-02-26', '2024-03-04'],
      ] as const) {
        const part = starts([event], from, to);
        const expected = whole.filter((s) => s >= `${from}T00:00:00.000Z` && s < `${to}T00:00:00.000Z`);
        // An occurrence starting just before `from` may still overlap: allow it.
        expect(part.filter((s) => s >= `${from}T00:00:00.000Z`), rrule).toEqual(expected);
      }
    }
  });

  // Its speed is the benchmark's calendar.week.60-diaries-5y, not a timed test.
  it('opens a week of 60 diaries with 5 years of recurring events', () => {
    const events: CalendarEventDraft[] = [];
    for (let d = 0; d < 60; d++) {
      events.push({ ...weekly, uid: `w${d}`, start: '2022-01-03T09:00:00', end: '2022-01-03T10:00:00' });
      events.push({ ...weekly, uid: `d${d}`, start: '2022-01-03T13:00:00', end: '2022-01-03T13:30:00', rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR' });
      events.push({ ...weekly, uid: `m${d}`, start: '2022-01-28T15:00:00', end: '2022-01-28T16:00:00', rrule: 'FREQ=MONTHLY;BYDAY=-1FR' });
      events.push({ ...weekly, uid: `c${d}`, start: '2022-01-04T11:00:00', end: '2022-01-04T12:00:00', rrule: 'FREQ=WEEKLY;COUNT=260;BYDAY=TU' });
    }
    const occ = expandOccurrences(events, '2026-11-30', '2026-12-07');
    expect(occ).toHaveLength(60 * (1 + 5 + 0 + 1));
  });
});

describe('seriesBounds', () => {
  it('spans the first start to the last end, or the end of time when endless', () => {
    expect(seriesBounds(weekly)).toEqual({ firstStart: '2026-01-05T09:00:00.000Z', lastEnd: '9999-12-31T23:59:59.999Z' });
    expect(seriesBounds({ ...weekly, rrule: 'FREQ=WEEKLY;COUNT=30' })).toEqual({
      firstStart: '2026-01-05T09:00:00.000Z',
      lastEnd: '2026-07-27T09:00:00.000Z',
    });
    expect(seriesBounds({ ...weekly, rrule: 'FREQ=WEEKLY;UNTIL=20280101T000000Z' }).lastEnd).toBe('2027-12-27T10:00:00.000Z');
    expect(seriesBounds({ ...weekly, rrule: undefined })).toEqual({ firstStart: '2026-01-05T09:00:00.000Z', lastEnd: '2026-01-05T10:00:00.000Z' });
  });

  it('includes rdates and moved occurrences, and widens all-day and floating spans by 14 hours', () => {
    const event: CalendarEventDraft = {
      ...weekly,
      rrule: 'FREQ=WEEKLY;COUNT=2',
      rdates: ['2025-12-30T09:00:00'],
      overrides: [{ recurrenceId: '2026-01-12T09:00:00', start: '2026-02-01T09:00:00', end: '2026-02-01T11:00:00' }],
    };
    expect(seriesBounds(event)).toEqual({ firstStart: '2025-12-30T09:00:00.000Z', lastEnd: '2026-02-01T11:00:00.000Z' });
    expect(seriesBounds({ uid: 'o', title: 'O', allDay: true, start: '2026-12-05', end: '2026-12-07' })).toEqual({
      firstStart: '2026-12-04T10:00:00.000Z',
      lastEnd: '2026-12-07T14:00:00.000Z',
    });
    const floating: CalendarEventDraft = { uid: 'f', title: 'F', allDay: false, start: '2026-07-01T12:00:00', end: '2026-07-01T13:00:00' };
    expect(seriesBounds(floating, 'Europe/Berlin')).toEqual({ firstStart: '2026-07-01T10:00:00.000Z', lastEnd: '2026-07-01T11:00:00.000Z' });
    expect(seriesBounds(floating).firstStart).toBe('2026-06-30T22:00:00.000Z');
  });
});
