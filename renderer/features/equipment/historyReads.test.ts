/** The history sheet's read: every section filled from the item's records, names resolved, in order. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderEquipmentHistoryHtml } from '../../../shared/documents';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { employeeRepository } from '../people';
import { vendorRepository } from '../vendors';
import { checkInEquipment, checkOutEquipment } from './handovers';
import { describeMaintenanceSchedule, readEquipmentHistorySheet } from './historyReads';
import { addMeterReading, createEquipmentMeter } from './meters';
import { createMaintenancePlan } from './plans';
import { completeEquipmentRepair, reportEquipmentRepair } from './repairs';
import { equipmentRepository, logMaintenance } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('readEquipmentHistorySheet', () => {
  it('reads details, hand-overs, meters, the log, plans, repairs and the cost of ownership', async () => {
    const vendor = await vendorRepository.create({ name: 'Copy Care Ltd' }, db);
    const grace = await employeeRepository.create({ name: 'Grace Hopper' }, db);
    const copier = await equipmentRepository.create(
      { name: 'Copier', assetTag: 'BD-0001', category: 'copier-printer', make: 'Canon', purchaseDate: '2024-01-10', purchaseCostCents: 250000, vendorId: vendor.id, expectedLifeMonths: 60 },
      db,
    );
    await checkOutEquipment({ equipmentId: copier.id, date: '2026-01-05', toPersonId: grace.id, dueBack: '2026-01-20' }, db);
    await checkInEquipment({ equipmentId: copier.id, date: '2026-01-19', condition: 'fair', receivedByPersonId: grace.id }, db);
    await checkOutEquipment({ equipmentId: copier.id, date: '2026-02-01', toPlace: 'Copy room' }, db);
    const meter = await createEquipmentMeter({ equipmentId: copier.id, name: 'Page count', unit: 'pages' }, db);
    await addMeterReading({ meterId: meter.id, date: '2026-01-01', value: 1000 }, db);
    await addMeterReading({ meterId: meter.id, date: '2026-02-01', value: 4000 }, db);
    await createMaintenancePlan(
      { equipmentId: copier.id, name: 'Quarterly service', intervalEvery: 3, intervalUnit: 'months', startDate: '2026-03-01', meterId: meter.id, meterEvery: 50000, checklist: ['Clean glass'] },
      db,
    );
    await logMaintenance({ equipmentId: copier.id, date: '2026-02-10', kind: 'service', description: 'Toner', costCents: 4000, vendorId: vendor.id }, db);
    const r = await reportEquipmentRepair({ equipmentId: copier.id, reportedBy: 'Ana', problem: 'Paper jam', reportedOn: '2026-03-02' }, db);
    await completeEquipmentRepair(r.id, { fixedOn: '2026-03-05', fixedBy: 'vendor', vendorId: vendor.id, costCents: 12000, createExpense: false }, db);

    const sheet = await readEquipmentHistorySheet(copier.id, { today: '2026-03-10', pageSize: 'Letter' }, db);
    expect(sheet.pageSize).toBe('Letter');
    expect(sheet.item).toMatchObject({
      name: 'Copier',
      tag: 'BD-0001',
      category: 'Copier/printer',
      manufacturer: 'Canon',
      vendor: 'Copy Care Ltd',
      holder: 'Copy room',
      lifeEnds: '2029-01-10',
    });
    expect(sheet.handovers).toEqual([
      { date: '2026-01-05', kind: 'check-out', who: 'Grace Hopper', dueBack: '2026-01-20', note: undefined },
      { date: '2026-01-19', kind: 'check-in', who: 'Grace Hopper', condition: 'Fair (normal wear)', note: 'Received by Grace Hopper' },
      { date: '2026-02-01', kind: 'check-out', who: 'Copy room', dueBack: undefined, note: undefined },
    ]);
    expect(sheet.meters).toEqual([
      { name: 'Page count', unit: 'pages', readings: 2, firstReadingOn: '2026-01-01', lastReadingOn: '2026-02-01', lastValue: 4000, lifetimeValue: expect.any(Number) },
    ]);
    expect(sheet.maintenance).toEqual([{ date: '2026-02-10', kind: 'Service', description: 'Toner', performedBy: 'Copy Care Ltd', costCents: 4000 }]);
    expect(sheet.plans).toEqual([
      {
        name: 'Quarterly service',
        schedule: 'Every 3 months from the last time done, or every 50,000 pages, whichever comes first',
        lastDone: undefined,
        next: expect.stringMatching(/\S/),
        checklist: ['Clean glass'],
      },
    ]);
    expect(sheet.repairs).toEqual([
      { reportedOn: '2026-03-02', problem: 'Paper jam', reportedBy: 'Ana', fixedOn: '2026-03-05', fixedBy: 'Copy Care Ltd', downtimeDays: 3, costCents: 12000 },
    ]);
    expect(sheet.cost).toEqual({ purchaseCents: 250000, repairsCents: 12000, maintenanceCents: 4000, totalCents: 266000 });
    expect(renderEquipmentHistoryHtml(sheet, { name: 'Acme', currency: 'USD', locale: 'en-US' })).toContain('$2,660.00');

    // With the company's locale the plan's sentence writes its date as the rest of the sheet does.
    const local = await readEquipmentHistorySheet(copier.id, { today: '2026-03-10', locale: 'en-US' }, db);
    expect(local.plans[0]!.next).toBe('Overdue by 9 days (due Mar 1, 2026)');
    const html = renderEquipmentHistoryHtml(local, { name: 'Acme', currency: 'USD', locale: 'en-US' });
    expect(html).toContain('Overdue by 9 days (due Mar 1, 2026)');
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('describes schedules by time, by meter and both', () => {
    expect(describeMaintenanceSchedule({ intervalEvery: 1, intervalUnit: 'weeks', scheduleMode: 'fixed' })).toBe('Every week on a fixed schedule');
    expect(describeMaintenanceSchedule({ meterEvery: 10000, scheduleMode: 'from-last-done' }, 'km')).toBe('Every 10,000 km');
  });

  it('refuses an item that does not exist', async () => {
    await expect(readEquipmentHistorySheet('nope', { today: '2026-03-10' }, db)).rejects.toThrow();
  });
});
