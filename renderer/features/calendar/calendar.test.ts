/**
 * The calendar helpers other features call inside their own transactions: linked events are
 * found through the [linkedTable+linkedId] index, and erasing them takes their audit entries.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db';
import { writeTransaction } from '../../db/crud';
import { openTestDb } from '../../db/testing';
import {
  EVENT_WRITE_TABLES,
  eventRepository,
  eraseEventsLinkedToInTx,
  listEventBusySlots,
  listEventsLinkedTo,
  writeInterviewEventInTx,
} from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const interview = (id: string) => ({ id, start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z', interviewerIds: ['emp1'] });

describe('linked events', () => {
  it('writes an interview entry, finds it by link and erases it with its audit lines', async () => {
    const other = await eventRepository.create({ title: 'Board meeting', start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z' }, db);
    const [a, b] = await writeTransaction(db, EVENT_WRITE_TABLES, async () => [
      await writeInterviewEventInTx(db, interview('iv1'), { title: 'Interview: A', location: 'Room 1' }),
      await writeInterviewEventInTx(db, interview('iv2'), { title: 'Interview: B' }),
    ]);
    expect(a).toMatchObject({ kind: 'interview', linkedTable: 'interviews', linkedId: 'iv1', attendeeIds: ['emp1'], location: 'Room 1' });
    expect((await listEventsLinkedTo('interviews', ['iv1'], db)).map((e) => e.id)).toEqual([a!.id]);
    expect(await listEventsLinkedTo('interviews', [], db)).toEqual([]);

    const busy = await listEventBusySlots('2026-11-23T10:30:00.000Z', '2026-11-23T10:45:00.000Z', db);
    expect(busy.find((s) => s.id === a!.id)?.linkedInterviewId).toBe('iv1');

    const erased = await writeTransaction(db, EVENT_WRITE_TABLES, () => eraseEventsLinkedToInTx(db, 'interviews', ['iv1']));
    expect(erased).toEqual([a!.id]);
    expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual([b!.id, other.id].sort());
    const audit = await db.auditLog.toArray();
    expect(audit.some((x) => x.recordId === a!.id)).toBe(false);
    expect(audit.some((x) => x.recordId === b!.id)).toBe(true);
  });
});
