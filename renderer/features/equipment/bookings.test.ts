/** Bookings: clashes with bookings and check-outs refused, cancelling keeps the record, range reads. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../shared/lib/dates';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { employeeRepository } from '../people';
import { bookEquipment, cancelEquipmentBooking, formatBookingInstant, listEquipmentBookings, listEquipmentBookingsBetween } from './bookings';
import { checkOutEquipment } from './handovers';
import { equipmentRepository } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

/** Local wall time in March 2099 (well after today, so no check-out is overdue). */
const at = (day: number, hour: number, minute = 0) => new Date(2099, 2, day, hour, minute).toISOString();
/** How messages show an instant: the PC's zone, the company's locale (en-US by default). */
const shown = (day: number, hour: number, minute = 0) => formatDateTime(at(day, hour, minute), 'en-US');

async function setup() {
  const ana = await employeeRepository.create({ name: 'Ana Lima' }, db);
  const ben = await employeeRepository.create({ name: 'Ben Okafor' }, db);
  const projector = await equipmentRepository.create({ name: 'Projector', assetTag: 'BD-0100', bookable: true, status: 'in-storage' }, db);
  return { ana, ben, projector };
}

describe('bookEquipment', () => {
  it('books, audits, and refuses an overlapping booking with the domain sentence (touching ends are fine)', async () => {
    const { ana, ben, projector } = await setup();
    const b = await bookEquipment({ equipmentId: projector.id, personId: ana.id, start: at(5, 10), end: at(5, 12), purpose: 'Board meeting' }, db);
    expect(b.status).toBe('booked');
    expect((await auditEntriesFor(db, b.id))[0]!.summary).toBe(`Booked "Projector" for Ana Lima from ${shown(5, 10)} to ${shown(5, 12)}`);
    await expect(bookEquipment({ equipmentId: projector.id, personId: ben.id, start: at(5, 11), end: at(5, 13) }, db)).rejects.toThrow(
      `Projector is already booked by Ana Lima from ${shown(5, 10)} to ${shown(5, 12)} ("Board meeting").`,
    );
    await bookEquipment({ equipmentId: projector.id, personId: ben.id, start: at(5, 12), end: at(5, 13) }, db);
    expect((await listEquipmentBookings(projector.id, db)).map((x) => x.personId)).toEqual([ana.id, ben.id]);
  });

  it('refuses a time the item is checked out', async () => {
    const { ana, ben, projector } = await setup();
    await checkOutEquipment({ equipmentId: projector.id, date: '2099-03-04', dueBack: '2099-03-06', toPersonId: ben.id }, db);
    await expect(bookEquipment({ equipmentId: projector.id, personId: ana.id, start: at(5, 10), end: at(5, 12) }, db)).rejects.toThrow(
      'Projector is checked out to Ben Okafor from 2099-03-04 until 2099-03-06.',
    );
    await bookEquipment({ equipmentId: projector.id, personId: ana.id, start: at(7, 0), end: at(7, 2) }, db);
  });

  it('refuses items that cannot be booked, unknown people and empty ranges; nothing is written', async () => {
    const { ana, projector } = await setup();
    const chair = await equipmentRepository.create({ name: 'Chair' }, db);
    await expect(bookEquipment({ equipmentId: chair.id, personId: ana.id, start: at(5, 10), end: at(5, 12) }, db)).rejects.toThrow(
      'Chair is not bookable; mark it bookable on its page first.',
    );
    await expect(bookEquipment({ equipmentId: projector.id, personId: ana.id, start: at(5, 10), end: at(5, 10) }, db)).rejects.toThrow(
      'The booking must end after it starts.',
    );
    await employeeRepository.softDelete(ana.id, db);
    await expect(bookEquipment({ equipmentId: projector.id, personId: ana.id, start: at(5, 10), end: at(5, 12) }, db)).rejects.toThrow(
      'That person is no longer in People; choose someone else.',
    );
    await equipmentRepository.update(projector.id, { status: 'retired', retiredOn: '2099-01-01', retirementReason: 'Bulb gone' }, db);
    const ben = await employeeRepository.create({ name: 'Ben' }, db);
    await expect(bookEquipment({ equipmentId: projector.id, personId: ben.id, start: at(5, 10), end: at(5, 12) }, db)).rejects.toThrow(
      'Projector is retired and cannot be booked.',
    );
    expect(await db.equipmentBookings.count()).toBe(0);
  });
});

describe('cancel and read', () => {
  it('cancelling keeps the booking (status cancelled) and frees the time', async () => {
    const { ana, ben, projector } = await setup();
    const b = await bookEquipment({ equipmentId: projector.id, personId: ana.id, start: at(5, 10), end: at(5, 12) }, db);
    const c = await cancelEquipmentBooking(b.id, db);
    expect(c.status).toBe('cancelled');
    expect(await cancelEquipmentBooking(b.id, db)).toEqual(c);
    expect((await auditEntriesFor(db, b.id)).map((a) => a.action)).toEqual(['create', 'update']);
    await bookEquipment({ equipmentId: projector.id, personId: ben.id, start: at(5, 10), end: at(5, 12) }, db);
    expect((await listEquipmentBookings(projector.id, db)).map((x) => x.status)).toEqual(['cancelled', 'booked']);
  });

  it('bookings between two instants, live only, with item and person named', async () => {
    const { ana, ben, projector } = await setup();
    const car = await equipmentRepository.create({ name: 'Pool car', bookable: true }, db);
    await bookEquipment({ equipmentId: projector.id, personId: ana.id, start: at(5, 10), end: at(5, 12), purpose: 'Board meeting' }, db);
    await bookEquipment({ equipmentId: car.id, personId: ben.id, start: at(4, 8), end: at(6, 18), purpose: 'Trade fair' }, db);
    const gone = await bookEquipment({ equipmentId: projector.id, personId: ben.id, start: at(5, 14), end: at(5, 15) }, db);
    await cancelEquipmentBooking(gone.id, db);
    await bookEquipment({ equipmentId: projector.id, personId: ben.id, start: at(9, 14), end: at(9, 15) }, db);

    const rows = await listEquipmentBookingsBetween(at(5, 0), at(6, 0), db);
    expect(rows.map((r) => [r.equipmentName, r.personName, r.purpose])).toEqual([
      ['Pool car', 'Ben Okafor', 'Trade fair'],
      ['Projector', 'Ana Lima', 'Board meeting'],
    ]);
    expect(rows[1]!.assetTag).toBe('BD-0100');
    expect(await listEquipmentBookingsBetween(at(5, 12), at(5, 14), db)).toHaveLength(1);
  });

  it('formats instants in the local zone and the given locale', () => {
    expect(formatBookingInstant(at(5, 9, 5))).toBe(shown(5, 9, 5));
    expect(formatBookingInstant(at(5, 9, 5), 'de-DE')).toBe(formatDateTime(at(5, 9, 5), 'de-DE'));
    expect(formatBookingInstant('not a time')).toBe('not a time');
  });
});
