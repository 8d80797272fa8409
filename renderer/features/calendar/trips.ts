/**
 * Trips (issue 13.8): a traveller's journey with its legs (flights, trains, cars, hotels), the
 * tickets attached to it and the expenses booked against it. Legs live inside the trip record;
 * each keeps its start and end as WALL times in their own zones (a flight leaves at 10:30
 * London time and lands at 13:25 New York time), so "ends after it starts" compares the
 * instants those wall times mean, never the text. Every change is one transaction with its
 * audit line. Expenses belong to the expenses feature: a trip only keeps their ids, and a new
 * one is created through that feature's repository inside the same transaction as the link.
 */
import type { z } from 'zod';
import { wallToUtc } from '../../../shared/calendar';
import { tripDraftSchema, tripLegSchema, tripSchema, type Trip, type TripDraft, type TripLeg, type TripLegKind, type TripStatus } from '../../../shared/domain/calendar';
import type { Attachment } from '../../../shared/domain/attachments';
import { addDays, diffDays, nowIso } from '../../../shared/lib/dates';
import { normalizeForSearch, searchTokens } from '../../../shared/lib/text';
import { newId } from '../../../shared/lib/ids';
import { getDb, type BackdeskDb } from '../../db';
import { ATTACHMENT_TABLES, getAttachments, prepareAttachment, writePreparedAttachment } from '../../db/attachments';
import { auditEntry, createCrudRepository, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { expenseRepository, listExpensesBetween, type Expense, type ExpenseDraft } from '../expenses';

export const tripRepository = createCrudRepository({
  table: 'trips',
  schema: tripSchema,
  draftSchema: tripDraftSchema,
  noun: 'trip',
  label: (t) => t.purpose,
  compare: (a, b) => a.startDate.localeCompare(b.startDate) || a.purpose.localeCompare(b.purpose) || a.id.localeCompare(b.id),
});

/** A refusal a person reads (a leg that lands before it leaves, an expense already linked). */
export class TripError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TripError';
  }
}

export const TRIP_LEG_KIND_LABELS: Record<TripLegKind, string> = {
  flight: 'Flight',
  train: 'Train',
  car: 'Car',
  hotel: 'Hotel',
  other: 'Other',
};

export const TRIP_STATUS_LABELS: Record<TripStatus, string> = { planned: 'Planned', booked: 'Booked', done: 'Done', cancelled: 'Cancelled' };

/** A leg as a form gives it: everything but the id. */
export const tripLegDraftSchema = tripLegSchema.omit({ id: true });
export type TripLegDraft = z.input<typeof tripLegDraftSchema>;

/** The UTC instants a leg's wall times mean in their own zones. */
export function legInstants(leg: Pick<TripLeg, 'start' | 'startTimeZone' | 'end' | 'endTimeZone'>): { start: string; end: string } {
  return { start: wallToUtc(leg.start, leg.startTimeZone), end: wallToUtc(leg.end, leg.endTimeZone) };
}

/** Why a leg cannot be saved, or null: its end must come after its start as instants. */
export function legProblem(leg: Pick<TripLeg, 'kind' | 'start' | 'startTimeZone' | 'end' | 'endTimeZone'>): string | null {
  const { start, end } = legInstants(leg);
  if (end > start) return null;
  if (leg.kind === 'hotel') return 'The check-out must be after the check-in.';
  const sameZone = leg.startTimeZone === leg.endTimeZone;
  return sameZone
    ? 'The leg ends before it starts.'
    : `The leg ends before it starts: ${leg.end.replace('T', ' ')} in ${leg.endTimeZone} is before ${leg.start.replace('T', ' ')} in ${leg.startTimeZone}.`;
}

/** Legs in the order they happen (by their start instants; ties by end, then id). */
export function sortedLegs(legs: readonly TripLeg[]): TripLeg[] {
  const keyed = legs.map((l) => ({ l, ...legInstants(l) }));
  keyed.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.l.id.localeCompare(b.l.id));
  return keyed.map((k) => k.l);
}

