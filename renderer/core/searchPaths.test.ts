/** Ctrl+K: a hit opens the screen that shows its record, never a route the module ignores. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../db/database';
import { openTestDb } from '../db/testing';
import { findRecordHit, hitHref, searchEverything } from './search';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const stamp = { createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z', deletedAt: null };

describe('search hit routes', () => {
  it('opens an event in the calendar, an invoice in the bills list and a vendor on its page', async () => {
    await db.events.add({ ...stamp, id: 'ev1', title: 'Quarterly review', start: '2026-12-07T09:00:00', end: '2026-12-07T10:00:00', timeZone: 'Europe/London', allDay: false } as never);
    await db.vendors.add({ ...stamp, id: 'v1', name: 'Quarterly Paper Co' } as never);
    const hits = await searchEverything('quarterly', 20, db);
    expect(hits.find((h) => h.table === 'events')?.path).toEqual(['event', 'ev1']);
    expect(hitHref(hits.find((h) => h.table === 'events')!)).toBe('#/calendar/event/ev1');
    expect(hitHref(hits.find((h) => h.table === 'vendors')!)).toBe('#/vendors/v1');
    expect((await findRecordHit('events', 'ev1', db))?.path).toEqual(['event', 'ev1']);
  });
});
