/**
 * Reading diaries (issue 13.1, 13.4, 13.6): the week's items from recurring events expanded in
 * their own zone (a 9:00 meeting stays at 9:00 across a DST change), merged with registered
 * sources, filtered by diary, sorted; private entries read "Busy" except to the owner and the
 * owner's viewers; the diary list (staff, rooms, bookable equipment).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerDiarySource } from '../../core/diaries';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { equipmentRepository } from '../equipment';
import { employeeRepository } from '../people';
import { saveCalendarSettings, saveDiaryProfile } from './calendarSettings';
import { listDiaries, listDiaryItems } from './diaryReads';
import { createEvent, updateEvent } from './events';
import { roomRepository } from './rooms';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
  await saveCalendarSettings({ officeTimeZone: 'Europe/London' }, db);
});
afterEach(() => db.close());

const diaryOf = (id: string) => `person:${id}` as const;

describe('listDiaryItems', () => {
  it('keeps a recurring 9:00 at 9:00 across the DST change, in the event’s own zone', async () => {
    // Daily 09:00 London stand-up; BST ends on Sunday 25 October 2026.
    const standup = await createEvent({ title: 'Stand-up', start: '2026-10-01T09:00', end: '2026-10-01T09:15', timeZone: 'Europe/London', rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', ownerId: 'emp1' }, db);
    // Weekly 09:00 New York call; US daylight time ends on 1 November 2026.
    await createEvent({ title: 'NY call', start: '2026-10-06T09:00', end: '2026-10-06T09:30', timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY', ownerId: 'emp1' }, db);
    const items = await listDiaryItems('2026-10-22T00:00:00.000Z', '2026-11-05T00:00:00.000Z', { diaries: [diaryOf('emp1')] }, db);
    const byTitle = (t: string) => items.filter((i) => i.title === t).map((i) => i.start);
    expect(byTitle('Stand-up')).toEqual([
      '2026-10-22T08:00:00.000Z',
      '2026-10-23T08:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
      '2026-10-27T09:00:00.000Z',
      '2026-10-28T09:00:00.000Z',
      '2026-10-29T09:00:00.000Z',
      '2026-10-30T09:00:00.000Z',
      '2026-11-02T09:00:00.000Z',
      '2026-11-03T09:00:00.000Z',
      '2026-11-04T09:00:00.000Z',
    ]);
    expect(byTitle('NY call')).toEqual(['2026-10-27T13:00:00.000Z', '2026-11-03T14:00:00.000Z']);
    const call = items.find((i) => i.title === 'NY call')!;
    expect(call).toMatchObject({ source: 'event', timeZone: 'America/New_York', recurring: true, recurrenceId: '2026-10-27T09:00:00', key: `event:${call.id}|2026-10-27T09:00:00`, href: `#/calendar/event/${call.id}`, busy: true });
    // The office zone is not repeated beside the time.
    expect(items.find((i) => i.title === 'Stand-up')!.timeZone).toBeUndefined();
    // Sorted by start.
    expect(items.map((i) => i.start)).toEqual([...items.map((i) => i.start)].sort());
    // An override shows in place of its occurrence.
    await updateEvent(standup.id, { title: 'Stand-up (late)', start: '2026-10-27T10:00:00', end: '2026-10-27T10:15:00' }, { recurrenceId: '2026-10-27T09:00:00', scope: 'this' }, db);
    const again = await listDiaryItems('2026-10-27T00:00:00.000Z', '2026-10-28T00:00:00.000Z', {}, db);
    expect(again.map((i) => [i.title, i.start])).toEqual([
      ['Stand-up (late)', '2026-10-27T10:00:00.000Z'],
      ['NY call', '2026-10-27T13:00:00.000Z'],
    ]);
  });

  it('shows an event in its owner’s, attendees’ and room’s diaries, and merges registered sources', async () => {
    const room = await roomRepository.create({ name: 'Board room', capacity: 12 }, db);
    await createEvent({ title: 'Board meeting', start: '2026-11-10T10:00', end: '2026-11-10T12:00', ownerId: 'emp1', attendeeIds: ['emp2'], roomId: room.id, location: 'Floor 3' }, db);
    await createEvent({ title: 'Dentist', start: '2026-11-10T15:00', end: '2026-11-10T16:00', ownerId: 'emp3' }, db);
    await createEvent({ title: 'Thanksgiving', allDay: true, start: '2026-11-10', end: '2026-11-11' }, db);
    registerDiarySource({
      name: 'test-interviews',
      tables: [],
      read: async (_db, from, to) =>
        from < '2026-11-10T10:00:00.000Z' && to > '2026-11-10T09:00:00.000Z'
          ? [{ key: 'test-interviews:iv1', source: 'test-interviews', id: 'iv1', title: 'Interview: Ann Lee', start: '2026-11-10T09:00:00.000Z', end: '2026-11-10T10:00:00.000Z', allDay: false, diaries: [`room:${room.id}`, 'person:emp4'], busy: true }]
          : [],
    });
    const window = ['2026-11-10T00:00:00.000Z', '2026-11-11T00:00:00.000Z'] as const;
    const roomDiary = await listDiaryItems(...window, { diaries: [`room:${room.id}`] }, db);
    expect(roomDiary.map((i) => i.title)).toEqual(['Interview: Ann Lee', 'Board meeting']);
    expect(roomDiary[1]).toMatchObject({ detail: 'Board room · Floor 3', diaries: ['person:emp1', 'person:emp2', `room:${room.id}`], category: 'blue' });
    expect((await listDiaryItems(...window, { diaries: [diaryOf('emp2')] }, db)).map((i) => i.title)).toEqual(['Board meeting']);
    expect((await listDiaryItems(...window, { diaries: [diaryOf('emp3'), diaryOf('emp4')] }, db)).map((i) => i.title)).toEqual(['Interview: Ann Lee', 'Dentist']);
    // The office calendar: events with no owner and no room (issue 13 review 2).
    expect((await listDiaryItems(...window, { diaries: ['office:calendar'] }, db)).map((i) => [i.title, i.diaries])).toEqual([['Thanksgiving', ['office:calendar']]]);
    expect((await listDiaryItems(...window, { diaries: [diaryOf('emp3'), 'office:calendar'] }, db)).map((i) => i.title)).toEqual(['Thanksgiving', 'Dentist']);
    // Everything: the office's own all-day event first.
    expect((await listDiaryItems(...window, {}, db)).map((i) => i.title)).toEqual(['Thanksgiving', 'Interview: Ann Lee', 'Board meeting', 'Dentist']);
    expect((await listDiaryItems(...window, { eventsOnly: true }, db)).map((i) => i.title)).toEqual(['Thanksgiving', 'Board meeting', 'Dentist']);
    registerDiarySource({ name: 'test-interviews', tables: [], read: async () => [] });
  });

  it('reads a private event as "Busy" except to its owner and the owner’s viewers', async () => {
    await createEvent({ title: 'Doctor', location: 'Clinic', start: '2026-11-10T10:00', end: '2026-11-10T11:00', ownerId: 'director', private: true }, db);
    await saveDiaryProfile(diaryOf('director'), { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', viewerIds: ['assistant'] }, db);
    const read = (viewerId?: string) => listDiaryItems('2026-11-10T00:00:00.000Z', '2026-11-11T00:00:00.000Z', viewerId ? { viewerId } : {}, db).then((r) => r[0]!);
    const stranger = await read('clerk');
    expect(stranger).toMatchObject({ title: 'Busy', private: true, busy: true, diaries: ['person:director'] });
    expect(stranger.detail).toBeUndefined();
    expect(stranger.href).toBeUndefined();
    expect(await read('director')).toMatchObject({ title: 'Doctor', detail: 'Clinic' });
    expect(await read('assistant')).toMatchObject({ title: 'Doctor', detail: 'Clinic' });
    // Nobody set as this PC's user: masked.
    expect((await read()).title).toBe('Busy');
    await saveCalendarSettings({ currentUserId: 'assistant' }, db);
    expect((await read()).title).toBe('Doctor');
  });
});

describe('listDiaries', () => {
  it('lists active staff, active rooms and bookable equipment in service, people first', async () => {
    await employeeRepository.create({ name: 'Zoe Park', title: 'Director' }, db);
    await employeeRepository.create({ name: 'Al Brown' }, db);
    await employeeRepository.create({ name: 'Gone Person', status: 'left' }, db);
    await roomRepository.create({ name: 'Room 2', capacity: 6, location: 'Floor 1' }, db);
    await roomRepository.create({ name: 'Old room', active: false }, db);
    await roomRepository.create({ name: 'Phone booth', capacity: 1 }, db);
    await equipmentRepository.create({ name: 'Projector', assetTag: 'BD-0001', bookable: true, status: 'in-storage' }, db);
    await equipmentRepository.create({ name: 'Laptop', assetTag: 'BD-0002' }, db);
    const diaries = await listDiaries(db);
    expect(diaries.map((d) => [d.kind, d.name, d.detail])).toEqual([
      ['office', 'Office calendar', 'Holidays, closures and events in no one’s diary'],
      ['person', 'Al Brown', undefined],
      ['person', 'Zoe Park', 'Director'],
      ['room', 'Phone booth', '1 seat'],
      ['room', 'Room 2', '6 seats · Floor 1'],
      ['equipment', 'Projector (BD-0001)', undefined],
    ]);
    expect(diaries[0]!.key).toBe('office:calendar');
    expect(diaries[1]!.key).toBe(`person:${diaries[1]!.id}`);
  });
});

describe('listDiaryItems over the sample office, every module registered', () => {
  it('reads every registered source inside its one read transaction', async () => {
    await import('../../app/registrations');
    const { loadSampleOffice } = await import('../../core/sampleLoader');
    const { diarySources } = await import('../../core/diaries');
    await loadSampleOffice(undefined, db, { today: '2026-11-18' });
    expect(diarySources().length).toBeGreaterThanOrEqual(5);
    const items = await listDiaryItems('2026-11-09T00:00:00.000Z', '2026-12-07T00:00:00.000Z', {}, db);
    const sources = new Set(items.map((i) => i.source));
    expect(sources.has('event')).toBe(true);
    expect(sources.size).toBeGreaterThanOrEqual(3);
  });
});
