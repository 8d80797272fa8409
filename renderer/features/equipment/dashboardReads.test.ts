/** The Dashboard's equipment cards: counts and first rows of maintenance due this week, overdue returns and items under repair. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { employeeRepository } from '../people';
import { EQUIPMENT_CARD_ROWS, listEquipmentUnderRepair, readEquipmentDashboard } from './dashboardReads';
import { checkOutEquipment } from './handovers';
import { createMaintenancePlan } from './plans';
import { completeEquipmentRepair, reportEquipmentRepair } from './repairs';
import { equipmentRepository } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const TODAY = '2026-03-10';

describe('readEquipmentDashboard', () => {
  it('is empty on an office with no equipment', async () => {
    expect(await readEquipmentDashboard(TODAY, db)).toEqual({
      today: TODAY,
      until: '2026-03-16',
      maintenanceDue: { count: 0, overdue: 0, rows: [] },
      overdueReturns: { count: 0, rows: [] },
      underRepair: { count: 0, rows: [] },
    });
  });

  it('counts maintenance due through today + 6 (overdue included, next week not), overdue first', async () => {
    const copier = await equipmentRepository.create({ name: 'Copier', assetTag: 'BD-0001' }, db);
    const fan = await equipmentRepository.create({ name: 'Fan' }, db);
    const plan = (equipmentId: string, name: string, startDate: string) =>
      createMaintenancePlan({ equipmentId, name, intervalEvery: 1, intervalUnit: 'months', startDate }, db);
    await plan(copier.id, 'Service', '2026-03-16');
    await plan(copier.id, 'Toner check', '2026-03-02');
    await plan(fan.id, 'Dust', '2026-03-17');
    const d = await readEquipmentDashboard(TODAY, db);
    expect(d.maintenanceDue.count).toBe(2);
    expect(d.maintenanceDue.overdue).toBe(1);
    expect(d.maintenanceDue.rows.map((r) => [r.planName, r.equipmentName, r.assetTag, r.status])).toEqual([
      ['Toner check', 'Copier', 'BD-0001', 'overdue'],
      ['Service', 'Copier', 'BD-0001', 'due-soon'],
    ]);
  });

  it('lists overdue returns most overdue first; due today is not overdue', async () => {
    const grace = await employeeRepository.create({ name: 'Grace Hopper' }, db);
    for (const [name, dueBack] of [['Laptop 1', '2026-03-09'], ['Laptop 2', '2026-03-01'], ['Projector', '2026-03-10']] as const) {
      const e = await equipmentRepository.create({ name }, db);
      await checkOutEquipment({ equipmentId: e.id, date: '2026-02-20', toPersonId: grace.id, dueBack }, db);
    }
    const d = await readEquipmentDashboard(TODAY, db);
    expect(d.overdueReturns.count).toBe(2);
    expect(d.overdueReturns.rows.map((r) => [r.name, r.holderName, r.daysOverdue])).toEqual([
      ['Laptop 2', 'Grace Hopper', 9],
      ['Laptop 1', 'Grace Hopper', 1],
    ]);
  });

  it('lists items under repair from the status index, longest out first, with the open repair', async () => {
    const a = await equipmentRepository.create({ name: 'Shredder', assetTag: 'BD-0007' }, db);
    const b = await equipmentRepository.create({ name: 'Kettle' }, db);
    const c = await equipmentRepository.create({ name: 'Chair', status: 'in-repair' }, db);
    const gone = await equipmentRepository.create({ name: 'Old', status: 'in-repair' }, db);
    await equipmentRepository.softDelete(gone.id, db);
    await reportEquipmentRepair({ equipmentId: a.id, problem: 'Jams', reportedOn: '2026-03-08' }, db);
    const r = await reportEquipmentRepair({ equipmentId: b.id, problem: 'Leaks', reportedOn: '2026-03-01' }, db);
    const rows = await listEquipmentUnderRepair(TODAY, db);
    expect(rows).toEqual([
      { equipmentId: b.id, name: 'Kettle', reportedOn: '2026-03-01', days: 9, problem: 'Leaks' },
      { equipmentId: a.id, name: 'Shredder', assetTag: 'BD-0007', reportedOn: '2026-03-08', days: 2, problem: 'Jams' },
      { equipmentId: c.id, name: 'Chair' },
    ]);
    await completeEquipmentRepair(r.id, { fixedOn: '2026-03-09', fixedBy: 'in-house', costCents: 0 }, db);
    const d = await readEquipmentDashboard(TODAY, db);
    expect(d.underRepair.count).toBe(2);
    expect(d.underRepair.rows.map((x) => x.name)).toEqual(['Shredder', 'Chair']);
  });

  it('shows at most the first rows but counts them all', async () => {
    for (let i = 0; i < EQUIPMENT_CARD_ROWS + 3; i++) await equipmentRepository.create({ name: `Item ${i}`, status: 'in-repair' }, db);
    const d = await readEquipmentDashboard(TODAY, db);
    expect(d.underRepair.count).toBe(EQUIPMENT_CARD_ROWS + 3);
    expect(d.underRepair.rows).toHaveLength(EQUIPMENT_CARD_ROWS);
  });
});
