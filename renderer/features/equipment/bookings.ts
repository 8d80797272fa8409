/**
 * Bookings of bookable items (issue 12.7): a projector, the pool car or the meeting-room kit
 * reserved by a person for a time range. A booking that overlaps another live booking of the
 * item or a time it is checked out (from the hand-over ledger) is refused with the domain's
 * sentence (`findBookingClash`), in the same transaction that writes it. A booking is never
 * deleted: cancelling sets its status.
 */
import Dexie from 'dexie';
import { formatDateTime, nowIso, today } from '../../../shared/lib/dates';
import {
  checkoutPeriodsFromLedger,
  equipmentBookingDraftSchema,
  equipmentBookingSchema,
  findBookingClash,
  validateBookable,
  type EquipmentBooking,
  type EquipmentBookingDraft,
} from '../../../shared/domain/equipmentBookings';
import { getDb, type BackdeskDb } from '../../db';
import type { TableName } from '../../db/database';
import { auditEntry, createCrudRepository, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { getCompanyProfile } from '../../core/settings';
import { employeeRepository } from '../people';

export {
  BOOKING_STATUSES,
  type BookingStatus,
  type EquipmentBooking,
  type EquipmentBookingDraft,
} from '../../../shared/domain/equipmentBookings';

/** A booking the rules refuse (a clash, an item that cannot be booked); the message is a sentence. */
export class EquipmentBookingError extends Error {
  override readonly name = 'EquipmentBookingError';
}

/** Validation and stamping only; every write goes through the functions below. */
const bookings = createCrudRepository({
  table: 'equipmentBookings',
  schema: equipmentBookingSchema,
  draftSchema: equipmentBookingDraftSchema,
  noun: 'booking',
  label: (b) => `${b.start}–${b.end}`,
});

const BOOKING_TABLES: readonly TableName[] = ['equipment', 'equipmentBookings', 'equipmentHandovers', 'employees', 'auditLog'];

/** An instant in the PC's time zone and the company's locale: "Mar 5, 2026, 10:00 AM" (messages and the booking list). */
export function formatBookingInstant(instant: string, locale = 'en-US'): string {
  return Number.isNaN(Date.parse(instant)) ? instant : formatDateTime(instant, locale);
}

async function nameLookup(db: BackdeskDb, ids: readonly string[]): Promise<(id: string) => string | undefined> {
  const wanted = [...new Set(ids.filter(Boolean))];
  const rows = wanted.length ? await db.employees.bulkGet(wanted) : [];
  const names = new Map<string, string>();
  for (const e of rows) if (e) names.set(e.id, e.name);
  return (id) => names.get(id);
}

/**
 * Books an item for a person from `start` to `end` (ISO instants, end exclusive). Refused with a
 * sentence when the item is not bookable, retired, disposed or deleted, the person is not in
 * People, or the time clashes with a live booking or a check-out of the item.
 */
export async function bookEquipment(draft: EquipmentBookingDraft, db: BackdeskDb = getDb()): Promise<EquipmentBooking> {
  const booking = bookings.build({ ...draft, status: 'booked' });
  const { locale } = await getCompanyProfile(db);
  const show = (instant: string) => formatBookingInstant(instant, locale);
  return writeTransaction(db, BOOKING_TABLES, async () => {
    const item = await db.equipment.get(booking.equipmentId);
    if (!item) throw new RecordNotFoundError('equipment', booking.equipmentId);
    const refused = validateBookable(item, item.name);
    if (refused) throw new EquipmentBookingError(refused);
    const person = await employeeRepository.get(booking.personId, db);
    if (!person) throw new EquipmentBookingError('That person is no longer in People; choose someone else.');
    const existing = await db.equipmentBookings.where('equipmentId').equals(item.id).toArray();
    const entries = await db.equipmentHandovers
      .where('[equipmentId+date]')
      .between([item.id, Dexie.minKey], [item.id, Dexie.maxKey])
      .toArray();
    const personName = await nameLookup(db, [
      ...existing.map((b) => b.personId),
      ...entries.map((e) => (e.kind === 'check-out' ? (e.toPersonId ?? '') : '')),
    ]);
    const checkouts = checkoutPeriodsFromLedger(new Map([[item.id, entries]]), personName);
    const clash = findBookingClash(existing, checkouts, booking, {
      itemName: item.name,
      personName,
      formatInstant: show,
      today: today(),
    });
    if (clash) throw new EquipmentBookingError(clash);
    await db.equipmentBookings.add(booking);
    await db.auditLog.add(
      auditEntry(
        'equipmentBookings',
        booking.id,
        'create',
        `Booked ${quote(item.name)} for ${person.name} from ${show(booking.start)} to ${show(booking.end)}`,
        booking.createdAt,
      ),
    );
    return booking;
  });
}

/** Cancels a booking (its status becomes cancelled; it is kept). Cancelling twice changes nothing. */
export async function cancelEquipmentBooking(id: string, db: BackdeskDb = getDb()): Promise<EquipmentBooking> {
  const { locale } = await getCompanyProfile(db);
  return writeTransaction(db, BOOKING_TABLES, async () => {
    const booking = await db.equipmentBookings.get(id);
    if (!booking || booking.deletedAt !== null) throw new RecordNotFoundError('equipmentBookings', id);
    if (booking.status === 'cancelled') return booking;
    const at = nowIso();
    const updated: EquipmentBooking = { ...booking, status: 'cancelled', updatedAt: at };
    await db.equipmentBookings.put(updated);
    const item = await db.equipment.get(booking.equipmentId);
    await db.auditLog.add(
      auditEntry(
        'equipmentBookings',
        id,
        'update',
        `Cancelled the booking of ${quote(item?.name ?? 'an item')} from ${formatBookingInstant(booking.start, locale)} to ${formatBookingInstant(booking.end, locale)}`,
        at,
      ),
    );
    return updated;
  });
}

/** An item's bookings (cancelled ones included, deleted ones not), by start. */
export async function listEquipmentBookings(equipmentId: string, db: BackdeskDb = getDb()): Promise<EquipmentBooking[]> {
  const rows = await db.equipmentBookings.where('equipmentId').equals(equipmentId).toArray();
  return rows.filter((b) => b.deletedAt === null).sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

/** A live booking with what a calendar shows of it. */
export interface EquipmentBookingRow {
  booking: EquipmentBooking;
  equipmentName: string;
  assetTag?: string;
  personName: string;
  purpose?: string;
}

/**
 * Live (not cancelled) bookings that overlap [fromIso, toIso), by start, with the item and the
 * person named: what the calendar module shows.
 */
export async function listEquipmentBookingsBetween(fromIso: string, toIso: string, db: BackdeskDb = getDb()): Promise<EquipmentBookingRow[]> {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  // Stored starts are ISO text in UTC or with an offset, so the index range is a coarse cut
  // (a day's margin for offsets); the exact overlap is decided on parsed instants.
  const upper = new Date(to + 86_400_000).toISOString();
  const rows = (await db.equipmentBookings.where('start').below(upper).toArray()).filter(
    (b) => b.deletedAt === null && b.status !== 'cancelled' && Date.parse(b.start) < to && Date.parse(b.end) > from,
  );
  if (!rows.length) return [];
  const items = await db.equipment.bulkGet([...new Set(rows.map((b) => b.equipmentId))]);
  const byId = new Map(items.filter((i) => !!i).map((i) => [i.id, i]));
  const personName = await nameLookup(db, rows.map((b) => b.personId));
  const out: EquipmentBookingRow[] = [];
  for (const b of rows) {
    const item = byId.get(b.equipmentId);
    if (!item || item.deletedAt !== null) continue;
    out.push({
      booking: b,
      equipmentName: item.name,
      ...(item.assetTag ? { assetTag: item.assetTag } : {}),
      personName: personName(b.personId) ?? 'Someone no longer in People',
      ...(b.purpose ? { purpose: b.purpose } : {}),
    });
  }
  return out.sort((a, b) => Date.parse(a.booking.start) - Date.parse(b.booking.start) || a.booking.id.localeCompare(b.booking.id));
}
