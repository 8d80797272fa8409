/** Who has it: the hand-over ledger, the derived holder and status in one transaction, overdue returns. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../../shared/lib/dates';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { employeeRepository } from '../people';
import { bookEquipment } from './bookings';
import {
  checkInEquipment,
  checkOutEquipment,
  getEquipmentHolder,
  listEquipmentHandovers,
  listEquipmentHeldBy,
  listOverdueReturns,
} from './handovers';
import { equipmentRepository } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

async function setup() {
  const grace = await employeeRepository.create({ name: 'Grace Hopper' }, db);
  const alan = await employeeRepository.create({ name: 'Alan Turing' }, db);
  const laptop = await equipmentRepository.create({ name: 'Laptop 7', assetTag: 'BD-0007', status: 'in-storage' }, db);
  return { grace, alan, laptop };
}

describe('check-out and check-in', () => {
  it('appends to the ledger, keeps the holder row and sets the status', async () => {
    const { grace, laptop } = await setup();
    const out = await checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-02', toPersonId: grace.id, dueBack: '2026-03-09', note: 'For the audit' }, db);
    expect(await getEquipmentHolder(laptop.id, db)).toEqual({
      equipmentId: laptop.id,
      kind: 'person',
      personId: grace.id,
      since: '2026-03-02',
      dueBack: '2026-03-09',
      entryId: out.id,
    });
    expect((await equipmentRepository.get(laptop.id, db))!.status).toBe('lent-out');
    expect((await auditEntriesFor(db, out.id))[0]!.summary).toBe('Checked out "Laptop 7 (BD-0007)" to Grace Hopper on 2026-03-02, due back 2026-03-09');

    const back = await checkInEquipment({ equipmentId: laptop.id, date: '2026-03-08', condition: 'damaged', note: 'Cracked hinge' }, db);
    expect(await getEquipmentHolder(laptop.id, db)).toBeUndefined();
    expect((await equipmentRepository.get(laptop.id, db))!.status).toBe('in-storage');
    expect((await auditEntriesFor(db, back.id))[0]!.summary).toBe('Checked in "Laptop 7 (BD-0007)" on 2026-03-08 (damaged)');

    // The ledger keeps both entries, unchanged, in order.
    const ledger = await listEquipmentHandovers(laptop.id, db);
    expect(ledger.map((e) => e.kind)).toEqual(['check-out', 'check-in']);
    expect(ledger[0]).toEqual(out);
    expect(ledger[1]).toMatchObject({ condition: 'damaged', note: 'Cracked hinge' });
  });

  it('never overwrites the ledger: a second check-out is a new entry, the first stays as it was', async () => {
    const { grace, alan, laptop } = await setup();
    const first = await checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-02', toPersonId: grace.id }, db);
    expect((await equipmentRepository.get(laptop.id, db))!.status).toBe('in-use');
    await checkInEquipment({ equipmentId: laptop.id, date: '2026-03-02' }, db);
    const second = await checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-02', toPlace: 'Meeting room 2' }, db);
    await checkInEquipment({ equipmentId: laptop.id, date: '2026-03-05' }, db);
    await checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-06', toPersonId: alan.id }, db);
    const ledger = await listEquipmentHandovers(laptop.id, db);
    expect(ledger).toHaveLength(5);
    expect(ledger[0]).toEqual(first);
    expect(ledger[2]).toEqual(second);
    expect(await db.equipmentHandovers.count()).toBe(5);
    expect((await getEquipmentHolder(laptop.id, db))!.personId).toBe(alan.id);
  });

  it('refuses with sentences: already out, not out, retired, deleted, dates out of order, person or place', async () => {
    const { grace, alan, laptop } = await setup();
    await checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-02', toPersonId: grace.id }, db);
    await expect(checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-03', toPersonId: alan.id }, db)).rejects.toThrow(
      'Laptop 7 is already checked out to Grace Hopper since 2026-03-02; check it in first.',
    );
    await expect(checkInEquipment({ equipmentId: laptop.id, date: '2026-03-01' }, db)).rejects.toThrow(
      'The check-in date (2026-03-01) is before the check-out date (2026-03-02).',
    );
    await checkInEquipment({ equipmentId: laptop.id, date: '2026-03-04' }, db);
    await expect(checkInEquipment({ equipmentId: laptop.id, date: '2026-03-05' }, db)).rejects.toThrow(
      'Laptop 7 is not checked out, so it cannot be checked in.',
    );
    await expect(checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-03', toPersonId: alan.id }, db)).rejects.toThrow(
      "The check-out date (2026-03-03) is before the item's last hand-over (2026-03-04).",
    );
    await expect(checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-05' }, db)).rejects.toThrow(
      'Check out to a person or to a place (one of the two).',
    );
    await expect(checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-05', toPersonId: alan.id, dueBack: '2026-03-04' }, db)).rejects.toThrow(
      'The due-back date (2026-03-04) is before the check-out date (2026-03-05).',
    );
    await employeeRepository.softDelete(alan.id, db);
    await expect(checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-05', toPersonId: alan.id }, db)).rejects.toThrow(
      'That person is no longer in People; choose someone else.',
    );
    const old = await equipmentRepository.create({ name: 'Old fax', status: 'retired', retiredOn: '2025-01-01', retirementReason: 'Nobody faxes' }, db);
    await expect(checkOutEquipment({ equipmentId: old.id, date: '2026-03-05', toPlace: 'Lobby' }, db)).rejects.toThrow(
      'Old fax is retired and cannot be checked out.',
    );
    await equipmentRepository.softDelete(laptop.id, db);
    await expect(checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-05', toPlace: 'Lobby' }, db)).rejects.toThrow(
      'Laptop 7 was deleted, so it cannot be checked out.',
    );
    expect(await db.equipmentHandovers.count()).toBe(2);
  });

  it('an item under repair stays under repair through a check-in', async () => {
    const { grace, laptop } = await setup();
    await checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-02', toPersonId: grace.id }, db);
    await db.equipment.update(laptop.id, { status: 'in-repair' });
    await checkInEquipment({ equipmentId: laptop.id, date: '2026-03-03', condition: 'damaged' }, db);
    expect((await equipmentRepository.get(laptop.id, db))!.status).toBe('in-repair');
    expect(await getEquipmentHolder(laptop.id, db)).toBeUndefined();
  });

  it('a failure in the middle leaves nothing: no entry, no holder, no status change', async () => {
    const { grace, laptop } = await setup();
    const spy = vi.spyOn(db.auditLog, 'add').mockImplementationOnce(() => Promise.reject(new Error('disk trouble')) as never);
    await expect(checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-02', toPersonId: grace.id, dueBack: '2026-03-09' }, db)).rejects.toThrow('disk trouble');
    spy.mockRestore();
    expect(await db.equipmentHandovers.count()).toBe(0);
    expect(await getEquipmentHolder(laptop.id, db)).toBeUndefined();
    expect((await equipmentRepository.get(laptop.id, db))!.status).toBe('in-storage');
  });

  it('refuses a check-out over someone else\'s booking, but lets the booker collect it', async () => {
    const { grace, alan } = await setup();
    const projector = await equipmentRepository.create({ name: 'Projector', bookable: true, status: 'in-storage' }, db);
    const start = new Date(2099, 2, 5, 10).toISOString();
    const end = new Date(2099, 2, 5, 12).toISOString();
    await bookEquipment({ equipmentId: projector.id, personId: grace.id, start, end, purpose: 'Board meeting' }, db);
    await expect(checkOutEquipment({ equipmentId: projector.id, date: '2099-03-04', dueBack: '2099-03-06', toPersonId: alan.id }, db)).rejects.toThrow(
      `Projector is booked by Grace Hopper from ${formatDateTime(start, 'en-US')} to ${formatDateTime(end, 'en-US')} ("Board meeting"), so it cannot be checked out from 2099-03-04 until 2099-03-06. Choose an earlier due-back date or cancel the booking first.`,
    );
    await checkOutEquipment({ equipmentId: projector.id, date: '2099-03-05', dueBack: '2099-03-05', toPersonId: grace.id }, db);
    expect((await getEquipmentHolder(projector.id, db))!.personId).toBe(grace.id);
  });
});

describe('reads', () => {
  it('overdue returns: after the due-back day only (due today is not overdue), most overdue first, named', async () => {
    const { grace, laptop } = await setup();
    const phone = await equipmentRepository.create({ name: 'Phone 2' }, db);
    const beamer = await equipmentRepository.create({ name: 'Beamer' }, db);
    const desk = await equipmentRepository.create({ name: 'Standing desk' }, db);
    await checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-01', toPersonId: grace.id, dueBack: '2026-03-05' }, db);
    await checkOutEquipment({ equipmentId: phone.id, date: '2026-03-01', toPlace: 'Branch office', dueBack: '2026-03-02' }, db);
    await checkOutEquipment({ equipmentId: beamer.id, date: '2026-03-01', toPlace: 'Lobby', dueBack: '2026-03-10' }, db);
    await checkOutEquipment({ equipmentId: desk.id, date: '2026-03-01', toPersonId: grace.id }, db);

    expect(await listOverdueReturns('2026-03-02', db)).toEqual([]);
    const rows = await listOverdueReturns('2026-03-10', db);
    expect(rows.map((r) => [r.name, r.holderName, r.dueBack, r.daysOverdue])).toEqual([
      ['Phone 2', 'Branch office', '2026-03-02', 8],
      ['Laptop 7', 'Grace Hopper', '2026-03-05', 5],
    ]);
    expect(rows[1]!.assetTag).toBe('BD-0007');

    await checkInEquipment({ equipmentId: phone.id, date: '2026-03-10' }, db);
    expect((await listOverdueReturns('2026-03-10', db)).map((r) => r.name)).toEqual(['Laptop 7']);
  });

  it('what a person holds, with tag and due-back day', async () => {
    const { grace, alan, laptop } = await setup();
    const desk = await equipmentRepository.create({ name: 'Standing desk' }, db);
    await checkOutEquipment({ equipmentId: desk.id, date: '2026-02-01', toPersonId: grace.id }, db);
    await checkOutEquipment({ equipmentId: laptop.id, date: '2026-03-01', toPersonId: grace.id, dueBack: '2026-03-05' }, db);
    expect(await listEquipmentHeldBy(grace.id, db)).toEqual([
      { equipmentId: desk.id, name: 'Standing desk', since: '2026-02-01' },
      { equipmentId: laptop.id, name: 'Laptop 7', assetTag: 'BD-0007', since: '2026-03-01', dueBack: '2026-03-05' },
    ]);
    expect(await listEquipmentHeldBy(alan.id, db)).toEqual([]);
    await checkInEquipment({ equipmentId: desk.id, date: '2026-03-02' }, db);
    expect((await listEquipmentHeldBy(grace.id, db)).map((r) => r.name)).toEqual(['Laptop 7']);
  });
});
