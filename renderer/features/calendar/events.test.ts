/**
 * Writing events (issue 13.2–13.3): each recurrence scope stored the RFC 5545 way — "this one"
 * an override, "this and following" a split into two records (the first ends with UNTIL, the
 * second has a new uid), "all" the series itself — one transaction each, with audit lines;
 * dragging stores wall time in the event's own zone; deleting by scope.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../shared/calendar';
import type { CalendarEvent } from '../../../shared/domain/calendar';
import type { BackdeskDb } from '../../db';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { saveCalendarSettings } from './calendarSettings';
import { EventEditError, createEvent, deleteEvent, moveEvent, updateEvent } from './events';
import { eventRepository } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
  await saveCalendarSettings({ officeTimeZone: 'Europe/London' }, db);
});
afterEach(() => db.close());

/** Mondays 09:00–10:00 London from 5 October 2026 (British Summer Time ends on 25 October). */
const weekly = () =>
  createEvent(
    {
      title: 'Team meeting',
      start: '2026-10-05T09:00:00',
      end: '2026-10-05T10:00:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      ownerId: 'emp1',
      attendeeIds: ['emp2'],
      roomId: 'room1',
    },
    db,
  );

/** Occurrence starts (UTC) of the live records in [from, to). */
async function starts(from: string, to: string): Promise<string[]> {
  const events = (await db.events.toArray()).filter((e) => e.deletedAt === null);
  return expandOccurrences(events, from, to).map((o) => o.start);
}

describe('createEvent', () => {
  it('fills uid, the series bounds and the office zone', async () => {
    const e = await weekly();
    expect(e.uid).toBe(e.id);
    expect(e.firstStart).toBe('2026-10-05T08:00:00.000Z');
    expect(e.lastEnd).toBe('9999-12-31T23:59:59.999Z');
    const plain = await createEvent({ title: 'Lunch', start: '2026-11-02T12:00', end: '2026-11-02T13:00' }, db);
    expect(plain.timeZone).toBe('Europe/London');
    expect(plain).toMatchObject({ firstStart: '2026-11-02T12:00:00.000Z', lastEnd: '2026-11-02T13:00:00.000Z' });
  });
});

