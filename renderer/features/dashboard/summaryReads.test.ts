/**
 * The dashboard's maintained reads (inventory's readLowStock, recruiting's countActiveCandidates) give the same figures as loading everything did: the
 * below-minimum count and the first eight "Supplies to reorder" (ties broken by name across
 * the cut), and candidates in the pipeline without deleted or closed ones.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareLowStock } from '../../../shared/domain/dashboard';
import { isActiveStage } from '../../../shared/domain/recruiting';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { loadSampleOffice } from '../../core/sampleLoader';
// The app registers every feature's rebuilder of derived totals at start; here, explicitly.
import '../expenses/registrations';
import '../inventory/registrations';
import '../equipment/registrations';
import { bulkCreateItems, itemRepository, issueStock, listLowStockItems, readLowStock } from '../inventory';
import { countActiveCandidates, candidateRepository } from '../recruiting';
import { createEvent, saveCalendarSettings } from '../calendar';
import { registerDiarySource } from '../../core/diaries';
import { readTodayDiary, touchesDay } from './summary';
import { INTERVIEW_ROWS, readUpcomingInterviews } from './frontDesk';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

/** What the dashboard showed before: every item loaded, filtered and sorted. */
async function recompute(limit = 8) {
  const low = await listLowStockItems(db);
  const sorted = low
    .map((i) => ({ ...i, gap: i.quantityOnHand - i.minQuantity }))
    .sort(compareLowStock)
    .map((i) => i.id);
  return { count: low.length, ids: sorted.slice(0, limit) };
}

describe('readLowStock', () => {
  it('matches loading every item, with ties at the cut ordered by name', async () => {
    // Twelve items share the same gap, named so the index order and name order differ.
    const items = await bulkCreateItems(
      [
        ...Array.from({ length: 12 }, (_, i) => ({ name: `Tie ${12 - i}`, minQuantity: 5, openingQuantity: 3 })),
        { name: 'Worst', minQuantity: 10, openingQuantity: 0 },
        { name: 'Fine', minQuantity: 1, openingQuantity: 10 },
        { name: 'At minimum', minQuantity: 4, openingQuantity: 4 },
      ],
      {},
      db,
    );
    const got = await readLowStock(db);
    const want = await recompute();
    expect(got.count).toBe(14); // 12 ties + Worst + At minimum (13 under the old `<` rule)
    expect(got.items.map((i) => i.id)).toEqual(want.ids);
    expect(got.items.map((i) => i.name)).toEqual(['Worst', 'Tie 1', 'Tie 2', 'Tie 3', 'Tie 4', 'Tie 5', 'Tie 6', 'Tie 7']);

    // Writes move items in and out of the set; the reads follow.
    const byName = new Map(items.map((i) => [i.name, i]));
    await issueStock(byName.get('Fine')!.id, 10, {}, db);
    await itemRepository.update(byName.get('Tie 2')!.id, { name: 'Aardvark tie' }, db);
    await itemRepository.softDelete(byName.get('Worst')!.id, db);
    await itemRepository.update(byName.get('Tie 1')!.id, { minQuantity: 1 }, db);
    const after = await readLowStock(db);
    const wantAfter = await recompute();
    expect(after.count).toBe(wantAfter.count);
    expect(after.items.map((i) => i.id)).toEqual(wantAfter.ids);
    expect(after.count).toBe(13); // 11 ties left + Fine, now empty + At minimum (12 under `<`)
    expect(after.items.map((i) => i.name).slice(0, 3)).toEqual(['Aardvark tie', 'Tie 3', 'Tie 4']);
  });

  it('gives the sample office the figures loading everything gives (rebuilt on load)', async () => {
    await loadSampleOffice(undefined, db, { seed: 1, today: '2026-11-22' });
    const want = await recompute();
    const got = await readLowStock(db);
    expect(got.count).toBe(want.count);
    expect(got.count).toBeGreaterThan(0);
    expect(got.items.map((i) => i.id)).toEqual(want.ids);
    const candidates = (await db.candidates.toArray()).filter((c) => c.deletedAt === null && isActiveStage(c.stage));
    expect(await countActiveCandidates(db)).toBe(candidates.length);
  });

  it('is empty with nothing below minimum', async () => {
    await bulkCreateItems([{ name: 'Fine', minQuantity: 1, openingQuantity: 2 }], {}, db);
    expect(await readLowStock(db)).toEqual({ count: 0, items: [] });
  });
});

describe('countActiveCandidates', () => {
  it('counts live candidates in active stages, custom ones included', async () => {
    const stages = ['Applied', 'Screening', 'Interview', 'Offer', 'Hired', 'Rejected', 'custom-trial', 'Applied'];
    const made = [];
    for (const [i, stage] of stages.entries()) made.push(await candidateRepository.create({ name: `C${i}`, email: `c${i}@example.com`, stage }, db));
    await candidateRepository.softDelete(made[0]!.id, db); // active, deleted
    await candidateRepository.softDelete(made[4]!.id, db); // closed, deleted
    const expected = (await db.candidates.toArray()).filter((c) => c.deletedAt === null && isActiveStage(c.stage)).length;
    expect(expected).toBe(5);
    expect(await countActiveCandidates(db)).toBe(expected);
  });
});

