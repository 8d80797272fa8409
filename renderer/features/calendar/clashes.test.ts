/**
 * The one clash check and the free-slot finder against a real (in-memory) IndexedDB: calendar
 * events expanded (a recurring meeting's occurrence clashes, the rest does not), every diary
 * source's busy items (a fake source here stands for interviews and bookings), the record
 * being edited left out, messages in the office zone, working hours from diary profiles.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { registerDiarySource, type DiaryItem } from '../../core/diaries';
import { employeeRepository } from '../people';
import { saveCalendarSettings, saveDiaryProfile } from './calendarSettings';
import { checkClashes, checkProposalClashes, findFreeSlotsFor, formatDiarySpan } from './clashes';
import { createEvent } from './events';
import { roomRepository } from './rooms';

let db: BackdeskDb;
let fakeItems: DiaryItem[] = [];
registerDiarySource({
  name: 'fake',
  tables: [],
  read: async (_db, from, to) => fakeItems.filter((i) => (i.allDay ? true : i.start < to && i.end > from)),
});

beforeEach(async () => {
  db = await openTestDb();
  fakeItems = [];
  await saveCalendarSettings({ officeTimeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, db);
});
afterEach(() => db.close());

const fake = (id: string, start: string, end: string, diaries: DiaryItem['diaries'], more: Partial<DiaryItem> = {}): DiaryItem => ({
  key: `fake:${id}`,
  source: 'fake',
  id,
  title: `Fake ${id}`,
  start,
  end,
  allDay: false,
  diaries,
  busy: true,
  ...more,
});

async function office() {
  const ann = await employeeRepository.create({ name: 'Ann Lee' }, db);
  const bob = await employeeRepository.create({ name: 'Bob Stone' }, db);
  const room = await roomRepository.create({ name: 'Room 2' }, db);
  // Mondays 09:00–10:00 London time, Ann's, in Room 2; 2026-11-23 is a Monday (GMT).
  const weekly = await createEvent({ title: 'Team meeting', start: '2026-11-02T09:00:00', end: '2026-11-02T10:00:00', timeZone: 'Europe/London', rrule: 'FREQ=WEEKLY;BYDAY=MO', ownerId: ann.id, roomId: room.id }, db);
  return { ann, bob, room, weekly };
}

describe('checkClashes', () => {
  it('warns of a recurring meeting’s occurrence for its owner and its room, naming both in the office zone', async () => {
    const { ann, room } = await office();
    const warnings = await checkClashes({ start: '2026-11-23T09:30:00.000Z', end: '2026-11-23T10:30:00.000Z', personIds: [ann.id], roomId: room.id }, db);
    expect(warnings.map((w) => [w.diary, w.message])).toEqual([
      [`person:${ann.id}`, 'Ann Lee is busy with “Team meeting”, Mon, Nov 23, 9:00 AM – 10:00 AM'],
      [`room:${room.id}`, 'Room 2 is booked for “Team meeting”, Mon, Nov 23, 9:00 AM – 10:00 AM'],
    ]);
    expect(warnings[0]!.item).toMatchObject({ source: 'event', recurring: true });
    // Touching ends do not clash; a Tuesday is free; someone else is free.
    expect(await checkClashes({ start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z', personIds: [ann.id], roomId: room.id }, db)).toEqual([]);
    expect(await checkClashes({ start: '2026-11-24T09:00:00.000Z', end: '2026-11-24T10:00:00.000Z', personIds: [ann.id], roomId: room.id }, db)).toEqual([]);
    expect(await checkClashes({ start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:00:00.000Z', personIds: ['nobody'] }, db)).toEqual([]);
  });

  it('keeps 09:00 London across the clock change (BST in summer: 08:00 UTC)', async () => {
    const { ann } = await office();
    expect(await checkClashes({ start: '2027-04-05T08:00:00.000Z', end: '2027-04-05T08:30:00.000Z', personIds: [ann.id] }, db)).toHaveLength(1);
    expect(await checkClashes({ start: '2027-04-05T09:00:00.000Z', end: '2027-04-05T09:30:00.000Z', personIds: [ann.id] }, db)).toEqual([]);
  });

  it('leaves out the occurrence being moved, or the whole series, or another source’s record', async () => {
    const { ann, room, weekly } = await office();
    const slot = { start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:00:00.000Z', personIds: [ann.id], roomId: room.id };
    const [first] = await checkClashes(slot, db);
    const recurrenceId = first!.item.recurrenceId;
    expect(recurrenceId).toBeTruthy();
    expect(await checkClashes({ ...slot, ignore: { source: 'event', id: weekly.id, recurrenceId } }, db)).toEqual([]);
    expect(await checkClashes({ ...slot, ignore: { source: 'event', id: weekly.id } }, db)).toEqual([]);
    // Moving one occurrence onto the next Monday's: that one still clashes.
    const next = { ...slot, start: '2026-11-30T09:00:00.000Z', end: '2026-11-30T10:00:00.000Z' };
    expect(await checkClashes({ ...next, ignore: { source: 'event', id: weekly.id, recurrenceId } }, db)).toHaveLength(2);

    fakeItems = [fake('iv1', '2026-11-24T14:00:00.000Z', '2026-11-24T15:00:00.000Z', [`person:${ann.id}`, `room:${room.id}`])];
    const tuesday = { start: '2026-11-24T14:30:00.000Z', end: '2026-11-24T15:30:00.000Z', personIds: [ann.id], roomId: room.id };
    expect((await checkClashes(tuesday, db)).map((w) => w.message)).toEqual([
      'Ann Lee is busy with “Fake iv1”, Tue, Nov 24, 2:00 PM – 3:00 PM',
      'Room 2 is booked for “Fake iv1”, Tue, Nov 24, 2:00 PM – 3:00 PM',
    ]);
    expect(await checkClashes({ ...tuesday, ignore: { source: 'fake', id: 'iv1' } }, db)).toEqual([]);
  });

  it('counts only busy items; an all-day busy item covers its office-zone day; equipment has a diary too', async () => {
    const { bob } = await office();
    fakeItems = [
      fake('task', '2026-11-25', '2026-11-26', [`person:${bob.id}`], { allDay: true, busy: false, title: 'Task due' }),
      fake('off', '2026-11-26', '2026-11-27', [`person:${bob.id}`], { allDay: true, title: 'Offsite' }),
      fake('bk', '2026-11-25T09:00:00.000Z', '2026-11-25T12:00:00.000Z', ['equipment:proj'], { title: 'Booking: Projector' }),
    ];
    expect(await checkClashes({ start: '2026-11-25T10:00:00.000Z', end: '2026-11-25T11:00:00.000Z', personIds: [bob.id] }, db)).toEqual([]);
    const offsite = await checkClashes({ start: '2026-11-26T23:30:00.000Z', end: '2026-11-27T00:30:00.000Z', personIds: [bob.id] }, db);
    expect(offsite.map((w) => w.message)).toEqual(['Bob Stone is busy with “Offsite”, Thu, Nov 26 (all day)']);
    const projector = await checkClashes({ start: '2026-11-25T10:00:00.000Z', end: '2026-11-25T11:00:00.000Z', personIds: [], equipmentIds: ['proj'] }, db);
    expect(projector.map((w) => w.message)).toEqual(['A removed item is booked for “Booking: Projector”, Wed, Nov 25, 9:00 AM – 12:00 PM']);
  });

  it('says a private appointment without its title', async () => {
    const { bob } = await office();
    fakeItems = [fake('p', '2026-11-25T10:00:00.000Z', '2026-11-25T11:00:00.000Z', [`person:${bob.id}`], { title: 'Busy', private: true })];
    const [w] = await checkClashes({ start: '2026-11-25T10:00:00.000Z', end: '2026-11-25T11:00:00.000Z', personIds: [bob.id] }, db);
    expect(w!.message).toBe('Bob Stone is busy with a private appointment, Wed, Nov 25, 10:00 AM – 11:00 AM');
  });
});

describe('checkClashes with a recurring proposal', () => {
  // Thursdays 14:00–15:00 London time from 3 Dec 2026, Bob's, in Room 2.
  const thursdays = { allDay: false, start: '2026-12-03T14:00:00', end: '2026-12-03T15:00:00', timeZone: 'Europe/London', rrule: 'FREQ=WEEKLY;BYDAY=TH' };
  const firstSpan = { start: '2026-12-03T14:00:00.000Z', end: '2026-12-03T15:00:00.000Z' };
  const from = '2026-12-01T12:00:00.000Z';

  it('warns of any upcoming occurrence that clashes, each with its own date, in one read per chunk', async () => {
    const { ann, bob, room } = await office();
    fakeItems = [
      // The third Thursday: Room 2 has an interview.
      fake('iv', '2026-12-17T14:30:00.000Z', '2026-12-17T15:15:00.000Z', [`room:${room.id}`], { title: 'Interview' }),
      // Seven months on (summer time: 14:00 London = 13:00Z), Bob is busy.
      fake('bk', '2027-07-08T13:00:00.000Z', '2027-07-08T13:30:00.000Z', [`person:${bob.id}`], { title: 'Dentist' }),
      // Not busy, and someone else's: no warning.
      fake('task', '2027-01-07T13:00:00.000Z', '2027-01-07T16:00:00.000Z', [`person:${bob.id}`], { busy: false }),
      fake('ann', '2027-01-14T14:00:00.000Z', '2027-01-14T15:00:00.000Z', [`person:${ann.id}`]),
      // Beyond twelve months: not looked at.
      fake('late', '2028-01-06T14:00:00.000Z', '2028-01-06T15:00:00.000Z', [`person:${bob.id}`]),
    ];
    const reads: string[] = [];
    const spy = { name: 'spy', tables: [], read: async (_db: BackdeskDb, f: string, t: string) => (reads.push(`${f}/${t}`), []) };
    registerDiarySource(spy);
    try {
      const single = await checkClashes({ ...firstSpan, personIds: [bob.id], roomId: room.id }, db);
      expect(single).toEqual([]);
      reads.length = 0;
      const report = await checkProposalClashes({ ...firstSpan, personIds: [bob.id], roomId: room.id, series: thursdays, from }, db);
      expect(report.warnings.map((w) => [w.occurrence.start, w.message])).toEqual([
        ['2026-12-17T14:00:00.000Z', 'Room 2 is booked for “Interview”, Thu, Dec 17, 2:30 PM – 3:15 PM'],
        ['2027-07-08T13:00:00.000Z', 'Bob Stone is busy with “Dentist”, Thu, Jul 8, 2:00 PM – 2:30 PM'],
      ]);
      expect(report.warnings[0]!.occurrence).toEqual({ start: '2026-12-17T14:00:00.000Z', end: '2026-12-17T15:00:00.000Z', allDay: false });
      // A year of Thursdays checked, read in a few windows, not once per occurrence.
      expect(report.occurrences).toBe(52);
      expect(report.capped).toBe(false);
      expect(report.until).toBe('2027-12-01T12:00:00.000Z');
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.length).toBeLessThanOrEqual(6);
      // checkClashes gives the same warnings.
      expect((await checkClashes({ ...firstSpan, personIds: [bob.id], roomId: room.id, series: thursdays, from }, db)).map((w) => w.message)).toEqual(report.warnings.map((w) => w.message));
    } finally {
      registerDiarySource({ ...spy, read: async () => [] });
    }
  });

  it('expands the weekly meeting it is checked against too, leaves out exceptions, and ignores the series being edited', async () => {
    const { ann, room, weekly } = await office();
    // Mondays 09:30 London, Ann's: every occurrence overlaps the team meeting (Mondays 09:00–10:00).
    const mondays = { start: '2026-11-23T09:30:00', end: '2026-11-23T10:30:00', timeZone: 'Europe/London', rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4', exdates: ['2026-11-30T09:30:00'] };
    const span = { start: '2026-11-23T09:30:00.000Z', end: '2026-11-23T10:30:00.000Z' };
    const report = await checkProposalClashes({ ...span, personIds: [ann.id], series: mondays, from: '2026-11-20T00:00:00.000Z' }, db);
    // 23 Nov, (30 Nov left out), 7 Dec, 14 Dec: COUNT counts the excluded one.
    expect(report.occurrences).toBe(3);
    expect(report.warnings.map((w) => w.occurrence.start.slice(0, 10))).toEqual(['2026-11-23', '2026-12-07', '2026-12-14']);
    expect(report.warnings.every((w) => w.item.id === weekly.id && w.diary === `person:${ann.id}`)).toBe(true);
    // Editing the team meeting's own series: it does not clash with itself.
    const self = { start: '2026-11-23T09:00:00', end: '2026-11-23T10:00:00', timeZone: 'Europe/London', rrule: 'FREQ=WEEKLY;BYDAY=MO' };
    expect(await checkClashes({ start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:00:00.000Z', personIds: [ann.id], roomId: room.id, series: self, from: '2026-11-20T00:00:00.000Z', ignore: { source: 'event', id: weekly.id } }, db)).toEqual([]);
  });

  it('checks the occurrence shown even when it has started, an all-day series in the office’s days, and stops at the cap', async () => {
    const { bob } = await office();
    fakeItems = [fake('off', '2026-11-26', '2026-11-27', [`person:${bob.id}`], { allDay: true, title: 'Offsite' })];
    // Daily all-day from Thu 26 Nov: the first day clashes with the offsite.
    const daily = { allDay: true, start: '2026-11-26', end: '2026-11-27', rrule: 'FREQ=DAILY' };
    const report = await checkProposalClashes({ start: '2026-11-26T00:00:00.000Z', end: '2026-11-27T00:00:00.000Z', personIds: [bob.id], series: daily, from: '2026-11-26T15:00:00.000Z', maxOccurrences: 30 }, db);
    expect(report.warnings.map((w) => [w.occurrence, w.message])).toEqual([[{ start: '2026-11-26', end: '2026-11-27', allDay: true }, 'Bob Stone is busy with “Offsite”, Thu, Nov 26 (all day)']]);
    expect(report.occurrences).toBe(30);
    expect(report.capped).toBe(true);
    // A timed occurrence on screen that has already begun is still checked.
    fakeItems = [fake('bk', '2026-12-03T14:30:00.000Z', '2026-12-03T14:45:00.000Z', [`person:${bob.id}`])];
    const shown = await checkProposalClashes({ ...firstSpan, personIds: [bob.id], series: thursdays, from: '2026-12-03T14:40:00.000Z' }, db);
    expect(shown.warnings.map((w) => w.occurrence.start)).toEqual(['2026-12-03T14:00:00.000Z']);
  });
});

describe('formatDiarySpan', () => {
  it('writes spans across midnight and all-day ranges', () => {
    expect(formatDiarySpan({ start: '2026-11-24T22:00:00.000Z', end: '2026-11-25T01:00:00.000Z' }, 'Europe/London', 'en-GB')).toBe('Tue 24 Nov, 22:00 – Wed 25 Nov, 01:00');
    expect(formatDiarySpan({ start: '2026-11-24', end: '2026-11-27', allDay: true }, 'Europe/London')).toBe('Tue, Nov 24 – Thu, Nov 26 (all day)');
  });
});

describe('findFreeSlotsFor', () => {
  it('finds the first times everyone and the room are free within working hours', async () => {
    const { ann, bob, room } = await office();
    // Bob works 10:00–16:00 in his own profile.
    await saveDiaryProfile(`person:${bob.id}`, { days: [1, 2, 3, 4, 5], start: '10:00', end: '16:00', viewerIds: [] }, db);
    fakeItems = [fake('bk', '2026-11-23T10:00:00.000Z', '2026-11-23T11:30:00.000Z', [`person:${bob.id}`])];
    const slots = await findFreeSlotsFor({ personIds: [ann.id, bob.id], roomId: room.id, durationMinutes: 60, from: '2026-11-23T08:00:00.000Z', limit: 3 }, db);
    expect(slots.length).toBeGreaterThan(0);
    // Monday: the team meeting holds Ann and the room until 10:00, Bob is busy until 11:30.
    expect(slots[0]).toEqual({ start: '2026-11-23T11:30:00.000Z', end: '2026-11-23T12:30:00.000Z' });
    for (const s of slots) {
      expect(s.start >= '2026-11-23T11:30:00.000Z').toBe(true);
      expect(Number(s.end.slice(11, 13)) * 60 + Number(s.end.slice(14, 16))).toBeLessThanOrEqual(16 * 60);
    }
  });

  it('returns nothing without anyone to meet or a length, and nothing when every day is full', async () => {
    const { ann } = await office();
    expect(await findFreeSlotsFor({ personIds: [], durationMinutes: 30 }, db)).toEqual([]);
    expect(await findFreeSlotsFor({ personIds: [ann.id], durationMinutes: 0 }, db)).toEqual([]);
    fakeItems = [fake('away', '2026-11-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', [`person:${ann.id}`])];
    expect(await findFreeSlotsFor({ personIds: [ann.id], durationMinutes: 30, from: '2026-11-23T08:00:00.000Z' }, db)).toEqual([]);
  });
});
