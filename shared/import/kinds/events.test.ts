import { describe, expect, it } from 'vitest';
import { mapRows, parseTable } from '../index';

const table = (s: string) => parseTable(new TextEncoder().encode(s), 'calendar.csv');

describe("mapRows('events')", () => {
  it('reads all-day events from date-only starts, the end date as the last day (stored exclusive)', () => {
    const r = mapRows('events', table('Title,Start,End,Location\nOffice closed,2026-12-24,2026-12-26,\nInspection,2026-12-29,,Whole office\n'));
    expect(r).toEqual({
      records: [
        { title: 'Office closed', start: '2026-12-24', end: '2026-12-27', allDay: true },
        { title: 'Inspection', start: '2026-12-29', end: '2026-12-30', allDay: true, location: 'Whole office' },
      ],
      errors: [],
    });
  });

  it('reads Outlook-style date and time columns as wall times on the office clock, with the description', () => {
    const r = mapRows(
      'events',
      table(
        'Subject,Start Date,Start Time,End Date,End Time,All day event,Description,Location\nBudget review,03/05/2026,9:30 AM,03/05/2026,10:15 AM,False,"Bring Q1 figures\nand the forecast",Room 2\n',
      ),
      undefined,
      { dateFormat: 'MM/DD/YYYY' },
    );
    expect(r).toEqual({
      records: [
        {
          title: 'Budget review',
          allDay: false,
          start: '2026-03-05T09:30:00',
          end: '2026-03-05T10:15:00',
          description: 'Bring Q1 figures\nand the forecast',
          location: 'Room 2',
        },
      ],
      errors: [],
    });
  });

  it('an all-day flag over a timed layout, and a timed event without an end lasts an hour', () => {
    const r = mapRows('events', table('Subject,Start Date,Start Time,All day event\nOffsite,2026-04-01,,True\nCall,2026-04-02,23:30,\n'));
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      { title: 'Offsite', allDay: true, start: '2026-04-01', end: '2026-04-02' },
      { title: 'Call', allDay: false, start: '2026-04-02T23:30:00', end: '2026-04-03T00:30:00' },
    ]);
  });

  it('turns a written offset into UTC wall time', () => {
    const r = mapRows('events', table('Title,Start,End\nCall,2026-03-05T09:30:00Z,2026-03-05T11:00:00+01:00\nLate,2026-03-05T09:30:00Z,2026-03-05 09:00Z\n'));
    expect(r.records).toEqual([{ title: 'Call', start: '2026-03-05T09:30:00', end: '2026-03-05T10:00:00', allDay: false, timeZone: 'UTC' }]);
    expect(r.errors).toEqual([{ line: 3, column: 'End', message: 'The event ends before it starts.' }]);
  });

  it('takes the zone of the written times from a time zone column, and refuses one it does not know', () => {
    const r = mapRows('events', table('Title,Start,End,Time zone\nNY call,2026-03-05 10:00,2026-03-05 11:00,America/New_York\nX,2026-03-05 10:00,,Mars/Olympus\n'));
    expect(r.records).toEqual([{ title: 'NY call', allDay: false, start: '2026-03-05T10:00:00', end: '2026-03-05T11:00:00', timeZone: 'America/New_York' }]);
    expect(r.errors).toEqual([
      {
        line: 3,
        column: 'Time zone',
        message: 'The time zone "Mars/Olympus" in column "Time zone" is not one this computer knows; write it like Europe/London or America/New_York.',
      },
    ]);
  });

  it('refuses an event without a title or start, or ending before it starts', () => {
    const r = mapRows('events', table('Title,Start,End\n,2026-01-01,\nX,,\nY,2026-01-05,2026-01-04\n'));
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'The title is empty; every event needs a title.'],
      [3, 'The start is empty; every event needs a start date.'],
      [4, 'The event ends (2026-01-04) before it starts (2026-01-05).'],
    ]);
  });
});
