import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { purchaseOrderRepository } from '../purchasing';
import { candidateRepository } from '../recruiting';
import { vendorRepository } from '../vendors';
import { loadRecipients } from './recipients';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('merge recipient lists', () => {
  it('finds every vendor with an open order, once, and candidates at a stage', async () => {
    const open = await vendorRepository.create({ name: 'Open Co', address: '1 Road', contactName: 'Ann' }, db);
    const partly = await vendorRepository.create({ name: 'Partly Co' }, db);
    const done = await vendorRepository.create({ name: 'Done Co' }, db);
    await vendorRepository.create({ name: 'Idle Co' }, db);
    const order = (vendorId: string, status: 'ordered' | 'partially-received' | 'received' | 'draft', n: number) =>
      purchaseOrderRepository.create({ number: `PO-${n}`, vendorId, status, orderDate: '2026-03-01' }, db);
    await order(open.id, 'ordered', 1);
    await order(open.id, 'ordered', 2);
    await order(partly.id, 'partially-received', 3);
    await order(done.id, 'received', 4);
    await order(done.id, 'draft', 5);
    const vendors = await loadRecipients({ kind: 'vendors-open-orders' }, db);
    expect(vendors.map((v) => v.name).sort()).toEqual(['Open Co', 'Partly Co']);
    expect(vendors.find((v) => v.name === 'Open Co')).toMatchObject({ table: 'vendors', address: '1 Road', contact: 'Ann' });
    // The vendor's own fields for the letter (issue 16.6): its open orders, not the received or draft ones.
    expect(vendors.find((v) => v.name === 'Open Co')?.fields?.['vendor.openOrders']).toBe('PO-1, PO-2');
    expect(await loadRecipients({ kind: 'vendors' }, db)).toHaveLength(4);

    await candidateRepository.create({ name: 'Cara', email: 'cara@example.com', stage: 'Offer' }, db);
    await candidateRepository.create({ name: 'Dan', email: 'dan@example.com', stage: 'Applied' }, db);
    expect((await loadRecipients({ kind: 'candidates', stage: 'Offer' }, db)).map((c) => c.name)).toEqual(['Cara']);
  });
});
