/**
 * The window read (issue 13.12) is three index ranges — short records by `firstStart` from a
 * day before the window, medium ones by `midStart` from a week before, long ones (series,
 * long spans) by `longEnd` — and must give exactly what a scan of every record with the
 * overlap test gives: random one-offs short, medium and long,
 * all-day days and spans, floating times, endless, counted and ended series, deleted records,
 * series turned into one-offs and back; windows placed on the records' own edges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIUM_SPAN_MS, SHORT_SPAN_MS, spanIndexFields, type CalendarEvent, type StoredEventDraft } from '../../../shared/domain/calendar';
import { addDays } from '../../../shared/lib/dates';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { eventRepository, listEventsBetween, listEventsBetweenByScan } from './repository';

/** Deterministic numbers (mulberry32). */
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

const rand = seeded(1312);
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const pick = <T,>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
const pad = (n: number) => String(n).padStart(2, '0');
const ZONES = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Pacific/Auckland', 'UTC'];

function randomDraft(i: number): StoredEventDraft {
  const day = addDays('2026-01-01', int(0, 400));
  const hour = int(0, 23);
  const wall = (d: string, h: number, m = 0) => `${d}T${pad(h)}:${pad(m)}:00`;
  const title = `Event ${i}`;
  switch (int(0, 13)) {
    case 0: // all-day, one to three days
      return { title, allDay: true, start: day, end: addDays(day, int(1, 3)) };
    case 1: // all-day span around the 7-day limit and beyond (holidays, a month away)
      return { title, allDay: true, start: day, end: addDays(day, pick([5, 6, 7, 8, 9, 30])) };
    case 2: {
      // timed, long: a conference or a hire of 6 to 40 days, in another end zone now and then
      const days = int(6, 40);
      return { title, start: wall(day, hour), end: wall(addDays(day, days), int(0, 23)), timeZone: pick(ZONES), ...(rand() < 0.3 ? { endTimeZone: pick(ZONES) } : {}) };
    }
    case 3: // floating (no zone): widened by 14 hours each side
      return { title, start: wall(day, hour), end: wall(day, hour, 45) };
    case 4: // exactly a day or seven days (the limits) in UTC, or a little over, to the ms
      return { title, start: wall(day, hour), end: rand() < 0.5 ? wall(addDays(day, pick([1, 7])), hour) : `${addDays(day, pick([1, 7]))}T${pad(hour)}:00:01`, timeZone: 'UTC' };
    case 5: // an endless series
      return { title, start: wall(day, hour), end: wall(day, hour, 30), timeZone: pick(ZONES), rrule: pick(['FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=MO,TH', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=YEARLY']) };
    case 6: // a counted series: short (3 days) or long
      return { title, start: wall(day, hour), end: wall(day, hour, 30), timeZone: pick(ZONES), rrule: pick(['FREQ=DAILY;COUNT=3', 'FREQ=WEEKLY;COUNT=5', 'FREQ=DAILY;COUNT=2;INTERVAL=3']) };
    case 7: {
      // a series that ended (UNTIL), perhaps before the windows
      const until = addDays(day, int(2, 90)).replace(/-/g, '');
      return { title, start: wall(day, hour), end: wall(day, hour, 30), timeZone: pick(ZONES), rrule: `FREQ=DAILY;UNTIL=${until}T000000Z` };
    }
    case 8: // all-day yearly, or a one-off with extra dates (rdates)
      return rand() < 0.5
        ? { title, allDay: true, start: day, end: addDays(day, 1), rrule: 'FREQ=YEARLY' }
        : { title, start: wall(day, hour), end: wall(day, hour, 30), timeZone: 'Europe/London', rdates: [wall(addDays(day, int(1, 20)), hour)] };
    default: // the common case (10–13): an hour's meeting
      return { title, start: wall(day, hour, pick([0, 15, 30])), end: wall(day, hour + (hour < 23 ? 1 : 0), 45), timeZone: pick(ZONES) };
  }
}

let db: BackdeskDb;
let all: CalendarEvent[] = [];

beforeAll(async () => {
  db = await openTestDb();
  const drafts = Array.from({ length: 600 }, (_, i) => randomDraft(i));
  await eventRepository.bulkCreate(drafts, {}, db);
  // Some deleted, some series made one-offs (the update must take them out of the long index),
  // some one-offs made series.
  const rows = await db.events.toArray();
  for (const e of rows.filter((_, i) => i % 37 === 0)) await eventRepository.softDelete(e.id, db);
  const live = rows.filter((_, i) => i % 37 !== 0);
  for (const e of live.filter((x, i) => i % 23 === 5 && x.rrule)) await eventRepository.update(e.id, { rrule: undefined }, db);
  for (const e of live.filter((x, i) => i % 29 === 3 && !x.rrule && !x.allDay && x.timeZone)) await eventRepository.update(e.id, { rrule: 'FREQ=WEEKLY' }, db);
  // Medium records made short (timed: ends as it starts) or long (all-day: every year).
  const medium = live.filter((x, i) => i % 5 === 1 && x.midStart !== undefined && !x.rrule);
  for (const e of medium) await eventRepository.update(e.id, e.allDay ? { rrule: 'FREQ=YEARLY' } : { end: e.start, endTimeZone: undefined }, db);
  expect(medium.filter((e) => e.allDay).length).toBeGreaterThan(2);
  expect(medium.filter((e) => !e.allDay).length).toBeGreaterThan(2);
  all = await db.events.toArray();
}, 60_000);
afterAll(() => db.close());

/** What a scan of every record says: live, starting before the end, ending at or after the start. */
function byFullScan(from: string, to: string): string[] {
  return all
    .filter((e) => e.deletedAt === null && e.firstStart < to && e.lastEnd >= from)
    .map((e) => e.id)
    .sort();
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('listEventsBetween', () => {
  it('stores midStart on the medium records and longEnd on the long ones, and only there', () => {
    expect(all.length).toBe(600);
    const span = (e: CalendarEvent) => Date.parse(e.lastEnd) - Date.parse(e.firstStart);
    const medium = all.filter((e) => e.midStart !== undefined);
    const long = all.filter((e) => e.longEnd !== undefined);
    expect(long.length).toBeGreaterThan(100);
    expect(medium.length).toBeGreaterThan(50);
    expect(all.length - long.length - medium.length).toBeGreaterThan(150);
    for (const e of all) {
      expect({ midStart: e.midStart, longEnd: e.longEnd }, e.title).toEqual(spanIndexFields(e));
      if (e.midStart === undefined) expect('midStart' in e, e.title).toBe(false);
      else expect([e.midStart, span(e) > SHORT_SPAN_MS && span(e) <= MEDIUM_SPAN_MS]).toEqual([e.firstStart, true]);
      if (e.longEnd === undefined) expect('longEnd' in e, e.title).toBe(false);
      else expect([e.longEnd, span(e) > MEDIUM_SPAN_MS]).toEqual([e.lastEnd, true]);
    }
    // The kinds the ranges must cover are all there.
    expect(all.some((e) => e.rrule && e.longEnd === undefined)).toBe(true); // a short or medium series
    expect(all.some((e) => !e.rrule && !e.rdates.length && e.longEnd !== undefined)).toBe(true); // a long one-off
    expect(all.some((e) => e.allDay && e.midStart !== undefined)).toBe(true); // an all-day day
    expect(all.some((e) => e.lastEnd.startsWith('9999'))).toBe(true);
    expect(all.some((e) => span(e) === SHORT_SPAN_MS)).toBe(true);
    expect(all.some((e) => span(e) === MEDIUM_SPAN_MS)).toBe(true);
    expect(all.some((e) => span(e) === SHORT_SPAN_MS + 1000)).toBe(true);
  });

  it('gives exactly what the full scan gives, for windows on the records’ own edges', async () => {
    const edges = all.flatMap((e) => [Date.parse(e.firstStart), ...(e.lastEnd.startsWith('9999') ? [] : [Date.parse(e.lastEnd)])]);
    const windows: [string, string][] = [];
    for (let k = 0; k < 150; k++) {
      const edge = pick(edges);
      const length = pick([1, 3600_000, SHORT_SPAN_MS, MEDIUM_SPAN_MS, MEDIUM_SPAN_MS + 1, 31 * 86_400_000]);
      // The window starting or ending on an edge, a millisecond either side, or a day or a week off it.
      const shift = pick([0, 1, -1, ...[SHORT_SPAN_MS, MEDIUM_SPAN_MS].flatMap((d) => [d, -d, d + 1, -d - 1, d - 1, 1 - d])]);
      const from = rand() < 0.5 ? edge + shift : edge + shift - length;
      windows.push([iso(from), iso(from + length)]);
    }
    windows.push(['2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z'], ['2000-01-01T00:00:00.000Z', '2001-01-01T00:00:00.000Z'], ['2030-01-01T00:00:00.000Z', '2030-01-08T00:00:00.000Z']);
    let nonEmpty = 0;
    for (const [k, [from, to]] of windows.entries()) {
      const expected = byFullScan(from, to);
      const got = (await listEventsBetween(from, to, db)).map((e) => e.id);
      expect(got.length, `no record twice in ${from}…${to}`).toBe(new Set(got).size);
      expect([...got].sort(), `${from}…${to}`).toEqual(expected);
      // The old one-index read agrees too (sampled: on fake-indexeddb it is the slow one).
      if (k % 10 === 0) expect((await listEventsBetweenByScan(from, to, db)).map((e) => e.id).sort()).toEqual(expected);
      if (expected.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('finds a short or medium record only while it runs at the window’s start, on the millisecond', async () => {
    const [day, week] = await eventRepository.bulkCreate(
      [
        { title: 'A day exactly', start: '2027-06-01T09:00', end: '2027-06-02T09:00', timeZone: 'UTC' },
        { title: 'Seven days exactly', start: '2027-06-01T09:00', end: '2027-06-08T09:00', timeZone: 'UTC' },
      ],
      {},
      db,
    );
    expect([day!.midStart, day!.longEnd, week!.midStart, week!.longEnd]).toEqual([undefined, undefined, week!.firstStart, undefined]);
    const ids = async (from: string, to: string) => (await listEventsBetween(from, to, db)).map((e) => e.id);
    for (const [e, end] of [
      [day!, '2027-06-02T09:00:00'],
      [week!, '2027-06-08T09:00:00'],
    ] as const) {
      // Its last instant is the window's start: in (lastEnd ≥ from). A millisecond later: out.
      expect(await ids(`${end}.000Z`, '2027-06-09T00:00:00.000Z')).toContain(e.id);
      expect(await ids(`${end}.001Z`, '2027-06-09T00:00:00.000Z')).not.toContain(e.id);
      // The window ends at its start: out (firstStart < to). A millisecond later: in.
      expect(await ids('2027-05-01T00:00:00.000Z', '2027-06-01T09:00:00.000Z')).not.toContain(e.id);
      expect(await ids('2027-05-01T00:00:00.000Z', '2027-06-01T09:00:00.001Z')).toContain(e.id);
    }
    await eventRepository.softDelete(day!.id, db);
    await eventRepository.softDelete(week!.id, db);
  });
});
