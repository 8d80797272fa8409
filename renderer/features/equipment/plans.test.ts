/** Maintenance plans: due status from meters and dates, mark done in one transaction with its expense, the due list across items. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { writeTransaction } from '../../db/crud';
import { readExpenseTotals } from '../expenses';
import { equipmentRepository, listMaintenance } from './repository';
import { addMeterReading, createEquipmentMeter } from './meters';
import {
  MARK_DONE_TABLES,
  createMaintenancePlan,
  listDueMaintenance,
  listMaintenancePlans,
  markMaintenancePlanDone,
  pauseMaintenancePlan,
  resumeMaintenancePlan,
  updateMaintenancePlan,
} from './plans';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

async function copierWithPlan() {
  const eq = await equipmentRepository.create({ name: 'Copier', assetTag: 'BD-0001' }, db);
  const meter = await createEquipmentMeter({ equipmentId: eq.id, name: 'Pages', unit: 'pages' }, db);
  const plan = await createMaintenancePlan(
    { equipmentId: eq.id, name: 'Drum unit', meterId: meter.id, meterEvery: 1000, checklist: ['Replace drum', 'Clean rollers'] },
    db,
  );
  return { eq, meter, plan };
}

describe('maintenance plans', () => {
  it('creates a plan with an audit entry; refuses a meter of another item and a plan without a trigger', async () => {
    const { eq, plan } = await copierWithPlan();
    expect((await auditEntriesFor(db, plan.id)).map((a) => a.summary)).toEqual(['Added maintenance plan "Drum unit" to "Copier"']);
    const other = await equipmentRepository.create({ name: 'Van' }, db);
    const km = await createEquipmentMeter({ equipmentId: other.id, name: 'Odometer', unit: 'km' }, db);
    await expect(createMaintenancePlan({ equipmentId: eq.id, name: 'Oil', meterId: km.id, meterEvery: 10000 }, db)).rejects.toThrow(
      /this item’s meters/,
    );
    await expect(createMaintenancePlan({ equipmentId: eq.id, name: 'Nothing' }, db)).rejects.toThrow(/by time, by meter, or both/);
  });

  it('lists plans with their next due from the meter’s lifetime value, in the meter’s unit', async () => {
    const { eq, meter } = await copierWithPlan();
    let [row] = await listMaintenancePlans(eq.id, db, '2026-03-01');
    expect(row!.due).toMatchObject({ status: 'ok', dueMeter: 1000, reason: 'Due at 1,000 pages (no reading yet)' });
    await addMeterReading({ meterId: meter.id, date: '2026-03-01', value: 950 }, db);
    [row] = await listMaintenancePlans(eq.id, db, '2026-03-01');
    expect(row!.due).toMatchObject({ status: 'due-soon', reason: 'Due at 1,000 pages (50 to go)' });
    // A replaced meter does not reset the count: lifetime 950 + 100 = 1,050.
    await addMeterReading({ meterId: meter.id, date: '2026-03-05', value: 100, replaced: true, startValue: 0 }, db);
    [row] = await listMaintenancePlans(eq.id, db, '2026-03-05');
    expect(row!.due).toMatchObject({ status: 'overdue', reason: 'Overdue by 50 pages (due at 1,000, meter at 1,050)' });
    expect(row!.meter?.id).toBe(meter.id);
  });

  it('time and meter, whichever comes first; edit, pause and resume', async () => {
    const { eq, meter, plan } = await copierWithPlan();
    await updateMaintenancePlan(plan.id, { intervalEvery: 6, intervalUnit: 'months', startDate: '2026-06-30' }, db);
    await addMeterReading({ meterId: meter.id, date: '2026-03-01', value: 200 }, db);
    let [row] = await listMaintenancePlans(eq.id, db, '2026-03-01');
    expect(row!.due.reason).toBe('Next due 2026-06-30 or at 1,000 pages, whichever comes first');
    [row] = await listMaintenancePlans(eq.id, db, '2026-07-02');
    expect(row!.due).toMatchObject({ status: 'overdue', trigger: 'time', reason: 'Overdue by 2 days (due 2026-06-30)' });
    expect(await listDueMaintenance({ today: '2026-07-02' }, db)).toHaveLength(1);
    await pauseMaintenancePlan(plan.id, db);
    expect((await listMaintenancePlans(eq.id, db, '2026-07-02'))[0]!.active).toBe(false);
    expect(await listDueMaintenance({ today: '2026-07-02' }, db)).toEqual([]);
    await resumeMaintenancePlan(plan.id, db);
    expect(await listDueMaintenance({ today: '2026-07-02' }, db)).toHaveLength(1);
    // Clearing the meter trigger leaves a time-only plan.
    const updated = await updateMaintenancePlan(plan.id, { meterId: undefined, meterEvery: undefined }, db);
    expect(updated.meterId).toBeUndefined();
    expect(updated.meterEvery).toBeUndefined();
  });

  it('marks done: the log row, the plan reset and the expense with its aggregate, linked', async () => {
    const { eq, meter, plan } = await copierWithPlan();
    await addMeterReading({ meterId: meter.id, date: '2026-03-01', value: 1200 }, db);
    expect((await listDueMaintenance({ today: '2026-03-01' }, db)).map((r) => [r.planName, r.equipmentName, r.assetTag, r.status])).toEqual([
      ['Drum unit', 'Copier', 'BD-0001', 'overdue'],
    ]);
    const { plan: after, record, expense } = await markMaintenancePlanDone(
      {
        planId: plan.id,
        date: '2026-03-02',
        meterReading: 1200,
        checklistDone: ['Replace drum'],
        costCents: 12_500,
        performedBy: 'Sam',
        createExpense: { categoryId: 'cat-maint' },
      },
      db,
    );
    expect(after.lastDone).toEqual({ date: '2026-03-02', meterValue: 1200 });
    expect(record).toMatchObject({ planId: plan.id, equipmentId: eq.id, kind: 'service', description: 'Drum unit', costCents: 12_500, meterValue: 1200, performedBy: 'Sam', checklistDone: ['Replace drum'], expenseId: expense!.id });
    expect(expense).toMatchObject({ date: '2026-03-02', amountCents: 12_500, categoryId: 'cat-maint', description: 'Drum unit — Copier' });
    expect(await db.expenses.get(expense!.id)).toBeDefined();
    expect(await readExpenseTotals(db, ['2026-03'])).toEqual([expect.objectContaining({ categoryId: 'cat-maint', month: '2026-03', amountCents: 12_500, count: 1 })]);
    expect((await listMaintenance(eq.id, db)).map((m) => m.id)).toEqual([record.id]);
    // The plan reset: next due at 2,200, no longer due.
    expect(await listDueMaintenance({ today: '2026-03-02' }, db)).toEqual([]);
    expect((await listMaintenancePlans(eq.id, db, '2026-03-02'))[0]!.due).toMatchObject({ status: 'ok', dueMeter: 2200 });
  });

  it('marks done after a meter replacement on the lifetime scale', async () => {
    const { meter, plan } = await copierWithPlan();
    await addMeterReading({ meterId: meter.id, date: '2026-03-01', value: 900 }, db);
    await addMeterReading({ meterId: meter.id, date: '2026-03-05', value: 300, replaced: true, startValue: 0 }, db);
    // The new meter shows 300; on the lifetime scale that is 1,200.
    const { plan: after } = await markMaintenancePlanDone({ planId: plan.id, date: '2026-03-05', meterReading: 300 }, db);
    expect(after.lastDone).toEqual({ date: '2026-03-05', meterValue: 1200 });
  });

  it('refuses mark done without the meter reading, before the last time, or an expense without a cost', async () => {
    const { plan } = await copierWithPlan();
    await expect(markMaintenancePlanDone({ planId: plan.id, date: '2026-03-02' }, db)).rejects.toThrow('Enter the meter reading when the work was done.');
    await expect(markMaintenancePlanDone({ planId: plan.id, date: '2026-03-02', meterReading: 10, createExpense: {} }, db)).rejects.toThrow(
      'Enter the cost to create an expense.',
    );
    await markMaintenancePlanDone({ planId: plan.id, date: '2026-03-02', meterReading: 10 }, db);
    await expect(markMaintenancePlanDone({ planId: plan.id, date: '2026-03-01', meterReading: 20 }, db)).rejects.toThrow(/before the last time/);
    expect(await db.maintenance.count()).toBe(1);
  });

  it('rolls back everything, the expense included, when a later step fails', async () => {
    const { eq, meter, plan } = await copierWithPlan();
    await addMeterReading({ meterId: meter.id, date: '2026-03-01', value: 1200 }, db);
    const auditBefore = await db.auditLog.count();
    await expect(
      writeTransaction(db, MARK_DONE_TABLES, async () => {
        await markMaintenancePlanDone({ planId: plan.id, date: '2026-03-02', meterReading: 1200, costCents: 5000, createExpense: {} }, db);
        expect(await db.expenses.count()).toBe(1);
        throw new Error('disk trouble');
      }),
    ).rejects.toThrow('disk trouble');
    expect(await db.expenses.count()).toBe(0);
    expect(await db.expenseTotals.count()).toBe(0);
    expect(await db.maintenance.count()).toBe(0);
    expect((await db.maintenancePlans.get(plan.id))!.lastDone).toBeUndefined();
    expect(await db.auditLog.count()).toBe(auditBefore);
    // And a failure inside mark done itself (the item deleted) leaves no expense behind.
    await equipmentRepository.softDelete(eq.id, db);
    await expect(
      markMaintenancePlanDone({ planId: plan.id, date: '2026-03-02', meterReading: 1200, costCents: 5000, createExpense: {} }, db),
    ).rejects.toThrow();
    expect(await db.expenses.count()).toBe(0);
  });

  it('lists due maintenance across items: overdue first, the window, retired items and deleted plans left out', async () => {
    const a = await equipmentRepository.create({ name: 'Air conditioner', assetTag: 'BD-0002' }, db);
    const b = await equipmentRepository.create({ name: 'Old fax', status: 'retired' }, db);
    await createMaintenancePlan({ equipmentId: a.id, name: 'Spring service', intervalEvery: 12, intervalUnit: 'months', startDate: '2026-04-10' }, db);
    await createMaintenancePlan({ equipmentId: a.id, name: 'Filter', intervalEvery: 1, intervalUnit: 'months', startDate: '2026-03-31' }, db);
    await createMaintenancePlan({ equipmentId: b.id, name: 'Toner', intervalEvery: 1, intervalUnit: 'weeks', startDate: '2026-01-01' }, db);
    const due = await listDueMaintenance({ today: '2026-04-04', until: '2026-04-10' }, db);
    expect(due.map((r) => [r.planName, r.status, r.dueDate])).toEqual([
      ['Filter', 'overdue', '2026-03-31'],
      ['Spring service', 'due-soon', '2026-04-10'],
    ]);
    expect(await listDueMaintenance({ today: '2026-04-04' }, db)).toHaveLength(1);
  });

  it('writes the reason dates with the given format on the item page and the due list', async () => {
    const eq = await equipmentRepository.create({ name: 'Air conditioner' }, db);
    await createMaintenancePlan({ equipmentId: eq.id, name: 'Filter', intervalEvery: 1, intervalUnit: 'months', startDate: '2026-03-31' }, db);
    const formatDate = (d: string) => `<${d}>`;
    const [row] = await listMaintenancePlans(eq.id, db, '2026-04-04', { formatDate });
    expect(row!.due.reason).toBe('Overdue by 4 days (due <2026-03-31>)');
    const due = await listDueMaintenance({ today: '2026-04-04', formatDate }, db);
    expect(due.map((r) => r.reason)).toEqual(['Overdue by 4 days (due <2026-03-31>)']);
    expect(due[0]!.dueDate).toBe('2026-03-31');
  });
});
