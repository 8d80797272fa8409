/**
 * v008 (DESIGN §2 Migrations): events written by version 7 (instants, inclusive all-day ends,
 * `notes`, interview copies) open reshaped to the calendar engine's model: wall time in the
 * office zone with that zone, exclusive all-day ends, `description`, uid, series bounds
 * indexed; the interview copies are gone (interviews are read from their own table).
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { wallToUtc } from '../../../shared/calendar';
import { eventSchema, spanIndexFields, type CalendarEvent } from '../../../shared/domain/calendar';
import { getStoredSchemaVersion, openBackdeskDb } from '../index';
import { testDbOptions } from '../testing';
import { declareSchema } from './index';
import { V008_STORES } from './v008';
import { reshapeV7Event, upgradeEventsToV008, type V7Event } from './v008Upgrade';

const at = '2026-02-01T10:00:00.000Z';
const base = { createdAt: at, updatedAt: at, deletedAt: null };

/** Rows exactly as versions 1–7 stored them. */
const v7Events: V7Event[] = [
  // 10:00–11:30 in New York on 10 March 2026 (daylight time began on the 8th: UTC−4).
  { ...base, id: 'timed', title: 'Budget review', kind: 'meeting', allDay: false, start: '2026-03-10T14:00:00.000Z', end: '2026-03-10T15:30:00.000Z', location: 'Room 2', attendeeIds: ['emp1', 'emp2'], notes: 'Bring the figures' },
  // 09:00–09:30 in February (standard time, UTC−5).
  { ...base, id: 'winter', title: 'Call the bank', kind: 'reminder', allDay: false, start: '2026-02-03T14:00:00.000Z', end: '2026-02-03T14:30:00.000Z', attendeeIds: [] },
  // Thanksgiving and the day after: the last day was stored, inclusive.
  { ...base, id: 'holiday', title: 'Office closed', kind: 'meeting', allDay: true, start: '2026-11-26', end: '2026-11-27', attendeeIds: [] },
  { ...base, id: 'one-day', title: 'Offsite', allDay: true, start: '2026-06-01', end: '2026-06-01', attendeeIds: ['emp1'], notes: '  ' },
  { ...base, id: 'trip', title: 'Leeds visit', kind: 'travel', allDay: false, start: '2026-04-02T12:00:00Z', end: '2026-04-02T20:00:00Z', attendeeIds: ['emp1'], linkedTable: 'documents', linkedId: 'doc1' },
  { ...base, id: 'gone', title: 'Cancelled lunch', allDay: false, start: '2026-01-05T17:00:00.000Z', end: '2026-01-05T18:00:00.000Z', attendeeIds: [], deletedAt: '2026-01-04T09:00:00.000Z' },
  // Copies recruiting wrote for its interviews: removed.
  { ...base, id: 'copy1', title: 'Interview: Ann Lee', kind: 'interview', allDay: false, start: '2026-03-11T15:00:00.000Z', end: '2026-03-11T16:00:00.000Z', attendeeIds: ['emp1'], linkedTable: 'interviews', linkedId: 'iv1' },
  { ...base, id: 'copy2', title: 'Interview: Bo Chan', kind: 'interview', allDay: false, start: '2026-03-12T15:00:00.000Z', end: '2026-03-12T16:00:00.000Z', attendeeIds: ['emp2'], linkedTable: 'interviews', linkedId: 'iv2', deletedAt: at },
];

async function writeV7(name: string, options: ReturnType<typeof testDbOptions>) {
  const old = new Dexie(name, options);
  declareSchema(old, 7);
  await old.open();
  await old.table('events').bulkPut(v7Events);
  old.close();
}

