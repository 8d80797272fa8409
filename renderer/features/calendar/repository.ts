/** Calendar events. Range reads use the `start` index (dates and instants sort together). */
import { eventDraftSchema, eventSchema, overlapsRange, type CalendarEvent } from '../../../shared/domain/calendar';
import { findClashes, type BusySlot, type Clash } from '../../../shared/domain/clash';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository } from '../../db/crud';

export const eventRepository = createCrudRepository({
  table: 'events',
  schema: eventSchema,
  draftSchema: eventDraftSchema,
  noun: 'event',
  label: (e) => e.title,
  compare: (a, b) => a.start.localeCompare(b.start),
});

export const listEvents = eventRepository.list;
export const getEvent = eventRepository.get;
export const createEvent = eventRepository.create;
export const updateEvent = eventRepository.update;
export const deleteEvent = eventRepository.softDelete;
export const restoreEvent = eventRepository.restore;
export const bulkCreateEvents = eventRepository.bulkCreate;

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
// Interviewer clash detection (recruiting): busy slots from events and interviews, fed to the
// pure rule in shared/domain/clash.ts.

/**
 * Busy slots (events and interviews) touching [fromInstant, toInstant). Read inside the
 * caller's transaction when there is one, so a check and a save see the same data.
 */
export async function listBusySlots(fromInstant: string, toInstant: string, db: BackdeskDb = getDb()): Promise<BusySlot[]> {
  // A day either side catches all-day events whose date strings sort before the instants.
  const fromDay = fromInstant.slice(0, 10);
  const events = await listEventsBetween(fromDay < fromInstant ? fromDay : fromInstant, toInstant, db);
  const interviews = (await db.interviews.where('start').below(toInstant).toArray()).filter(
    (i) => i.deletedAt === null && i.end > fromInstant,
  );
  return [
    ...events.map(
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
    ),
    ...interviews.map(
      (i): BusySlot => ({ source: 'interview', id: i.id, title: 'Interview', start: i.start, end: i.end, people: i.interviewerIds }),
    ),
  ];
}

/** Clashes of the given people with anything else on their calendars during [start, end). */
export async function findInterviewerClashes(
  proposal: { start: string; end: string; interviewerIds: readonly string[]; ignoreInterviewId?: string },
  db: BackdeskDb = getDb(),
): Promise<Clash[]> {
  if (proposal.interviewerIds.length === 0) return [];
  const busy = await listBusySlots(proposal.start, proposal.end, db);
  return findClashes(
    { start: proposal.start, end: proposal.end, people: proposal.interviewerIds, ignoreInterviewId: proposal.ignoreInterviewId },
    busy,
  );
}
