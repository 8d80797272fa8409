/**
 * Calendar events: the only code that touches the `events` table. A stored event is the
 * engine's `CalendarEventDraft` (wall time + IANA zone, RRULE text plus exceptions) with the
 * office's fields around it. Every write fills `uid` (the record id unless the event came with
 * one) and the series' UTC bounds `firstStart`/`lastEnd` (derived from the same record by
 * `seriesBounds`), plus `midStart` (= firstStart) on medium records only — bounds a day to a
 * week apart — and `longEnd` (= lastEnd) on long ones only — series, longer spans. A window's
 * read is then three small index ranges (`listEventsBetween`): short records by `firstStart`
 * from a day before the window, medium ones by `midStart` from a week before, long ones by
 * `longEnd`.
 *
 * Floating events (timed, no zone: some ICS files) are read in the office zone, which can
 * change, so their bounds are computed in UTC and widened by 14 hours each side, like all-day
 * spans: they are then right for every office zone and never go stale.
 */
import ICAL from 'ical.js';
import { z } from 'zod';
import { seriesBounds, wallToUtc } from '../../../shared/calendar';
import { isIsoDate } from '../../../shared/lib/dates';
import { MEDIUM_SPAN_MS, SHORT_SPAN_MS, eventDraftSchema, eventSchema, isWallTime, spanIndexFields, type CalendarEvent } from '../../../shared/domain/calendar';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository } from '../../db/crud';

/** The end of an endless series (as `seriesBounds` gives it). */
export const ENDLESS = '9999-12-31T23:59:59.999Z';
const FLOATING_WIDENING_MS = 14 * 3600_000;

type EventTimes = Pick<CalendarEvent, 'allDay' | 'start' | 'end' | 'timeZone' | 'endTimeZone' | 'rrule' | 'exdates' | 'rdates' | 'overrides' | 'uid' | 'title'>;

const shift = (instant: string, ms: number) => (instant.startsWith('9999') ? instant : new Date(Date.parse(instant) + ms).toISOString());

/**
 * The series' UTC bounds as stored (floating events widened so any office zone is covered),
 * with `midStart` or `longEnd` when the record is medium or long (absent, not undefined,
 * otherwise: the key stays out of that index).
 */
export function eventBounds(event: EventTimes): { firstStart: string; lastEnd: string; midStart?: string; longEnd?: string } {
  const floating = !event.allDay && !event.timeZone;
  const s = seriesBounds(event, 'UTC');
  const b = floating ? { firstStart: shift(s.firstStart, -FLOATING_WIDENING_MS), lastEnd: shift(s.lastEnd, FLOATING_WIDENING_MS) } : { firstStart: s.firstStart, lastEnd: s.lastEnd };
  return { ...b, ...spanIndexFields(b) };
}

/** Null when ical.js reads the rule, else a sentence saying why not. */
export function rruleProblem(rrule: string): string | null {
  const text = rrule.trim().replace(/^RRULE:/i, '');
  try {
    const recur = ICAL.Recur.fromString(text);
    if (!recur.freq) return `The repeat rule “${rrule}” has no frequency (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY).`;
    return null;
  } catch (e) {
    return `The repeat rule “${rrule}” cannot be read: ${e instanceof Error ? e.message : String(e)}.`;
  }
}

/** Checks the schema leaves to the repository: the rule, the exceptions' form, ends in another zone. */
function checkStoredTimes(e: z.output<typeof eventDraftSchema>, ctx: z.RefinementCtx): void {
  if (e.rrule !== undefined) {
    const problem = rruleProblem(e.rrule);
    if (problem) ctx.addIssue({ code: 'custom', path: ['rrule'], message: problem });
  }
  const sameForm = e.allDay ? isIsoDate : isWallTime;
  const form = e.allDay ? 'a date like 2026-11-22' : 'a date and time like 2026-11-22T09:30';
  for (const [field, values] of [
    ['exdates', e.exdates],
    ['rdates', e.rdates],
  ] as const) {
    const bad = values.find((v) => !sameForm(v));
    if (bad !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `“${bad}” is not ${form} like the event's start.` });
  }
  for (const o of e.overrides) {
    if (!sameForm(o.recurrenceId)) ctx.addIssue({ code: 'custom', path: ['overrides'], message: `The changed occurrence “${o.recurrenceId}” is not ${form} like the event's start.` });
    const allDay = o.allDay ?? e.allDay;
    const ok = allDay ? isIsoDate : isWallTime;
    if ((o.start !== undefined && !ok(o.start)) || (o.end !== undefined && !ok(o.end)))
      ctx.addIssue({ code: 'custom', path: ['overrides'], message: `The occurrence of ${o.recurrenceId} was moved to a time that cannot be read.` });
    else if (o.start !== undefined && o.end !== undefined && o.end < o.start && (o.timeZone ?? e.timeZone) === (e.endTimeZone ?? e.timeZone))
      ctx.addIssue({ code: 'custom', path: ['overrides'], message: `The occurrence of ${o.recurrenceId} ends before it starts.` });
  }
  // A flight that lands in another zone: compare the instants, not the wall times.
  if (!e.allDay && e.endTimeZone && e.endTimeZone !== e.timeZone && isWallTime(e.start) && isWallTime(e.end)) {
    try {
      const start = wallToUtc(e.start, e.timeZone ?? 'UTC');
      const end = wallToUtc(e.end, e.endTimeZone);
      if (end < start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The event ends before it starts (its end is in another time zone).' });
    } catch {
      ctx.addIssue({ code: 'custom', path: ['endTimeZone'], message: `The time zone “${e.endTimeZone}” is not known on this computer.` });
    }
  }
}

