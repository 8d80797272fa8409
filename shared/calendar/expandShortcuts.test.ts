/**
 * The expansion's shortcuts (issue 13.12) change nothing but the time taken:
 * - exceptions already in key form skip the parse (normalizeKey), and give the key the full
 *   parse gives, or the same null;
 * - a changed occurrence far from the window is not placed: expanding a small window gives
 *   exactly what expanding a wide one and keeping what overlaps the small one gives, with
 *   occurrences moved into the window from years away, out of it to years ahead, to all-day
 *   and back, with instants and unreadable times.
 */
import { describe, expect, it } from 'vitest';
import { expandOccurrences } from './expand';
import { normalizeKey } from './series';
import type { CalendarEventDraft, Occurrence } from './types';
import { msToDate, msToWall, wallToMs } from './zones';

/** What normalizeKey gave before the shortcut: always the full parse. */
function fullParse(value: string, allDay: boolean): string | null {
  if (allDay) {
    const ms = wallToMs(value.slice(0, 10));
    return Number.isNaN(ms) ? null : msToDate(ms);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = wallToMs(value);
  return Number.isNaN(ms) ? null : msToWall(ms);
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('normalizeKey', () => {
  it('gives what the full parse gives, for keys in form and out of it', () => {
    const fixed = [
      '2026-01-05T09:00:00',
      '2026-02-28T23:59:59',
      '2026-02-29T09:00:00',
      '2028-02-29T09:00:00',
      '2026-04-31T09:00:00',
      '2026-13-01T09:00:00',
      '2026-00-10T09:00:00',
      '2026-01-00T09:00:00',
      '2026-01-05T24:00:00',
      '2026-01-05T09:60:00',
      '2026-01-05T09:00:60',
      '2026-01-05T09:00',
      '2026-01-05 09:00:00',
      '2026-01-05T09:00:00.000',
      '2026-01-05',
      '2026-1-05T09:00:00',
      '20260105T090000',
      'x026-01-05T09:00:00',
      '2026-01-05T0a:00:00',
      '2026/01/05T09:00:00',
      '2026-01-05T09:00:00Z',
      '',
      '0000-01-01T00:00:00',
      '9999-12-31T23:59:59',
    ];
    const rand = seeded(7);
    const d = (n: number) => String(Math.floor(rand() * n)).padStart(2, '0');
    const randomOnes = Array.from({ length: 3000 }, () => `${2000 + Math.floor(rand() * 40)}-${d(14)}-${d(33)}T${d(26)}:${d(62)}:${d(62)}`);
    for (const v of [...fixed, ...randomOnes]) {
      for (const allDay of [false, true]) {
        if (!allDay && /Z$/.test(v)) continue; // instants are read in the zone: not a shortcut case
        expect(normalizeKey(v, allDay, 'Europe/London'), `${v} ${allDay ? 'all-day' : 'timed'}`).toBe(fullParse(v, allDay));
      }
    }
  });
});

const ms = (o: Occurrence) =>
  o.allDay ? [Date.parse(`${o.start}T00:00:00Z`), Date.parse(`${o.end}T00:00:00Z`)] : [Date.parse(o.start), Date.parse(o.end)];
const overlapsWindow = (o: Occurrence, from: number, to: number) => {
  const [s, e] = ms(o) as [number, number];
  return e > s ? s < to && e > from : s >= from && s < to;
};
const view = (o: Occurrence) => `${o.sourceIndex}|${o.recurrenceId ?? ''}|${o.start}|${o.end}|${o.title}|${o.allDay}`;

describe('changed occurrences far from the window', () => {
  const wall = (day: string, h: number) => `${day}T${String(h).padStart(2, '0')}:00:00`;
  const weekly: CalendarEventDraft = {
    uid: 'w',
    title: 'Weekly',
    allDay: false,
    start: '2020-01-06T09:00:00',
    end: '2020-01-06T10:00:00',
    timeZone: 'Pacific/Auckland',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    overrides: [
      // From 2020 into March 2026, and from March 2026 to 2031.
      { recurrenceId: '2020-01-13T09:00:00', start: wall('2026-03-04', 11), end: wall('2026-03-04', 12), title: 'Moved in' },
      { recurrenceId: '2026-03-09T09:00:00', start: wall('2031-01-01', 9), end: wall('2031-01-01', 10), title: 'Moved out' },
      // Moved a day late and made long; an instant; an unreadable end; ends before it starts.
      { recurrenceId: '2026-03-02T09:00:00', start: wall('2026-03-03', 22), end: wall('2026-03-05', 1), title: 'Long' },
      { recurrenceId: '2026-03-16T09:00:00', start: '2026-03-15T20:00:00Z', title: 'Instant' },
      { recurrenceId: '2026-03-23T09:00:00', start: wall('2026-03-23', 8), end: 'soon', title: 'No end' },
      { recurrenceId: '2026-03-30T09:00:00', start: wall('2026-03-30', 10), end: wall('2026-03-29', 10), title: 'Backwards' },
      // All-day for a day in the window, and a date-only key.
      { recurrenceId: '2020-02-03T09:00:00', allDay: true, start: '2026-03-11', end: '2026-03-13', title: 'All day' },
      { recurrenceId: '2026-03-09', title: 'Date key' },
      { recurrenceId: '2026-04-06T09:00:00', cancelled: true },
    ],
  };
  const allDaySeries: CalendarEventDraft = {
    uid: 'a',
    title: 'Client day',
    allDay: true,
    start: '2020-01-07',
    end: '2020-01-08',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    overrides: [
      { recurrenceId: '2020-01-21', start: '2026-03-04', end: '2026-03-06', title: 'Pulled forward' },
      { recurrenceId: '2020-02-04', allDay: false, start: wall('2026-03-10', 15), end: wall('2026-03-10', 16), title: 'Made timed' },
      { recurrenceId: '2026-03-17', start: '2032-05-05', title: 'Pushed back' },
    ],
  };
  // Five days long: a moved occurrence with no end of its own keeps the five days.
  const residency: CalendarEventDraft = {
    uid: 'r',
    title: 'Residency',
    allDay: false,
    start: '2020-01-06T09:00:00',
    end: '2020-01-11T09:00:00',
    timeZone: 'America/New_York',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=6',
    overrides: [{ recurrenceId: '2020-02-06T09:00:00', start: wall('2026-02-24', 9), title: 'Residency moved' }],
  };
  const events = [weekly, allDaySeries, residency];

  it('gives what the wide window gives, cut to the small one, for windows day by day and hour by hour', () => {
    const wide = expandOccurrences(events, '2019-01-01T00:00:00Z', '2033-01-01T00:00:00Z', { floatingZone: 'UTC' });
    expect(wide.some((o) => o.title === 'Moved in')).toBe(true);
    expect(wide.find((o) => o.title === 'Residency moved')?.end).toBe('2026-03-01T14:00:00.000Z');
    const day = 86_400_000;
    const start = Date.parse('2026-02-20T00:00:00Z');
    const windows: [number, number][] = [];
    for (let k = 0; k < 50; k++) windows.push([start + k * day, start + (k + 1) * day], [start + k * day, start + k * day + 7 * day]);
    for (let h = 0; h < 24 * 20; h += 5) windows.push([start + 10 * day + h * 3600_000, start + 10 * day + (h + 1) * 3600_000]);
    windows.push([Date.parse('2030-12-31T00:00:00Z'), Date.parse('2031-01-02T00:00:00Z')], [Date.parse('2032-05-01T00:00:00Z'), Date.parse('2032-05-09T00:00:00Z')]);
    let seen = 0;
    for (const [from, to] of windows) {
      const iso = (x: number) => new Date(x).toISOString();
      const got = expandOccurrences(events, iso(from), iso(to), { floatingZone: 'UTC' }).map(view);
      const expected = wide.filter((o) => overlapsWindow(o, from, to)).map(view);
      expect(got.sort(), `${iso(from)}…${iso(to)}`).toEqual(expected.sort());
      seen += got.length;
    }
    expect(seen).toBeGreaterThan(100);
  });
});
