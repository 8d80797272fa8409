/** Supplies linked to equipment: no duplicate links, stock on hand with the low flag, and what a supply is for. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { createItem, issueStock, itemRepository, readItemPurposes } from '../inventory';
import { equipmentRepository } from './repository';
import {
  linkEquipmentConsumable,
  listEquipmentConsumables,
  listEquipmentUsingItem,
  readEquipmentItemPurposes,
  unlinkEquipmentConsumable,
  updateEquipmentConsumableNote,
} from './consumables';
import './registrations';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

async function setup() {
  const copier = await equipmentRepository.create({ name: 'Copier 2nd floor' }, db);
  const printer = await equipmentRepository.create({ name: 'Printer 1st floor' }, db);
  const toner = await createItem({ name: 'Toner black TK-5240', unit: 'cartridge', minQuantity: 2, openingQuantity: 4 }, db);
  const paper = await createItem({ name: 'Copy paper A4', unit: 'ream', minQuantity: 10, openingQuantity: 40 }, db);
  return { copier, printer, toner, paper };
}

describe('equipment consumables', () => {
  it('lists a machine’s supplies with on hand, minimum, unit and the low flag', async () => {
    const { copier, toner, paper } = await setup();
    await linkEquipmentConsumable({ equipmentId: copier.id, itemId: toner.id, note: 'toner black' }, db);
    await linkEquipmentConsumable({ equipmentId: copier.id, itemId: paper.id }, db);
    let rows = await listEquipmentConsumables(copier.id, db);
    expect(rows.map((r) => [r.item?.name, r.link.note, r.item?.onHand, r.item?.minimum, r.item?.unit, r.item?.low])).toEqual([
      ['Copy paper A4', undefined, 40, 10, 'ream', false],
      ['Toner black TK-5240', 'toner black', 4, 2, 'cartridge', false],
    ]);
    await issueStock(toner.id, 2, {}, db);
    rows = await listEquipmentConsumables(copier.id, db);
    expect(rows.find((r) => r.item?.id === toner.id)!.item).toMatchObject({ onHand: 2, low: true });
  });

  it('refuses the same supply twice on one machine, but the same supply on two machines is fine', async () => {
    const { copier, printer, toner } = await setup();
    await linkEquipmentConsumable({ equipmentId: copier.id, itemId: toner.id }, db);
    await expect(linkEquipmentConsumable({ equipmentId: copier.id, itemId: toner.id, note: 'again' }, db)).rejects.toThrow(
      'Toner black TK-5240: That supply is already linked to this equipment.',
    );
    await linkEquipmentConsumable({ equipmentId: printer.id, itemId: toner.id }, db);
    expect((await listEquipmentUsingItem(toner.id, db)).map((u) => u.equipment.name)).toEqual(['Copier 2nd floor', 'Printer 1st floor']);
  });

  it('unlinking is a soft delete; the supply can then be linked again', async () => {
    const { copier, toner } = await setup();
    const link = await linkEquipmentConsumable({ equipmentId: copier.id, itemId: toner.id }, db);
    await unlinkEquipmentConsumable(link.id, db);
    expect(await listEquipmentConsumables(copier.id, db)).toEqual([]);
    expect((await db.consumableLinks.get(link.id))!.deletedAt).not.toBeNull();
    await linkEquipmentConsumable({ equipmentId: copier.id, itemId: toner.id }, db);
    expect(await listEquipmentConsumables(copier.id, db)).toHaveLength(1);
  });

  it('a deleted item stays listed without stock figures', async () => {
    const { copier, toner } = await setup();
    await linkEquipmentConsumable({ equipmentId: copier.id, itemId: toner.id }, db);
    await itemRepository.softDelete(toner.id, db);
    const rows = await listEquipmentConsumables(copier.id, db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.item).toBeUndefined();
    await expect(linkEquipmentConsumable({ equipmentId: copier.id, itemId: toner.id }, db)).rejects.toThrow(/no longer exists/);
  });

  it('says what a supply is for, through inventory’s purpose registry; retired machines are left out', async () => {
    const { copier, printer, toner, paper } = await setup();
    const old = await equipmentRepository.create({ name: 'Old copier', status: 'retired', retiredOn: '2025-01-01', retirementReason: 'Replaced' }, db);
    const link = await linkEquipmentConsumable({ equipmentId: copier.id, itemId: toner.id, note: 'toner' }, db);
    await updateEquipmentConsumableNote(link.id, 'toner black', db);
    await linkEquipmentConsumable({ equipmentId: printer.id, itemId: toner.id }, db);
    await linkEquipmentConsumable({ equipmentId: old.id, itemId: paper.id }, db);
    const direct = await readEquipmentItemPurposes(db, [toner.id, paper.id]);
    expect([...direct]).toEqual([[toner.id, 'Copier 2nd floor (toner black); Printer 1st floor']]);
    const viaInventory = await readItemPurposes(db, [toner.id, paper.id]);
    expect(viaInventory.get(toner.id)).toBe('Copier 2nd floor (toner black); Printer 1st floor');
    expect(viaInventory.has(paper.id)).toBe(false);
  });
});