/** The place a zone names, for titles: 'Europe/London' → 'London'. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** 'Flight BA117 London Heathrow → New York JFK', 'Hotel The Langham', 'Car Hertz: JFK → Midtown'. */
export function legTitle(leg: Pick<TripLeg, 'kind' | 'carrier' | 'number' | 'from' | 'to'>): string {
  const label = TRIP_LEG_KIND_LABELS[leg.kind];
  if (leg.kind === 'hotel') return [label, leg.carrier || leg.from].filter(Boolean).join(' ');
  const who = leg.number || leg.carrier;
  const route = leg.from && leg.to ? `${leg.from} → ${leg.to}` : leg.to ? `to ${leg.to}` : (leg.from ?? '');
  return [label, who].filter(Boolean).join(' ') + (route ? `${who && leg.kind === 'car' ? ':' : ''} ${route}` : '');
}

/** What the estimate is: the approved figure when there is one, else the legs' costs. */
export function tripEstimateCents(trip: Pick<Trip, 'estimateCents' | 'legs'>): number {
  return trip.estimateCents ?? trip.legs.reduce((s, l) => s + (l.costCents ?? 0), 0);
}

/** The legs' costs added up. */
export function tripLegCostCents(trip: Pick<Trip, 'legs'>): number {
  return trip.legs.reduce((s, l) => s + (l.costCents ?? 0), 0);
}

const TRIP_TABLES = ['trips', 'auditLog'] as const;

async function liveTrip(db: BackdeskDb, id: string): Promise<Trip> {
  const t = await db.trips.get(id);
  if (!t || t.deletedAt !== null) throw new RecordNotFoundError('trips', id);
  return t;
}

function parseLeg(draft: TripLegDraft, id: string): TripLeg {
  const cleaned: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(draft)) if (v !== undefined && !(typeof v === 'string' && v.trim() === '')) cleaned[k] = v;
  return parseOrThrow('trips', tripLegSchema, { ...cleaned, id });
}

function buildLeg(draft: TripLegDraft, id: string = newId()): TripLeg {
  const leg = parseLeg(draft, id);
  const problem = legProblem(leg);
  if (problem) throw new TripError(problem);
  return leg;
}

/** Parses and checks a whole list of legs; a refusal names the leg. */
function buildLegs(drafts: readonly TripLegInput[]): TripLeg[] {
  const legs = drafts.map((d) => parseLeg(d, d.id || newId()));
  for (const [i, leg] of legs.entries()) {
    const problem = legProblem(leg);
    if (problem) throw new TripError(legs.length > 1 ? `Leg ${i + 1} (${legTitle(leg)}): ${problem}` : problem);
  }
  return sortedLegs(legs);
}

/** A leg as given with a whole trip: an id keeps an existing leg's identity. */
export type TripLegInput = TripLegDraft & { id?: string | undefined };
/** A trip as a form gives it: legs may come without ids. */
export type TripInput = Omit<TripDraft, 'legs'> & { legs?: TripLegInput[] | undefined };

/** Creates a trip (its legs checked across zones); one transaction with its audit line. */
export async function createTrip(draft: TripInput, db: BackdeskDb = getDb()): Promise<Trip> {
  return tripRepository.create({ ...draft, legs: buildLegs(draft.legs ?? []) }, db);
}

/** Updates a trip's own fields (legs given here are checked across zones like addLeg's). */
export async function updateTrip(id: string, patch: Partial<TripInput>, db: BackdeskDb = getDb()): Promise<Trip> {
  const { legs, ...rest } = patch;
  return tripRepository.update(id, legs ? { ...rest, legs: buildLegs(legs) } : rest, db);
}

export function deleteTrip(id: string, db?: BackdeskDb): Promise<void> {
  return tripRepository.softDelete(id, db);
}

async function writeTrip(db: BackdeskDb, before: Trip, changes: Partial<Trip>, summary: string): Promise<Trip> {
  const at = nowIso();
  const next = parseOrThrow('trips', tripSchema, { ...before, ...changes, updatedAt: at });
  await db.trips.put(next);
  await db.auditLog.add(auditEntry('trips', next.id, 'update', `${summary} (trip ${quote(next.purpose)})`, at));
  return next;
}

