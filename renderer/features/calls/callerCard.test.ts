import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { purchaseOrderRepository } from '../purchasing';
import { vendorRepository } from '../vendors';
import { displayNumber, numberProblem, readCallerCard } from './callerCard';
import { closeMessage, logCall } from './logCall';
import { registerFakePhoneSources } from './testSources';

let db: BackdeskDb;
beforeAll(() => registerFakePhoneSources());
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const line = { id: 'line-1', description: 'Toner', quantity: 2, unitCostCents: 4500 };

describe('readCallerCard', () => {
  it('shows the vendor with its latest calls, open messages and orders not yet received', async () => {
    const acme = await vendorRepository.create({ name: 'Acme Office Supply', phone: '(207) 555-0195' }, db);
    const sent = await purchaseOrderRepository.create({ number: 'PO-1', vendorId: acme.id, status: 'ordered', orderDate: '2026-11-01', lines: [line] }, db);
    await purchaseOrderRepository.create({ number: 'PO-2', vendorId: acme.id, status: 'received', orderDate: '2026-10-01', lines: [line] }, db);
    const open = await logCall({ caller: '', phone: '207 555 0195', followUp: 'please-call', forEmployeeId: 'e1', takenAt: '2026-11-20T10:00:00.000Z' }, db);
    const closed = await logCall({ caller: '', phone: '+12075550195', followUp: 'please-call', takenAt: '2026-11-19T10:00:00.000Z' }, db);
    await closeMessage(closed.id, {}, db);

    const card = await readCallerCard('+1 207-555-0195', db);
    expect(card.e164).toBe('+12075550195');
    expect(card.formatted).toBe('(207) 555-0195');
    expect(card.entries).toHaveLength(1);
    const [entry] = card.entries;
    expect(entry!.match).toMatchObject({ table: 'vendors', id: acme.id, name: 'Acme Office Supply', role: 'Vendor' });
    expect(entry!.latestCalls.map((c) => c.id)).toEqual([open.id, closed.id]);
    expect(entry!.openMessages.map((c) => c.id)).toEqual([open.id]);
    expect(entry!.openOrders.map((o) => o.id)).toEqual([sent.id]);
    expect(card.numberCalls).toEqual([]);
  });

  it("a vendor's contact: the vendor's open orders and the calls and messages through any of the contact's numbers", async () => {
    const ne = await vendorRepository.create({ name: 'Northeast Office Supply Co.', phone: '207.555.0180', contactName: 'Karen Boucher' }, db);
    const po = await purchaseOrderRepository.create({ number: 'PO-9', vendorId: ne.id, status: 'ordered', orderDate: '2026-11-01', lines: [line] }, db);
    const now = new Date().toISOString();
    await db.contacts.add({
      id: 'karen', name: 'Karen Boucher', organization: 'Northeast Office Supply Co.', vendorId: ne.id,
      phones: [{ number: '(207) 555-0181 x204', kind: 'work' }, { number: '207.555.0182', kind: 'mobile' }],
      emails: [], tags: [], createdAt: now, updatedAt: now, deletedAt: null,
    } as never);
    const viaDirect = await logCall({ caller: 'Karen Boucher', company: 'Northeast Office Supply Co.', callerTable: 'vendors', callerId: ne.id, phone: '207-555-0181', followUp: 'please-call', takenAt: '2026-11-20T10:00:00.000Z' }, db);
    await logCall({ caller: 'Front desk', callerTable: 'vendors', callerId: ne.id, phone: '207.555.0180', takenAt: '2026-11-21T10:00:00.000Z' }, db);

    const card = await readCallerCard('207.555.0182', db); // her mobile: no call came from it yet
    const entry = card.entries.find((e) => e.match.table === 'contacts');
    expect(entry?.match.name).toBe('Karen Boucher');
    expect(entry!.openOrders.map((o) => o.id)).toEqual([po.id]);
    expect(entry!.latestCalls.map((c) => c.id)).toEqual([viaDirect.id]);
    expect(entry!.openMessages.map((c) => c.id)).toEqual([viaDirect.id]);
  });

  it('an unknown number shows its own earlier calls; a word is not a number', async () => {
    await logCall({ caller: 'Stranger', phone: '207-555-0111' }, db);
    const card = await readCallerCard('2075550111', db);
    expect(card.entries).toEqual([]);
    expect(card.numberCalls.map((c) => c.caller)).toEqual(['Stranger']);
    expect(await readCallerCard('hello', db)).toMatchObject({ e164: null, entries: [] });
  });
});

describe('numbers as the office reads them', () => {
  it('says a number without its area code is no full number, and shows stored numbers the way the office dials them', () => {
    expect(numberProblem('555 0180', db)).toBe('local-only');
    expect(numberProblem('hello', db)).toBe('invalid');
    expect(numberProblem('(207) 555-0195', db)).toBeNull();
    expect(displayNumber('0044 20 7946 0321', db)).toBe('+44 20 7946 0321');
    expect(displayNumber('207.555.0180', db)).toBe('(207) 555-0180');
  });
});
