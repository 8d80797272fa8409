import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diarySources, listDiarySourceItems } from '../../core/diaries';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { employeeRepository } from '../people';
import { saveCalendarSettings } from './calendarSettings';
import { checkClashes } from './clashes';
import { readTripDiaryItems, tripDiarySource } from './tripSource';
import { createTrip, updateTrip } from './trips';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
  await saveCalendarSettings({ officeTimeZone: 'Europe/London' }, db);
});
afterEach(() => db.close());

const trip = {
  travellerId: 'emp-9',
  purpose: 'Client visit',
  destination: 'New York',
  startDate: '2026-11-02',
  endDate: '2026-11-05',
  legs: [
    {
      kind: 'flight' as const,
      carrier: 'British Airways',
      number: 'BA117',
      from: 'London',
      to: 'New York',
      start: '2026-11-02T10:30',
      startTimeZone: 'Europe/London',
      end: '2026-11-02T13:25',
      endTimeZone: 'America/New_York',
      confirmation: 'X7PQ2L',
    },
    {
      kind: 'hotel' as const,
      carrier: 'The Langham',
      from: '400 Fifth Avenue',
      start: '2026-11-02T15:00',
      startTimeZone: 'America/New_York',
      end: '2026-11-05T11:00',
      endTimeZone: 'America/New_York',
    },
    {
      kind: 'train' as const,
      carrier: 'Avanti',
      number: '1A23',
      from: 'London Euston',
      to: 'Manchester',
      start: '2026-11-06T08:00',
      startTimeZone: 'Europe/London',
      end: '2026-11-06T10:10',
      endTimeZone: 'Europe/London',
    },
  ],
};

