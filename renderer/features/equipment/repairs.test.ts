/** Repairs: report → under repair, done → back in service, with the expense and the parts in one transaction. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { budgetCategoryRepository } from '../budget';
import { expenseRepository, recomputeExpenseTotals, readExpenseTotals } from '../expenses';
import { createItem, itemRepository, listMovements } from '../inventory';
import { vendorRepository } from '../vendors';
import { equipmentRepository, logMaintenance } from './repository';
import {
  completeEquipmentRepair,
  deleteEquipmentRepair,
  getEquipmentCostOfOwnership,
  listEquipmentFlaggedForReplacement,
  listEquipmentRepairs,
  reportEquipmentRepair,
  updateEquipmentRepair,
} from './repairs';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

async function setup() {
  const copier = await equipmentRepository.create({ name: 'Copier 2nd floor', assetTag: 'BD-0001', purchaseCostCents: 250000, purchaseDate: '2024-01-10' }, db);
  const vendor = await vendorRepository.create({ name: 'Copy Care Ltd' }, db);
  const category = await budgetCategoryRepository.create({ name: 'Repairs' }, db);
  const fuser = await createItem({ name: 'Fuser unit', unit: 'each', openingQuantity: 3 }, db);
  return { copier, vendor, category, fuser };
}

const statusOf = async (id: string) => (await equipmentRepository.get(id, db))!.status;

describe('equipment repairs', () => {
  it('reporting a problem puts the item under repair; the fix puts it back in use', async () => {
    const { copier, vendor } = await setup();
    const r = await reportEquipmentRepair({ equipmentId: copier.id, reportedBy: 'Grace', problem: 'Paper jams in tray 2', reportedOn: '2026-03-02' }, db);
    expect(r.fixedOn).toBeUndefined();
    expect(await statusOf(copier.id)).toBe('in-repair');
    const done = await completeEquipmentRepair(r.id, { fixedOn: '2026-03-05', fixedBy: 'vendor', vendorId: vendor.id, costCents: 0 }, db);
    expect(done.repair).toMatchObject({ fixedOn: '2026-03-05', fixedBy: 'vendor', vendorId: vendor.id });
    expect(done.expense).toBeUndefined();
    expect(await statusOf(copier.id)).toBe('in-use');
  });

  it('an item lent out goes back to lent out; it stays under repair while another repair is open', async () => {
    const { copier } = await setup();
    await db.equipmentHolders.put({ equipmentId: copier.id, kind: 'person', personId: 'p1', since: '2026-02-01', dueBack: '2026-04-01' });
    await equipmentRepository.update(copier.id, { status: 'lent-out' }, db);
    const a = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Cracked screen', reportedOn: '2026-03-01' }, db);
    const b = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Battery swells', reportedOn: '2026-03-02' }, db);
    await completeEquipmentRepair(a.id, { fixedOn: '2026-03-03', fixedBy: 'in-house', fixedByName: 'Sam' }, db);
    expect(await statusOf(copier.id)).toBe('in-repair');
    await completeEquipmentRepair(b.id, { fixedOn: '2026-03-04', fixedBy: 'in-house', fixedByName: 'Sam' }, db);
    expect(await statusOf(copier.id)).toBe('lent-out');
  });

  it('a retired item cannot be reported, and a done repair cannot be done twice', async () => {
    const { copier } = await setup();
    const old = await equipmentRepository.create({ name: 'Old fax', status: 'retired', retiredOn: '2025-01-01', retirementReason: 'Nobody faxes' }, db);
    await expect(reportEquipmentRepair({ equipmentId: old.id, problem: 'Dead', reportedOn: '2026-03-01' }, db)).rejects.toThrow(/Old fax is retired/);
    const r = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Noise', reportedOn: '2026-03-01' }, db);
    await completeEquipmentRepair(r.id, { fixedOn: '2026-03-01', fixedBy: 'in-house' }, db);
    await expect(completeEquipmentRepair(r.id, { fixedOn: '2026-03-02', fixedBy: 'in-house' }, db)).rejects.toThrow(/already marked done on 2026-03-01/);
  });

  it('refuses a fix dated before the report and a vendor repair without the vendor', async () => {
    const { copier } = await setup();
    const r = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Noise', reportedOn: '2026-03-10' }, db);
    await expect(completeEquipmentRepair(r.id, { fixedOn: '2026-03-09', fixedBy: 'in-house' }, db)).rejects.toThrow(/before the date it was reported/);
    await expect(completeEquipmentRepair(r.id, { fixedOn: '2026-03-11', fixedBy: 'vendor' }, db)).rejects.toThrow(/Choose the vendor/);
    expect(await statusOf(copier.id)).toBe('in-repair');
  });

  it('the cost becomes an expense in the chosen category, and the spend totals include it', async () => {
    const { copier, vendor, category } = await setup();
    const r = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Fuser broken', reportedOn: '2026-03-02' }, db);
    const done = await completeEquipmentRepair(
      r.id,
      { fixedOn: '2026-03-06', fixedBy: 'vendor', vendorId: vendor.id, costCents: 18950, categoryId: category.id },
      db,
    );
    expect(done.expense).toMatchObject({ amountCents: 18950, categoryId: category.id, vendorId: vendor.id, date: '2026-03-06', status: 'approved' });
    expect(done.expense!.description).toContain('Copier 2nd floor');
    expect(done.repair.expenseId).toBe(done.expense!.id);
    const totals = await readExpenseTotals(db, ['2026-03']);
    expect(totals).toEqual(expect.arrayContaining([expect.objectContaining({ categoryId: category.id, month: '2026-03', amountCents: 18950, count: 1 })]));
    expect(totals).toEqual(await recomputeExpenseTotals(db));
  });

  it('links an existing expense instead of creating one, and refuses linking it twice', async () => {
    const { copier } = await setup();
    const exp = await expenseRepository.create({ date: '2026-03-06', description: 'Invoice 88 Copy Care', amountCents: 5000 }, db);
    const r1 = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Jam', reportedOn: '2026-03-02' }, db);
    const done = await completeEquipmentRepair(r1.id, { fixedOn: '2026-03-06', fixedBy: 'in-house', costCents: 5000, linkExpenseId: exp.id }, db);
    expect(done.repair.expenseId).toBe(exp.id);
    expect(await expenseRepository.list(db)).toHaveLength(1);
    const r2 = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Jam again', reportedOn: '2026-03-07' }, db);
    await expect(completeEquipmentRepair(r2.id, { fixedOn: '2026-03-08', fixedBy: 'in-house', costCents: 5000, linkExpenseId: exp.id }, db)).rejects.toThrow(
      /already linked to another repair/,
    );
  });

  it('issues parts from stock with a reason naming the repair', async () => {
    const { copier, fuser } = await setup();
    const r = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Fuser broken', reportedOn: '2026-03-02' }, db);
    const done = await completeEquipmentRepair(r.id, { fixedOn: '2026-03-06', fixedBy: 'in-house', parts: [{ itemId: fuser.id, quantity: 2 }] }, db);
    expect((await itemRepository.get(fuser.id, db))!.quantityOnHand).toBe(1);
    const issued = (await listMovements(fuser.id, db)).filter((m) => m.kind === 'issued');
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({ quantity: -2, balanceAfter: 1, date: '2026-03-06' });
    expect(issued[0]!.reason).toBe('Repair of Copier 2nd floor: Fuser broken');
    expect(done.repair.parts).toEqual([{ itemId: fuser.id, quantity: 2 }]);
  });

  it('not enough stock refuses the whole repair with a clear sentence, and nothing is written', async () => {
    const { copier, vendor, category, fuser } = await setup();
    const r = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Fuser broken', reportedOn: '2026-03-02' }, db);
    await expect(
      completeEquipmentRepair(
        r.id,
        { fixedOn: '2026-03-06', fixedBy: 'vendor', vendorId: vendor.id, costCents: 1000, categoryId: category.id, parts: [{ itemId: fuser.id, quantity: 2 }, { itemId: fuser.id, quantity: 2 }] },
        db,
      ),
    ).rejects.toThrow('Not enough Fuser unit in stock for this repair: 1 each on hand, 2 needed.');
    expect((await itemRepository.get(fuser.id, db))!.quantityOnHand).toBe(3);
    expect(await expenseRepository.list(db)).toHaveLength(0);
    expect((await listEquipmentRepairs(copier.id, db))[0]!.fixedOn).toBeUndefined();
    expect(await statusOf(copier.id)).toBe('in-repair');
  });

  it('all or nothing: a failure after the expense and the stock were written leaves none of them', async () => {
    const { copier, vendor, category, fuser } = await setup();
    const r = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Fuser broken', reportedOn: '2026-03-02' }, db);
    const auditBefore = await db.auditLog.count();
    // The very last write (the item's status) fails.
    vi.spyOn(db.equipment, 'put').mockRejectedValueOnce(new Error('Simulated storage failure'));
    await expect(
      completeEquipmentRepair(
        r.id,
        { fixedOn: '2026-03-06', fixedBy: 'vendor', vendorId: vendor.id, costCents: 18950, categoryId: category.id, parts: [{ itemId: fuser.id, quantity: 1 }] },
        db,
      ),
    ).rejects.toThrow('Simulated storage failure');
    vi.restoreAllMocks();
    expect(await expenseRepository.list(db)).toHaveLength(0);
    expect(await readExpenseTotals(db, ['2026-03'])).toEqual([]);
    expect((await itemRepository.get(fuser.id, db))!.quantityOnHand).toBe(3);
    expect((await listMovements(fuser.id, db)).filter((m) => m.kind === 'issued')).toHaveLength(0);
    expect((await listEquipmentRepairs(copier.id, db))[0]!.fixedOn).toBeUndefined();
    expect(await statusOf(copier.id)).toBe('in-repair');
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it('corrects the report; removing an open report puts the item back in service', async () => {
    const { copier } = await setup();
    const r = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Jam', reportedOn: '2026-03-02' }, db);
    const fixed = await updateEquipmentRepair(r.id, { problem: 'Jam in tray 2', costCents: 999 } as never, db);
    expect(fixed.problem).toBe('Jam in tray 2');
    expect(fixed.costCents).toBe(0);
    await deleteEquipmentRepair(r.id, db);
    expect(await listEquipmentRepairs(copier.id, db)).toHaveLength(0);
    expect(await statusOf(copier.id)).toBe('in-use');
  });

  it('cost of ownership adds purchase, repairs and maintenance (not maintenance logged as a repair); downtime sums the repairs', async () => {
    const { copier } = await setup();
    const r = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Fuser', reportedOn: '2026-03-02' }, db);
    await completeEquipmentRepair(r.id, { fixedOn: '2026-03-06', fixedBy: 'in-house', costCents: 12000, createExpense: false }, db);
    await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Jam', reportedOn: '2026-03-10' }, db);
    await logMaintenance({ equipmentId: copier.id, date: '2026-02-01', kind: 'service', description: 'Yearly service', costCents: 8000 }, db);
    await logMaintenance({ equipmentId: copier.id, date: '2026-02-02', kind: 'repair', description: 'Old style repair', costCents: 500 }, db);
    const cost = await getEquipmentCostOfOwnership(copier.id, db, '2026-03-12');
    expect(cost).toMatchObject({
      purchaseCents: 250000,
      repairsCents: 12000,
      maintenanceCents: 8000,
      totalCents: 270000,
      downtimeDays: 4 + 2,
      repairCount: 2,
      openRepairCount: 1,
      pastExpectedLife: false,
    });
    expect(cost.replacement.flagged).toBe(false);
    expect(await expenseRepository.list(db)).toHaveLength(0);
  });

  it('flags items with three repairs in twelve months for replacement, and says past expected life', async () => {
    const { copier } = await setup();
    const shredder = await equipmentRepository.create({ name: 'Shredder', purchaseDate: '2020-01-01', expectedLifeMonths: 48 }, db);
    for (const d of ['2025-06-01', '2025-11-01', '2026-02-01']) {
      const r = await reportEquipmentRepair({ equipmentId: shredder.id, problem: 'Jams', reportedOn: d }, db);
      await completeEquipmentRepair(r.id, { fixedOn: d, fixedBy: 'in-house' }, db);
    }
    const r = await reportEquipmentRepair({ equipmentId: copier.id, problem: 'Jam', reportedOn: '2026-01-01' }, db);
    await completeEquipmentRepair(r.id, { fixedOn: '2026-01-01', fixedBy: 'in-house' }, db);
    const flagged = await listEquipmentFlaggedForReplacement(db, '2026-03-01');
    expect(flagged.map((f) => f.equipment.name)).toEqual(['Shredder']);
    expect(flagged[0]!.flag.reason).toBe('3 repairs in 12 months: consider replacing it.');
    const cost = await getEquipmentCostOfOwnership(shredder.id, db, '2026-03-01');
    expect(cost.replacement.flagged).toBe(true);
    expect(cost).toMatchObject({ pastExpectedLife: true, endOfLife: '2024-01-01' });
    // A year on, the window has moved past them.
    expect(await listEquipmentFlaggedForReplacement(db, '2027-03-01')).toEqual([]);
  });
});
