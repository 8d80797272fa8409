import { describe, expect, it } from 'vitest';
import {
  checkoutPeriodsFromLedger,
  equipmentBookingDraftSchema,
  findBookingClash,
  findCheckoutBookingClash,
  validateBookable,
  type BookingLike,
  type CheckoutPeriod,
} from './equipmentBookings';

/** An instant at local wall time on March 2026 (check-outs are local days). */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute).toISOString();

const bookings: BookingLike[] = [
  { id: 'b1', equipmentId: 'proj', personId: 'ana', start: at(5, 10), end: at(5, 12), purpose: 'Board meeting' },
  { id: 'b2', equipmentId: 'proj', personId: 'ben', start: at(6, 9), end: at(6, 10), status: 'cancelled' },
  { id: 'b3', equipmentId: 'proj', personId: 'cy', start: at(7, 9), end: at(7, 10), deletedAt: '2026-03-01T00:00:00Z' },
  { id: 'b4', equipmentId: 'car', personId: 'dee', start: at(5, 10), end: at(5, 12) },
];
const names = (id: string) => ({ ana: 'Ana Lima' })[id];

describe('booking schema', () => {
  it('needs an end after the start', () => {
    const ok = { equipmentId: 'proj', personId: 'ana', start: '2026-03-05T10:00:00Z', end: '2026-03-05T11:00:00Z' };
    expect(equipmentBookingDraftSchema.parse(ok).status).toBe('booked');
    expect(equipmentBookingDraftSchema.safeParse({ ...ok, end: ok.start }).success).toBe(false);
    expect(equipmentBookingDraftSchema.safeParse({ ...ok, start: '2026-03-05' }).success).toBe(false);
  });
});

describe('findBookingClash: bookings', () => {
  it('refuses an overlap, naming the booking', () => {
    expect(findBookingClash(bookings, [], { equipmentId: 'proj', start: at(5, 11), end: at(5, 13) }, { itemName: 'The projector', personName: names })).toBe(
      `The projector is already booked by Ana Lima from ${at(5, 10)} to ${at(5, 12)} ("Board meeting").`,
    );
    // Containing and contained ranges clash too.
    expect(findBookingClash(bookings, [], { equipmentId: 'proj', start: at(5, 8), end: at(5, 18) })).not.toBeNull();
    expect(findBookingClash(bookings, [], { equipmentId: 'proj', start: at(5, 10, 30), end: at(5, 11) })).not.toBeNull();
  });
  it('lets touching ends through', () => {
    expect(findBookingClash(bookings, [], { equipmentId: 'proj', start: at(5, 12), end: at(5, 13) })).toBeNull();
    expect(findBookingClash(bookings, [], { equipmentId: 'proj', start: at(5, 9), end: at(5, 10) })).toBeNull();
  });
  it('ignores cancelled and deleted bookings, other items, and the booking being edited', () => {
    expect(findBookingClash(bookings, [], { equipmentId: 'proj', start: at(6, 9), end: at(6, 10) })).toBeNull();
    expect(findBookingClash(bookings, [], { equipmentId: 'proj', start: at(7, 9), end: at(7, 10) })).toBeNull();
    expect(findBookingClash(bookings, [], { equipmentId: 'laptop', start: at(5, 10), end: at(5, 12) })).toBeNull();
    expect(findBookingClash(bookings, [], { id: 'b1', equipmentId: 'proj', start: at(5, 10), end: at(5, 13) })).toBeNull();
    expect(findBookingClash(bookings, [], { equipmentId: 'proj', start: at(5, 10), end: at(5, 13) }, { ignoreBookingId: 'b1' })).toBeNull();
  });
  it('names the person by id when no name is known, and formats instants on request', () => {
    expect(findBookingClash(bookings, [], { equipmentId: 'car', start: at(5, 11), end: at(5, 12) }, { formatInstant: () => 'T' })).toBe(
      'This item is already booked by dee from T to T.',
    );
  });
  it('refuses an empty or inverted range', () => {
    expect(findBookingClash([], [], { equipmentId: 'proj', start: at(5, 11), end: at(5, 11) })).toMatch(/end after it starts/);
  });
});

