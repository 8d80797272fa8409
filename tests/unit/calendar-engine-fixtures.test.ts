/**
 * parseIcs and expandOccurrences on the real sample files in ../shared/fixtures/ical/ (Google,
 * Zimbra, Outlook-era exports: RDATE/EXDATE/RECURRENCE-ID, DURATION, all-day spans, zones
 * from the file's own VTIMEZONE, DST). Reads files with node:fs, so it lives outside shared/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../shared/calendar/expand';
import { parseIcs } from '../../shared/calendar/parseIcs';
import { toIcs } from '../../shared/calendar/toIcs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const icalDir = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'ical');
const fixture = (name: string): string => readFileSync(path.join(icalDir, name), 'utf8');
const read = (name: string) => parseIcs(fixture(name));
const spans = (text: string, from = '2000-01-01', to = '2031-01-01') =>
  expandOccurrences(parseIcs(text).events, from, to).map((o) => `${o.start} ${o.end}${o.overridden ? ' *' : ''}`);

describe('parseIcs on real sample files', () => {
  it('reads a single zoned event (minimal.ics, blank_description.ics)', () => {
    for (const name of ['minimal.ics', 'blank_description.ics']) {
      const { events, errors } = read(name);
      expect(errors).toEqual([]);
      expect(events).toEqual([
        {
          uid: 'dn4vrfmfn5p05roahsopg57h48@google.com',
          title: 'Really long event name thing',
          allDay: false,
          start: '2012-06-30T06:00:00',
          end: '2012-06-30T07:00:00',
          timeZone: 'America/Los_Angeles',
        },
      ]);
    }
  });

  it('expands a daily series across the DST change (daily_recur.ics)', () => {
    const text = fixture('daily_recur.ics');
    expect(parseIcs(text).events[0]).toMatchObject({ rrule: 'FREQ=DAILY', timeZone: 'America/Los_Angeles' });
    // 05:00 Los Angeles: 12:00Z in summer, 13:00Z after 4 November 2012.
    expect(spans(text, '2012-11-03', '2012-11-06')).toEqual([
      '2012-11-03T12:00:00.000Z 2012-11-03T13:00:00.000Z',
      '2012-11-04T13:00:00.000Z 2012-11-04T14:00:00.000Z',
      '2012-11-05T13:00:00.000Z 2012-11-05T14:00:00.000Z',
    ]);
  });

  it('merges RDATE (with PERIOD), EXDATE and RECURRENCE-ID exceptions into one series (recur_instances.ics)', () => {
    const { events, errors } = read('recur_instances.ics');
    expect(errors).toEqual([]);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e).toMatchObject({
      uid: '623c13c0-6c2b-45d6-a12b-c33ad61c4868',
      title: 'Crazy Event Thingy!',
      location: 'PLACE',
      description: 'IAM FOO',
      timeZone: 'America/Los_Angeles',
      rrule: 'FREQ=MONTHLY;BYDAY=1TU',
      // 20231123T090000Z and the PERIOD's start 20231125T090000Z, read in Los Angeles.
      rdates: ['2012-11-05T10:00:00', '2012-11-10T10:00:00', '2012-11-30T10:00:00', '2023-11-23T01:00:00', '2023-11-25T01:00:00'],
      exdates: ['2012-12-04T10:00:00', '2013-02-05T10:00:00', '2013-04-02T10:00:00'],
    });
    // The UTC RECURRENCE-ID 20121105T180000Z is 10:00 in Los Angeles: the RDATE it moves.
    expect(e.overrides?.map((o) => [o.recurrenceId, o.start, o.description])).toEqual([
      ['2012-10-02T10:00:00', '2012-10-02T15:00:00', 'I HAZ CHANGED!'],
      ['2012-11-05T10:00:00', '2012-11-06T20:00:00', ''],
    ]);
    expect(spans(fixture('recur_instances.ics'), '2012-10-01', '2013-03-01')).toEqual([
      '2012-10-02T22:00:00.000Z 2012-10-02T22:30:00.000Z *',
      '2012-11-06T18:00:00.000Z 2012-11-06T18:30:00.000Z',
      '2012-11-07T04:00:00.000Z 2012-11-07T04:30:00.000Z *',
      '2012-11-10T18:00:00.000Z 2012-11-10T18:30:00.000Z',
      '2012-11-30T18:00:00.000Z 2012-11-30T18:30:00.000Z',
      '2013-01-01T18:00:00.000Z 2013-01-01T18:30:00.000Z',
    ]);
    const occ = expandOccurrences(events, '2012-10-02', '2012-10-03');
    expect(occ[0]).toMatchObject({ title: 'Crazy Event Thingy!', recurrenceId: '2012-10-02T10:00:00', overridden: true });
    expect(occ[0]?.location).toBeUndefined();
  });

  it('stops a floating UNTIL series and keeps its RDATEs (recur_instances_finite.ics)', () => {
    expect(spans(fixture('recur_instances_finite.ics'))).toEqual([
      '2012-10-02T17:00:00.000Z 2012-10-02T17:30:00.000Z',
      '2012-11-05T18:00:00.000Z 2012-11-05T18:30:00.000Z',
      '2012-11-06T18:00:00.000Z 2012-11-06T18:30:00.000Z',
      '2012-11-10T18:00:00.000Z 2012-11-10T18:30:00.000Z',
      '2012-12-04T18:00:00.000Z 2012-12-04T18:30:00.000Z',
    ]);
  });

  it('applies a date EXDATE to a UTC series with COUNT (rdate_exdate.ics)', () => {
    const { events } = read('rdate_exdate.ics');
    expect(events[0]).toMatchObject({ uid: '123', timeZone: 'UTC', rrule: 'FREQ=DAILY;COUNT=4', exdates: ['2024-06-11'] });
    expect(spans(fixture('rdate_exdate.ics'))).toEqual([
      '2024-06-09T03:00:00.000Z 2024-06-09T03:00:00.000Z',
      '2024-06-10T03:00:00.000Z 2024-06-10T03:00:00.000Z',
      '2024-06-12T03:00:00.000Z 2024-06-12T03:00:00.000Z',
    ]);
  });

  it('turns DURATION into the end (duration_instead_of_dtend.ics)', () => {
    expect(read('duration_instead_of_dtend.ics').events[0]).toMatchObject({ start: '2012-06-30T06:00:00', end: '2012-07-01T06:00:00' });
  });

  it('reads all-day events with an exclusive end (forced_types.ics, only_dtstart_date.ics, day_long_recur_yearly.ics)', () => {
    expect(read('forced_types.ics').events[0]).toMatchObject({ allDay: true, start: '2012-09-04', end: '2012-09-05' });
    const onlyDate = read('only_dtstart_date.ics').events[0];
    expect(onlyDate).toMatchObject({ allDay: true, start: '2012-06-30', end: '2012-07-01' });
    expect(onlyDate?.timeZone).toBeUndefined();
    expect(spans(fixture('day_long_recur_yearly.ics'), '2012-08-03', '2012-08-08')).toEqual([
      '2012-08-03 2012-08-04',
      '2012-08-06 2012-08-07',
      '2012-08-07 2012-08-08',
    ]);
  });

  it('gives a start-only date-time event no length (only_dtstart_time.ics)', () => {
    expect(read('only_dtstart_time.ics').events[0]).toMatchObject({ start: '2012-06-30T06:00:00', end: '2012-06-30T06:00:00', timeZone: 'America/Los_Angeles' });
  });

  it('keeps an exception whose series is missing as its own event (google_birthday.ics)', () => {
    const { events, errors } = read('google_birthday.ics');
    expect(errors).toEqual([]);
    expect(events.map((e) => [e.uid, e.start, e.end, e.rrule ?? '', (e.rdates ?? []).join(',')])).toEqual([
      ['2014_BIRTHDAY_79d389868f96182e@google.com', '2014-12-10', '2014-12-11', 'FREQ=DAILY;COUNT=1', '2012-12-10,2013-12-10'],
      ['BIRTHDAY_79d389868f96182e@google.com#20121210', '2012-12-10', '2012-12-11', '', ''],
      ['BIRTHDAY_79d389868f96182e@google.com#20131210', '2013-12-10', '2013-12-11', '', ''],
      ['BIRTHDAY_79d389868f96182e@google.com#20141210', '2014-12-10', '2014-12-11', '', ''],
    ]);
    expect(events[1]?.description).toBe("Today is PErson #2's birthday!");
  });

  it('keeps the union of several RRULEs: the finite extra rule becomes RDATEs (multiple_rrules.ics)', () => {
    const { events, errors } = read('multiple_rrules.ics');
    expect(errors).toEqual([]);
    expect(events[0]?.rrule).toBe('FREQ=WEEKLY;UNTIL=20120730T065959Z');
    // Weekly on Mondays plus every Sunday (FREQ=MONTHLY;BYDAY=SU), both until 29 July.
    const days = expandOccurrences(events, '2012-03-01', '2012-09-01').map((o) => new Date(o.start).getUTCDay());
    expect(days.filter((d) => d === 1)).toHaveLength(18);
    expect(days.filter((d) => d === 0)).toHaveLength(18);
    expect(days.every((d) => d === 0 || d === 1)).toBe(true);
  });

  it('converts a zone only the file describes through its VTIMEZONE to UTC (timezone_from_file.ics)', () => {
    const { events } = read('timezone_from_file.ics');
    // 13:42 at UTC−07:41 is 21:23Z.
    expect(events[0]).toMatchObject({ title: 'A test event', start: '2023-03-06T21:23:00', end: '2023-03-06T22:23:00', timeZone: 'UTC' });
  });

  it('reads Etc/GMT with a -0000 offset as UTC (utc_negative_zero.ics)', () => {
    expect(read('utc_negative_zero.ics').events[0]).toMatchObject({ start: '2012-08-21T21:00:00', timeZone: 'UTC' });
  });

  it('reads a VTIMEZONE without TZID beside an IANA TZID (parserv2.ics)', () => {
    expect(read('parserv2.ics').events[0]).toMatchObject({ timeZone: 'America/Los_Angeles', rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', description: 'desc' });
  });

  it('reads calendars with blank lines and no events, and zone-only files, without errors', () => {
    for (const name of [
      'blank_line_end.ics',
      'blank_line_mid.ics',
      'timezones/America/Atikokan.ics',
      'timezones/America/Denver.ics',
      'timezones/America/Los_Angeles.ics',
      'timezones/America/New_York.ics',
      'timezones/Makebelieve/RDATE_test.ics',
      'timezones/Makebelieve/RDATE_utc_test.ics',
      'timezones/Makebelieve/RRULE_UNTIL_test.ics',
    ]) {
      expect(read(name), name).toEqual({ events: [], errors: [] });
    }
  });

  it('uses a file-only zone with DST (Makebelieve VTIMEZONE) to place an event', () => {
    const zone = fixture('timezones/Makebelieve/RRULE_UNTIL_test.ics').replace(/END:VCALENDAR\s*$/, '');
    const text = `${zone}BEGIN:VEVENT\nUID:mb\nSUMMARY:Make-believe\nDTSTART;TZID=Makebelieve/RRULE_UNTIL:19720601T120000\nDTEND;TZID=Makebelieve/RRULE_UNTIL:19720601T130000\nEND:VEVENT\nEND:VCALENDAR\n`;
    const { events, errors } = parseIcs(text);
    expect(errors).toEqual([]);
    expect(events[0]?.timeZone).toBe('UTC');
    // Between the 1970 standard (−05:00) and the 1975 daylight (−04:00) onsets: −05:00.
    expect(events[0]?.start).toBe('1972-06-01T17:00:00');
  });
});


describe('toIcs round trip on the sample files', () => {
  const files = [
    'blank_description.ics',
    'daily_recur.ics',
    'day_long_recur_yearly.ics',
    'duration_instead_of_dtend.ics',
    'forced_types.ics',
    'google_birthday.ics',
    'minimal.ics',
    'multiple_rrules.ics',
    'only_dtstart_date.ics',
    'only_dtstart_time.ics',
    'parserv2.ics',
    'rdate_exdate.ics',
    'recur_instances.ics',
    'recur_instances_finite.ics',
    'timezone_from_file.ics',
    'utc_negative_zero.ics',
  ];
  it.each(files)('parseIcs(toIcs(x)) gives the same occurrences for %s', (name) => {
    const first = read(name);
    const second = parseIcs(toIcs(first.events));
    expect(second.errors).toEqual([]);
    const occurrences = (events: typeof first.events) =>
      expandOccurrences(events, '2010-01-01', '2026-01-01', { floatingZone: 'America/Los_Angeles' }).map(({ sourceIndex: _s, ...o }) => o);
    expect(occurrences(second.events)).toEqual(occurrences(first.events));
    expect(second.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
  });
});

describe('attendees in real sample files', () => {
  it('reads the ORGANIZER and ATTENDEEs of recur_instances.ics (CN unfolded, mailto: stripped) and writes them back', () => {
    const crazy = read('recur_instances.ics').events.find((e) => e.title === 'Crazy Event Thingy!');
    const expected = [
      { email: 'jlal@mozilla.com', name: 'James Lal', role: 'organizer' },
      { email: 'calmozilla1@gmail.com', name: 'Sahaja Lal', role: 'attendee' },
      { email: 'james@lightsofapollo.com', role: 'attendee' },
      { email: 'iam.revelation@gmail.com', role: 'attendee' },
    ];
    expect(crazy?.attendees).toEqual(expected);
    const back = parseIcs(toIcs([crazy!])).events[0];
    expect(back?.attendees).toEqual(expected);
  });
});