describe('updateEvent with a recurrence scope', () => {
  it('"this one" stores an override and leaves the series as it was', async () => {
    const e = await weekly();
    const [next] = await updateEvent(e.id, { title: 'Team meeting (budget)', start: '2026-10-19T11:00:00', end: '2026-10-19T12:00:00' }, { recurrenceId: '2026-10-19T09:00:00', scope: 'this' }, db);
    expect(next!.id).toBe(e.id);
    expect(next!.start).toBe(e.start);
    expect(next!.rrule).toBe(e.rrule);
    expect(next!.overrides).toEqual([expect.objectContaining({ recurrenceId: '2026-10-19T09:00:00', title: 'Team meeting (budget)', start: '2026-10-19T11:00:00', end: '2026-10-19T12:00:00' })]);
    expect(await starts('2026-10-12T00:00:00.000Z', '2026-10-27T00:00:00.000Z')).toEqual(['2026-10-12T08:00:00.000Z', '2026-10-19T10:00:00.000Z', '2026-10-26T09:00:00.000Z']);
    expect((await auditEntriesFor(db, e.id)).map((a) => a.summary)).toContain('Updated one occurrence of "Team meeting" (2026-10-19)');
  });

  it('"this one" refuses what only a series can change, and writes nothing', async () => {
    const e = await weekly();
    await expect(updateEvent(e.id, { roomId: 'room2' }, { recurrenceId: '2026-10-19T09:00:00', scope: 'this' }, db)).rejects.toThrow(EventEditError);
    expect((await eventRepository.require(e.id, db)).overrides).toEqual([]);
    // Unchanged series fields and times sent along by a form are fine, and not stored as a change.
    await updateEvent(e.id, { title: 'Stand-in', roomId: 'room1', attendeeIds: ['emp2'], start: '2026-10-19T09:00:00', end: '2026-10-19T10:00:00' }, { recurrenceId: '2026-10-19T09:00:00', scope: 'this' }, db);
    expect((await eventRepository.require(e.id, db)).overrides).toEqual([{ recurrenceId: '2026-10-19T09:00:00', title: 'Stand-in' }]);
    // Nothing changed: nothing written.
    const before = await eventRepository.require(e.id, db);
    await updateEvent(e.id, { title: 'Team meeting', start: '2026-10-26T09:00:00', end: '2026-10-26T10:00:00' }, { recurrenceId: '2026-10-26T09:00:00', scope: 'this' }, db);
    expect(await eventRepository.require(e.id, db)).toEqual(before);
  });

  it('"this and following" splits the series into two records with UNTIL and a new uid', async () => {
    const e = await weekly();
    const written = await updateEvent(e.id, { start: '2026-11-02T10:00:00', end: '2026-11-02T11:00:00', title: 'Team meeting (new time)' }, { recurrenceId: '2026-11-02T09:00:00', scope: 'following' }, db);
    expect(written).toHaveLength(2);
    const [head, tail] = written as [CalendarEvent, CalendarEvent];
    expect(head.id).toBe(e.id);
    expect(head.uid).toBe(e.uid);
    expect(head.rrule).toMatch(/UNTIL=/);
    expect(head.lastEnd < '2026-11-02T09:00:00.000Z').toBe(true);
    expect(tail.id).not.toBe(e.id);
    expect(tail.uid).toBe(tail.id);
    expect(tail).toMatchObject({ start: '2026-11-02T10:00:00', end: '2026-11-02T11:00:00', title: 'Team meeting (new time)', ownerId: 'emp1', attendeeIds: ['emp2'], roomId: 'room1', timeZone: 'Europe/London' });
    expect(tail.rrule).not.toMatch(/UNTIL/);
    // 26 Oct at 09:00 GMT, then 10:00 GMT from 2 November.
    expect(await starts('2026-10-26T00:00:00.000Z', '2026-11-17T00:00:00.000Z')).toEqual(['2026-10-26T09:00:00.000Z', '2026-11-02T10:00:00.000Z', '2026-11-09T10:00:00.000Z', '2026-11-16T10:00:00.000Z']);
    expect((await auditEntriesFor(db, e.id)).some((a) => a.summary.startsWith('Split the series "Team meeting"'))).toBe(true);
    expect((await auditEntriesFor(db, tail.id)).some((a) => a.summary.startsWith('Split the series "Team meeting"'))).toBe(true);
  });

  it('"this and following" from the first occurrence edits the whole series', async () => {
    const e = await weekly();
    const written = await updateEvent(e.id, { title: 'Weekly sync' }, { recurrenceId: '2026-10-05T09:00:00', scope: 'following' }, db);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ id: e.id, title: 'Weekly sync', start: e.start });
    expect(await db.events.count()).toBe(1);
  });

  it('"all" from one occurrence moves every occurrence by the same shift, exceptions too', async () => {
    const e = await weekly();
    await updateEvent(e.id, { title: 'Moved once', start: '2026-10-20T15:00:00', end: '2026-10-20T16:00:00' }, { recurrenceId: '2026-10-19T09:00:00', scope: 'this' }, db);
    await deleteEvent(e.id, { recurrenceId: '2026-11-09T09:00:00', scope: 'this' }, db);
    const [next] = await updateEvent(e.id, { start: '2026-11-02T09:30:00', end: '2026-11-02T10:30:00' }, { recurrenceId: '2026-11-02T09:00:00', scope: 'all' }, db);
    expect(next).toMatchObject({ start: '2026-10-05T09:30:00', end: '2026-10-05T10:30:00', exdates: ['2026-11-09T09:30:00'] });
    expect(next!.overrides).toEqual([expect.objectContaining({ recurrenceId: '2026-10-19T09:30:00', start: '2026-10-20T15:00:00' })]);
    expect(await starts('2026-10-12T00:00:00.000Z', '2026-11-17T00:00:00.000Z')).toEqual([
      '2026-10-12T08:30:00.000Z',
      '2026-10-20T14:00:00.000Z',
      '2026-10-26T09:30:00.000Z',
      '2026-11-02T09:30:00.000Z',
      '2026-11-16T09:30:00.000Z',
    ]);
  });

  it('edits a one-off event without a scope', async () => {
    const e = await createEvent({ title: 'Dentist', start: '2026-11-04T15:00', end: '2026-11-04T16:00', ownerId: 'emp1' }, db);
    const [next] = await updateEvent(e.id, { location: 'High Street' }, undefined, db);
    expect(next).toMatchObject({ location: 'High Street', uid: e.uid, firstStart: e.firstStart });
    expect((await auditEntriesFor(db, e.id)).map((a) => a.summary)).toContain('Updated event "Dentist" (location)');
    // The same values again: nothing written, no audit line.
    await updateEvent(e.id, { location: 'High Street', start: e.start }, undefined, db);
    expect(await auditEntriesFor(db, e.id)).toHaveLength(2);
  });

  it('refuses an unreadable repeat rule or an end before the start in another zone, with a sentence', async () => {
    const e = await weekly();
    await expect(updateEvent(e.id, { rrule: 'FREQ=FORTNIGHTLY' }, undefined, db)).rejects.toThrow(/repeat rule “FREQ=FORTNIGHTLY” cannot be read/);
    await expect(
      createEvent({ title: 'Flight', start: '2026-11-10T11:00:00', timeZone: 'Europe/London', end: '2026-11-10T06:00:00', endTimeZone: 'America/New_York' }, db),
    ).rejects.toThrow(/ends before it starts/);
    // The same wall times the other way round are a real 7-hour flight.
    const flight = await createEvent({ title: 'Flight', start: '2026-11-10T11:00:00', timeZone: 'Europe/London', end: '2026-11-10T14:00:00', endTimeZone: 'America/New_York' }, db);
    expect(flight.lastEnd).toBe('2026-11-10T19:00:00.000Z');
    await expect(createEvent({ title: 'Somewhere', start: '2026-11-10T11:00:00', end: '2026-11-10T12:00:00', timeZone: 'Mars/Olympus' }, db)).rejects.toThrow(/time zone/);
  });
});

