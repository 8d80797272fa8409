import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { expenseRepository } from '../expenses';
import {
  addLeg,
  addTripDocument,
  addTripExpense,
  createTrip,
  legInstants,
  legTitle,
  linkExpense,
  listExpenseCandidates,
  listTripDocuments,
  listTripsBetween,
  readTripCosts,
  removeLeg,
  replaceLeg,
  removeTripDocument,
  splitTrips,
  tripRepository,
  unlinkExpense,
  updateLeg,
  updateTrip,
  type TripLegDraft,
} from './trips';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const flightOut: TripLegDraft = {
  kind: 'flight',
  carrier: 'British Airways',
  number: 'BA117',
  from: 'London Heathrow',
  to: 'New York JFK',
  start: '2026-11-02T10:30',
  startTimeZone: 'Europe/London',
  end: '2026-11-02T13:25',
  endTimeZone: 'America/New_York',
  confirmation: 'X7PQ2L',
  costCents: 64000,
};
const hotel: TripLegDraft = {
  kind: 'hotel',
  carrier: 'The Langham',
  from: '400 Fifth Avenue, New York, NY 10018',
  start: '2026-11-02T15:00',
  startTimeZone: 'America/New_York',
  end: '2026-11-05T11:00',
  endTimeZone: 'America/New_York',
  confirmation: 'LNG-88',
  costCents: 120000,
};

const baseTrip = { travellerId: 'emp-1', purpose: 'Client visit', destination: 'New York', startDate: '2026-11-02', endDate: '2026-11-05' };