describe('readTodayDiary', () => {
  it('reads the office zone’s today through the diary read: v8 wall-time events, recurring ones expanded', async () => {
    await saveCalendarSettings({ officeTimeZone: 'America/New_York' }, db);
    // Saturdays 09:00 New York time from 7 Nov, a one-off the next morning, an all-day on the 21st.
    await createEvent({ title: 'Stand-up', start: '2026-11-07T09:00:00', end: '2026-11-07T09:15:00', timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY;BYDAY=SA' }, db);
    await createEvent({ title: 'Sunday brunch', start: '2026-11-22T10:00:00', end: '2026-11-22T11:00:00', timeZone: 'America/New_York' }, db);
    await createEvent({ title: 'Late call', start: '2026-11-21T22:30:00', end: '2026-11-21T23:30:00', timeZone: 'America/New_York' }, db);
    await createEvent({ title: 'Open day', allDay: true, start: '2026-11-21', end: '2026-11-22' }, db);
    // 03:00 UTC on the 22nd is still 22:00 on Saturday the 21st in New York.
    const { day, zone, items } = await readTodayDiary(db, Date.parse('2026-11-22T03:00:00.000Z'));
    expect([day, zone]).toEqual(['2026-11-21', 'America/New_York']);
    expect(items.map((i) => [i.title, i.start])).toEqual([
      ['Open day', '2026-11-21'],
      ['Stand-up', '2026-11-21T14:00:00.000Z'],
      ['Late call', '2026-11-22T03:30:00.000Z'],
    ]);
  });

  it('leaves out what the sources read around today but does not touch it (all-day errands due yesterday and tomorrow)', async () => {
    await saveCalendarSettings({ officeTimeZone: 'America/New_York' }, db);
    // A source that reads ±14 hours like the task and maintenance sources do.
    const item = (id: string, start: string, end: string, allDay: boolean) => ({ key: `errand:${id}`, source: 'errand', id, title: id, start, end, allDay, diaries: [], busy: false });
    registerDiarySource({
      name: 'errand',
      tables: [],
      read: () =>
        Promise.resolve([
          item('Due Thursday', '2026-12-03', '2026-12-04', true),
          item('Due Friday', '2026-12-04', '2026-12-05', true),
          item('Due Saturday', '2026-12-05', '2026-12-06', true),
          item('All week', '2026-11-30', '2026-12-07', true),
          item('Thursday late', '2026-12-04T04:00:00.000Z', '2026-12-04T04:30:00.000Z', false),
          item('Friday late', '2026-12-05T04:00:00.000Z', '2026-12-05T04:30:00.000Z', false),
          item('Saturday early', '2026-12-05T06:00:00.000Z', '2026-12-05T07:00:00.000Z', false),
        ]),
    });
    // Friday 4 Dec 2026, 10:00 in New York.
    const { day, items } = await readTodayDiary(db, Date.parse('2026-12-04T15:00:00.000Z'));
    expect(day).toBe('2026-12-04');
    expect(items.filter((i) => i.source === 'errand').map((i) => i.title).sort()).toEqual(['All week', 'Due Friday', 'Friday late']);
    expect(touchesDay({ start: '2026-12-04T04:59:00.000Z', end: '2026-12-04T05:00:00.000Z', allDay: false }, '2026-12-04', 'America/New_York')).toBe(false);
    expect(touchesDay({ start: '2026-12-04T05:00:00.000Z', end: '2026-12-04T05:00:00.000Z', allDay: false }, '2026-12-04', 'America/New_York')).toBe(true);
  });
});

describe('readUpcomingInterviews', () => {
  it('gives the sample office’s pending interviews of the coming week, soonest first, with their candidates', async () => {
    await loadSampleOffice(undefined, db, { seed: 1, today: '2026-11-22' });
    const now = Date.parse('2026-11-22T12:00:00.000Z');
    const want = (await db.interviews.toArray())
      .filter((i) => i.deletedAt === null && i.outcome === 'pending' && Date.parse(i.end) > now && Date.parse(i.start) < now + 7 * 86_400_000)
      .sort((a, b) => a.start.localeCompare(b.start));
    expect(want.length).toBeGreaterThan(0);
    const got = await readUpcomingInterviews(db, now);
    expect(got.count).toBe(want.length);
    expect(got.rows.map((r) => r.id)).toEqual(want.slice(0, INTERVIEW_ROWS).map((i) => i.id));
    for (const r of got.rows) expect(r.candidateName).toBe((await db.candidates.get(r.candidateId))!.name);
  });
});
