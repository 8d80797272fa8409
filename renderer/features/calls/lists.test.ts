import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { closeMessage, logCall } from './logCall';
import {
  groupMessagesByRecipient,
  listCallsForContact,
  listCallsForPerson,
  listCallsOnDay,
  listClosedMessages,
  listMessagesOnDay,
  listOpenMessages,
  localDayRange,
  openMessagesFor,
  searchCalls,
} from './lists';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const at = (day: string, hh: number, mm = 0) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hh, mm).toISOString();

describe('call lists', () => {
  it('a day runs from local midnight to the next', () => {
    const { from, to } = localDayRange('2026-03-29');
    expect(new Date(from).getHours()).toBe(0);
    expect(new Date(to).getDate()).toBe(30);
  });

  it('by day (in time order, edges included once), by person, by contact', async () => {
    const late = await logCall({ caller: 'Late', takenAt: at('2026-11-24', 23, 59), forEmployeeId: 'e1' }, db);
    const early = await logCall({ caller: 'Early', takenAt: at('2026-11-24', 0, 0), forEmployeeId: 'e1', phone: '207-555-0195', callerTable: 'vendors', callerId: 'v1' }, db);
    await logCall({ caller: 'Next day', takenAt: at('2026-11-25', 0, 0), phone: '(207) 555-0195' }, db);
    const gone = await logCall({ caller: 'Deleted', takenAt: at('2026-11-24', 12) }, db);
    await db.calls.update(gone.id, { deletedAt: new Date().toISOString() });
    expect((await listCallsOnDay('2026-11-24', db)).map((c) => c.id)).toEqual([early.id, late.id]);
    expect((await listCallsForPerson('e1', db)).map((c) => c.caller)).toEqual(['Late', 'Early']);
    expect((await listCallsForContact({ callerTable: 'vendors', callerId: 'v1' }, db)).map((c) => c.caller)).toEqual(['Early']);
    expect((await listCallsForContact({ callerTable: 'vendors', callerId: 'v1', phoneKey: '+12075550195' }, db)).map((c) => c.caller)).toEqual(['Next day', 'Early']);
  });

  it('a contact\'s calls: those matched to them and those from or to any of their numbers, once each', async () => {
    await logCall({ caller: 'Karen', callerTable: 'contacts', callerId: 'c1', takenAt: at('2026-11-20', 9) }, db);
    await logCall({ caller: 'Karen Boucher (Northeast)', callerTable: 'vendors', callerId: 'v1', phone: '207 555 0181', takenAt: at('2026-11-21', 9) }, db);
    await logCall({ caller: 'Karen mobile', phone: '207.555.0182', takenAt: at('2026-11-22', 9) }, db);
    await logCall({ caller: 'Main line', callerTable: 'vendors', callerId: 'v1', phone: '207 555 0180', takenAt: at('2026-11-23', 9) }, db);
    const ref = { callerTable: 'contacts' as const, callerId: 'c1', phoneKeys: ['+12075550181', '+12075550182', '+12075550181'] };
    expect((await listCallsForContact(ref, db)).map((c) => c.caller)).toEqual(['Karen mobile', 'Karen Boucher (Northeast)', 'Karen']);
  });

  it('searches caller, company, subject, message and the number however written', async () => {
    await logCall({ caller: 'Olivia Bennett', company: 'Acme Office Supply', phone: '207-555-0195', subject: 'Toner order', takenAt: at('2026-11-20', 9) }, db);
    await logCall({ caller: 'José Núñez', message: 'About the lease renewal', takenAt: at('2026-11-21', 9) }, db);
    const names = async (q: string) => (await searchCalls(q, 500, db)).map((c) => c.caller);
    expect(await names('acme toner')).toEqual(['Olivia Bennett']);
    expect(await names('jose lease')).toEqual(['José Núñez']);
    expect(await names('(207) 555')).toEqual(['Olivia Bennett']);
    expect(await names('+1 207 555 0195')).toEqual(['Olivia Bennett']);
    expect(await names('5550195')).toEqual(['Olivia Bennett']);
    expect(await names('nothing')).toEqual([]);
    expect(await names('  ')).toEqual([]);
  });

  it('open messages: per person, grouped with stale first; closed ones listed by closing', async () => {
    const now = new Date();
    const old = await logCall({ caller: 'Old', forEmployeeId: 'e1', followUp: 'please-call', takenAt: new Date(now.getTime() - 30 * 3_600_000).toISOString() }, db);
    await logCall({ caller: 'Fresh', forEmployeeId: 'e2', followUp: 'will-call-again', takenAt: new Date(now.getTime() - 3_600_000).toISOString() }, db);
    await logCall({ caller: 'Fresh 2', forEmployeeId: 'e2', followUp: 'please-call', urgent: true }, db);
    await logCall({ caller: 'Plain call', forEmployeeId: 'e1' }, db);
    const done = await logCall({ caller: 'Done', forEmployeeId: 'e1', followUp: 'returned-call' }, db);
    await closeMessage(done.id, {}, db);
    expect((await openMessagesFor('e1', db)).map((c) => c.caller)).toEqual(['Old']);
    const open = await listOpenMessages(db);
    expect(open.map((c) => c.caller)).toEqual(['Old', 'Fresh', 'Fresh 2']);
    const groups = groupMessagesByRecipient(open, now);
    expect(groups.map((g) => [g.employeeId, g.messages.length, g.stale])).toEqual([
      ['e1', 1, 1],
      ['e2', 2, 0],
    ]);
    expect((await listClosedMessages(50, db)).map((c) => c.caller)).toEqual(['Done']);
    expect(old.status).toBe('new');
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect((await listMessagesOnDay(day, db)).map((c) => c.caller)).not.toContain('Plain call');
  });
});
