import { describe, expect, it } from 'vitest';
import { expandOccurrences } from './expand';
import { buildRrule, cancelOccurrence, describeRecurrence, overrideOccurrence, readRrule, splitSeries } from './recurrence';
import type { CalendarEventDraft } from './types';

const series: CalendarEventDraft = {
  uid: 's1',
  title: 'Standup',
  allDay: false,
  start: '2026-03-02T09:00:00',
  end: '2026-03-02T09:15:00',
  timeZone: 'Europe/London',
  rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
};

const startsOf = (events: CalendarEventDraft[], from = '2026-01-01', to = '2027-01-01') =>
  expandOccurrences(events, from, to).map((o) => `${o.uid} ${o.start} ${o.end} ${o.title}`);

describe('overrideOccurrence and cancelOccurrence', () => {
  it('changes one occurrence, merging into an existing override', () => {
    let next = overrideOccurrence(series, '2026-03-04T09:00:00', { title: 'Standup (moved)', start: '2026-03-04T10:00:00', end: '2026-03-04T10:30:00' });
    next = overrideOccurrence(next, '2026-03-04T09:00', { location: 'Room 1' });
    expect(next.overrides).toEqual([
      { recurrenceId: '2026-03-04T09:00:00', title: 'Standup (moved)', start: '2026-03-04T10:00:00', end: '2026-03-04T10:30:00', location: 'Room 1' },
    ]);
    expect(series.overrides).toBeUndefined();
    expect(startsOf([next], '2026-03-02', '2026-03-05')).toEqual([
      's1 2026-03-02T09:00:00.000Z 2026-03-02T09:15:00.000Z Standup',
      's1 2026-03-04T10:00:00.000Z 2026-03-04T10:30:00.000Z Standup (moved)',
    ]);
  });

  it('cancels one occurrence with an EXDATE and drops its override', () => {
    const moved = overrideOccurrence(series, '2026-03-04T09:00:00', { title: 'x' });
    const next = cancelOccurrence(moved, '2026-03-04T09:00:00');
    expect(next.exdates).toEqual(['2026-03-04T09:00:00']);
    expect(next.overrides).toEqual([]);
    expect(cancelOccurrence(next, '2026-03-04T09:00:00').exdates).toEqual(['2026-03-04T09:00:00']);
    expect(startsOf([next], '2026-03-02', '2026-03-10')).toEqual([
      's1 2026-03-02T09:00:00.000Z 2026-03-02T09:15:00.000Z Standup',
      's1 2026-03-09T09:00:00.000Z 2026-03-09T09:15:00.000Z Standup',
    ]);
  });
});

