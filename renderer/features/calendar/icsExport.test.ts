import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandOccurrences, parseIcs } from '../../../shared/calendar';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { buildIcsExport, eventsForExport, safeFileName } from './icsExport';
import { employeeRepository } from '../people';
import { eventRepository } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const at = '2026-11-01T00:00:00.000Z';
const profile = (id: string, viewerIds: string[]) => ({ id, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', viewerIds, createdAt: at, updatedAt: at, deletedAt: null });
const strip = (o: { start: string; end: string; title: string; allDay: boolean }) => ({ start: o.start, end: o.end, title: o.title, allDay: o.allDay });

async function seed() {
  const weekly = await eventRepository.create(
    {
      title: 'Team meeting',
      ownerId: 'ann',
      allDay: false,
      start: '2026-11-02T09:00:00',
      end: '2026-11-02T10:00:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=8',
      exdates: ['2026-11-16T09:00:00'],
      overrides: [{ recurrenceId: '2026-11-09T09:00:00', start: '2026-11-10T14:00:00', end: '2026-11-10T15:00:00', title: 'Team meeting (moved)' }],
      location: 'Board room',
      description: 'Agenda, 3 points; done.',
    },
    db,
  );
  const call = await eventRepository.create(
    { title: 'NY call', ownerId: 'bob', allDay: false, start: '2026-11-04T10:00:00', end: '2026-11-04T10:30:00', timeZone: 'America/New_York' },
    db,
  );
  const offsite = await eventRepository.create({ title: 'Offsite', ownerId: 'ann', allDay: true, start: '2026-11-19', end: '2026-11-21' }, db);
  const dentist = await eventRepository.create(
    { title: 'Dentist', ownerId: 'ann', private: true, allDay: false, start: '2026-11-05T08:00:00', end: '2026-11-05T09:00:00', timeZone: 'Europe/London', location: '22 Exchange St', description: 'Crown' },
    db,
  );
  await db.diaryProfiles.put(profile('person:ann', ['assistant']));
  return { weekly, call, offsite, dentist };
}

describe('exporting to .ics', () => {
  it('gives a file whose occurrences are the stored ones: recurrence, a cancelled and a moved occurrence, zones, all-day spans', async () => {
    const { weekly, offsite } = await seed();
    const file = await buildIcsExport({ diary: 'person:ann', viewerId: 'ann' }, 'Ann Manager', db);
    expect(file.fileName).toBe('Ann Manager.ics');
    expect(file.count).toBe(3);
    const back = parseIcs(file.text);
    expect(back.errors).toEqual([]);
    expect(back.events.map((e) => e.uid).sort()).toEqual([weekly.uid, offsite.uid, (await eventRepository.list(db)).find((e) => e.title === 'Dentist')!.uid].sort());
    const from = '2026-10-01T00:00:00.000Z';
    const to = '2027-01-01T00:00:00.000Z';
    const stored = (await eventRepository.list(db)).filter((e) => e.ownerId === 'ann');
    expect(expandOccurrences(back.events, from, to).map(strip)).toEqual(expandOccurrences(stored, from, to).map(strip));
    const series = back.events.find((e) => e.uid === weekly.uid)!;
    expect(series).toMatchObject({ title: 'Team meeting', timeZone: 'Europe/London', location: 'Board room', description: 'Agenda, 3 points; done.' });
  });

  it('exports one event’s whole series, or a date range of every diary', async () => {
    const { weekly, call } = await seed();
    const one = parseIcs((await buildIcsExport({ eventId: weekly.id, viewerId: 'ann' }, weekly.title, db)).text);
    expect(one.events.map((e) => e.uid)).toEqual([weekly.uid]);
    expect(one.events[0]!.rrule).toContain('COUNT=8');
    const range = await eventsForExport({ fromInstant: '2026-11-04T00:00:00.000Z', toInstant: '2026-11-05T00:00:00.000Z' }, db);
    // The weekly series runs through the range, so it goes out whole; the call is that day.
    expect(range.map((r) => r.event.title).sort()).toEqual(['NY call', 'Team meeting']);
    expect(range.find((r) => r.event.id === call.id)!.readable).toBe(true);
  });

  it('writes a private entry as Busy unless the exporter is its owner or one of the owner’s viewers', async () => {
    await seed();
    const titles = async (viewerId: string) => {
      const back = parseIcs((await buildIcsExport({ diary: 'person:ann', viewerId }, 'Ann', db)).text).events;
      const busy = back.find((e) => e.start === '2026-11-05T08:00:00')!;
      return { title: busy.title, location: busy.location, description: busy.description };
    };
    expect(await titles('ann')).toEqual({ title: 'Dentist', location: '22 Exchange St', description: 'Crown' });
    expect(await titles('assistant')).toEqual({ title: 'Dentist', location: '22 Exchange St', description: 'Crown' });
    expect(await titles('someone-else')).toEqual({ title: 'Busy', location: undefined, description: undefined });
  });

  it('writes the owner as ORGANIZER and staff with an email and guests as ATTENDEEs; a private entry without its people', async () => {
    const ann = await employeeRepository.create({ name: 'Ann Lee', email: 'ann@office.example' }, db);
    const bob = await employeeRepository.create({ name: 'Bob Stone' }, db);
    const cy = await employeeRepository.create({ name: 'Cy Park', email: 'cy@office.example' }, db);
    const base = { ownerId: ann.id, allDay: false, start: '2026-12-08T10:00:00', end: '2026-12-08T11:00:00', timeZone: 'America/New_York' };
    await eventRepository.create(
      { ...base, title: 'Budget review', attendeeIds: [bob.id, cy.id], guests: [{ kind: 'contact', name: 'Tom, of Client', email: 'tom@client.example' }, { kind: 'other', name: 'No email' }] },
      db,
    );
    await eventRepository.create({ ...base, title: 'Dentist', private: true, start: '2026-12-09T10:00:00', end: '2026-12-09T11:00:00', guests: [{ kind: 'contact', name: 'Dr Who', email: 'dr@clinic.example' }] }, db);
    const file = await buildIcsExport({ diary: `person:${ann.id}`, viewerId: 'someone-else' }, 'Ann', db);
    const text = file.text.replace(/\r\n[ \t]/g, '');
    expect(text).toContain('ORGANIZER;CN=Ann Lee:mailto:ann@office.example');
    expect(text).toContain('ATTENDEE;CN=Cy Park;ROLE=REQ-PARTICIPANT:mailto:cy@office.example');
    expect(text).toContain('ATTENDEE;CN="Tom, of Client";ROLE=REQ-PARTICIPANT:mailto:tom@client.example');
    expect(text).not.toContain('dr@clinic');
    const back = parseIcs(file.text).events.find((e) => e.title === 'Budget review');
    expect(back?.attendees?.map((a) => a.email)).toEqual(['ann@office.example', 'cy@office.example', 'tom@client.example']);
  });

  it('names the file safely', () => {
    expect(safeFileName('Board: Q4/2026 <draft>?')).toBe('Board Q4-2026 draft');
    expect(safeFileName('  ...  ')).toBe('calendar');
  });
});
