/**
 * Calendar benchmark scenario (issue 13.12):
 *
 * - `calendar.week.60-diaries-5y`: opening one week for 60 diaries side by side — 50 people
 *   and 10 rooms, each with five years of recurring events (daily stand-ups, weekly team
 *   meetings, fortnightly 1:1s, monthly reviews, room bookings, a monthly all-hands; with
 *   cancelled and moved occurrences, and series split by "this and following" edits) plus
 *   five years of one-off meetings (about 26,000 rows). The read is what the week view makes:
 *   listDiaryItems for those 60 diaries (the three index ranges of listEventsBetween, the
 *   expansion of every running series for that week, private masking, the registered diary
 *   sources, sorting). Baseline: the week's raw event rows — plain IndexedDB getAll over the
 *   same three index ranges (firstStart in [from − 1 day, to), midStart in [from − 7 days,
 *   to), longEnd ≥ from) in one read transaction, no Dexie, no filtering, no expansion — in
 *   the same run. ratio = baseline ms / app ms (1.0 = the whole read costs no more than
 *   fetching its rows; below 1 = the app's own work on top). Goal: within 16–33 ms, so the
 *   week renders within a frame or two. The log also times the one-index read used before
 *   (lastEnd from the week's start: every later one-off too), app and raw, in the same run.
 *
 * The database is seeded with Dexie bulk writes of records stamped as the event repository
 * stamps them (uid and series bounds filled; every series and a sample of the rest validated).
 */
import { expandOccurrences, wallToUtc } from '../../shared/calendar';
import { MEDIUM_SPAN_MS, SHORT_SPAN_MS, type CalendarEvent, type DiaryKey, type StoredEventDraft } from '../../shared/domain/calendar';
import { addDays, today } from '../../shared/lib/dates';
import { newId } from '../../shared/lib/ids';
import { openBackdeskDb } from '../db';
import { listDiarySourceItems } from '../core/diaries';
import { eventBounds, eventRepository, listDiaryItems, storedEventSchema, listEventsBetween, listEventsBetweenByScan, saveCalendarSettings } from '../features/calendar';
// The app registers every module's diary source at start; the week's read merges them all.
import '../features/recruiting/registrations';
import '../features/equipment/registrations';
import '../features/tasks/registrations';
import { deleteDatabase, requestToPromise } from './rawIdb';
import { type ScenarioResult, log, median, seededRandom } from './common';

const DB_NAME = 'bench-calendar';
const PEOPLE = 50;
const ROOMS = 10;
const TEAM = 10;
const YEARS = 5;
const ONE_OFFS_PER_PERSON_WEEK = 2;
const CHUNK = 5_000;
const RUNS = 21;
const OFFICE = 'Europe/London';

type Draft = StoredEventDraft;

/** The Monday of the week holding `day`. */
function mondayOf(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((dow + 6) % 7));
}

const pad = (n: number) => String(n).padStart(2, '0');
const wall = (day: string, hour: number, minute = 0) => `${day}T${pad(hour)}:${pad(minute)}:00`;
const plus = (day: string, hour: number, minute: number, minutes: number) => {
  const m = hour * 60 + minute + minutes;
  return wall(day, Math.floor(m / 60), m % 60);
};

export interface CalendarBenchData {
  drafts: Draft[];
  people: string[];
  rooms: string[];
  /** The Monday of the week opened. */
  week: string;
}

