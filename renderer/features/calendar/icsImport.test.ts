import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../shared/calendar';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { csvEventUid, defaultImportDiary, findImportedUids, importCalendarEvents, readCalendarFile } from './icsImport';
import { employeeRepository } from '../people';
import { eventRepository } from './repository';

// The real files of ../shared/fixtures/ical are read in tests/unit/calendar-ics-fixtures.test.ts (node:fs).
const SERIES = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//EN',
  'BEGIN:VEVENT',
  'UID:series-1@example.com',
  'SUMMARY:Weekly planning',
  'LOCATION:Board room',
  'DTSTART;TZID=W. Europe Standard Time:20261102T090000',
  'DTEND;TZID=W. Europe Standard Time:20261102T100000',
  'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6',
  'EXDATE;TZID=W. Europe Standard Time:20261116T090000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:series-1@example.com',
  'RECURRENCE-ID;TZID=W. Europe Standard Time:20261109T090000',
  'SUMMARY:Weekly planning (moved)',
  'DTSTART;TZID=W. Europe Standard Time:20261110T140000',
  'DTEND;TZID=W. Europe Standard Time:20261110T150000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:broken@example.com',
  'SUMMARY:No start',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
const fixture = (name: string) => bytes(name === 'series.ics' ? SERIES : '');
const bytes = (s: string) => new TextEncoder().encode(s);

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const live = async () => (await db.events.toArray()).filter((e) => e.deletedAt === null);

describe('reading calendar files', () => {
  it('reads an .ics with its recurrence, exceptions and moved occurrences, and the unreadable event as an error with its line', () => {
    const read = readCalendarFile('series.ics', fixture('series.ics'));
    expect(read.format).toBe('ics');
    expect(read.events).toHaveLength(1);
    const e = read.events[0]!.draft;
    expect(e).toMatchObject({ uid: 'series-1@example.com', title: 'Weekly planning', timeZone: 'Europe/Berlin', location: 'Board room', start: '2026-11-02T09:00:00' });
    expect(e.rrule).toContain('FREQ=WEEKLY');
    expect(e.overrides?.length).toBe(1);
    expect(read.errors).toHaveLength(1);
    // Where the event starts (20) or where it fails (its END, 23).
    expect(read.errors[0]!.line).toBeGreaterThanOrEqual(20);
    expect(read.errors[0]!.line).toBeLessThanOrEqual(23);
  });

  it('reads a CSV through the import pipeline, each row with its line and a UID made from its content', () => {
    const read = readCalendarFile('team.csv', bytes('Subject,Start Date,Start Time,End Date,End Time,Location\nStand-up,2026-11-23,09:00,2026-11-23,09:15,Board room\n,2026-11-24,09:00,,,\n'));
    expect(read.format).toBe('csv');
    expect(read.events).toEqual([
      {
        line: 2,
        draft: { uid: csvEventUid({ title: 'Stand-up', allDay: false, start: '2026-11-23T09:00:00', end: '2026-11-23T09:15:00' }), title: 'Stand-up', allDay: false, start: '2026-11-23T09:00:00', end: '2026-11-23T09:15:00', location: 'Board room' },
      },
    ]);
    expect(read.errors).toEqual([{ line: 3, column: 'Subject', message: 'The title is empty; every event needs a title.' }]);
  });

  it('says a file that is no calendar is none', () => {
    const read = readCalendarFile('notes.ics', bytes('hello'));
    expect(read.events).toEqual([]);
    expect(read.errors[0]!.message).toMatch(/not a calendar file/);
  });
});

describe('the diary an import goes into at first', () => {
  it('is the current user’s diary, else the first person’s, else the office calendar', () => {
    const people = [
      { key: 'person:ann', id: 'ann' },
      { key: 'person:elena', id: 'elena' },
    ];
    expect(defaultImportDiary(people, 'elena')).toBe('person:elena');
    expect(defaultImportDiary(people, undefined)).toBe('person:ann');
    expect(defaultImportDiary(people, 'left-the-office')).toBe('person:ann');
    expect(defaultImportDiary([], 'elena')).toBe('office');
  });
});