describe('moveEvent (drag)', () => {
  it('stores the new instants as wall time in the event’s own zone', async () => {
    const e = await createEvent({ title: 'Call with New York', start: '2026-11-10T09:00:00', end: '2026-11-10T09:30:00', timeZone: 'America/New_York' }, db);
    // Dropped at 15:00–16:00 London (GMT = UTC in November).
    const [next] = await moveEvent(e.id, { start: '2026-11-11T15:00:00.000Z', end: '2026-11-11T16:00:00.000Z' }, undefined, db);
    expect(next).toMatchObject({ start: '2026-11-11T10:00:00', end: '2026-11-11T11:00:00', timeZone: 'America/New_York' });
    expect((await auditEntriesFor(db, e.id)).map((a) => a.summary)).toContain('Moved event "Call with New York" (start, end)');
  });

  it('moves one occurrence of a series as an override in the series’ zone', async () => {
    const e = await weekly();
    const [next] = await moveEvent(e.id, { start: '2026-11-03T14:00:00.000Z', end: '2026-11-03T15:00:00.000Z' }, { recurrenceId: '2026-11-02T09:00:00', scope: 'this' }, db);
    expect(next!.overrides).toEqual([expect.objectContaining({ recurrenceId: '2026-11-02T09:00:00', start: '2026-11-03T14:00:00', end: '2026-11-03T15:00:00' })]);
    expect((await auditEntriesFor(db, e.id)).map((a) => a.summary)).toContain('Moved one occurrence of "Team meeting" (2026-11-02)');
  });

  it('makes a timed event all-day and back', async () => {
    const e = await createEvent({ title: 'Offsite', start: '2026-11-12T09:00', end: '2026-11-12T17:00' }, db);
    const [allDay] = await moveEvent(e.id, { start: '2026-11-12', end: '2026-11-13', allDay: true }, undefined, db);
    expect(allDay).toMatchObject({ allDay: true, start: '2026-11-12', end: '2026-11-13' });
    const [timed] = await moveEvent(e.id, { start: '2026-11-12T10:00:00.000Z', end: '2026-11-12T11:00:00.000Z', allDay: false }, undefined, db);
    expect(timed).toMatchObject({ allDay: false, start: '2026-11-12T10:00:00', end: '2026-11-12T11:00:00', timeZone: 'Europe/London' });
  });
});

describe('deleteEvent with a recurrence scope', () => {
  it('"this one" adds an EXDATE, "following" ends the series, "all" deletes it', async () => {
    const e = await weekly();
    await deleteEvent(e.id, { recurrenceId: '2026-10-12T09:00:00', scope: 'this' }, db);
    expect((await eventRepository.require(e.id, db)).exdates).toEqual(['2026-10-12T09:00:00']);
    await deleteEvent(e.id, { recurrenceId: '2026-10-26T09:00:00', scope: 'following' }, db);
    expect(await starts('2026-10-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')).toEqual(['2026-10-05T08:00:00.000Z', '2026-10-19T08:00:00.000Z']);
    expect(await db.events.count()).toBe(1);
    await deleteEvent(e.id, { recurrenceId: '2026-10-19T09:00:00', scope: 'all' }, db);
    expect(await eventRepository.get(e.id, db)).toBeUndefined();
    const summaries = (await auditEntriesFor(db, e.id)).map((a) => a.summary);
    expect(summaries).toEqual(
      expect.arrayContaining(['Cancelled one occurrence of "Team meeting" (2026-10-12)', 'Ended the series "Team meeting" before 2026-10-26 (the later occurrences were deleted)', 'Deleted event "Team meeting"']),
    );
  });
});
