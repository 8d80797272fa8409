/** Equipment register: unique tags, the next tag, retirement, soft delete, settings; the maintenance log. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { readLocalSync, saveThisPc, writeLocalSync } from '../../db/sync/device';
import type { TableName } from '../../db/database';
import { checkOutEquipment } from './handovers';
import { employeeRepository } from '../people';
import { getAttachment, listAttachments } from '../../db/attachments';
import {
  createEquipment,
  exampleAssetTag,
  deleteEquipment,
  equipmentCategoryName,
  equipmentRepository,
  findEquipmentByTag,
  getEquipmentSettings,
  listEquipment,
  listEquipmentHolderRows,
  logMaintenance,
  newEquipmentCategoryKey,
  retireEquipment,
  returnEquipmentToService,
  saveEquipmentSettings,
  suggestEquipmentTag,
  setEquipmentPhoto,
  addEquipmentDocument,
  removeEquipmentFile,
  splitEquipmentDocumentName,
  updateEquipment,
} from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('the register', () => {
  it('creates an item with a tidy tag and an audit entry', async () => {
    const e = await createEquipment({ name: 'Copier', assetTag: ' bd- 0001 ', make: 'Canon', purchaseCostCents: 250000 }, db);
    expect(e.assetTag).toBe('BD-0001');
    expect(e.status).toBe('in-use');
    const audit = await auditEntriesFor(db, e.id);
    expect(audit.map((a) => a.summary)).toEqual(['Created equipment "Copier" (BD-0001)']);
  });

  it('refuses a duplicate tag (any case or spacing), naming the item that has it', async () => {
    await createEquipment({ name: 'Copier', assetTag: 'BD-0001' }, db);
    await expect(createEquipment({ name: 'Laptop', assetTag: 'bd-0001' }, db)).rejects.toThrow(
      'The asset tag BD-0001 is already on "Copier". Choose another tag.',
    );
    const laptop = await createEquipment({ name: 'Laptop', assetTag: 'BD-0002' }, db);
    await expect(updateEquipment(laptop.id, { assetTag: 'bd- 0001' }, db)).rejects.toThrow('already on "Copier"');
    // Saving an item with its own tag is fine.
    await expect(updateEquipment(laptop.id, { assetTag: 'bd-0002', model: 'X1' }, db)).resolves.toMatchObject({ model: 'X1' });
    expect(await listEquipment(db)).toHaveLength(2);
  });

  it('frees a deleted item’s tag for reuse but not for the suggestion', async () => {
    const a = await createEquipment({ name: 'Old phone', assetTag: 'BD-0007' }, db);
    await deleteEquipment(a.id, db);
    expect(await equipmentRepository.get(a.id, db)).toBeUndefined();
    expect(await findEquipmentByTag('bd-0007', db)).toBeUndefined();
    expect(await suggestEquipmentTag(db)).toBe('BD-0008');
    await expect(createEquipment({ name: 'New phone', assetTag: 'BD-0007' }, db)).resolves.toBeTruthy();
    expect((await auditEntriesFor(db, a.id)).map((x) => x.action)).toEqual(['create', 'delete']);
  });

  it('suggests the next tag from the configured prefix', async () => {
    expect(await suggestEquipmentTag(db)).toBe('BD-0001');
    await createEquipment({ name: 'A', assetTag: 'BD-0041' }, db);
    await createEquipment({ name: 'B', assetTag: 'XY-0100' }, db);
    expect(await suggestEquipmentTag(db)).toBe('BD-0042');
    await saveEquipmentSettings({ ...(await getEquipmentSettings(db)), assetTagPrefix: 'XY' }, db);
    expect(await suggestEquipmentTag(db)).toBe('XY-0101');
  });

  it('continues the series the register already uses until a prefix is set', async () => {
    await createEquipment({ name: 'Copier', assetTag: 'HL-0017' }, db);
    await createEquipment({ name: 'Shredder', assetTag: 'HL-0018' }, db);
    expect((await getEquipmentSettings(db)).assetTagPrefix).toBe('HL');
    expect(await suggestEquipmentTag(db)).toBe('HL-0019');
    await saveEquipmentSettings({ ...(await getEquipmentSettings(db)), assetTagPrefix: 'BD' }, db);
    expect(await suggestEquipmentTag(db)).toBe('BD-0001');
  });

  it('finds an item by tag ignoring case and spaces', async () => {
    const e = await createEquipment({ name: 'Projector', assetTag: 'BD-0003' }, db);
    expect((await findEquipmentByTag('  bd -0003 ', db))?.id).toBe(e.id);
    expect(await findEquipmentByTag('BD-3', db)).toBeUndefined();
  });

  it('applies the register rules on create and update', async () => {
    await expect(createEquipment({ name: 'Chair', status: 'retired' }, db)).rejects.toThrow('Enter the date the item was retired.');
    await expect(createEquipment({ name: 'Chair', purchaseDate: '2025-05-01', warrantyEnds: '2025-01-01' }, db)).rejects.toThrow(
      'The warranty cannot end (2025-01-01) before the purchase date (2025-05-01).',
    );
    await expect(createEquipment({ name: '' }, db)).rejects.toThrow();
    const c = await createEquipment({ name: 'Chair', purchaseDate: '2025-05-01' }, db);
    await expect(updateEquipment(c.id, { warrantyEnds: '2024-12-31' }, db)).rejects.toThrow('The warranty cannot end');
    const updated = await updateEquipment(c.id, { location: 'Room 2', notes: '' }, db);
    expect(updated.location).toBe('Room 2');
    const audit = await auditEntriesFor(db, c.id);
    expect(audit.at(-1)?.summary).toBe('Updated equipment "Chair" (location)');
  });

  it('retires with date and reason, refuses without, and can return to service', async () => {
    const e = await createEquipment({ name: 'Shredder', assetTag: 'BD-0004', purchaseDate: '2020-01-10' }, db);
    await expect(retireEquipment(e.id, { status: 'retired', date: '2026-03-01', reason: '  ' }, db)).rejects.toThrow('Enter why the item was retired.');
    await expect(retireEquipment(e.id, { status: 'disposed', date: '2019-01-01', reason: 'Broken' }, db)).rejects.toThrow('before it was bought');
    const r = await retireEquipment(e.id, { status: 'disposed', date: '2026-03-01', reason: ' Motor burnt out ' }, db);
    expect(r).toMatchObject({ status: 'disposed', retiredOn: '2026-03-01', retirementReason: 'Motor burnt out' });
    expect((await auditEntriesFor(db, e.id)).at(-1)?.summary).toBe('Disposed equipment "Shredder" on 2026-03-01: Motor burnt out');
    const back = await returnEquipmentToService(e.id, 'in-storage', db);
    expect(back.status).toBe('in-storage');
    expect(back.retiredOn).toBeUndefined();
    expect(back.retirementReason).toBeUndefined();
  });

  it('refuses to retire an item someone holds', async () => {
    const person = await employeeRepository.create({ name: 'Grace Hopper', email: 'grace@example.com' }, db);
    const e = await createEquipment({ name: 'Laptop', assetTag: 'BD-0005' }, db);
    await checkOutEquipment({ equipmentId: e.id, date: '2026-03-01', toPersonId: person.id }, db);
    expect(await listEquipmentHolderRows(db)).toHaveLength(1);
    await expect(retireEquipment(e.id, { status: 'retired', date: '2026-03-02', reason: 'Old' }, db)).rejects.toThrow(
      'Laptop is checked out to Grace Hopper. Check it in before it is retired.',
    );
    await expect(updateEquipment(e.id, { status: 'disposed', retiredOn: '2026-03-02', retirementReason: 'Lost' }, db)).rejects.toThrow(
      'Laptop is checked out to Grace Hopper. Check it in before it is disposed.',
    );
  });
});

describe('photo and documents', () => {
  it('sets and replaces the photo, attaches and removes documents', async () => {
    const e = await createEquipment({ name: 'Copier', assetTag: 'BD-0001' }, db);
    const png = { name: 'copier.png', mimeType: 'image/png', bytes: new Uint8Array([137, 80, 78, 71, 1]) };
    const first = await setEquipmentPhoto(e.id, png, db);
    const second = await setEquipmentPhoto(e.id, { ...png, name: 'copier2.png', bytes: new Uint8Array([137, 80, 78, 71, 2]) }, db);
    expect(second.photoAttachmentId).not.toBe(first.photoAttachmentId);
    expect((await getAttachment(first.photoAttachmentId!, db))?.deletedAt).not.toBeNull();
    await expect(setEquipmentPhoto(e.id, { name: 'manual.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1]) }, db)).rejects.toThrow('must be an image');
    const withDoc = await addEquipmentDocument(e.id, 'Warranty card', { name: 'warranty.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) }, db);
    expect(withDoc.documentAttachmentIds).toHaveLength(1);
    const doc = await getAttachment(withDoc.documentAttachmentIds![0]!, db);
    expect(splitEquipmentDocumentName(doc!.name)).toEqual({ kind: 'Warranty card', fileName: 'warranty.pdf' });
    expect(await listAttachments('equipment', e.id, db)).toHaveLength(2);
    const after = await removeEquipmentFile(e.id, doc!.id, db);
    expect(after.documentAttachmentIds).toBeUndefined();
    expect(after.photoAttachmentId).toBe(second.photoAttachmentId);
    expect(await listAttachments('equipment', e.id, db)).toHaveLength(1);
  });
});

describe('register settings', () => {
  it('defaults to BD and the default categories', async () => {
    const s = await getEquipmentSettings(db);
    expect(s.assetTagPrefix).toBe('BD');
    expect(s.categories.map((c) => c.name)).toContain('Copier/printer');
  });

  it('renames a category on the items filed under it, in one save', async () => {
    const e = await createEquipment({ name: 'Copier', category: 'Copier/printer' }, db);
    const s = await getEquipmentSettings(db);
    const categories = s.categories.map((c) => (c.key === 'copier-printer' ? { ...c, name: 'Printers and copiers' } : c));
    categories.push({ key: newEquipmentCategoryKey('Audio/visual', categories.map((c) => c.key)), name: 'Audio/visual' });
    categories[categories.findIndex((c) => c.key === 'vehicle')]!.hidden = true;
    await saveEquipmentSettings({ ...s, categories }, db);
    expect((await equipmentRepository.get(e.id, db))!.category).toBe('Printers and copiers');
    const saved = await getEquipmentSettings(db);
    expect(saved.categories.find((c) => c.key === 'audio-visual')?.name).toBe('Audio/visual');
    expect(saved.categories.find((c) => c.key === 'vehicle')?.hidden).toBe(true);
    expect(equipmentCategoryName('copier-printer', saved.categories)).toBe('Printers and copiers');
  });

  it('refuses duplicate category names and a bad prefix', async () => {
    const s = await getEquipmentSettings(db);
    await expect(saveEquipmentSettings({ ...s, categories: [...s.categories, { key: 'x', name: 'phone' }] }, db)).rejects.toThrow(
      'The category "phone" is already in the list.',
    );
    await expect(saveEquipmentSettings({ ...s, assetTagPrefix: 'B<D' }, db)).rejects.toThrow('letters, digits');
  });

  it('makes unique category keys', () => {
    expect(newEquipmentCategoryKey('Audio / Visual', ['audio-visual'])).toBe('audio-visual-2');
    expect(newEquipmentCategoryKey('!!!', [])).toBe('category');
  });
});

describe('the maintenance log', () => {
  it('logging a service moves the next service date', async () => {
    const e = await equipmentRepository.create({ name: 'Plotter', serviceIntervalDays: 180, nextServiceDate: '2026-11-01' }, db);
    await logMaintenance({ equipmentId: e.id, date: '2026-11-10', description: 'Service', costCents: 15000 }, db);
    expect((await equipmentRepository.get(e.id, db))!.nextServiceDate).toBe('2027-05-09');
  });
});

// ---------------------------------------------------------------------------------------------
// Numbers on PCs that sync (issue 18.3)

/** Acts as the PC this database belongs to: the number generators read the code its settings hold. */
async function onPc<T>(pc: BackdeskDb, act: () => Promise<T>): Promise<T> {
  await readLocalSync(pc);
  return act();
}

