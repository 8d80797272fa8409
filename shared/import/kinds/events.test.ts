import { describe, expect, it } from 'vitest';
import { mapRows, parseTable } from '../index';

const table = (s: string) => parseTable(new TextEncoder().encode(s), 'calendar.csv');

describe("mapRows('events')", () => {
  it('reads all-day events from date-only starts', () => {
    const r = mapRows(
      'events',
      table('Title,Start,End,Location\nOffice closed,2026-12-24,2026-12-26,\n'),
    );
    expect(r).toEqual({
      records: [{ title: 'Office closed', start: '2026-12-24', end: '2026-12-26', allDay: true }],
      errors: [],
    });
  });

  it('reads Outlook-style date and time columns as local times', () => {
    const r = mapRows(
      'events',
      table(
        'Subject,Start Date,Start Time,End Date,End Time,All day event,Location\nBudget review,03/05/2026,9:30 AM,03/05/2026,10:15 AM,False,Room 2\n',
      ),
      undefined,
      { dateFormat: 'MM/DD/YYYY' },
    );
    expect(r.errors).toEqual([]);
    const e = r.records[0]!;
    expect(e.allDay).toBe(false);
    expect(e.location).toBe('Room 2');
    const start = new Date(e.start);
    expect([
      start.getFullYear(),
      start.getMonth() + 1,
      start.getDate(),
      start.getHours(),
      start.getMinutes(),
    ]).toEqual([2026, 3, 5, 9, 30]);
    expect(Date.parse(e.end!) - Date.parse(e.start)).toBe(45 * 60_000);
  });

  it('keeps a written zone', () => {
    const r = mapRows(
      'events',
      table(
        'Title,Start,End\nCall,2026-03-05T09:30:00Z,2026-03-05T11:00:00+01:00\nLate,2026-03-05T09:30:00Z,2026-03-05 09:00Z\n',
      ),
    );
    expect(r.records).toEqual([
      {
        title: 'Call',
        start: '2026-03-05T09:30:00.000Z',
        end: '2026-03-05T10:00:00.000Z',
        allDay: false,
      },
    ]);
    expect(r.errors).toEqual([
      { line: 3, column: 'End', message: 'The event ends before it starts.' },
    ]);
  });

  it('refuses an event without a title or start, or ending before it starts', () => {
    const r = mapRows(
      'events',
      table('Title,Start,End\n,2026-01-01,\nX,,\nY,2026-01-05,2026-01-04\n'),
    );
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'The title is empty; every event needs a title.'],
      [3, 'The start is empty; every event needs a start date.'],
      [4, 'The event ends (2026-01-04) before it starts (2026-01-05).'],
    ]);
  });
});