describe('trip diary source', () => {
  it('is registered by the calendar feature under the name "trip"', async () => {
    await import('./registrations');
    expect(diarySources().some((s) => s.name === 'trip')).toBe(true);
    expect(tripDiarySource.tables).toContain('trips');
  });

  it("puts the trip as a busy all-day span in the traveller's diary, each journey as busy time at its instants, the hotel stay as days", async () => {
    const saved = await createTrip(trip, db);
    const items = await readTripDiaryItems(db, '2026-11-01T00:00:00.000Z', '2026-11-08T00:00:00.000Z');
    expect(items.map((i) => [i.title, i.start, i.end, i.allDay, i.busy])).toEqual([
      // Planned: the traveller is away 2–5 Nov, so nobody books them a meeting then.
      ['Trip: Client visit', '2026-11-02', '2026-11-06', true, true],
      // Check-in 2 Nov, check-out 5 Nov: the nights of the 2nd, 3rd and 4th (the trip's span holds the time).
      ['Hotel The Langham', '2026-11-02', '2026-11-05', true, false],
      ['Flight BA117 London → New York', '2026-11-02T10:30:00.000Z', '2026-11-02T18:25:00.000Z', false, true],
      ['Train 1A23 London Euston → Manchester', '2026-11-06T08:00:00.000Z', '2026-11-06T10:10:00.000Z', false, true],
    ]);
    for (const i of items) {
      expect(i.diaries).toEqual(['person:emp-9']);
      expect(i.href).toBe(`#/calendar/trips/${saved.id}`);
      expect(i.source).toBe('trip');
    }
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    const [, hotel, flight, train] = items;
    // The flight leaves in the office zone and lands in New York: its detail says both local
    // times the app's way (en-US here), so the item carries no zone for the views to add.
    expect(flight!.timeZone).toBeUndefined();
    // (Intl writes GMT as 'GMT+0' in some ICU versions.)
    expect(flight!.detail).toMatch(/^British Airways · 10:30\sAM London \(GMT(\+0)?\) → 1:25\sPM New York \(GMT-5\) · Confirmation X7PQ2L$/);
    // A stay is days: no zone beside a time, its check-in and check-out hours in the line below.
    expect(hotel!.timeZone).toBeUndefined();
    expect(hotel!.detail).toMatch(/^400 Fifth Avenue · check-in 3:00\sPM, check-out 11:00\sAM New York \(GMT-5\)$/);
    // A leg all in the office zone carries no zone of its own.
    expect(train!.timeZone).toBeUndefined();
    expect(train!.detail).toBe('Avanti');
  });

  it('a one-night stay shows on its check-in day; a stay in the office zone says its hours plainly', async () => {
    await createTrip(
      {
        travellerId: 'emp-9',
        purpose: 'Leeds office',
        startDate: '2026-11-10',
        endDate: '2026-11-11',
        legs: [{ kind: 'hotel' as const, carrier: 'Queens', start: '2026-11-10T18:00', startTimeZone: 'Europe/London', end: '2026-11-11T09:00', endTimeZone: 'Europe/London' }],
      },
      db,
    );
    const [span, hotel] = await readTripDiaryItems(db, '2026-11-09T00:00:00.000Z', '2026-11-13T00:00:00.000Z');
    expect([span!.start, span!.end]).toEqual(['2026-11-10', '2026-11-12']);
    expect([hotel!.title, hotel!.start, hotel!.end, hotel!.allDay]).toEqual(['Hotel Queens', '2026-11-10', '2026-11-11', true]);
    expect(hotel!.detail).toMatch(/^check-in 6:00\sPM, check-out 9:00\sAM$/);
  });

  it('an overnight flight says its days in the app\'s wording, never numeric dates (the sample\'s Boston → London)', async () => {
    await saveCalendarSettings({ officeTimeZone: 'America/New_York' }, db);
    await createTrip(
      {
        travellerId: 'emp-9',
        purpose: 'Partner meetings',
        startDate: '2026-12-07',
        endDate: '2026-12-10',
        legs: [
          { kind: 'flight' as const, carrier: 'British Airways', number: 'BA 212', from: 'Boston', to: 'London', start: '2026-12-07T18:15', startTimeZone: 'America/New_York', end: '2026-12-08T06:20', endTimeZone: 'Europe/London' },
        ],
      },
      db,
    );
    const flight = (await readTripDiaryItems(db, '2026-12-07T05:00:00.000Z', '2026-12-08T05:00:00.000Z')).find((i) => i.title.startsWith('Flight'))!;
    expect(flight.timeZone).toBeUndefined();
    expect(flight.detail).toMatch(/^British Airways · Mon, Dec 7, 6:15\sPM New York \(GMT-5\) → Tue, Dec 8, 6:20\sAM London \(GMT(\+0)?\)$/);
    expect(flight.detail).not.toMatch(/\d+\/\d+\/\d{4}/);
  });

  it('a planned or booked trip is busy time for the clash check; a finished one is not', async () => {
    const ann = await employeeRepository.create({ name: 'Ann Lee' }, db);
    const saved = await createTrip({ ...trip, travellerId: ann.id, legs: [] }, db);
    // A meeting on the Wednesday of the trip, in the office's afternoon.
    const wednesday = { start: '2026-11-04T14:00:00.000Z', end: '2026-11-04T15:00:00.000Z', personIds: [ann.id] };
    expect((await checkClashes(wednesday, db)).map((w) => w.message)).toEqual(['Ann Lee is busy with “Trip: Client visit”, Mon, Nov 2 – Thu, Nov 5 (all day)']);
    await updateTrip(saved.id, { status: 'booked' }, db);
    expect(await checkClashes(wednesday, db)).toHaveLength(1);
    // The day after the trip is free.
    expect(await checkClashes({ ...wednesday, start: '2026-11-06T14:00:00.000Z', end: '2026-11-06T15:00:00.000Z' }, db)).toEqual([]);
    await updateTrip(saved.id, { status: 'done' }, db);
    expect(await checkClashes(wednesday, db)).toEqual([]);
    const [span] = await readTripDiaryItems(db, '2026-11-01T00:00:00.000Z', '2026-11-08T00:00:00.000Z');
    expect(span).toMatchObject({ title: 'Trip: Client visit', busy: false });
  });

  it('reads only what touches the window, through the registry too; cancelled trips are not in the diary', async () => {
    const saved = await createTrip(trip, db);
    const day = await readTripDiaryItems(db, '2026-11-06T00:00:00.000Z', '2026-11-07T00:00:00.000Z');
    expect(day.map((i) => i.title)).toEqual(['Trip: Client visit', 'Train 1A23 London Euston → Manchester']);
    expect(await readTripDiaryItems(db, '2026-11-10T00:00:00.000Z', '2026-11-11T00:00:00.000Z')).toEqual([]);
    const viaRegistry = await listDiarySourceItems(db, '2026-11-06T00:00:00.000Z', '2026-11-07T00:00:00.000Z');
    expect(viaRegistry.filter((i) => i.source === 'trip')).toHaveLength(2);
    await updateTrip(saved.id, { status: 'cancelled' }, db);
    expect(await readTripDiaryItems(db, '2026-11-01T00:00:00.000Z', '2026-11-08T00:00:00.000Z')).toEqual([]);
  });
});
