import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openBackdeskDb } from './index';
import { createItem, issueStock, itemRepository, listMovements, receiveStock } from '../features/inventory/repository';
import { getCompanyProfile, saveCompanyProfile } from '../features/settings/repository';

describe('smoke', () => {
  it('works', async () => {
    const db = await openBackdeskDb('smoke-' + Math.random());
    const item = await createItem({ name: 'Paper', openingQuantity: 5 }, db);
    await receiveStock(item.id, 10, {}, db);
    await expect(issueStock(item.id, 100, {}, db)).rejects.toThrow(/Only 15/);
    const upd = await itemRepository.update(item.id, { location: 'Shelf A' }, db);
    expect(upd.quantityOnHand).toBe(15);
    console.log(await listMovements(item.id, db), await db.auditLog.toArray());
    console.log(await getCompanyProfile(db));
    await saveCompanyProfile({ name: 'X', currency: 'eur', locale: 'de-DE', fiscalYearStartMonth: 4 }, db);
    console.log(await getCompanyProfile(db));
    await expect(saveCompanyProfile({ name: '', currency: 'XXZ', locale: 'de-DE', fiscalYearStartMonth: 13 }, db)).rejects.toThrow();
    try { await saveCompanyProfile({ name: '', currency: 'XXZ', locale: 'de-DE', fiscalYearStartMonth: 13 }, db) } catch (e) { console.log(String(e)) }
    const b = await itemRepository.bulkCreate([{ name: 'a' }, { name: 'b' }], {}, db);
    expect(b.length).toBe(2);
  });
});
