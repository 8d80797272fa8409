/**
 * Calendar files nobody on this project wrote (../shared/fixtures/ical: Google, Zimbra, Outlook
 * style exports) through the whole ICS path of the Calendar module: read as the import page
 * reads them, saved into a diary, exported again, and read back — the occurrences are the same
 * as the original file's at every step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandOccurrences, parseIcs, type CalendarEventDraft } from '../../../shared/calendar';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { buildIcsExport } from './icsExport';
import { importCalendarEvents, readCalendarFile } from './icsImport';
// The real files, read as text by Vite from beside the project (never copied into it).
import dayLongRecurYearly from '../../../../shared/fixtures/ical/day_long_recur_yearly.ics?raw';
import dailyRecur from '../../../../shared/fixtures/ical/daily_recur.ics?raw';
import durationInsteadOfDtend from '../../../../shared/fixtures/ical/duration_instead_of_dtend.ics?raw';
import minimal from '../../../../shared/fixtures/ical/minimal.ics?raw';
import recurInstances from '../../../../shared/fixtures/ical/recur_instances.ics?raw';

const TEXTS: Record<string, string> = {
  'recur_instances.ics': recurInstances,
  'daily_recur.ics': dailyRecur,
  'minimal.ics': minimal,
  'duration_instead_of_dtend.ics': durationInsteadOfDtend,
  'day_long_recur_yearly.ics': dayLongRecurYearly,
};
const bytes = (file: string) => new TextEncoder().encode(TEXTS[file]);

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const occurrences = (events: readonly CalendarEventDraft[], from: string, to: string) =>
  expandOccurrences(events, from, to, { floatingZone: 'UTC' }).map((o) => ({ uid: o.uid, title: o.title, start: o.start, end: o.end, allDay: o.allDay }));

// Each file with a window its events fall in.
const FILES: [file: string, from: string, to: string, count: number][] = [
  ['recur_instances.ics', '2012-09-01T00:00:00.000Z', '2013-06-01T00:00:00.000Z', 1],
  ['daily_recur.ics', '2012-07-25T00:00:00.000Z', '2012-09-01T00:00:00.000Z', 1],
  ['minimal.ics', '2012-06-01T00:00:00.000Z', '2012-08-01T00:00:00.000Z', 1],
  ['duration_instead_of_dtend.ics', '2012-01-01T00:00:00.000Z', '2013-01-01T00:00:00.000Z', 1],
  ['day_long_recur_yearly.ics', '2012-01-01T00:00:00.000Z', '2016-01-01T00:00:00.000Z', 1],
];

describe('real calendar files through import and export', () => {
  it.each(FILES)('%s: imported, exported and read back with the same occurrences', async (file, from, to, count) => {
    const read = readCalendarFile(file, bytes(file));
    expect(read.errors).toEqual([]);
    const drafts = read.events.map((e) => e.draft);
    expect(drafts).toHaveLength(count);
    const original = occurrences(drafts, from, to);
    expect(original.length).toBeGreaterThan(0);

    expect(await importCalendarEvents(drafts, { ownerId: 'emp-1', fileName: file }, db)).toMatchObject({ created: count, updated: 0 });
    const stored = (await db.events.toArray()).filter((e) => e.deletedAt === null);
    expect(occurrences(stored, from, to)).toEqual(original);

    const exported = await buildIcsExport({ diary: 'person:emp-1', viewerId: 'emp-1' }, 'Imported', db);
    const back = parseIcs(exported.text);
    expect(back.errors).toEqual([]);
    expect(occurrences(back.events, from, to)).toEqual(original);

    // The same file again updates, never duplicates.
    expect(await importCalendarEvents(readCalendarFile(file, bytes(file)).events.map((e) => e.draft), { ownerId: 'emp-1' }, db)).toMatchObject({ created: 0, updated: count });
    expect((await db.events.toArray()).filter((e) => e.deletedAt === null)).toHaveLength(count);
  });

  it('recur_instances.ics keeps its monthly rule, extra dates, cancelled dates and moved occurrences', () => {
    const [e] = readCalendarFile('recur_instances.ics', bytes('recur_instances.ics')).events;
    expect(e!.draft).toMatchObject({ title: 'Crazy Event Thingy!', timeZone: 'America/Los_Angeles', location: 'PLACE' });
    expect(e!.draft.rrule).toMatch(/FREQ=MONTHLY/);
    expect(e!.draft.exdates).toHaveLength(3);
    expect(e!.draft.rdates?.length).toBeGreaterThanOrEqual(3);
    expect(e!.draft.overrides).toHaveLength(2);
  });
});
