/** Ctrl+K: a typed or scanned asset tag finds its item first, ignoring case and spaces. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../db/database';
import { openTestDb } from '../db/testing';
import { equipmentRepository } from '../features/equipment';
import { itemRepository } from '../features/inventory';
import { findAssetTagHit, searchEverything } from './search';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('asset tag lookup', () => {
  it('puts the item with the tag first, whatever the case and spacing', async () => {
    await itemRepository.create({ name: 'Label for BD-0042 binder', sku: 'BD-0042X', unit: 'each', category: 'General' }, db);
    const copier = await equipmentRepository.create({ name: 'Copier', assetTag: 'BD-0042', location: 'Print room' }, db);
    await equipmentRepository.create({ name: 'Copier stand', assetTag: 'BD-0043' }, db);
    const hits = await searchEverything(' bd- 0042', 20, db);
    expect(hits[0]).toMatchObject({ module: 'equipment', id: copier.id, title: 'Copier', subtitle: 'Asset tag BD-0042 · Print room' });
    expect(hits.filter((h) => h.id === copier.id)).toHaveLength(1);
  });

  it('finds nothing for a deleted item or a tag that is not there', async () => {
    const e = await equipmentRepository.create({ name: 'Old phone', assetTag: 'BD-0001' }, db);
    await equipmentRepository.softDelete(e.id, db);
    expect(await findAssetTagHit('bd-0001', db)).toBeUndefined();
    expect(await findAssetTagHit('BD-0002', db)).toBeUndefined();
    expect(await findAssetTagHit('b', db)).toBeUndefined();
  });
});