/** What a sync brings: every row of `tables` from one PC's database into the other's. */
async function replicate(from: BackdeskDb, to: BackdeskDb, tables: readonly TableName[]): Promise<void> {
  for (const t of tables) await to.table(t).bulkPut(await from.table(t).toArray());
}

/** The code is cached for the whole page (device.ts): later tests start from a PC that never synced. */
async function forgetCode(): Promise<void> {
  const blank = await openTestDb();
  await readLocalSync(blank);
  blank.close();
}

describe('asset tags on PCs that sync (issue 18.3)', () => {
  afterEach(forgetCode);
  /** What the register's form does: take the suggested tag for a new item. */
  const register = async (pc: BackdeskDb, name: string) => (await createEquipment({ name, assetTag: await suggestEquipmentTag(pc) }, pc)).assetTag;

  it("suggests tags in this PC's own series once it has a number code, in the office's prefix", async () => {
    expect(await register(db, 'Copier')).toBe('BD-0001');
    await saveThisPc({ deviceName: 'Reception', numberCode: 'A' }, db);
    expect(await register(db, 'Laptop')).toBe('BD-A0001');
    await saveEquipmentSettings({ assetTagPrefix: 'HL/', categories: (await getEquipmentSettings(db)).categories }, db);
    expect(await suggestEquipmentTag(db)).toBe('HL/A0001');
    expect(exampleAssetTag('HL/')).toBe('HL/A0001');
    expect(exampleAssetTag('BD')).toBe('BD-A0001');
  });

  it('two PCs registering offline from the same register never suggest the same tag', async () => {
    await register(db, 'Copier');
    await register(db, 'Printer');
    const pcA = db;
    const pcB = await openTestDb();
    try {
      await replicate(pcA, pcB, ['equipment']);
      await writeLocalSync({ numberCode: 'A' }, pcA);
      await writeLocalSync({ numberCode: 'B' }, pcB);
      const made: (string | undefined)[] = [];
      for (let i = 0; i < 2; i++) {
        made.push(await onPc(pcA, () => register(pcA, `A ${i}`)));
        made.push(await onPc(pcB, () => register(pcB, `B ${i}`)));
      }
      expect(made).toEqual(['BD-A0001', 'BD-B0001', 'BD-A0002', 'BD-B0002']);
      await replicate(pcB, pcA, ['equipment']);
      expect(await onPc(pcA, () => register(pcA, 'after sync'))).toBe('BD-A0003');
      const tags = (await pcA.equipment.toArray()).map((e) => e.assetTag);
      expect(tags).toHaveLength(7);
      expect(new Set(tags).size).toBe(7);
    } finally {
      pcB.close();
    }
  });
});
