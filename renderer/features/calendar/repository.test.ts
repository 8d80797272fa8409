/** Calendar range reads include all-day and running events. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { eventRepository, listEventsBetween } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('other repositories', () => {
  it('calendar: range reads include all-day and running events', async () => {
    await eventRepository.create(
      { title: 'Trip', allDay: true, start: '2026-11-20', end: '2026-11-24' },
      db,
    );
    await eventRepository.create(
      { title: 'Meeting', start: '2026-11-22T14:00:00Z', end: '2026-11-22T15:00:00Z' },
      db,
    );
    await eventRepository.create(
      { title: 'Later', start: '2026-12-22T14:00:00Z', end: '2026-12-22T15:00:00Z' },
      db,
    );
    expect((await listEventsBetween('2026-11-22', '2026-11-23', db)).map((e) => e.title)).toEqual([
      'Trip',
      'Meeting',
    ]);
    await expect(
      eventRepository.create(
        { title: 'Bad', start: '2026-11-22T15:00:00Z', end: '2026-11-22T14:00:00Z' },
        db,
      ),
    ).rejects.toThrow('The event ends before it starts (end)');
  });
});
