/** Calendar events. Range reads use the `start` index (dates and instants sort together). */
import { eventDraftSchema, eventSchema, overlapsRange, type CalendarEvent } from '../../../shared/domain/calendar';
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