describe('importing into a diary', () => {
  it('saves the events in the chosen diary in one go, and a second import of the same file updates instead of duplicating', async () => {
    const read = readCalendarFile('series.ics', fixture('series.ics'));
    const drafts = read.events.map((e) => e.draft);
    const progress: number[] = [];
    expect(await importCalendarEvents(drafts, { ownerId: 'emp-1', onProgress: (f) => progress.push(f), fileName: 'series.ics' }, db)).toEqual({ created: 1, updated: 0, cancelled: false });
    expect(progress.at(-1)).toBe(1);
    const [saved] = await live();
    expect(saved).toMatchObject({ ownerId: 'emp-1', uid: drafts[0]!.uid, title: 'Weekly planning', rrule: drafts[0]!.rrule, timeZone: 'Europe/Berlin' });
    expect(saved!.firstStart < saved!.lastEnd).toBe(true);

    // The office adds its own fields; a re-import keeps them and changes nothing else.
    await eventRepository.update(saved!.id, { roomId: 'room-1', attendeeIds: ['emp-2'], category: 'green' }, db);
    expect(await findImportedUids([drafts[0]!.uid, 'other'], db)).toEqual(new Set([drafts[0]!.uid]));
    expect(await importCalendarEvents(drafts, { ownerId: 'emp-1' }, db)).toEqual({ created: 0, updated: 1, cancelled: false });
    const after = await live();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: saved!.id, roomId: 'room-1', attendeeIds: ['emp-2'], category: 'green' });

    // The same occurrences as the file itself.
    const from = '2026-10-01T00:00:00.000Z';
    const to = '2027-01-01T00:00:00.000Z';
    const strip = (o: { start: string; end: string; title: string }) => ({ start: o.start, end: o.end, title: o.title });
    const occurrences = expandOccurrences(after, from, to).map(strip);
    expect(occurrences).toEqual(expandOccurrences(drafts, from, to).map(strip));
    // Six Mondays less the one cancelled; the second moved to Tuesday afternoon (Berlin, UTC+1).
    expect(occurrences).toHaveLength(5);
    expect(occurrences[1]).toEqual({ start: '2026-11-10T13:00:00.000Z', end: '2026-11-10T14:00:00.000Z', title: 'Weekly planning (moved)' });
    const audit = (await db.auditLog.toArray()).filter((a) => a.action === 'import').map((a) => a.summary);
    expect(audit).toEqual(['Imported 1 new event and updated 0 from "series.ics"', 'Imported 0 new events and updated 1 from a file']);
    // Each import is a committed batch (issue 15.3) and the event names the last one that wrote it.
    const batches = await db.importBatches.toArray();
    expect(batches.map((b) => [b.kind, b.fileName, b.status, b.written]).sort()).toEqual([
      ['ics', 'calendar.ics', 'committed', 1],
      ['ics', 'series.ics', 'committed', 1],
    ]);
    expect((await db.events.get(saved!.id))!.importBatchId).toBe(batches.find((b) => b.fileName === 'calendar.ics')!.id);
  });

  it("maps an Outlook invitation's ORGANIZER and ATTENDEEs to guests, once, even on a re-import", async () => {
    const owner = await employeeRepository.create({ name: 'Margaret Chen', email: 'margaret.chen@example.com' }, db);
    const file = (extra: string[]) =>
      bytes(
        [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'BEGIN:VEVENT',
          'UID:040000008200E00074C5B7101A82E008',
          'SUMMARY:Budget review',
          'DTSTART;TZID=Eastern Standard Time:20261208T100000',
          'DTEND;TZID=Eastern Standard Time:20261208T110000',
          'ORGANIZER;CN=Tom O\'Neill:MAILTO:tom@client.example',
          'ATTENDEE;CN="Chen, Margaret";ROLE=REQ-PARTICIPANT:mailto:margaret.chen@example.com',
          'ATTENDEE;ROLE=OPT-PARTICIPANT:mailto:ann@client.example',
          ...extra,
          'END:VEVENT',
          'END:VCALENDAR',
        ].join('\r\n'),
      );
    const first = readCalendarFile('invite.ics', file([])).events.map((e) => e.draft);
    await importCalendarEvents(first, { ownerId: owner.id }, db);
    const [saved] = await live();
    // The owner is not her own guest.
    expect(saved!.guests).toEqual([
      { kind: 'contact', name: "Tom O'Neill", email: 'tom@client.example' },
      { kind: 'contact', name: 'ann@client.example', email: 'ann@client.example' },
    ]);
    // The same file again, with one more invitee: only the new one is added.
    const again = readCalendarFile('invite.ics', file(['ATTENDEE;CN=Raj Patel:mailto:raj@client.example', 'ATTENDEE;CN=Tom:mailto:TOM@client.example'])).events.map((e) => e.draft);
    await importCalendarEvents(again, { ownerId: owner.id }, db);
    const after = await live();
    expect(after).toHaveLength(1);
    expect(after[0]!.guests.map((g) => g.email)).toEqual(['tom@client.example', 'ann@client.example', 'raj@client.example']);
  });

  it('imports nothing when an event cannot be saved, and nothing when cancelled', async () => {
    const good = { uid: 'a', title: 'Fine', allDay: true, start: '2026-11-23', end: '2026-11-24' };
    const bad = { uid: 'b', title: 'Broken rule', allDay: true, start: '2026-11-23', end: '2026-11-24', rrule: 'NOT A RULE' };
    await expect(importCalendarEvents([good, bad], {}, db)).rejects.toThrow(/Broken rule/);
    expect(await live()).toEqual([]);

    const ac = new AbortController();
    const many = Array.from({ length: 30 }, (_, i) => ({ ...good, uid: `u${i}` }));
    const result = await importCalendarEvents(many, { chunkSize: 10, signal: ac.signal, onProgress: () => ac.abort() }, db);
    expect(result).toEqual({ created: 0, updated: 0, cancelled: true });
    expect(await live()).toEqual([]);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('a CSV imported twice is the same events', async () => {
    const csv = bytes('Title,Start,End\nOffice closed,2026-12-24,2026-12-26\nBudget review,2026-12-01 10:00,2026-12-01 11:00\n');
    const drafts = readCalendarFile('c.csv', csv).events.map((e) => e.draft);
    expect(await importCalendarEvents(drafts, { ownerId: 'emp-1' }, db)).toMatchObject({ created: 2, updated: 0 });
    expect(await importCalendarEvents(readCalendarFile('c.csv', csv).events.map((e) => e.draft), { ownerId: 'emp-1' }, db)).toMatchObject({ created: 0, updated: 2 });
    expect((await live()).map((e) => [e.title, e.start, e.end]).sort()).toEqual([
      ['Budget review', '2026-12-01T10:00:00', '2026-12-01T11:00:00'],
      ['Office closed', '2026-12-24', '2026-12-27'],
    ]);
  });
});
