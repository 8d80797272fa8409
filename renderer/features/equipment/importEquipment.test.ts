/**
 * importEquipment against a real (in-memory) IndexedDB: register fields from the import draft,
 * categories resolved by name, vendors matched or created, a tag already on record refused
 * (per line in the preview, and the whole file at save), and the whole file or nothing — a
 * refused file, a failing row or Cancel leave no item and no vendor behind.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { equipmentSchema } from '../../../shared/domain/equipment';
import type { EquipmentImportDraft } from '../../../shared/import';
import { strictConnection, type BackdeskDb } from '../../db';
import { openTestDb } from '../../db/testing';
import { vendorRepository } from '../vendors';
import { equipmentRepository } from './repository';
import { EquipmentTagInUseError, findEquipmentTagClashes, importEquipment } from './importEquipment';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  strictConnection(db).close();
  db.close();
});

const live = async () => (await db.equipment.toArray()).filter((e) => e.deletedAt === null);

describe('importEquipment', () => {
  it('saves every field under the register names, resolving categories and vendors', async () => {
    const known = await vendorRepository.create({ name: 'Office Depot' }, db);
    const progress: number[] = [];
    const result = await importEquipment(
      [
        {
          name: 'Copier',
          assetTag: 'BD-0001',
          category: 'copier/PRINTER',
          manufacturer: 'Canon',
          model: 'iR-ADV C3530',
          serial: 'SN-1',
          location: 'Copy room',
          purchaseDate: '2024-01-31',
          purchaseCostCents: 349900,
          warrantyEnd: '2027-01-31',
          vendorName: 'office depot',
          notes: 'Leased',
        },
        { name: 'Forklift', category: 'Warehouse', vendorName: 'Lift & Co' },
        { name: 'Kettle', vendorName: 'LIFT & CO', assetTag: 'bd- 0009' },
      ],
      { onProgress: (f) => progress.push(f), chunkSize: 2 },
      db,
    );
    expect(result).toEqual({ created: 3, updated: 0, alreadyThere: 0, cancelled: false });
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(3);

    const items = await live();
    for (const e of items) expect(() => equipmentSchema.parse(e)).not.toThrow();
    const copier = items.find((e) => e.name === 'Copier')!;
    expect(copier).toMatchObject({
      assetTag: 'BD-0001',
      category: 'Copier/printer',
      make: 'Canon',
      model: 'iR-ADV C3530',
      serialNumber: 'SN-1',
      location: 'Copy room',
      purchaseDate: '2024-01-31',
      purchaseCostCents: 349900,
      warrantyEnds: '2027-01-31',
      vendorId: known.id,
      notes: 'Leased',
      status: 'in-use',
    });
    const forklift = items.find((e) => e.name === 'Forklift')!;
    expect(forklift.category).toBe('Warehouse');
    const vendors = await vendorRepository.list(db);
    expect(vendors.map((v) => v.name).sort()).toEqual(['Lift & Co', 'Office Depot']);
    expect(items.find((e) => e.name === 'Kettle')).toMatchObject({ vendorId: forklift.vendorId, assetTag: 'BD-0009' });
    const audit = (await db.auditLog.toArray()).filter((a) => a.table === 'equipment');
    expect(audit.map((a) => a.summary)).toContain('Imported 3 equipment items from a file');
  });

  it('names the item already carrying a tag, per row, ignoring case and spaces; deleted items free their tag', async () => {
    await equipmentRepository.create({ name: 'Reception laptop', assetTag: 'BD-0042' }, db);
    const gone = await equipmentRepository.create({ name: 'Old phone', assetTag: 'BD-0007' }, db);
    await equipmentRepository.softDelete(gone.id, db);
    const rows: EquipmentImportDraft[] = [{ name: 'A', assetTag: 'BD-0001' }, { name: 'B', assetTag: 'bd- 0042' }, { name: 'C', assetTag: 'BD-0007' }, { name: 'D' }];
    const clashes = await findEquipmentTagClashes(rows, db);
    expect([...clashes]).toEqual([
      [1, 'The asset tag "bd- 0042" is already used by "Reception laptop"; this row cannot be imported with it (give it another tag in the file, or skip it).'],
    ]);

    await expect(importEquipment(rows, {}, db)).rejects.toThrow(EquipmentTagInUseError);
    await expect(importEquipment(rows, {}, db)).rejects.toThrow('already used by "Reception laptop"');
    expect((await live()).map((e) => e.name)).toEqual(['Reception laptop']);

    // With the clashing row skipped, the rest imports.
    const ok = await importEquipment(rows.filter((_, i) => !clashes.has(i)), {}, db);
    expect(ok.created).toBe(3);
  });

  it('writes the whole file or nothing: a row that fails its schema keeps every item and vendor out', async () => {
    const rows: EquipmentImportDraft[] = [
      { name: 'Good', vendorName: 'New Vendor Ltd' },
      { name: 'Bad', purchaseDate: '2024-01-01', warrantyEnd: 'not a date' },
    ];
    await expect(importEquipment(rows, {}, db)).rejects.toThrow(/The row for "Bad" cannot be saved/);
    expect(await db.equipment.count()).toBe(0);
    expect(await db.vendors.count()).toBe(0);
  });

  it('Cancel during the import keeps nothing', async () => {
    const controller = new AbortController();
    const rows = Array.from({ length: 50 }, (_, i) => ({ name: `Chair ${i}`, vendorName: 'Seats Inc' }));
    const result = await importEquipment(
      rows,
      { chunkSize: 10, signal: controller.signal, onProgress: (f) => f > 0.3 && controller.abort() },
      db,
    );
    expect(result).toEqual({ created: 0, updated: 0, alreadyThere: 0, cancelled: true });
    expect(await db.equipment.count()).toBe(0);
    expect(await db.vendors.count()).toBe(0);
  });
});