describe('splitSeries', () => {
  it('ends the first part with a UTC UNTIL just before the occurrence and starts the tail there', () => {
    const withExceptions: CalendarEventDraft = {
      ...series,
      exdates: ['2026-03-09T09:00:00', '2026-04-06T09:00:00'],
      overrides: [
        { recurrenceId: '2026-03-11T09:00:00', title: 'Early' },
        { recurrenceId: '2026-04-08T09:00:00', title: 'Late' },
      ],
    };
    const { before, after } = splitSeries(withExceptions, '2026-03-30T09:00:00', 's2');
    // 30 March 2026 09:00 London is 08:00Z (BST).
    expect(before?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260330T075959Z');
    expect(before?.exdates).toEqual(['2026-03-09T09:00:00']);
    expect(before?.overrides?.map((o) => o.title)).toEqual(['Early']);
    expect(after).toMatchObject({ uid: 's2', start: '2026-03-30T09:00:00', end: '2026-03-30T09:15:00', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE', exdates: ['2026-04-06T09:00:00'] });
    expect(after.overrides?.map((o) => o.title)).toEqual(['Late']);
    // Together they are exactly the original series.
    const whole = startsOf([withExceptions]).map((s) => s.slice(3));
    const parts = startsOf([before!, after]).map((s) => s.slice(3));
    expect(parts).toEqual(whole);
    expect(startsOf([before!]).at(-1)).toContain('2026-03-25T09:00:00.000Z');
  });

  it('recomputes COUNT for both parts', () => {
    const counted: CalendarEventDraft = { ...series, rrule: 'FREQ=WEEKLY;COUNT=10;BYDAY=MO,WE' };
    const { before, after } = splitSeries(counted, '2026-03-16T09:00:00', 's2');
    expect(before?.rrule).toBe('FREQ=WEEKLY;COUNT=4;BYDAY=MO,WE');
    expect(after.rrule).toBe('FREQ=WEEKLY;COUNT=6;BYDAY=MO,WE');
    expect(startsOf([before!, after]).map((s) => s.slice(3))).toEqual(startsOf([counted]).map((s) => s.slice(3)));
  });

  it('uses a date UNTIL for all-day series and a floating one for floating series', () => {
    const allDay: CalendarEventDraft = { uid: 'a', title: 'Payroll', allDay: true, start: '2026-01-01', end: '2026-01-02', rrule: 'FREQ=MONTHLY' };
    const { before, after } = splitSeries(allDay, '2026-05-01', 'b');
    expect(before?.rrule).toBe('FREQ=MONTHLY;UNTIL=20260430');
    expect(after).toMatchObject({ start: '2026-05-01', end: '2026-05-02', rrule: 'FREQ=MONTHLY' });
    const floating: CalendarEventDraft = { ...series, timeZone: undefined };
    expect(splitSeries(floating, '2026-03-04T09:00:00', 'f').before?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260304T085959');
  });

  it('gives no first part when split at the first occurrence', () => {
    const { before, after } = splitSeries(series, '2026-03-02T09:00:00', 's2');
    expect(before).toBeNull();
    expect(after).toMatchObject({ uid: 's2', start: '2026-03-02T09:00:00', rrule: series.rrule });
  });
});

describe('buildRrule and readRrule', () => {
  it('writes the form through ical.js and reads it back', () => {
    const specs = [
      { freq: 'WEEKLY', interval: 1, byDay: ['MO', 'WE'] },
      { freq: 'WEEKLY', interval: 2, byDay: ['FR'], count: 10 },
      { freq: 'MONTHLY', interval: 1, byDay: ['-1FR'] },
      { freq: 'MONTHLY', interval: 3, byMonthDay: [1], until: '2026-12-31' },
      { freq: 'DAILY', interval: 1 },
      { freq: 'YEARLY', interval: 1 },
    ] as const;
    expect(specs.map((s) => buildRrule({ ...s, byDay: 'byDay' in s ? [...s.byDay] : undefined, byMonthDay: 'byMonthDay' in s ? [...s.byMonthDay] : undefined }))).toEqual([
      'FREQ=WEEKLY;BYDAY=MO,WE',
      'FREQ=WEEKLY;COUNT=10;INTERVAL=2;BYDAY=FR',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1;UNTIL=20261231',
      'FREQ=DAILY',
      'FREQ=YEARLY',
    ]);
    for (const s of specs) {
      const spec = { ...s, byDay: 'byDay' in s ? [...s.byDay] : undefined, byMonthDay: 'byMonthDay' in s ? [...s.byMonthDay] : undefined };
      const read = readRrule(buildRrule(spec));
      expect(read).toEqual(Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined)));
    }
  });

  it('reads UTC UNTIL as a date, in the zone when given, and Outlook-style weekdays', () => {
    expect(readRrule('FREQ=WEEKLY;BYDAY=MO;UNTIL=20270101T045959Z', 'America/New_York')?.until).toBe('2026-12-31');
    expect(readRrule('RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR')).toEqual({ freq: 'WEEKLY', interval: 1, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] });
  });

  it('returns null for rules the form cannot show', () => {
    expect(readRrule('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')).toBeNull();
    expect(readRrule('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU')).toBeNull();
    expect(readRrule('FREQ=HOURLY')).toBeNull();
    expect(readRrule('FREQ=MONTHLY;BYDAY=MO,FR')).toBeNull();
    expect(readRrule('not a rule')).toBeNull();
  });
});

describe('describeRecurrence', () => {
  it.each([
    ['FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', 'Every weekday'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'Every weekday'],
    ['FREQ=WEEKLY;BYDAY=WE,MO', 'Weekly on Monday and Wednesday'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', 'Every 2 weeks on Friday'],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR', 'Weekly on Monday, Wednesday and Friday'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'Monthly on the last Friday'],
    ['FREQ=MONTHLY;BYDAY=2TU', 'Monthly on the second Tuesday'],
    ['FREQ=MONTHLY;BYMONTHDAY=1', 'Monthly on day 1'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'Monthly on the last day'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1', 'Every 3 months on day 1'],
    ['FREQ=YEARLY', 'Yearly'],
    ['FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'Yearly on the last Sunday of March'],
    ['FREQ=DAILY;INTERVAL=2', 'Every 2 days'],
    ['FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231', 'Weekly on Monday, until 31 Dec 2026'],
    ['FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T235959Z', 'Weekly on Monday, until 31 Dec 2026'],
    ['FREQ=MONTHLY;BYDAY=-1FR;COUNT=10', 'Monthly on the last Friday, 10 times'],
    ['FREQ=DAILY;COUNT=1', 'Daily, once'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'Repeats monthly (custom rule)'],
  ])('%s → %s', (rule, sentence) => {
    expect(describeRecurrence(rule)).toBe(sentence);
  });
});