describe('upgrade from version 7 to 8', () => {
  it('reshapes the events to wall time in the office zone and drops the interview copies', async () => {
    const options = testDbOptions();
    await writeV7('v7-events', options);
    expect(await getStoredSchemaVersion('v7-events', options)).toBe(7);

    // The v8 declaration with the zone pinned, so the expected wall times are known.
    const db = new Dexie('v7-events', options);
    declareSchema(db, 7);
    db.version(8)
      .stores(V008_STORES)
      .upgrade((tx) => upgradeEventsToV008(tx, 'America/New_York'));
    await db.open();
    const rows = (await db.table('events').toArray()) as CalendarEvent[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual(['gone', 'holiday', 'one-day', 'timed', 'trip', 'winter']);
    for (const r of rows) expect(eventSchema.safeParse(r).success, r.id).toBe(true);
    // The index fields of a record's span: the timed hours are short (in neither index), the
    // all-day days medium (their bounds are widened by 14 hours each side), none long.
    for (const r of rows) expect({ midStart: r.midStart, longEnd: r.longEnd }, r.id).toEqual(spanIndexFields(r));
    expect(rows.filter((r) => r.midStart !== undefined).map((r) => r.id).sort()).toEqual(['holiday', 'one-day']);
    expect(byId.get('holiday')!.midStart).toBe(byId.get('holiday')!.firstStart);
    expect(await db.table('events').where('longEnd').aboveOrEqual('').count()).toBe(0);

    expect(byId.get('timed')).toEqual({
      ...base,
      id: 'timed',
      uid: 'timed',
      title: 'Budget review',
      kind: 'meeting',
      allDay: false,
      start: '2026-03-10T10:00:00',
      end: '2026-03-10T11:30:00',
      timeZone: 'America/New_York',
      location: 'Room 2',
      description: 'Bring the figures',
      attendeeIds: ['emp1', 'emp2'],
      exdates: [],
      rdates: [],
      overrides: [],
      guests: [],
      category: 'blue',
      private: false,
      firstStart: '2026-03-10T14:00:00.000Z',
      lastEnd: '2026-03-10T15:30:00.000Z',
    });
    expect(byId.get('winter')).toMatchObject({ start: '2026-02-03T09:00:00', end: '2026-02-03T09:30:00', timeZone: 'America/New_York', kind: 'reminder' });
    expect(byId.get('holiday')).toMatchObject({ allDay: true, start: '2026-11-26', end: '2026-11-28', uid: 'holiday' });
    expect(byId.get('holiday')!.timeZone).toBeUndefined();
    expect(byId.get('one-day')).toMatchObject({ start: '2026-06-01', end: '2026-06-02' });
    expect(byId.get('one-day')!.description).toBeUndefined();
    expect(byId.get('trip')).toMatchObject({ start: '2026-04-02T08:00:00', end: '2026-04-02T16:00:00', linkedTable: 'documents', linkedId: 'doc1' });
    expect(byId.get('gone')).toMatchObject({ deletedAt: '2026-01-04T09:00:00.000Z', start: '2026-01-05T12:00:00' });
    for (const r of rows) expect('notes' in r, r.id).toBe(false);

    // The same instants as before, read back through the zone.
    for (const v of v7Events.filter((e) => !e.allDay && e.linkedTable !== 'interviews')) {
      const r = byId.get(v.id)!;
      expect(wallToUtc(r.start, r.timeZone!)).toBe(new Date(v.start).toISOString());
      expect(wallToUtc(r.end, r.timeZone!)).toBe(new Date(v.end).toISOString());
    }
    // An all-day span's bounds cover its days in every zone.
    const holiday = byId.get('holiday')!;
    expect(holiday.firstStart <= '2026-11-25T10:00:00.000Z').toBe(true);
    expect(holiday.lastEnd >= '2026-11-28T14:00:00.000Z').toBe(true);

    // The new indexes answer a week's range read.
    const march = await db
      .table('events')
      .where('lastEnd')
      .aboveOrEqual('2026-03-09T00:00:00.000Z')
      .filter((e: CalendarEvent) => e.firstStart < '2026-03-16T00:00:00.000Z')
      .toArray();
    expect(march.map((e: CalendarEvent) => e.id)).toEqual(['timed']);
    expect(await db.table('events').where('uid').equals('trip').count()).toBe(1);
    db.close();
  });

  it('runs when the app opens a version 7 database, in the PC zone', async () => {
    const options = testDbOptions();
    await writeV7('v7-app', options);
    const db = await openBackdeskDb('v7-app', options);
    const rows = await db.events.toArray();
    expect(rows).toHaveLength(6);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const timed = rows.find((r) => r.id === 'timed')!;
    expect(timed.timeZone).toBe(zone);
    expect(wallToUtc(timed.start, zone)).toBe('2026-03-10T14:00:00.000Z');
    expect(await db.events.where('[linkedTable+linkedId]').equals(['interviews', 'iv1']).count()).toBe(0);
    db.close();
  });

  it('marks a span longer than a week as long (longEnd = lastEnd), as the repository does', () => {
    const leave = reshapeV7Event({ ...base, id: 'leave', title: 'Summer leave', allDay: true, start: '2026-08-03', end: '2026-08-14' }, 'Europe/London');
    expect(leave).toMatchObject({ start: '2026-08-03', end: '2026-08-15' });
    expect(leave.longEnd).toBe(leave.lastEnd);
    expect('midStart' in leave).toBe(false);
    const week = reshapeV7Event({ ...base, id: 'week', title: 'Week away', allDay: true, start: '2026-08-03', end: '2026-08-07' }, 'Europe/London');
    expect('longEnd' in week).toBe(false);
    expect(week.midStart).toBe(week.firstStart);
    const call = reshapeV7Event({ ...base, id: 'call', title: 'Call', start: '2026-08-03T09:00:00Z', end: '2026-08-03T09:30:00Z' }, 'Europe/London');
    expect('longEnd' in call || 'midStart' in call).toBe(false);
  });

  it('keeps a row it cannot read rather than losing it', () => {
    const odd = reshapeV7Event({ ...base, id: 'odd', title: 'Odd', allDay: false, start: 'soon', end: 'later' }, 'Europe/London');
    expect(odd).toMatchObject({ id: 'odd', uid: 'odd', start: 'soon', end: 'later' });
  });
});