/** Five years of diaries ending a few months after `day0`'s week; deterministic. */
export function makeCalendarData(day0: string): CalendarBenchData {
  const rand = seededRandom(13);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const week = mondayOf(day0);
  // The series began five years before the week, on a Monday.
  const first = mondayOf(addDays(week, -365 * YEARS));
  const people = Array.from({ length: PEOPLE }, (_, i) => `person${String(i + 1).padStart(3, '0')}`);
  const rooms = Array.from({ length: ROOMS }, (_, i) => `room${String(i + 1).padStart(2, '0')}`);
  const drafts: Draft[] = [];
  // A few people sit in New York: their series keep New York time.
  const zoneOf = (p: number) => (p % 10 === 9 ? 'America/New_York' : OFFICE);

  /** Every `every` days from `from` until `until`, `n` of them skipped and `m` moved by an hour. */
  const exceptions = (from: string, until: string, every: number, hour: number, minute: number, skip: number, move: number, allDayTime = false) => {
    const span = Math.floor((Date.parse(until) - Date.parse(from)) / 86_400_000 / every);
    const exdates: string[] = [];
    const overrides: NonNullable<Draft['overrides']> = [];
    const used = new Set<number>();
    const pick = () => {
      let k = int(1, Math.max(1, span - 1));
      while (used.has(k)) k = int(1, Math.max(1, span - 1));
      used.add(k);
      return addDays(from, k * every);
    };
    for (let i = 0; i < skip && used.size < span - 2; i++) exdates.push(allDayTime ? pick() : wall(pick(), hour, minute));
    for (let i = 0; i < move && used.size < span - 2; i++) {
      const day = pick();
      overrides.push({ recurrenceId: wall(day, hour, minute), start: wall(day, hour + 1, minute), end: plus(day, hour + 1, minute, 30) });
    }
    return { exdates: exdates.sort(), overrides };
  };

  const teams = PEOPLE / TEAM;
  for (let t = 0; t < teams; t++) {
    const members = people.slice(t * TEAM, (t + 1) * TEAM);
    const lead = members[0]!;
    const room = rooms[t]!;
    const zone = zoneOf(t * TEAM);
    // Daily stand-up on weekdays, 09:00–09:15, in the team's room; a few days off each year.
    drafts.push({
      title: `Team ${t + 1} stand-up`,
      start: wall(first, 9),
      end: wall(first, 9, 15),
      timeZone: zone,
      rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
      ownerId: lead,
      attendeeIds: members.slice(1),
      roomId: room,
      category: 'green',
      ...exceptions(first, week, 7, 9, 0, 8 * YEARS, 3 * YEARS),
    });
    // Weekly team meeting, Mondays 10:00–11:00; moved to 11:00 two years ago ("this and following").
    const splitDay = addDays(week, -7 * 104);
    drafts.push({
      title: `Team ${t + 1} meeting`,
      start: wall(first, 10),
      end: wall(first, 11),
      timeZone: zone,
      rrule: `FREQ=WEEKLY;BYDAY=MO;UNTIL=${splitDay.replace(/-/g, '')}T000000Z`,
      ownerId: lead,
      attendeeIds: members.slice(1),
      roomId: room,
      ...exceptions(first, splitDay, 7, 10, 0, 6, 4),
    });
    drafts.push({
      uid: `team-${t + 1}-meeting-2`,
      title: `Team ${t + 1} meeting`,
      start: wall(splitDay, 11),
      end: wall(splitDay, 12),
      timeZone: zone,
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      ownerId: lead,
      attendeeIds: members.slice(1),
      roomId: room,
      ...exceptions(splitDay, week, 7, 11, 0, 5, 3),
    });
    // Fortnightly 1:1s with the lead, Thursdays; private to the two of them.
    members.slice(1).forEach((p, i) => {
      const start = addDays(first, 3 + (i % 2) * 7);
      const hour = 13 + Math.floor(i / 2);
      drafts.push({
        title: `1:1 ${lead} / ${p}`,
        start: wall(start, hour),
        end: wall(start, hour, 30),
        timeZone: zone,
        rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
        ownerId: lead,
        attendeeIds: [p],
        private: i % 3 === 0,
        category: 'purple',
        ...exceptions(start, week, 14, hour, 0, 10, 5),
      });
    });
  }
  // Monthly review for everyone: the last Friday of the month, 15:00–16:00.
  people.forEach((p, i) => {
    drafts.push({
      title: `Monthly review: ${p}`,
      start: wall(addDays(first, 4), 15),
      end: wall(addDays(first, 4), 16),
      timeZone: zoneOf(i),
      rrule: 'FREQ=MONTHLY;BYDAY=-1FR',
      ownerId: p,
      category: 'orange',
      exdates: [wall(addDays(first, 4), 15)],
    });
  });
  // The other rooms: weekly training on Wednesdays, a fortnightly client day (all-day), and
  // a monthly all-hands for everyone in the biggest room.
  rooms.slice(teams).forEach((room, i) => {
    drafts.push({ title: `Training ${i + 1}`, start: wall(addDays(first, 2), 13), end: wall(addDays(first, 2), 15), timeZone: OFFICE, rrule: 'FREQ=WEEKLY;BYDAY=WE', roomId: room, ...exceptions(addDays(first, 2), week, 7, 13, 0, 10, 4) });
    drafts.push({ title: `Client day ${i + 1}`, allDay: true, start: addDays(first, 1), end: addDays(first, 2), rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', roomId: room, exdates: [addDays(first, 15), addDays(first, 29)] });
  });
  drafts.push({ title: 'All-hands', start: wall(addDays(first, 4), 16), end: wall(addDays(first, 4), 17), timeZone: OFFICE, rrule: 'FREQ=MONTHLY;BYDAY=1FR', ownerId: people[0]!, attendeeIds: people.slice(1), roomId: rooms[ROOMS - 1]! });

  // One-off meetings: two a week per person for five years and three months ahead.
  const weeks = Math.floor((365 * YEARS) / 7) + 13;
  for (let w = 0; w < weeks; w++) {
    const monday = addDays(first, w * 7);
    for (let p = 0; p < PEOPLE; p++) {
      for (let k = 0; k < ONE_OFFS_PER_PERSON_WEEK; k++) {
        const day = addDays(monday, int(0, 4));
        const hour = int(9, 16);
        const withWhom = people[int(0, PEOPLE - 1)]!;
        drafts.push({
          title: `Meeting ${w}-${p}-${k}`,
          start: wall(day, hour, 30),
          end: plus(day, hour, 30, 30 * int(1, 3)),
          timeZone: zoneOf(p),
          ownerId: people[p]!,
          attendeeIds: withWhom === people[p] ? [] : [withWhom],
          ...(k === 0 && p % 4 === 0 ? { roomId: rooms[int(0, ROOMS - 1)]! } : {}),
          ...(rand() < 0.1 ? { private: true } : {}),
          kind: 'meeting',
        });
      }
    }
  }
  return { drafts, people, rooms, week };
}

/** JSON with object keys sorted, to compare records built along different paths. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

let seeded: { events: CalendarEvent[]; data: CalendarBenchData } | null = null;

async function seed(): Promise<{ events: CalendarEvent[]; data: CalendarBenchData }> {
  if (seeded) return seeded;
  const t0 = performance.now();
  const data = makeCalendarData(today());
  // Series and a first slice of one-offs go through the repository's build (zod, bounds); the
  // other one-offs are stamped the same way without the per-record validation, and a sample of
  // them is checked against the stored schema (as the equipment scenarios do).
  const at = new Date().toISOString();
  const direct = (d: Draft): CalendarEvent => {
    const id = newId();
    const e = {
      kind: 'meeting' as const,
      allDay: false,
      exdates: [],
      rdates: [],
      overrides: [],
      attendeeIds: [],
      guests: [],
      category: 'blue' as const,
      private: false,
      ...d,
      id,
      uid: d.uid ?? id,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    } as Omit<CalendarEvent, 'firstStart' | 'lastEnd'>;
    return { ...e, ...eventBounds(e as CalendarEvent) } as CalendarEvent;
  };
  const events = data.drafts.map((d, i) => (d.rrule || i % 50 === 0 ? eventRepository.build(d, at) : direct(d)));
  for (const e of events.filter((_, i) => i % 97 === 1).slice(0, 300)) {
    const r = storedEventSchema.safeParse(e);
    if (!r.success || canonical(r.data) !== canonical(e)) throw new Error(`bench event does not pass the stored schema as built: ${JSON.stringify(e)}`);
  }
  const series = events.filter((e) => e.rrule).length;
  log(
    `calendar: built ${events.length} events (${series} series with ${events.reduce((n, e) => n + e.exdates.length + e.overrides.length, 0)} exceptions, ` +
      `${events.length - series} one-offs) in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  await deleteDatabase(DB_NAME);
  const db = await openBackdeskDb(DB_NAME);
  try {
    const t1 = performance.now();
    for (let i = 0; i < events.length; i += CHUNK) await db.events.bulkPut(events.slice(i, i + CHUNK));
    await saveCalendarSettings({ officeTimeZone: OFFICE, currentUserId: data.people[0]! }, db);
    log(`calendar: seeded in chunks of ${CHUNK} in ${(performance.now() - t1).toFixed(0)} ms`);
  } finally {
    db.close();
  }
  seeded = { events, data };
  return seeded;
}

/** The three index ranges listEventsBetween reads for [from, to). */
function weekRanges(from: string, to: string): [index: string, range: IDBKeyRange][] {
  const back = (ms: number) => new Date(Date.parse(from) - ms).toISOString();
  return [
    ['firstStart', IDBKeyRange.bound(back(SHORT_SPAN_MS), to, false, true)],
    ['midStart', IDBKeyRange.bound(back(MEDIUM_SPAN_MS), to, false, true)],
    ['longEnd', IDBKeyRange.lowerBound(from)],
  ];
}

/**
 * The week's raw event rows: plain getAll over the three index ranges the app reads, the
 * requests in one read transaction, nothing done with the rows.
 */
async function rawRange(idb: IDBDatabase, from: string, to: string): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  const events = idb.transaction(['events'], 'readonly').objectStore('events');
  const parts = await Promise.all(weekRanges(from, to).map(([index, range]) => requestToPromise(events.index(index).getAll(range))));
  return { ms: performance.now() - t0, rows: parts.reduce((n, rows) => n + rows.length, 0) };
}

/** One raw getAll on one index range (for the log: where the raw read's time goes). */
async function rawIndexRange(idb: IDBDatabase, index: string, range: IDBKeyRange): Promise<number> {
  const rows = await requestToPromise(idb.transaction(['events'], 'readonly').objectStore('events').index(index).getAll(range));
  return rows.length;
}

/** The old baseline, for the log: getAll on the `lastEnd` index from the week's start (every later one-off too). */
async function rawLastEndRange(idb: IDBDatabase, from: string): Promise<number> {
  const tx = idb.transaction(['events'], 'readonly');
  const rows = await requestToPromise(tx.objectStore('events').index('lastEnd').getAll(IDBKeyRange.lowerBound(from)));
  return rows.length;
}

/**
 * The week opened and what the engine makes of it from the generated records in memory. The
 * 27,000 generated records are then let go, so the page's heap during the timed reads is like
 * the app's (which never holds them all).
 */
async function seedWeek(): Promise<{ from: string; to: string; diaries: DiaryKey[]; expectedOccurrences: number }> {
  const { events, data } = await seed();
  seeded = null;
  // The week as the office sees it: Monday 00:00 to the next Monday 00:00, London time.
  const from = wallToUtc(`${data.week}T00:00:00`, OFFICE);
  const to = wallToUtc(`${addDays(data.week, 7)}T00:00:00`, OFFICE);
  const diaries: DiaryKey[] = [...data.people.map((p): DiaryKey => `person:${p}`), ...data.rooms.map((r): DiaryKey => `room:${r}`)];
  return { from, to, diaries, expectedOccurrences: expandOccurrences(events, from, to, { floatingZone: OFFICE }).length };
}

async function weekForSixtyDiaries(): Promise<ScenarioResult> {
  const { from, to, diaries, expectedOccurrences } = await seedWeek();
  const db = await openBackdeskDb(DB_NAME);
  const idb = await requestToPromise(indexedDB.open(DB_NAME));
  try {
    const read = () => listDiaryItems(from, to, { diaries }, db);

    // The same occurrences as the engine made from the generated records in memory. (The
    // engine's caches were warmed by that; a first read in a fresh app also builds them.)
    const t0 = performance.now();
    const items = await read();
    const firstMs = performance.now() - t0;
    const own = items.filter((i) => i.source === 'event');
    if (own.length !== expectedOccurrences) throw new Error(`listDiaryItems gave ${own.length} event occurrences, the engine over the generated rows ${expectedOccurrences}`);
    const busy = items.filter((i) => i.title === 'Busy').length;
    await rawRange(idb, from, to);
    const app: number[] = [];
    const raw: number[] = [];
    let rawRows = 0;
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      await read();
      app.push(performance.now() - t0);
      const b = await rawRange(idb, from, to);
      raw.push(b.ms);
      rawRows = b.rows;
    }
    // Where the time goes, after the timed runs: the range read (beside it the raw reads), the
    // expansion, the diary sources, the read without them; and the one-index read used before.
    const phase = async (fn: () => unknown) => {
      const times: number[] = [];
      for (let r = 0; r < 5; r++) {
        const t0 = performance.now();
        await fn();
        times.push(performance.now() - t0);
      }
      return median(times).toFixed(1);
    };
    const inRange = await listEventsBetween(from, to, db);
    const rangeParts: string[] = [];
    for (const [index, range] of weekRanges(from, to)) rangeParts.push(`${index} ${await phase(() => rawIndexRange(idb, index, range))} ms for ${await rawIndexRange(idb, index, range)} rows`);
    const parts = [
      `range read ${await phase(() => listEventsBetween(from, to, db))} ms (${inRange.length} records; raw getAll of its three ranges ${await phase(() => rawRange(idb, from, to))} ms; alone: ${rangeParts.join(', ')})`,
      `expansion ${await phase(() => expandOccurrences(inRange, from, to, { floatingZone: OFFICE }))} ms`,
      `diary sources ${await phase(() => listDiarySourceItems(db, from, to))} ms`,
      `the whole read without them ${await phase(() => listDiaryItems(from, to, { diaries, eventsOnly: true }, db))} ms`,
      // Last: its thousand-odd rows leave garbage that would be collected in the phases after it.
      `the one-index read used before midStart/longEnd (every record running at the start) ${await phase(() => listEventsBetweenByScan(from, to, db))} ms, ` +
        `raw ${await phase(() => rawLastEndRange(idb, from))} ms for ${await rawLastEndRange(idb, from)} rows`,
    ];
    log(`calendar week phases (median of 5): ${parts.join('; ')}`);

    const appMs = median(app);
    const rawMs = median(raw);
    log(
      `calendar week: ${items.length} items (${own.length} event occurrences, ${busy} shown as Busy) in ${diaries.length} diaries from ${inRange.length} records in range ` +
        `in ${appMs.toFixed(1)} ms (runs ${Math.min(...app).toFixed(1)}–${Math.max(...app).toFixed(1)}; the first ${firstMs.toFixed(1)} ms); the raw rows of its three index ranges (${rawRows}) ${rawMs.toFixed(1)} ms`,
    );
    return { value: appMs, unit: 'ms', baseline: rawMs, ratio: rawMs / appMs };
  } finally {
    idb.close();
    db.close();
    seeded = null;
    await deleteDatabase(DB_NAME);
  }
}

export const calendarScenarios: Record<string, () => Promise<ScenarioResult>> = {
  'calendar.week.60-diaries-5y': weekForSixtyDiaries,
};