describe('trips', () => {
  it('a London → New York flight compares instants across zones: 13:25 New York is after 10:30 London', async () => {
    expect(legInstants(flightOut as never)).toEqual({ start: '2026-11-02T10:30:00.000Z', end: '2026-11-02T18:25:00.000Z' });
    const trip = await createTrip({ ...baseTrip, legs: [hotel, flightOut] }, db);
    // Sorted by when they happen, not by the order given.
    expect(trip.legs.map((l) => l.kind)).toEqual(['flight', 'hotel']);
    expect(trip.legs[0]!.id).toBeTruthy();
    expect(legTitle(trip.legs[0]!)).toBe('Flight BA117 London Heathrow → New York JFK');
    expect(legTitle(trip.legs[1]!)).toBe('Hotel The Langham');
  });

  it('refuses a leg that lands before it leaves in instants even when the wall text looks later', async () => {
    const trip = await createTrip(baseTrip, db);
    // 05:00 in New York is 10:00 in London: before the 10:30 London departure.
    await expect(addLeg(trip.id, { ...flightOut, end: '2026-11-02T05:00' }, db)).rejects.toThrow(/ends before it starts/);
    // The return: New York 18:00 → London 06:30 next morning is fine although 06:30 < 18:00 as text.
    const ok = await addLeg(trip.id, { ...flightOut, number: 'BA112', start: '2026-11-05T18:00', startTimeZone: 'America/New_York', end: '2026-11-06T06:30', endTimeZone: 'Europe/London' }, db);
    expect(ok.legs).toHaveLength(1);
    await expect(addLeg(trip.id, { ...hotel, end: '2026-11-02T15:00' }, db)).rejects.toThrow('The check-out must be after the check-in.');
    await expect(createTrip({ ...baseTrip, legs: [flightOut, { ...hotel, end: '2026-11-01T10:00' }] }, db)).rejects.toThrow(/Leg 2 \(Hotel The Langham\)/);
  });

  it('adds, changes and removes legs, each one transaction with an audit line', async () => {
    const trip = await createTrip(baseTrip, db);
    const withHotel = await addLeg(trip.id, hotel, db);
    const withBoth = await addLeg(trip.id, flightOut, db);
    expect(withBoth.legs.map((l) => l.kind)).toEqual(['flight', 'hotel']);
    const hotelId = withHotel.legs[0]!.id;
    const changed = await updateLeg(trip.id, hotelId, { confirmation: 'NEW-1', notes: '' }, db);
    expect(changed.legs.find((l) => l.id === hotelId)!.confirmation).toBe('NEW-1');
    await expect(updateLeg(trip.id, hotelId, { end: '2026-11-01T09:00' }, db)).rejects.toThrow('The check-out must be after the check-in.');
    const replaced = await replaceLeg(trip.id, hotelId, { ...hotel, costCents: undefined, confirmation: 'R-2' }, db);
    const r = replaced.legs.find((l) => l.id === hotelId)!;
    expect([r.confirmation, r.costCents]).toEqual(['R-2', undefined]);
    const removed = await removeLeg(trip.id, hotelId, db);
    expect(removed.legs.map((l) => l.kind)).toEqual(['flight']);
    const audit = (await auditEntriesFor(db, trip.id)).map((a) => a.summary);
    expect(audit).toEqual(
      expect.arrayContaining([
        'Created trip "Client visit"',
        'Added leg "Hotel The Langham" (trip "Client visit")',
        'Added leg "Flight BA117 London Heathrow → New York JFK" (trip "Client visit")',
        'Changed leg "Hotel The Langham" (trip "Client visit")',
        'Removed leg "Hotel The Langham" (trip "Client visit")',
      ]),
    );
  });

  it('updateTrip checks legs given with the trip and keeps their ids', async () => {
    const trip = await createTrip({ ...baseTrip, legs: [flightOut] }, db);
    const id = trip.legs[0]!.id;
    const next = await updateTrip(trip.id, { purpose: 'Client visit (NYC)', legs: [{ ...trip.legs[0]!, confirmation: 'Z1' }, hotel] }, db);
    expect(next.legs[0]!.id).toBe(id);
    expect(next.legs[0]!.confirmation).toBe('Z1');
    expect(next.legs).toHaveLength(2);
    await expect(updateTrip(trip.id, { endDate: '2026-11-01' }, db)).rejects.toThrow('The trip ends before it starts.');
  });

  it("offers the traveller's expenses around the trip first, then the office's around it, and searches every expense", async () => {
    // The trip is 2–5 Nov: "around it" is 19 Oct – 19 Nov.
    const trip = await createTrip(baseTrip, db);
    const add = (date: string, description: string, amountCents: number, spentById?: string) =>
      expenseRepository.create({ date, description, amountCents, ...(spentById ? { spentById } : {}) }, db);
    await add('2026-11-01', 'Office rent', 250000);
    await add('2026-11-04', 'Taxi JFK', 8500, 'emp-1');
    await add('2026-11-18', 'Visa fee', 16000, 'emp-1');
    await add('2026-11-03', 'Lunch (Marta)', 2400, 'emp-2');
    await add('2026-09-01', 'Flight deposit', 30000, 'emp-1');
    await add('2026-06-01', 'Taxi to the station', 3100, 'emp-2');
    const names = new Map([
      ['emp-1', 'Dana Director'],
      ['emp-2', 'Marta Müller'],
    ]);
    const list = async (search?: string) => (await listExpenseCandidates(trip, db, { ...(search !== undefined ? { search } : {}), names })).map((c) => c.expense.description);
    // Suggestions: the traveller's around the trip (nearest first), then the office's around it.
    expect(await list()).toEqual(['Taxi JFK', 'Visa fee', 'Office rent']);
    // Search over every expense, by words of the description, who spent it or the amount.
    expect(await list('taxi')).toEqual(['Taxi JFK', 'Taxi to the station']);
    expect(await list('muller')).toEqual(['Lunch (Marta)', 'Taxi to the station']);
    expect(await list('deposit')).toEqual(['Flight deposit']);
    expect(await list('dana')).toEqual(['Taxi JFK', 'Visa fee', 'Flight deposit']);
    expect(await list('300.00')).toEqual(['Flight deposit']);
    const [first] = await listExpenseCandidates(trip, db);
    expect(first).toMatchObject({ traveller: true, nearTrip: true });
  });

  it('links existing expenses and adds new ones through Expenses: estimate vs actual', async () => {
    const trip = await createTrip({ ...baseTrip, legs: [flightOut, hotel] }, db);
    const taxi = await expenseRepository.create({ date: '2026-11-02', description: 'Taxi JFK', amountCents: 8500, spentById: 'emp-1' }, db);
    const other = await expenseRepository.create({ date: '2026-11-03', description: 'Someone else', amountCents: 100, spentById: 'emp-2' }, db);
    await expenseRepository.create({ date: '2026-12-20', description: 'Too late', amountCents: 100, spentById: 'emp-1' }, db);
    const candidates = await listExpenseCandidates(trip, db);
    expect(candidates.map((c) => c.expense.description)).toEqual(['Taxi JFK']);
    expect(candidates.some((c) => c.expense.id === other.id)).toBe(false);

    const linked = await linkExpense(trip.id, taxi.id, db);
    expect(linked.expenseIds).toEqual([taxi.id]);
    expect(await linkExpense(trip.id, taxi.id, db)).toEqual(linked);
    const { expense } = await addTripExpense(trip.id, { date: '2026-11-04', description: 'Dinner with client', amountCents: 15000 }, db);
    expect(expense.spentById).toBe('emp-1');
    expect((await db.expenses.get(expense.id))?.description).toBe('Dinner with client');
    // The expense totals aggregate was kept in the same transaction.
    expect((await db.expenseTotals.toArray()).reduce((s, t) => s + t.amountCents, 0)).toBe(8500 + 100 + 100 + 15000);

    let costs = await readTripCosts(await tripRepository.require(trip.id, db), db);
    expect(costs).toMatchObject({ estimateCents: 184000, estimateFromLegs: true, actualCents: 23500, differenceCents: 23500 - 184000 });
    await updateTrip(trip.id, { estimateCents: 200000 }, db);
    costs = await readTripCosts(await tripRepository.require(trip.id, db), db);
    expect(costs).toMatchObject({ estimateCents: 200000, estimateFromLegs: false, legCostCents: 184000 });
    expect(costs.expenses.map((e) => e.description)).toEqual(['Taxi JFK', 'Dinner with client']);

    await unlinkExpense(trip.id, taxi.id, db);
    costs = await readTripCosts(await tripRepository.require(trip.id, db), db);
    expect(costs.actualCents).toBe(15000);
    expect(await db.expenses.get(taxi.id)).toBeTruthy();
    // A deleted expense no longer counts.
    await expenseRepository.softDelete(expense.id, db);
    expect((await readTripCosts(await tripRepository.require(trip.id, db), db)).actualCents).toBe(0);
  });

  it('a failed expense leaves nothing half-written', async () => {
    const trip = await createTrip(baseTrip, db);
    await expect(addTripExpense(trip.id, { date: '2026-11-04', description: 'Nothing', amountCents: 0 }, db)).rejects.toThrow();
    expect(await db.expenses.count()).toBe(0);
    expect((await tripRepository.require(trip.id, db)).expenseIds).toEqual([]);
  });

  it('attaches and removes tickets', async () => {
    const trip = await createTrip(baseTrip, db);
    const next = await addTripDocument(trip.id, { name: 'BA117 e-ticket.pdf', mimeType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4 ticket') }, db);
    const docs = await listTripDocuments(next, db);
    expect(docs.map((d) => [d.name, d.linkedTable, d.linkedId])).toEqual([['BA117 e-ticket.pdf', 'trips', trip.id]]);
    const after = await removeTripDocument(trip.id, docs[0]!.id, db);
    expect(after.attachmentIds).toEqual([]);
    expect((await db.attachments.get(docs[0]!.id))?.deletedAt).not.toBeNull();
    await expect(addTripDocument(trip.id, { name: 'empty.pdf', bytes: new Uint8Array() }, db)).rejects.toThrow('empty.pdf is empty');
  });

  it('lists trips touching a date range and splits upcoming from past', async () => {
    const a = await createTrip({ ...baseTrip, purpose: 'A', startDate: '2026-10-01', endDate: '2026-10-03' }, db);
    const b = await createTrip({ ...baseTrip, purpose: 'B', startDate: '2026-11-02', endDate: '2026-11-05' }, db);
    const c = await createTrip({ ...baseTrip, purpose: 'C', startDate: '2026-12-01', endDate: '2026-12-02' }, db);
    await tripRepository.softDelete(c.id, db);
    expect((await listTripsBetween('2026-10-03', '2026-11-02', db)).map((t) => t.purpose)).toEqual(['A', 'B']);
    expect((await listTripsBetween('2026-10-04', '2026-11-01', db)).map((t) => t.purpose)).toEqual([]);
    const { upcoming, past } = splitTrips([a, b], '2026-11-05');
    expect(upcoming.map((t) => t.purpose)).toEqual(['B']);
    expect(past.map((t) => t.purpose)).toEqual(['A']);
  });
});
