/** Hand-written Outlook- and Google-style files; the real sample files are read in tests/unit/calendar-ics-fixtures.test.ts. */
import { describe, expect, it } from 'vitest';
import { expandOccurrences } from './expand';
import { parseIcs } from './parseIcs';

const outlook = [
  'BEGIN:VCALENDAR',
  'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
  'VERSION:2.0',
  'METHOD:PUBLISH',
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16011028T030000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010325T020000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VTIMEZONE',
  'TZID:Eastern Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16011104T020000',
  'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010311T020000',
  'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:040000008200E00074C5B7101A82E008000000001',
  'SUMMARY:Board meeting',
  'DTSTART;TZID=W. Europe Standard Time:20261026T100000',
  'DTEND;TZID=W. Europe Standard Time:20261026T120000',
  'RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO',
  'LOCATION:Berlin office',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:flight-1',
  'SUMMARY:Flight FRA → JFK',
  'DTSTART;TZID=W. Europe Standard Time:20261102T100000',
  'DTEND;TZID=Eastern Standard Time:20261102T130000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:bad-date',
  'SUMMARY:Impossible',
  'DTSTART:20231332T100000Z',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:no-start',
  'SUMMARY:Nowhere in time',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:garbage',
  'SUMMARY:Has a broken line',
  'DTSTART:20261102T100000Z',
  'THIS LINE IS BROKEN',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:cancelled-master',
  'SUMMARY:Weekly sync',
  'DTSTART;TZID=Eastern Standard Time:20261102T090000',
  'DTEND;TZID=Eastern Standard Time:20261102T093000',
  'RRULE:FREQ=WEEKLY',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:cancelled-master',
  'RECURRENCE-ID;TZID=Eastern Standard Time:20261109T090000',
  'DTSTART;TZID=Eastern Standard Time:20261109T090000',
  'DTEND;TZID=Eastern Standard Time:20261109T093000',
  'SUMMARY:Weekly sync',
  'STATUS:CANCELLED',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('parseIcs on Outlook- and Google-style files', () => {
  it('resolves Windows zone names, keeps the good events and reports the bad ones with their lines', () => {
    const { events, errors } = parseIcs(outlook);
    expect(events.map((e) => e.uid)).toEqual(['040000008200E00074C5B7101A82E008000000001', 'flight-1', 'cancelled-master']);
    expect(events[0]).toMatchObject({ timeZone: 'Europe/Berlin', start: '2026-10-26T10:00:00', location: 'Berlin office' });
    expect(events[1]).toMatchObject({ timeZone: 'Europe/Berlin', endTimeZone: 'America/New_York', end: '2026-11-02T13:00:00' });
    expect(expandOccurrences([events[1]!], '2026-11-02', '2026-11-03')[0]).toMatchObject({ start: '2026-11-02T09:00:00.000Z', end: '2026-11-02T18:00:00.000Z' });
    expect(events[2]?.overrides).toEqual([{ recurrenceId: '2026-11-09T09:00:00', cancelled: true }]);
    expect(expandOccurrences([events[2]!], '2026-11-01', '2026-11-20').map((o) => o.start)).toEqual(['2026-11-02T14:00:00.000Z', '2026-11-16T14:00:00.000Z']);
    const lines = outlook.split('\r\n');
    expect(errors.map((e) => e.line)).toEqual([
      lines.indexOf('DTSTART:20231332T100000Z') + 1,
      lines.indexOf('UID:no-start'),
      lines.indexOf('THIS LINE IS BROKEN') + 1,
    ]);
    expect(errors[0]?.message).toContain('20231332T100000Z');
    expect(errors[1]?.message).toMatch(/no start/);
  });

  it('reads Google exports: IANA TZID without VTIMEZONE, folded lines, escaped text', () => {
    const google = [
      'BEGIN:VCALENDAR',
      'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'DTSTART;TZID=Europe/London:20260302T090000',
      'DTEND;TZID=Europe/London:20260302T093000',
      'RRULE:FREQ=WEEKLY;BYDAY=MO',
      'EXDATE;TZID=Europe/London:20260316T090000',
      'UID:abc@google.com',
      'SUMMARY:Team\\, weekly\\; all hands',
      'DESCRIPTION:Line one\\nLine two with a very long text that Google folds at seventy-f',
      ' ive octets\\, like this.',
      'LOCATION:Room 1\\, 2nd floor',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const { events, errors } = parseIcs(google);
    expect(errors).toEqual([]);
    expect(events[0]).toMatchObject({
      title: 'Team, weekly; all hands',
      description: 'Line one\nLine two with a very long text that Google folds at seventy-five octets, like this.',
      location: 'Room 1, 2nd floor',
      timeZone: 'Europe/London',
      exdates: ['2026-03-16T09:00:00'],
    });
    // 09:00 London: 09:00Z before 29 March, 08:00Z after; 16 March is left out.
    expect(expandOccurrences(events, '2026-03-09', '2026-04-07').map((o) => o.start)).toEqual([
      '2026-03-09T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
    ]);
  });

  it('reports an event never closed, and files that are not calendars, without throwing', () => {
    const unclosed = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'DTSTART:20260101T090000Z', 'BEGIN:VEVENT', 'UID:b', 'DTSTART:20260102T090000Z', 'END:VEVENT', 'END:VCALENDAR'].join('\n');
    const r = parseIcs(unclosed);
    expect(r.events.map((e) => e.uid)).toEqual(['b']);
    expect(r.errors).toEqual([{ line: 2, message: expect.stringMatching(/never closed/) }]);
    expect(parseIcs('').errors).toHaveLength(1);
    expect(parseIcs('hello, world').errors[0]?.line).toBe(1);
    expect(parseIcs('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20260101').errors).toEqual([{ line: 2, message: expect.stringMatching(/never closed/) }]);
    expect(() => parseIcs(null as unknown as string)).not.toThrow();
  });

  it('reports a second endless RRULE instead of losing it silently', () => {
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'DTSTART:20260101T090000Z', 'RRULE:FREQ=DAILY', 'RRULE:FREQ=WEEKLY', 'END:VEVENT', 'END:VCALENDAR'].join('\n');
    expect(parseIcs(text)).toEqual({ events: [], errors: [{ line: 6, message: expect.stringMatching(/more than one endless/) }] });
  });
});

describe('parseIcs attendees', () => {
  it('reads an Outlook meeting request: quoted CN with a comma, MAILTO in capitals, the organizer listed once', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:040000008200E00074C5B7101A82E00800000000',
      'SUMMARY:Budget review',
      'DTSTART;TZID=Eastern Standard Time:20261208T100000',
      'DTEND;TZID=Eastern Standard Time:20261208T110000',
      'ORGANIZER;CN="Chen, Margaret":MAILTO:margaret.chen@example.com',
      'ATTENDEE;CN="Chen, Margaret";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:margaret.chen@example.com',
      'ATTENDEE;CN=Tom O\'Neill;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:tom@client.example',
      'ATTENDEE;CN=Board room;CUTYPE=RESOURCE:invalid:nomail',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { events, errors } = parseIcs(text);
    expect(errors).toEqual([]);
    expect(events[0]?.attendees).toEqual([
      { email: 'margaret.chen@example.com', name: 'Chen, Margaret', role: 'organizer' },
      { email: 'tom@client.example', name: "Tom O'Neill", role: 'attendee' },
    ]);
  });

  it('leaves attendees out when the file has none', () => {
    const { events } = parseIcs(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'SUMMARY:x', 'DTSTART;VALUE=DATE:20261208', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'));
    expect(events[0]).not.toHaveProperty('attendees');
  });
});