/** Adds a leg; its end must be after its start as instants across the two zones. */
export async function addLeg(tripId: string, draft: TripLegDraft, db: BackdeskDb = getDb()): Promise<Trip> {
  const leg = buildLeg(draft);
  return writeTransaction(db, TRIP_TABLES, async () => {
    const trip = await liveTrip(db, tripId);
    if (trip.legs.length >= 100) throw new TripError('A trip keeps at most 100 legs; split it into two trips.');
    return writeTrip(db, trip, { legs: sortedLegs([...trip.legs, leg]) }, `Added leg ${quote(legTitle(leg))}`);
  });
}

/** Changes a leg (fields left out keep their values; '' clears an optional one). */
export async function updateLeg(tripId: string, legId: string, patch: Partial<TripLegDraft>, db: BackdeskDb = getDb()): Promise<Trip> {
  return writeTransaction(db, TRIP_TABLES, async () => {
    const trip = await liveTrip(db, tripId);
    const old = trip.legs.find((l) => l.id === legId);
    if (!old) throw new TripError('That leg is no longer on the trip.');
    const merged: Record<string, unknown> = { ...old };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) continue;
      if (typeof v === 'string' && v.trim() === '') delete merged[k];
      else merged[k] = v;
    }
    const { id, ...rest } = merged as TripLeg;
    const leg = buildLeg(rest, id);
    return writeTrip(db, trip, { legs: sortedLegs(trip.legs.map((l) => (l.id === legId ? leg : l))) }, `Changed leg ${quote(legTitle(leg))}`);
  });
}

/** Replaces a leg with what a form holds (fields left out are cleared); it keeps its id. */
export async function replaceLeg(tripId: string, legId: string, draft: TripLegDraft, db: BackdeskDb = getDb()): Promise<Trip> {
  const leg = buildLeg(draft, legId);
  return writeTransaction(db, TRIP_TABLES, async () => {
    const trip = await liveTrip(db, tripId);
    if (!trip.legs.some((l) => l.id === legId)) throw new TripError('That leg is no longer on the trip.');
    return writeTrip(db, trip, { legs: sortedLegs(trip.legs.map((l) => (l.id === legId ? leg : l))) }, `Changed leg ${quote(legTitle(leg))}`);
  });
}

