/** Purchase requests: numbering, the threshold, decisions and ordering, each with its audit line. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { createPurchaseRequest, getApprovalSetting, saveApprovalSetting } from './purchaseRequests';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  db.close();
});

describe('createPurchaseRequest', () => {
  it('numbers requests PR-0001… and follows the default threshold of 250.00', async () => {
    expect((await getApprovalSetting(db)).thresholdCents).toBe(25_000);
    const small = await createPurchaseRequest({ description: 'Desk lamp', quantity: 2, estimatedUnitCostCents: 2_500, requesterName: 'Ana' }, db);
    const big = await createPurchaseRequest({ description: 'Office chair', quantity: 1, estimatedUnitCostCents: 34_900 }, db);
    expect(small).toMatchObject({ number: 'PR-0001', status: 'approved', autoApproved: true });
    expect(big).toMatchObject({ number: 'PR-0002', status: 'pending', autoApproved: false });
    const smallLog = (await auditEntriesFor(db, small.id)).map((a) => a.summary);
    expect(smallLog.some((s) => s.startsWith('Submitted purchase request PR-0001'))).toBe(true);
    expect(smallLog.some((s) => s.includes('automatically'))).toBe(true);
    expect((await auditEntriesFor(db, big.id)).map((a) => a.summary)).toHaveLength(1);
  });

  it('uses the office threshold and refuses an invalid request without drawing a number', async () => {
    await saveApprovalSetting({ thresholdCents: 0 }, db);
    await expect(createPurchaseRequest({ description: '', quantity: 1, estimatedUnitCostCents: 100 }, db)).rejects.toThrow(/What to buy/);
    await expect(createPurchaseRequest({ description: 'Pens', quantity: 0, estimatedUnitCostCents: 100 }, db)).rejects.toThrow(/at least 1/);
    const r = await createPurchaseRequest({ description: 'Pens', quantity: 1, estimatedUnitCostCents: 100 }, db);
    expect(r).toMatchObject({ number: 'PR-0001', status: 'pending' });
  });
});
