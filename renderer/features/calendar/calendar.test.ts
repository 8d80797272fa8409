/**
 * The calendar helpers other features call inside their own transactions: events written for
 * a record are found through the [linkedTable+linkedId] index (subject-access exports), and
 * erasing them takes their audit entries with them (erasure requests).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db';
import { writeTransaction } from '../../db/crud';
import { openTestDb } from '../../db/testing';
import { EVENT_WRITE_TABLES, eventRepository, eraseEventsLinkedToInTx, listEventsLinkedTo } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const at = (title: string, linkedId?: string) =>
  eventRepository.create({ title, start: '2026-11-23T10:00', end: '2026-11-23T11:00', timeZone: 'UTC', ...(linkedId ? { linkedTable: 'candidates', linkedId } : {}) }, db);

describe('linked events', () => {
  it('finds events by link and erases them with their audit lines', async () => {
    const other = await at('Board meeting');
    const a = await at('Call back Ann', 'cand1');
    const b = await at('Call back Bo', 'cand2');
    expect((await listEventsLinkedTo('candidates', ['cand1'], db)).map((e) => e.id)).toEqual([a.id]);
    expect(await listEventsLinkedTo('candidates', [], db)).toEqual([]);

    const erased = await writeTransaction(db, EVENT_WRITE_TABLES, () => eraseEventsLinkedToInTx(db, 'candidates', ['cand1']));
    expect(erased).toEqual([a.id]);
    expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual([b.id, other.id].sort());
    const audit = await db.auditLog.toArray();
    expect(audit.some((x) => x.recordId === a.id)).toBe(false);
    expect(audit.some((x) => x.recordId === b.id)).toBe(true);
  });
});
