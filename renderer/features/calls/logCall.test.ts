import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { vendorRepository } from '../vendors';
import { closeMessage, logCall, markMessageSeen, matchCaller, reopenMessage, updateCall } from './logCall';
import { registerFakePhoneSources } from './testSources';

let db: BackdeskDb;
beforeAll(() => registerFakePhoneSources());
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('logCall', () => {
  it('matches the caller by number in any format and keeps the number as typed', async () => {
    const acme = await vendorRepository.create({ name: 'Acme Office Supply', phone: '207-555-0195' }, db);
    const before = Date.now();
    const call = await logCall({ caller: '', phone: '+1 (207) 555 0195', subject: 'Order' }, db);
    expect(call).toMatchObject({ caller: 'Acme Office Supply', callerTable: 'vendors', callerId: acme.id, phone: '+1 (207) 555 0195', phoneKey: '+12075550195', status: 'new', outcome: 'talked' });
    // Taken now: between the moments before and after the call was logged, however slow the machine.
    expect(Date.parse(call.takenAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(call.takenAt)).toBeLessThanOrEqual(Date.now());
    const audit = await auditEntriesFor(db, call.id);
    expect(audit.map((a) => a.summary)).toEqual(['Created call "Acme Office Supply"']);
  });

  it('keeps a typed name and an explicit record; an unknown number stays unmatched', async () => {
    const acme = await vendorRepository.create({ name: 'Acme Office Supply', phone: '207-555-0195' }, db);
    const typed = await logCall({ caller: 'Olivia at Acme', phone: '2075550195' }, db);
    expect(typed).toMatchObject({ caller: 'Olivia at Acme', callerId: acme.id });
    const unknown = await logCall({ caller: 'Someone', phone: '207-555-0100' }, db);
    expect(unknown.callerId).toBeUndefined();
    expect(unknown.phoneKey).toBe('+12075550100');
    const picked = await matchCaller({ caller: 'X', takenAt: '2026-01-01T00:00:00.000Z', callerTable: 'contacts', callerId: 'c1', phone: '2075550195' }, db);
    expect(picked.callerTable).toBe('contacts');
  });

  it('a message from an unknown number with no name is from the number, formatted', async () => {
    const call = await logCall({ caller: ' ', phone: '2075550199', followUp: 'please-call' }, db);
    expect(call).toMatchObject({ caller: '(207) 555-0199', phone: '2075550199', phoneKey: '+12075550199' });
    expect(call.callerId).toBeUndefined();
    await expect(logCall({ caller: '', phone: '555 01' }, db)).rejects.toThrow(/Caller/);
  });

  it('refuses what the schema refuses, writing nothing', async () => {
    await expect(logCall({ caller: '', phone: '' }, db)).rejects.toThrow(/Caller/);
    await expect(logCall({ caller: 'A', durationMinutes: -1 }, db)).rejects.toThrow(/negative/);
    expect(await db.calls.count()).toBe(0);
  });
});

describe('messages', () => {
  it('seen, called back (time and who), reopened — each audited', async () => {
    const call = await logCall({ caller: 'Sam', forEmployeeId: 'emp-1', followUp: 'please-call' }, db);
    const seen = await markMessageSeen(call.id, db);
    expect(seen.status).toBe('seen');
    const beforeClose = Date.now();
    const closed = await closeMessage(call.id, {}, db);
    expect(closed).toMatchObject({ status: 'done', closedByEmployeeId: 'emp-1' });
    expect(Date.parse(closed.closedAt!)).toBeGreaterThanOrEqual(beforeClose);
    expect(Date.parse(closed.closedAt!)).toBeLessThanOrEqual(Date.now());
    const again = await closeMessage(call.id, { closedByEmployeeId: 'emp-2' }, db);
    expect(again.closedByEmployeeId).toBe('emp-1');
    const reopened = await reopenMessage(call.id, db);
    expect(reopened.status).toBe('seen');
    expect(reopened.closedAt).toBeUndefined();
    expect(reopened.closedByEmployeeId).toBeUndefined();
    const stored = await db.calls.get(call.id);
    expect(stored).toEqual(reopened);
    const summaries = (await auditEntriesFor(db, call.id)).map((a) => a.summary);
    expect(summaries).toEqual([
      'Created call "Sam"',
      'Marked the message from "Sam" as seen',
      'Closed the message from "Sam" (called back)',
      'Reopened the message from "Sam"',
    ]);
  });

  it('updates a call through the schema and fails on a missing one', async () => {
    const call = await logCall({ caller: 'Sam' }, db);
    const updated = await updateCall(call.id, { subject: 'Parcel', durationMinutes: 4 }, db);
    expect(updated).toMatchObject({ subject: 'Parcel', durationMinutes: 4 });
    await expect(closeMessage('nope', {}, db)).rejects.toThrow(/no longer exists/);
  });
});
