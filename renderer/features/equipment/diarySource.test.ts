/** Equipment's diary sources: bookings as busy time of the item and the booker, maintenance due as an all-day reminder. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { diarySources, listDiarySourceItems } from '../../core/diaries';
import { employeeRepository } from '../people';
import { bookEquipment, cancelEquipmentBooking } from './bookings';
import { createMaintenancePlan, pauseMaintenancePlan } from './plans';
import { equipmentRepository } from './repository';
import { datesTouching, readBookingDiaryItems, readMaintenanceDiaryItems } from './diarySource';
import './registrations';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

async function setup() {
  const ana = await employeeRepository.create({ name: 'Ana Lima' }, db);
  const projector = await equipmentRepository.create({ name: 'Projector', assetTag: 'BD-0100', bookable: true, status: 'in-storage' }, db);
  return { ana, projector };
}

describe('booking diary source', () => {
  it('lists live bookings touching the window in the item’s and the booker’s diaries, busy', async () => {
    const { ana, projector } = await setup();
    const b = await bookEquipment({ equipmentId: projector.id, personId: ana.id, start: '2099-03-05T10:00:00.000Z', end: '2099-03-05T12:00:00.000Z', purpose: 'Board meeting' }, db);
    const other = await bookEquipment({ equipmentId: projector.id, personId: ana.id, start: '2099-03-06T10:00:00.000Z', end: '2099-03-06T12:00:00.000Z' }, db);
    const items = await readBookingDiaryItems(db, '2099-03-05T11:00:00.000Z', '2099-03-05T18:00:00.000Z');
    expect(items).toEqual([
      {
        key: `booking:${b.id}`,
        source: 'booking',
        id: b.id,
        title: 'Booking: Projector (BD-0100)',
        start: '2099-03-05T10:00:00.000Z',
        end: '2099-03-05T12:00:00.000Z',
        allDay: false,
        diaries: [`equipment:${projector.id}`, `person:${ana.id}`],
        busy: true,
        href: `#/equipment/${projector.id}`,
        detail: 'Ana Lima · Board meeting',
        category: 'teal',
      },
    ]);
    // Touching the end is not inside; a cancelled booking is gone.
    expect(await readBookingDiaryItems(db, '2099-03-05T12:00:00.000Z', '2099-03-06T00:00:00.000Z')).toEqual([]);
    await cancelEquipmentBooking(other.id, db);
    expect(await readBookingDiaryItems(db, '2099-03-06T00:00:00.000Z', '2099-03-07T00:00:00.000Z')).toEqual([]);
  });
});

describe('maintenance diary source', () => {
  it('shows a plan’s next due date as an all-day, not busy item in the item’s diary', async () => {
    const { projector } = await setup();
    const plan = await createMaintenancePlan({ equipmentId: projector.id, name: 'Lamp check', intervalEvery: 3, intervalUnit: 'months', startDate: '2099-03-10' }, db);
    const window = (from: string, to: string) => readMaintenanceDiaryItems(db, `${from}T00:00:00.000Z`, `${to}T00:00:00.000Z`);
    expect(await window('2099-03-09', '2099-03-16')).toEqual([
      {
        key: `maintenance:${plan.id}`,
        source: 'maintenance',
        id: plan.id,
        title: 'Maintenance: Lamp check',
        start: '2099-03-10',
        end: '2099-03-11',
        allDay: true,
        diaries: [`equipment:${projector.id}`],
        busy: false,
        href: `#/equipment/${projector.id}`,
        detail: 'Projector (BD-0100)',
        category: 'orange',
      },
    ]);
    expect(await window('2099-03-20', '2099-03-27')).toEqual([]);
    await pauseMaintenancePlan(plan.id, db);
    expect(await window('2099-03-09', '2099-03-16')).toEqual([]);
  });

  it('leaves out meter-only plans and retired items', async () => {
    const { projector } = await setup();
    await createMaintenancePlan({ equipmentId: projector.id, name: 'Lamp check', intervalEvery: 1, intervalUnit: 'weeks', startDate: '2099-03-10' }, db);
    await equipmentRepository.update(projector.id, { status: 'retired', retiredOn: '2099-03-01', retirementReason: 'Broken' }, db);
    expect(await readMaintenanceDiaryItems(db, '2099-03-09T00:00:00.000Z', '2099-03-16T00:00:00.000Z')).toEqual([]);
  });

  it('takes the dates an instant window touches in any zone', () => {
    expect(datesTouching('2099-03-10T00:00:00.000Z', '2099-03-11T00:00:00.000Z')).toEqual({ first: '2099-03-09', last: '2099-03-11' });
  });
});

describe('registrations', () => {
  it('registers both sources, read together by the calendar', async () => {
    expect(diarySources().map((s) => s.name)).toEqual(expect.arrayContaining(['booking', 'maintenance']));
    const { ana, projector } = await setup();
    await bookEquipment({ equipmentId: projector.id, personId: ana.id, start: '2099-03-05T10:00:00.000Z', end: '2099-03-05T12:00:00.000Z' }, db);
    const items = await listDiarySourceItems(db, '2099-03-05T00:00:00.000Z', '2099-03-06T00:00:00.000Z');
    expect(items.map((i) => i.source)).toEqual(['booking']);
  });
});