describe('findBookingClash: check-outs', () => {
  const checkouts: CheckoutPeriod[] = [{ equipmentId: 'proj', holder: 'Ana Lima', from: '2026-03-10', dueBack: '2026-03-12' }];
  it('refuses a booking while the item is out, through the whole due-back day', () => {
    expect(findBookingClash([], checkouts, { equipmentId: 'proj', start: at(12, 20), end: at(12, 21) })).toBe(
      'This item is checked out to Ana Lima from 2026-03-10 until 2026-03-12.',
    );
    expect(findBookingClash([], checkouts, { equipmentId: 'proj', start: at(9, 20), end: at(10, 0, 1) })).not.toBeNull();
  });
  it('lets a booking that ends as the check-out day starts, or starts the day after it is due back', () => {
    expect(findBookingClash([], checkouts, { equipmentId: 'proj', start: at(9, 20), end: at(10, 0) })).toBeNull();
    expect(findBookingClash([], checkouts, { equipmentId: 'proj', start: at(13, 0), end: at(13, 9) })).toBeNull();
  });
  it('an open-ended check-out blocks from its day on', () => {
    const open: CheckoutPeriod[] = [{ equipmentId: 'proj', holder: 'Room 2', from: '2026-03-10' }];
    expect(findBookingClash([], open, { equipmentId: 'proj', start: at(28, 9), end: at(28, 10) })).toBe(
      'This item is checked out to Room 2 since 2026-03-10, with no due-back date.',
    );
    expect(findBookingClash([], open, { equipmentId: 'proj', start: at(9, 9), end: at(9, 10) })).toBeNull();
  });
  it('with today given, an overdue check-out keeps blocking until it is back', () => {
    const candidate = { equipmentId: 'proj', start: at(20, 9), end: at(20, 10) };
    expect(findBookingClash([], checkouts, candidate)).toBeNull();
    expect(findBookingClash([], checkouts, candidate, { today: '2026-03-15' })).toBe(
      'This item is checked out to Ana Lima since 2026-03-10 and was due back 2026-03-12; it is not back yet.',
    );
  });
  it('reports the earlier clash when both a booking and a check-out overlap', () => {
    const b: BookingLike[] = [{ id: 'x', equipmentId: 'proj', personId: 'ana', start: at(9, 9), end: at(9, 10) }];
    expect(findBookingClash(b, checkouts, { equipmentId: 'proj', start: at(9, 0), end: at(11, 0) })).toMatch(/already booked/);
    expect(findBookingClash(b, checkouts, { equipmentId: 'proj', start: at(9, 12), end: at(11, 0) })).toMatch(/checked out/);
  });
  it('derives check-out periods from the hand-over ledger', () => {
    const periods = checkoutPeriodsFromLedger(
      {
        proj: [{ kind: 'check-out', date: '2026-03-10', toPersonId: 'ana', dueBack: '2026-03-12', id: 'h1' }],
        car: [
          { kind: 'check-out', date: '2026-03-01', toPersonId: 'ben', createdAt: '2026-03-01T00:00:00Z' },
          { kind: 'check-in', date: '2026-03-02', createdAt: '2026-03-02T00:00:00Z' },
        ],
      },
      names,
    );
    expect(periods).toEqual([{ equipmentId: 'proj', holder: 'Ana Lima', from: '2026-03-10', dueBack: '2026-03-12', entryId: 'h1' }]);
  });
});

describe('validateBookable', () => {
  it('refuses items that are not bookable, retired or deleted', () => {
    expect(validateBookable({ bookable: true, status: 'in-storage' })).toBeNull();
    expect(validateBookable({ status: 'in-storage' }, 'The drill')).toBe('The drill is not bookable; mark it bookable on its page first.');
    expect(validateBookable({ bookable: true, status: 'retired' })).toMatch(/retired and cannot be booked/);
    expect(validateBookable({ bookable: true, deletedAt: '2026-01-01T00:00:00Z' })).toMatch(/deleted/);
  });
});

describe('findCheckoutBookingClash', () => {
  it('refuses a check-out over someone else\'s booking, naming it', () => {
    expect(
      findCheckoutBookingClash(bookings, { equipmentId: 'proj', date: '2026-03-04', dueBack: '2026-03-05', toPersonId: 'ben' }, { itemName: 'The projector', personName: names }),
    ).toBe(
      `The projector is booked by Ana Lima from ${at(5, 10)} to ${at(5, 12)} ("Board meeting"), so it cannot be checked out from 2026-03-04 until 2026-03-05. Choose an earlier due-back date or cancel the booking first.`,
    );
  });
  it('blocks from the check-out day on when open-ended', () => {
    expect(findCheckoutBookingClash(bookings, { equipmentId: 'proj', date: '2026-03-01' })).toMatch(/with no due-back date/);
  });
  it('lets through a due-back day before the booking, other items, cancelled and deleted bookings', () => {
    expect(findCheckoutBookingClash(bookings, { equipmentId: 'proj', date: '2026-03-03', dueBack: '2026-03-04' })).toBeNull();
    expect(findCheckoutBookingClash(bookings, { equipmentId: 'proj', date: '2026-03-06', dueBack: '2026-03-07' })).toBeNull();
    expect(findCheckoutBookingClash(bookings, { equipmentId: 'printer', date: '2026-03-01' })).toBeNull();
  });
  it('a check-out to the person who booked it is them collecting it', () => {
    expect(findCheckoutBookingClash(bookings, { equipmentId: 'proj', date: '2026-03-05', dueBack: '2026-03-05', toPersonId: 'ana' })).toBeNull();
  });
  it('bookings already over (before now) do not block a same-day check-out', () => {
    const check = { equipmentId: 'proj', date: '2026-03-05', dueBack: '2026-03-05', toPersonId: 'ben' };
    expect(findCheckoutBookingClash(bookings, check)).not.toBeNull();
    expect(findCheckoutBookingClash(bookings, check, { now: at(5, 12) })).toBeNull();
    expect(findCheckoutBookingClash(bookings, check, { now: at(5, 11) })).not.toBeNull();
  });
});
