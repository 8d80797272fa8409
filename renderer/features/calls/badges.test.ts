import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { callsPersonBadgeSource } from './badges';
import { closeMessage, logCall } from './logCall';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('open messages badge in People', () => {
  it('counts each person’s open messages and warns of those over a day', async () => {
    const now = new Date('2026-11-24T12:00:00.000Z');
    await logCall({ caller: 'Old', forEmployeeId: 'e1', followUp: 'please-call', takenAt: '2026-11-23T09:00:00.000Z' }, db);
    await logCall({ caller: 'New', forEmployeeId: 'e1', followUp: 'will-call-again', takenAt: '2026-11-24T11:00:00.000Z' }, db);
    await logCall({ caller: 'Once', forEmployeeId: 'e2', followUp: 'please-call', takenAt: '2026-11-24T11:00:00.000Z' }, db);
    await logCall({ caller: 'Plain', forEmployeeId: 'e3', takenAt: '2026-11-24T11:00:00.000Z' }, db);
    const done = await logCall({ caller: 'Done', forEmployeeId: 'e3', followUp: 'please-call', takenAt: '2026-11-20T11:00:00.000Z' }, db);
    await closeMessage(done.id, {}, db);

    const badges = await callsPersonBadgeSource.read(db, now);
    expect([...badges.keys()].sort()).toEqual(['e1', 'e2']);
    expect(badges.get('e1')).toEqual([
      { key: 'calls:e1', label: '2 messages · 1 over a day', description: 'Open messages from Old, New', href: '#/calls/messages/e1', tone: 'warning' },
    ]);
    expect(badges.get('e2')![0]).toMatchObject({ label: '1 message', tone: 'info' });
  });
});
