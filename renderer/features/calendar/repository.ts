/** Calendar events. Range reads use the `start` index (dates and instants sort together). */
import { eventDraftSchema, eventSchema, overlapsRange, type CalendarEvent } from '../../../shared/domain/calendar';
import type { BusySlot } from '../../../shared/domain/clash';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, createCrudRepository } from '../../db/crud';

export const eventRepository = createCrudRepository({
  table: 'events',
  schema: eventSchema,
  draftSchema: eventDraftSchema,
  noun: 'event',
  label: (e) => e.title,
  compare: (a, b) => a.start.localeCompare(b.start),
});

/**
 * Live events touching [from, to): 'YYYY-MM-DD' bounds or instants. Events that started
 * before `from` but are still running are included.
 */
export async function listEventsBetween(from: string, to: string, db: BackdeskDb = getDb()): Promise<CalendarEvent[]> {
  const rows = await db.events.where('start').below(to).toArray();
  return rows.filter((e) => e.deletedAt === null && overlapsRange(e, from, to)).sort((a, b) => a.start.localeCompare(b.start));
}

export async function listEventsForAttendee(employeeId: string, from: string, to: string, db: BackdeskDb = getDb()) {
  return (await listEventsBetween(from, to, db)).filter((e) => e.attendeeIds.includes(employeeId));
}

// ---------------------------------------------------------------------------------------------
// Helpers other features run inside their own transactions (DESIGN §1: only this repository
// touches `events`). Interviews themselves belong to recruiting, which adds their busy slots.

/** The tables the *InTx helpers below write: include them in the caller's transaction. */
export const EVENT_WRITE_TABLES = ['events', 'auditLog'] as const;

/**
 * Busy slots from live events touching [fromInstant, toInstant), for clash detection. Read
 * inside the caller's transaction when there is one, so a check and a save see the same data.
 */
export async function listEventBusySlots(fromInstant: string, toInstant: string, db: BackdeskDb = getDb()): Promise<BusySlot[]> {
  // A day either side catches all-day events whose date strings sort before the instants.
  const fromDay = fromInstant.slice(0, 10);
  const events = await listEventsBetween(fromDay < fromInstant ? fromDay : fromInstant, toInstant, db);
  return events.map(
    (e): BusySlot => ({
      source: 'event',
      id: e.id,
      title: e.title,
      start: e.start,
      end: e.end,
      allDay: e.allDay,
      people: e.attendeeIds,
      ...(e.linkedTable === 'interviews' && e.linkedId ? { linkedInterviewId: e.linkedId } : {}),
    }),
  );
}

/** Adds the calendar entry for an interview (kind 'interview', linked back) with its audit line. */
export async function writeInterviewEventInTx(
  db: BackdeskDb,
  interview: { id: string; start: string; end: string; interviewerIds: readonly string[] },
  details: { title: string; location?: string },
): Promise<CalendarEvent> {
  const event = eventRepository.build({
    title: details.title,
    kind: 'interview',
    allDay: false,
    start: interview.start,
    end: interview.end,
    location: details.location,
    attendeeIds: [...interview.interviewerIds],
    linkedTable: 'interviews',
    linkedId: interview.id,
  });
  await db.events.add(event);
  await db.auditLog.add(auditEntry('events', event.id, 'create', 'Added an interview to the calendar', event.createdAt));
  return event;
}

async function eventsLinkedTo(db: BackdeskDb, linkedTable: string, linkedIds: readonly string[]): Promise<CalendarEvent[]> {
  if (linkedIds.length === 0) return [];
  const rows = await db.events
    .where('[linkedTable+linkedId]')
    .anyOf(linkedIds.map((id) => [linkedTable, id]))
    .toArray();
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Events (deleted ones included) written for the given records, e.g. a candidate's interviews. */
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

/**
 * Moves an interview's calendar entry to the interview's new time, panel and place (re-adding
 * it if someone deleted it from the calendar). Call inside a transaction over EVENT_WRITE_TABLES.
 */
export async function updateInterviewEventInTx(
  db: BackdeskDb,
  interview: { id: string; start: string; end: string; interviewerIds: readonly string[] },
  details: { title: string; location?: string },
): Promise<CalendarEvent> {
  const existing = (await eventsLinkedTo(db, 'interviews', [interview.id])).filter((e) => e.deletedAt === null);
  if (existing.length === 0) return writeInterviewEventInTx(db, interview, details);
  const [first, ...extra] = existing;
  // One entry per interview: stray duplicates would keep showing the old time.
  for (const e of extra) await eventRepository.softDelete(e.id, db);
  return eventRepository.update(
    first!.id,
    { title: details.title, start: interview.start, end: interview.end, attendeeIds: [...interview.interviewerIds], location: details.location ?? '' },
    db,
  );
}

/** Soft-deletes an interview's live calendar entries. Call inside a transaction over EVENT_WRITE_TABLES; returns their ids. */
export async function deleteInterviewEventInTx(db: BackdeskDb, interviewId: string): Promise<string[]> {
  const live = (await eventsLinkedTo(db, 'interviews', [interviewId])).filter((e) => e.deletedAt === null);
  for (const e of live) await eventRepository.softDelete(e.id, db);
  return live.map((e) => e.id);
}