export async function removeLeg(tripId: string, legId: string, db: BackdeskDb = getDb()): Promise<Trip> {
  return writeTransaction(db, TRIP_TABLES, async () => {
    const trip = await liveTrip(db, tripId);
    const old = trip.legs.find((l) => l.id === legId);
    if (!old) return trip;
    return writeTrip(db, trip, { legs: trip.legs.filter((l) => l.id !== legId) }, `Removed leg ${quote(legTitle(old))}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Expenses: the actual cost

const EXPENSE_LINK_TABLES = ['trips', 'auditLog', 'expenses'] as const;

/** Links an existing expense to the trip (the actual cost grows by its amount). */
export async function linkExpense(tripId: string, expenseId: string, db: BackdeskDb = getDb()): Promise<Trip> {
  return writeTransaction(db, EXPENSE_LINK_TABLES, async () => {
    const trip = await liveTrip(db, tripId);
    const expense = await expenseRepository.require(expenseId, db);
    if (trip.expenseIds.includes(expenseId)) return trip;
    if (trip.expenseIds.length >= 500) throw new TripError('A trip links at most 500 expenses.');
    return writeTrip(db, trip, { expenseIds: [...trip.expenseIds, expenseId] }, `Linked expense ${quote(expense.description)}`);
  });
}

/** Unlinks an expense; the expense itself stays in Expenses. */
export async function unlinkExpense(tripId: string, expenseId: string, db: BackdeskDb = getDb()): Promise<Trip> {
  return writeTransaction(db, EXPENSE_LINK_TABLES, async () => {
    const trip = await liveTrip(db, tripId);
    if (!trip.expenseIds.includes(expenseId)) return trip;
    const expense = await expenseRepository.get(expenseId, db, { includeDeleted: true });
    return writeTrip(db, trip, { expenseIds: trip.expenseIds.filter((e) => e !== expenseId) }, `Unlinked expense ${quote(expense?.description ?? expenseId)}`);
  });
}

/**
 * Creates an expense through the expenses feature (its totals kept in step) and links it to the
 * trip, in one transaction: both happen or neither. The traveller is who spent it unless told.
 */
export async function addTripExpense(tripId: string, draft: ExpenseDraft, db: BackdeskDb = getDb()): Promise<{ trip: Trip; expense: Expense }> {
  return writeTransaction(db, [...EXPENSE_LINK_TABLES, 'expenseTotals'], async () => {
    const trip = await liveTrip(db, tripId);
    const expense = await expenseRepository.create({ spentById: trip.travellerId, ...draft }, db);
    const next = await writeTrip(db, trip, { expenseIds: [...trip.expenseIds, expense.id] }, `Added expense ${quote(expense.description)}`);
    return { trip: next, expense };
  });
}

/** The trip's linked expenses that still exist, oldest first. */
export async function listTripExpenses(trip: Pick<Trip, 'expenseIds'>, db: BackdeskDb = getDb()): Promise<Expense[]> {
  const rows = await Promise.all(trip.expenseIds.map((id) => expenseRepository.get(id, db)));
  return rows
    .filter((e): e is Expense => e !== undefined && e.deletedAt === null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** Estimate (approved figure or the legs' costs) against the actual (the linked expenses). */
export interface TripCosts {
  estimateCents: number;
  /** True when the estimate is the legs' costs rather than an approved figure. */
  estimateFromLegs: boolean;
  legCostCents: number;
  actualCents: number;
  /** Actual − estimate: positive = over. */
  differenceCents: number;
  expenses: Expense[];
}

export async function readTripCosts(trip: Trip, db: BackdeskDb = getDb()): Promise<TripCosts> {
  const expenses = await listTripExpenses(trip, db);
  const estimateCents = tripEstimateCents(trip);
  const actualCents = expenses.reduce((s, e) => s + e.amountCents, 0);
  return {
    estimateCents,
    estimateFromLegs: trip.estimateCents === undefined,
    legCostCents: tripLegCostCents(trip),
    actualCents,
    differenceCents: actualCents - estimateCents,
    expenses,
  };
}

/** How far either side of the trip's dates an expense counts as "around the trip". */
export const EXPENSE_NEAR_DAYS = 14;

/** An expense one might link, with why it is offered. */
export interface ExpenseCandidate {
  expense: Expense;
  /** Spent by the trip's traveller. */
  traveller: boolean;
  /** Dated from 14 days before the trip's first day to 14 days after its last. */
  nearTrip: boolean;
}

/**
 * Expenses one might link, not linked already. With no search: the suggestions — the
 * traveller's expenses dated around the trip (±14 days), then those around it spent by nobody
 * in particular; someone else's and the traveller's from other times are not offered. With a
 * search: every expense whose date, description, reference, notes, amount or spender (`names`:
 * employee id → name) has all its words, the same order first (traveller's around the trip,
 * around the trip, the traveller's, the rest), then nearest the trip. At most `limit` rows.
 */
export async function listExpenseCandidates(
  trip: Trip,
  db: BackdeskDb = getDb(),
  options: { search?: string; names?: ReadonlyMap<string, string>; limit?: number } = {},
): Promise<ExpenseCandidate[]> {
  const from = addDays(trip.startDate, -EXPENSE_NEAR_DAYS);
  const to = addDays(trip.endDate, EXPENSE_NEAR_DAYS);
  const tokens = searchTokens(options.search ?? '');
  const rows = tokens.length ? await expenseRepository.list(db) : await listExpensesBetween(from, to, db);
  const linked = new Set(trip.expenseIds);
  const distance = (date: string) => (date < trip.startDate ? diffDays(date, trip.startDate) : date > trip.endDate ? diffDays(trip.endDate, date) : 0);
  const out: (ExpenseCandidate & { rank: number })[] = [];
  for (const expense of rows) {
    if (linked.has(expense.id) || expense.deletedAt !== null) continue;
    const traveller = expense.spentById === trip.travellerId;
    const nearTrip = expense.date >= from && expense.date <= to;
    if (tokens.length) {
      const who = expense.spentById ? (options.names?.get(expense.spentById) ?? '') : '';
      const amount = (Math.abs(expense.amountCents) / 100).toFixed(2);
      const hay = normalizeForSearch([expense.date, expense.description, expense.reference ?? '', expense.notes ?? '', who, amount].join(' '));
      if (!tokens.every((t) => hay.includes(t))) continue;
    } else if (!nearTrip || (expense.spentById !== undefined && !traveller)) continue;
    out.push({ expense, traveller, nearTrip, rank: traveller && nearTrip ? 0 : nearTrip ? 1 : traveller ? 2 : 3 });
  }
  out.sort(
    (a, b) =>
      a.rank - b.rank ||
      distance(a.expense.date) - distance(b.expense.date) ||
      b.expense.date.localeCompare(a.expense.date) ||
      a.expense.description.localeCompare(b.expense.description) ||
      a.expense.id.localeCompare(b.expense.id),
  );
  return out.slice(0, options.limit ?? 20).map(({ expense, traveller, nearTrip }) => ({ expense, traveller, nearTrip }));
}

// ---------------------------------------------------------------------------------------------
// Documents: tickets, booking confirmations

export interface TripFileInput {
  name: string;
  mimeType?: string;
  bytes: Uint8Array;
}

/** Attaches a ticket or booking to the trip; one transaction. */
export async function addTripDocument(tripId: string, file: TripFileInput, db: BackdeskDb = getDb()): Promise<Trip> {
  if (file.bytes.byteLength === 0) throw new TripError(`${file.name} is empty; choose the file again.`);
  const prepared = await prepareAttachment({ ...file, name: file.name.slice(0, 255), linkedTable: 'trips', linkedId: tripId });
  return writeTransaction(db, [...TRIP_TABLES, ...ATTACHMENT_TABLES], async () => {
    const trip = await liveTrip(db, tripId);
    if (trip.attachmentIds.length >= 200) throw new TripError('A trip keeps at most 200 documents; remove one first.');
    await writePreparedAttachment(db, prepared);
    return writeTrip(db, trip, { attachmentIds: [...trip.attachmentIds, prepared.record.id] }, `Attached ${quote(file.name)}`);
  });
}

/** Removes a document from the trip; the attachment is soft-deleted (restorable from the bin). */
export async function removeTripDocument(tripId: string, attachmentId: string, db: BackdeskDb = getDb()): Promise<Trip> {
  return writeTransaction(db, [...TRIP_TABLES, ...ATTACHMENT_TABLES], async () => {
    const trip = await liveTrip(db, tripId);
    const at = nowIso();
    const att = await db.attachments.get(attachmentId);
    if (att && att.deletedAt === null) {
      await db.attachments.put({ ...att, deletedAt: at, updatedAt: at });
      await db.auditLog.add(auditEntry('attachments', attachmentId, 'delete', `Removed ${quote(att.name)} from trip ${quote(trip.purpose)}`, at));
    }
    return writeTrip(db, trip, { attachmentIds: trip.attachmentIds.filter((a) => a !== attachmentId) }, `Removed document ${quote(att?.name ?? attachmentId)}`);
  });
}

/** The trip's documents that still exist, in the order attached. */
export async function listTripDocuments(trip: Pick<Trip, 'attachmentIds'>, db: BackdeskDb = getDb()): Promise<Attachment[]> {
  return (await getAttachments(trip.attachmentIds, db)).filter((a): a is Attachment => a !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Reads

/** Live trips touching [from, to] (inclusive 'YYYY-MM-DD'), by start date. */
export async function listTripsBetween(from: string, to: string, db: BackdeskDb = getDb()): Promise<Trip[]> {
  const rows = await db.trips.where('startDate').belowOrEqual(to).toArray();
  return rows.filter((t) => t.deletedAt === null && t.endDate >= from).sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
}

/** A traveller's live trips, by start date. */
export async function listTripsOf(travellerId: string, db: BackdeskDb = getDb()): Promise<Trip[]> {
  const rows = await db.trips.where('travellerId').equals(travellerId).toArray();
  return rows.filter((t) => t.deletedAt === null).sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
}

/** Upcoming (not yet ended, soonest first) and past (most recent first) trips on `today`. */
export function splitTrips(trips: readonly Trip[], today: string): { upcoming: Trip[]; past: Trip[] } {
  const upcoming = trips.filter((t) => t.endDate >= today).sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  const past = trips.filter((t) => t.endDate < today).sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id));
  return { upcoming, past };
}
