/** The stock count in progress (issue 16.4) against a real (in-memory) IndexedDB. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { COUNT_DRAFT_KEY, applyCountAndClearDraft, countDraftEntries, discardCountDraft, loadCountDraft, saveCountDraft } from './countDraft';
import { createItem } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('count draft', () => {
  it('keeps what is typed (even a typo) until applied or discarded, without an audit line per keystroke', async () => {
    expect(await loadCountDraft(db)).toBeNull();
    await saveCountDraft('2026-12-04T09:00:00.000Z', { a: '7', b: '', c: '1o' }, db);
    const draft = await loadCountDraft(db);
    expect(draft).toMatchObject({ startedAt: '2026-12-04T09:00:00.000Z', counts: { a: '7', c: '1o' } });
    expect(countDraftEntries(draft!.counts)).toBe(2);
    await saveCountDraft('2026-12-04T09:00:00.000Z', { a: '8', c: '10' }, db);
    expect((await loadCountDraft(db))!.counts).toEqual({ a: '8', c: '10' });
    expect(await db.auditLog.where('[table+recordId]').equals(['settings', COUNT_DRAFT_KEY]).count()).toBe(0);
    await discardCountDraft(db);
    expect(await loadCountDraft(db)).toBeNull();
    expect(await db.auditLog.where('[table+recordId]').equals(['settings', COUNT_DRAFT_KEY]).count()).toBe(1);
  });

  it('emptying every box removes the draft', async () => {
    await saveCountDraft('2026-12-04T09:00:00.000Z', { a: '7' }, db);
    await saveCountDraft('2026-12-04T09:00:00.000Z', { a: '  ' }, db);
    expect(await loadCountDraft(db)).toBeNull();
  });

  it('applying the count clears its draft in the same transaction; a refused count keeps both', async () => {
    const item = await createItem({ name: 'Copy paper', openingQuantity: 10 }, db);
    await saveCountDraft('2026-12-04T09:00:00.000Z', { [item.id]: '7' }, db);
    await expect(applyCountAndClearDraft([{ itemId: item.id, countedQuantity: 7 }, { itemId: item.id, countedQuantity: 7 }], db)).rejects.toThrow('An item appears twice');
    expect(await loadCountDraft(db)).not.toBeNull();
    await applyCountAndClearDraft([{ itemId: item.id, countedQuantity: 7 }], db);
    expect((await db.items.get(item.id))!.quantityOnHand).toBe(7);
    expect(await loadCountDraft(db)).toBeNull();
  });
});
