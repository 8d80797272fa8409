/**
 * The event repository: every write fills uid and the series' UTC bounds, so a window's read
 * is one index range (a five-year-old series still running shows; one that ended does not);
 * what cannot be stored is refused with a sentence.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { eventRepository, listEventsBetween, rruleProblem } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const week = ['2026-11-22T00:00:00.000Z', '2026-11-29T00:00:00.000Z'] as const;

describe('eventRepository', () => {
  it('fills uid and bounds on create and update; keeps an imported uid', async () => {
    const e = await eventRepository.create({ title: 'Meeting', start: '2026-11-23T14:00', end: '2026-11-23T15:00', timeZone: 'America/New_York' }, db);
    expect(e).toMatchObject({ uid: e.id, firstStart: '2026-11-23T19:00:00.000Z', lastEnd: '2026-11-23T20:00:00.000Z' });
    const moved = await eventRepository.update(e.id, { start: '2026-11-24T14:00', end: '2026-11-24T16:00' }, db);
    expect(moved).toMatchObject({ uid: e.id, firstStart: '2026-11-24T19:00:00.000Z', lastEnd: '2026-11-24T21:00:00.000Z' });
    const imported = await eventRepository.create({ uid: 'abc@outlook.com', title: 'From a file', start: '2026-11-23T09:00', end: '2026-11-23T10:00', timeZone: 'UTC' }, db);
    expect(imported.uid).toBe('abc@outlook.com');
    const series = await eventRepository.create({ title: 'Six weeks', start: '2026-11-02T09:00', end: '2026-11-02T10:00', timeZone: 'UTC', rrule: 'FREQ=WEEKLY;COUNT=6' }, db);
    expect(series).toMatchObject({ firstStart: '2026-11-02T09:00:00.000Z', lastEnd: '2026-12-07T10:00:00.000Z' });
  });

  it('widens a floating event’s bounds so any office zone is covered', async () => {
    const e = await eventRepository.create({ title: 'Floating', start: '2026-11-23T09:00', end: '2026-11-23T10:00' }, db);
    expect(e.timeZone).toBeUndefined();
    expect(e).toMatchObject({ firstStart: '2026-11-22T19:00:00.000Z', lastEnd: '2026-11-24T00:00:00.000Z' });
  });

  it('reads a window by the series bounds: running series and all-day spans in, ended ones out', async () => {
    await eventRepository.create({ title: 'Trip', allDay: true, start: '2026-11-20', end: '2026-11-25' }, db);
    await eventRepository.create({ title: 'Meeting', start: '2026-11-22T14:00', end: '2026-11-22T15:00', timeZone: 'UTC' }, db);
    await eventRepository.create({ title: 'Later', start: '2026-12-22T14:00', end: '2026-12-22T15:00', timeZone: 'UTC' }, db);
    await eventRepository.create({ title: 'Five-year stand-up', start: '2021-11-01T09:00', end: '2021-11-01T09:15', timeZone: 'Europe/London', rrule: 'FREQ=DAILY' }, db);
    await eventRepository.create({ title: 'Ended series', start: '2021-11-01T09:00', end: '2021-11-01T09:15', timeZone: 'Europe/London', rrule: 'FREQ=DAILY;UNTIL=20220101T000000Z' }, db);
    const gone = await eventRepository.create({ title: 'Deleted', start: '2026-11-23T14:00', end: '2026-11-23T15:00', timeZone: 'UTC' }, db);
    await eventRepository.softDelete(gone.id, db);
    const titles = (await listEventsBetween(...week, db)).map((e) => e.title).sort();
    expect(titles).toEqual(['Five-year stand-up', 'Meeting', 'Trip']);
  });

  it('refuses what cannot be stored, with a sentence', async () => {
    await expect(eventRepository.create({ title: 'Bad', start: '2026-11-22T15:00', end: '2026-11-22T14:00', timeZone: 'UTC' }, db)).rejects.toThrow('The event ends before it starts.');
    await expect(eventRepository.create({ title: 'Bad rule', start: '2026-11-22T15:00', end: '2026-11-22T16:00', rrule: 'FREQ=DAILY;COUNT=x' }, db)).rejects.toThrow(/repeat rule “FREQ=DAILY;COUNT=x” cannot be read/);
    await expect(eventRepository.create({ title: 'No zone', start: '2026-11-22T15:00', end: '2026-11-22T16:00', timeZone: 'Europe/Atlantis' }, db)).rejects.toThrow('Pick a time zone like Europe/London');
    await expect(eventRepository.create({ title: 'Mixed', allDay: true, start: '2026-11-22', end: '2026-11-23', rrule: 'FREQ=WEEKLY', exdates: ['2026-11-29T09:00:00'] }, db)).rejects.toThrow(/is not a date like 2026-11-22 like the event's start/);
    await expect(eventRepository.create({ title: 'Half', allDay: true, start: '2026-11-22T09:00', end: '2026-11-23' }, db)).rejects.toThrow(/The start must be a date/);
    expect(await db.events.count()).toBe(0);
    expect(rruleProblem('INTERVAL=2')).toMatch(/has no frequency/);
    expect(rruleProblem('RRULE:FREQ=MONTHLY;BYDAY=-1FR')).toBeNull();
  });
});
