import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expandOccurrences } from './expand';
import { parseIcs } from './parseIcs';
import { toIcs } from './toIcs';
import type { CalendarEventDraft } from './types';
import { offsetAt } from './zones';

const weekly: CalendarEventDraft = {
  uid: 'team@backdesk',
  title: 'Team meeting, weekly; "all hands"',
  description: 'Agenda:\n1. Numbers\n2. Plans — with a line long enough that it has to be folded at seventy-five octets ✓',
  location: 'Room 1, 2nd floor',
  allDay: false,
  start: '2026-03-02T09:00:00',
  end: '2026-03-02T10:00:00',
  timeZone: 'Europe/London',
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
  exdates: ['2026-03-16T09:00:00'],
  overrides: [
    { recurrenceId: '2026-03-30T09:00:00', start: '2026-03-31T14:00:00', end: '2026-03-31T15:30:00', title: 'Team meeting (moved)', location: 'Board room' },
    { recurrenceId: '2026-04-13T09:00:00', cancelled: true },
  ],
};

const others: CalendarEventDraft[] = [
  { uid: 'offsite', title: 'Offsite', allDay: true, start: '2026-12-05', end: '2026-12-07' },
  { uid: 'payroll', title: 'Payroll', allDay: true, start: '2026-01-30', end: '2026-01-31', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20261231', exdates: ['2026-05-31'] },
  {
    uid: 'flight',
    title: 'LHR → JFK',
    allDay: false,
    start: '2026-11-02T10:00:00',
    timeZone: 'Europe/London',
    end: '2026-11-02T13:00:00',
    endTimeZone: 'America/New_York',
  },
  { uid: 'ny', title: '1:1', allDay: false, start: '2026-01-06T16:00:00', end: '2026-01-06T16:30:00', timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=20', rdates: ['2026-02-12T11:00:00'] },
  { uid: 'floating', title: 'Lunch', allDay: false, start: '2026-07-01T12:00:00', end: '2026-07-01T13:00:00' },
  { uid: 'utc', title: 'Server window', allDay: false, start: '2026-07-01T02:00:00', end: '2026-07-01T03:00:00', timeZone: 'UTC', rrule: 'FREQ=DAILY;UNTIL=20260710T020000Z' },
  { uid: 'kolkata', title: 'Call with Pune', allDay: false, start: '2026-03-02T15:30:00', end: '2026-03-02T16:00:00', timeZone: 'Asia/Kolkata', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260430' },
];

const comparable = (events: CalendarEventDraft[], from = '2025-01-01', to = '2028-01-01') =>
  expandOccurrences(events, from, to, { floatingZone: 'Europe/London' }).map(({ uid, title, start, end, allDay, recurrenceId, overridden, location }) => ({
    uid,
    title,
    start,
    end,
    allDay,
    recurrenceId,
    overridden,
    location,
  }));

describe('toIcs', () => {
  it('writes a VCALENDAR Outlook and Google accept', () => {
    const ics = toIcs([weekly], { calendarName: 'Ann’s diary' });
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Backdesk//Calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines).toContain('DTSTART;TZID=Europe/London:20260302T090000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO');
    expect(lines).toContain('EXDATE;TZID=Europe/London:20260316T090000');
    expect(lines).toContain('EXDATE;TZID=Europe/London:20260413T090000');
    expect(lines).toContain('RECURRENCE-ID;TZID=Europe/London:20260330T090000');
    expect(lines).toContain('TZID:Europe/London');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(ics).toContain('SUMMARY:Team meeting\\, weekly\\; "all hands"');
    // Every line within 75 octets.
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });

  it('writes all-day events as dates and a zoned UNTIL in UTC', () => {
    const ics = toIcs(others);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261205');
    expect(ics).toContain('DTEND;VALUE=DATE:20261207');
    expect(ics).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20261231\r\n');
    // "Until 30 April" in Kolkata: the end of that day there, in UTC.
    expect(ics).toContain('UNTIL=20260430T182959Z');
    expect(ics).toContain('DTEND;TZID=America/New_York:20261102T130000');
    expect(ics).toContain('DTSTART:20260701T120000\r\n');
    expect(ics).toContain('DTSTART:20260701T020000Z');
  });

  it('gives the same occurrences back through parseIcs, across DST, with the override and the exdates', () => {
    const events = [weekly, ...others];
    const back = parseIcs(toIcs(events));
    expect(back.errors).toEqual([]);
    expect(comparable(back.events)).toEqual(comparable(events));
    expect(comparable([weekly], '2026-03-01', '2026-04-20').map((o) => `${o.start} ${o.title}`)).toEqual([
      '2026-03-02T09:00:00.000Z Team meeting, weekly; "all hands"',
      '2026-03-09T09:00:00.000Z Team meeting, weekly; "all hands"',
      '2026-03-23T09:00:00.000Z Team meeting, weekly; "all hands"',
      '2026-03-31T13:00:00.000Z Team meeting (moved)',
      '2026-04-06T08:00:00.000Z Team meeting, weekly; "all hands"',
      '2026-04-20T08:00:00.000Z Team meeting, weekly; "all hands"',
    ].slice(0, 5));
    expect(back.events[0]).toMatchObject({ description: weekly.description, location: weekly.location });
  });

  it('builds each VTIMEZONE from the platform offsets, so ical.js reads the same offsets as Intl', () => {
    const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo', 'Europe/Moscow', 'Africa/Casablanca'];
    const events: CalendarEventDraft[] = zones.map((zone, i) => ({
      uid: `z${i}`,
      title: zone,
      allDay: false,
      start: '2005-06-01T09:00:00',
      end: '2005-06-01T10:00:00',
      timeZone: zone,
      rrule: 'FREQ=DAILY;UNTIL=20261231T000000Z',
    }));
    const cal = new ICAL.Component(ICAL.parse(toIcs(events)) as unknown[]);
    for (const comp of cal.getAllSubcomponents('vtimezone')) {
      const tz = new ICAL.Timezone(comp);
      for (let ms = Date.UTC(2005, 5, 1); ms < Date.UTC(2027, 0, 1); ms += 5 * 86_400_000 + 3_600_000) {
        // ical.js reads a repeated wall hour as standard time; compare away from the changes.
        if (offsetAt(ms - 7_200_000, tz.tzid) !== offsetAt(ms + 7_200_000, tz.tzid)) continue;
        const t = ICAL.Time.fromJSDate(new Date(ms), true);
        const local = t.convertToZone(tz);
        expect(local.utcOffset() * 1000, `${tz.tzid} at ${new Date(ms).toISOString()}`).toBe(offsetAt(ms, tz.tzid));
      }
    }
  });
});

describe('toIcs attendees', () => {
  it('writes ORGANIZER and ATTENDEE lines with CN and mailto, which parseIcs reads back', () => {
    const event: CalendarEventDraft = {
      uid: 'review@backdesk',
      title: 'Budget review',
      allDay: false,
      start: '2026-12-08T10:00:00',
      end: '2026-12-08T11:00:00',
      timeZone: 'America/New_York',
      attendees: [
        { email: 'tom@client.example', name: "Tom O'Neill" },
        { email: 'margaret.chen@example.com', name: 'Chen, Margaret', role: 'organizer' },
        { email: 'TOM@client.example', name: 'Tom again' },
        { email: 'ann@example.com' },
      ],
    };
    const text = toIcs([event]);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('ORGANIZER;CN="Chen, Margaret":mailto:margaret.chen@example.com\r\n');
    expect(unfolded).toContain("ATTENDEE;CN=Tom O'Neill;ROLE=REQ-PARTICIPANT:mailto:tom@client.example\r\n");
    expect(unfolded).toContain('ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:ann@example.com\r\n');
    expect(unfolded.match(/tom@client/gi)).toHaveLength(1);
    expect(parseIcs(text).events[0]?.attendees).toEqual([
      { email: 'margaret.chen@example.com', name: 'Chen, Margaret', role: 'organizer' },
      { email: 'tom@client.example', name: "Tom O'Neill", role: 'attendee' },
      { email: 'ann@example.com', role: 'attendee' },
    ]);
  });
});