/** What callers give: the shared draft schema plus the checks that need the engine. */
export const storedEventDraftSchema = eventDraftSchema.superRefine(checkStoredTimes);

/** Fills uid and the series bounds from the record itself before the full schema checks it. */
function withDerivedFields(value: unknown, ctx: z.RefinementCtx): unknown {
  if (!value || typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...v, uid: typeof v.uid === 'string' && v.uid ? v.uid : v.id };
  // An update merges the stored record: the index fields are worked out afresh (a series made
  // a one-off leaves the `longEnd` index).
  delete out.midStart;
  delete out.longEnd;
  try {
    Object.assign(out, eventBounds(out as unknown as EventTimes));
  } catch (e) {
    ctx.addIssue({ code: 'custom', path: ['rrule'], message: `The event's occurrences cannot be worked out: ${e instanceof Error ? e.message : String(e)}.` });
  }
  return out;
}

/** The full record with its derived fields filled on every write (create, update, bulk). */
export const storedEventSchema: z.ZodType<CalendarEvent> = z.preprocess(withDerivedFields, eventSchema) as unknown as z.ZodType<CalendarEvent>;

export const eventRepository = createCrudRepository({
  table: 'events',
  schema: storedEventSchema,
  draftSchema: storedEventDraftSchema,
  noun: 'event',
  label: (e) => e.title,
  compare: (a, b) => a.firstStart.localeCompare(b.firstStart) || a.start.localeCompare(b.start),
});

/** `fromInstant` moved back by `ms` (the lower end of a class's range; '' when unreadable: from the first key). */
function lookBack(fromInstant: string, ms: number): string {
  const at = Date.parse(fromInstant);
  return Number.isNaN(at) ? '' : new Date(Math.max(at - ms, -62_135_596_800_000)).toISOString();
}

/**
 * Live events (series whole) touching [fromInstant, toInstant): `firstStart` before the end and
 * `lastEnd` at or after the start. Three small index ranges, whatever the years around the
 * window hold (DESIGN §2b; the classes: SHORT_SPAN_MS in shared/domain/calendar):
 * - short records start at most a day before the window: `firstStart` in [from − 1 day, to);
 * - medium records at most a week before: `midStart` (only they have it) in [from − 7 days, to);
 * - long records (series, longer spans): `longEnd` (only they have it) ≥ from.
 * The first range also holds medium and long records that start in it: they are taken from
 * their own range only, so none comes back twice.
 */
export async function listEventsBetween(fromInstant: string, toInstant: string, db: BackdeskDb = getDb()): Promise<CalendarEvent[]> {
  return db.transaction('r', db.events, async () => {
    const [short, medium, long] = await Promise.all([
      db.events.where('firstStart').between(lookBack(fromInstant, SHORT_SPAN_MS), toInstant, true, false).toArray(),
      db.events.where('midStart').between(lookBack(fromInstant, MEDIUM_SPAN_MS), toInstant, true, false).toArray(),
      db.events.where('longEnd').aboveOrEqual(fromInstant).toArray(),
    ]);
    const touches = (e: CalendarEvent) => e.deletedAt === null && e.firstStart < toInstant && e.lastEnd >= fromInstant;
    const out = short.filter((e) => e.midStart === undefined && e.longEnd === undefined && touches(e));
    for (const e of medium) if (touches(e)) out.push(e);
    for (const e of long) if (touches(e)) out.push(e);
    return out;
  });
}

/**
 * The same answer by the one-index read used before `midStart`/`longEnd` existed (every record still
 * running at the window's start, then filtered): what the bench and tests compare against.
 */
export async function listEventsBetweenByScan(fromInstant: string, toInstant: string, db: BackdeskDb = getDb()): Promise<CalendarEvent[]> {
  return db.events
    .where('lastEnd')
    .aboveOrEqual(fromInstant)
    .filter((e) => e.firstStart < toInstant && e.deletedAt === null)
    .toArray();
}

// ---------------------------------------------------------------------------------------------
// Helpers other features run inside their own transactions (DESIGN §1: only this repository
// touches `events`): erasure requests and subject-access exports find the events written for a
// record through the [linkedTable+linkedId] index.

/** The tables the *InTx helpers below write: include them in the caller's transaction. */
export const EVENT_WRITE_TABLES = ['events', 'auditLog'] as const;

async function eventsLinkedTo(db: BackdeskDb, linkedTable: string, linkedIds: readonly string[]): Promise<CalendarEvent[]> {
  if (linkedIds.length === 0) return [];
  const rows = await db.events
    .where('[linkedTable+linkedId]')
    .anyOf(linkedIds.map((id) => [linkedTable, id]))
    .toArray();
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Events (deleted ones included) written for the given records, e.g. a candidate's. */
export function listEventsLinkedTo(linkedTable: string, linkedIds: readonly string[], db: BackdeskDb = getDb()): Promise<CalendarEvent[]> {
  return eventsLinkedTo(db, linkedTable, linkedIds);
}

/**
 * Permanently erases the events written for the given records and their audit entries (an
 * erasure request, not a soft delete). Call inside a transaction over EVENT_WRITE_TABLES;
 * returns the erased event ids.
 */
export async function eraseEventsLinkedToInTx(db: BackdeskDb, linkedTable: string, linkedIds: readonly string[]): Promise<string[]> {
  const ids = (await eventsLinkedTo(db, linkedTable, linkedIds)).map((e) => e.id);
  for (const id of ids) await db.auditLog.where('[table+recordId]').equals(['events', id]).delete();
  await db.events.bulkDelete(ids);
  return ids;
}

