/**
 * Equipment bookings (issue 12.7): a bookable item (projector, pool car, meeting-room kit) is
 * reserved by a person for a time range. A booking that overlaps another live booking of the
 * same item, or a time the item is checked out, is refused with a sentence naming what it
 * clashes with. Ranges are half-open [start, end): a booking ending at 10:00 and one starting
 * at 10:00 do not clash. Cancelled and deleted bookings are ignored.
 *
 * Check-outs are whole days (the hand-over ledger keeps dates): one blocks from the start of
 * its check-out day to the end of its due-back day in the PC's time zone, and without a
 * due-back date (or once overdue, when `today` is given) it blocks from its check-out day on.
 */
import { z } from 'zod';
import { addDays } from '../lib/dates';
import { BASE_OMIT, baseRecordShape, idSchema, instantSchema, optionalText } from './common';
import { isOutOfService, type EquipmentStatus } from './equipment';
import { currentHolder, describeHolder, type HandoverLike } from './equipmentLedger';

export const BOOKING_STATUSES = ['booked', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const equipmentBookingShape = {
  ...baseRecordShape,
  equipmentId: idSchema,
  personId: idSchema,
  /** ISO instants; the end is exclusive. */
  start: instantSchema,
  end: instantSchema,
  purpose: optionalText('Purpose', 300),
  status: z.enum(BOOKING_STATUSES).default('booked'),
};

function checkBooking(b: { start: string; end: string }, ctx: z.RefinementCtx): void {
  if (Date.parse(b.end) <= Date.parse(b.start)) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The booking must end after it starts.' });
}

export const equipmentBookingSchema = z.object(equipmentBookingShape).superRefine(checkBooking);
export const equipmentBookingDraftSchema = z.object(equipmentBookingShape).omit(BASE_OMIT).superRefine(checkBooking);
export type EquipmentBooking = z.infer<typeof equipmentBookingSchema>;
export type EquipmentBookingDraft = z.input<typeof equipmentBookingDraftSchema>;

export interface BookingLike {
  id?: string;
  equipmentId: string;
  personId: string;
  start: string;
  end: string;
  purpose?: string;
  status?: BookingStatus;
  deletedAt?: string | null;
}

/** A time an item is checked out: dates from the hand-over ledger. */
export interface CheckoutPeriod {
  equipmentId: string;
  /** Who or where holds it, as the message should name it. */
  holder: string;
  /** Check-out day. */
  from: string;
  /** Due-back day (inclusive); absent when open-ended. */
  dueBack?: string;
  entryId?: string;
}

/** The current check-out of each item that is out, from its ledger entries. */
export function checkoutPeriodsFromLedger(
  entriesByItem: ReadonlyMap<string, readonly HandoverLike[]> | Readonly<Record<string, readonly HandoverLike[]>>,
  personName?: (personId: string) => string | undefined,
): CheckoutPeriod[] {
  const pairs = entriesByItem instanceof Map ? [...entriesByItem.entries()] : Object.entries(entriesByItem as Record<string, readonly HandoverLike[]>);
  const out: CheckoutPeriod[] = [];
  for (const [equipmentId, entries] of pairs) {
    const h = currentHolder(entries);
    if (!h) continue;
    out.push({
      equipmentId,
      holder: describeHolder(h, personName),
      from: h.since,
      ...(h.dueBack ? { dueBack: h.dueBack } : {}),
      ...(h.entryId ? { entryId: h.entryId } : {}),
    });
  }
  return out;
}

export interface ClashOptions {
  /** Leaves out the booking being edited. */
  ignoreBookingId?: string;
  /** For the message; default "This item". */
  itemName?: string;
  personName?: (personId: string) => string | undefined;
  /** How instants appear in the message; default the ISO text as stored. */
  formatInstant?: (instant: string) => string;
  /** With today given, an overdue check-out blocks from its check-out day on (it is not back). */
  today?: string;
}

/** Start of a local calendar day, in ms. */
function localDayStart(date: string): number {
  return new Date(`${date}T00:00:00`).getTime();
}

function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/**
 * The first clash of `candidate` with a live booking of the same item or a check-out of it,
 * as a sentence ("The projector is already booked by Ana from … to … ("Board meeting")."),
 * or null when the time is free.
 */
export function findBookingClash(
  existingBookings: readonly BookingLike[],
  checkouts: readonly CheckoutPeriod[],
  candidate: Pick<BookingLike, 'equipmentId' | 'start' | 'end'> & { id?: string },
  options: ClashOptions = {},
): string | null {
  const name = options.itemName ?? 'This item';
  const show = options.formatInstant ?? ((s: string) => s);
  const cs = Date.parse(candidate.start);
  const ce = Date.parse(candidate.end);
  if (Number.isNaN(cs) || Number.isNaN(ce)) return 'Enter the booking\'s start and end.';
  if (ce <= cs) return 'The booking must end after it starts.';
  const ignore = options.ignoreBookingId ?? candidate.id;

  const bookingClashes = existingBookings
    .filter(
      (b) =>
        b.equipmentId === candidate.equipmentId &&
        !b.deletedAt &&
        b.status !== 'cancelled' &&
        !(ignore && b.id === ignore) &&
        overlaps(cs, ce, Date.parse(b.start), Date.parse(b.end)),
    )
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

  const checkoutClashes = checkouts
    .filter((c) => c.equipmentId === candidate.equipmentId)
    .map((c) => {
      const overdue = !!(options.today && c.dueBack && c.dueBack < options.today);
      const start = localDayStart(c.from);
      const end = c.dueBack && !overdue ? localDayStart(addDays(c.dueBack, 1)) : Infinity;
      return { c, overdue, start, end };
    })
    .filter((x) => overlaps(cs, ce, x.start, x.end))
    .sort((a, b) => a.start - b.start);

  const firstBooking = bookingClashes[0];
  const firstCheckout = checkoutClashes[0];
  if (firstCheckout && (!firstBooking || firstCheckout.start <= Date.parse(firstBooking.start))) {
    const { c, overdue } = firstCheckout;
    if (overdue) return `${name} is checked out to ${c.holder} since ${c.from} and was due back ${c.dueBack}; it is not back yet.`;
    if (c.dueBack) return `${name} is checked out to ${c.holder} from ${c.from} until ${c.dueBack}.`;
    return `${name} is checked out to ${c.holder} since ${c.from}, with no due-back date.`;
  }
  if (firstBooking) {
    const who = options.personName?.(firstBooking.personId) || firstBooking.personId;
    const why = firstBooking.purpose?.trim() ? ` ("${firstBooking.purpose.trim()}")` : '';
    return `${name} is already booked by ${who} from ${show(firstBooking.start)} to ${show(firstBooking.end)}${why}.`;
  }
  return null;
}

/**
 * Why an item cannot be booked at all, or null: it is not bookable, or it is retired or
 * disposed.
 */
export function validateBookable(item: { bookable?: boolean; status?: EquipmentStatus; deletedAt?: string | null }, itemName = 'This item'): string | null {
  if (item.deletedAt) return `${itemName} was deleted.`;
  if (isOutOfService(item.status)) return `${itemName} is ${item.status} and cannot be booked.`;
  if (!item.bookable) return `${itemName} is not bookable; mark it bookable on its page first.`;
  return null;
}

export interface CheckoutBookingOptions {
  /** For the message; default "This item". */
  itemName?: string;
  personName?: (personId: string) => string | undefined;
  /** How instants appear in the message; default the ISO text as stored. */
  formatInstant?: (instant: string) => string;
  /** Bookings that ended at or before this instant are over and never block a check-out. */
  now?: string;
}

/**
 * The check-out side of the clash rule (the same whole-day reading of a check-out as
 * `findBookingClash`): a check-out blocks from the start of its day to the end of its due-back
 * day, or from its day on when open-ended. The first live booking of the item in that time by
 * someone other than the person it goes to is named in a sentence; null when nothing clashes.
 * A check-out to the person who booked it is them collecting their booking, not a clash.
 */
export function findCheckoutBookingClash(
  bookings: readonly BookingLike[],
  checkout: { equipmentId: string; date: string; dueBack?: string; toPersonId?: string },
  options: CheckoutBookingOptions = {},
): string | null {
  const name = options.itemName ?? 'This item';
  const show = options.formatInstant ?? ((s: string) => s);
  const start = localDayStart(checkout.date);
  const end = checkout.dueBack ? localDayStart(addDays(checkout.dueBack, 1)) : Infinity;
  const now = options.now ? Date.parse(options.now) : -Infinity;
  const clash = bookings
    .filter(
      (b) =>
        b.equipmentId === checkout.equipmentId &&
        !b.deletedAt &&
        b.status !== 'cancelled' &&
        !(checkout.toPersonId && b.personId === checkout.toPersonId) &&
        Date.parse(b.end) > now &&
        overlaps(start, end, Date.parse(b.start), Date.parse(b.end)),
    )
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
  if (!clash) return null;
  const who = options.personName?.(clash.personId) || clash.personId;
  const why = clash.purpose?.trim() ? ` ("${clash.purpose.trim()}")` : '';
  const until = checkout.dueBack ? ` until ${checkout.dueBack}` : ' with no due-back date';
  return `${name} is booked by ${who} from ${show(clash.start)} to ${show(clash.end)}${why}, so it cannot be checked out from ${checkout.date}${until}. Choose an earlier due-back date or cancel the booking first.`;
}
