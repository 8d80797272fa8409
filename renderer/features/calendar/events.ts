/**
 * Writing events (issue 13.2–13.3): create, edit with a recurrence scope, move or resize one
 * occurrence (drag), delete. "This one" stores an override, "this and following" splits the
 * series (two records, one transaction), "all" edits the series. Every write validates with
 * the zod schema, fills uid and the series bounds, and writes its audit line.
 */
import type { CalendarEvent, StoredEventDraft } from '../../../shared/domain/calendar';
import { getDb, type BackdeskDb } from '../../db';

export type RecurrenceScope = 'this' | 'following' | 'all';

/** Which occurrence an edit starts from (absent for a one-off event). */
export interface OccurrenceRef {
  /** The series' original start of that occurrence (Occurrence.recurrenceId). */
  recurrenceId: string;
  scope: RecurrenceScope;
}

export async function createEvent(draft: StoredEventDraft, db: BackdeskDb = getDb()): Promise<CalendarEvent> {
  void draft;
  void db;
  throw new Error('createEvent: not built yet');
}

/** Edits an event; for a recurring one, `occurrence` says which occurrences. Returns the record(s) written. */
export async function updateEvent(
  id: string,
  patch: Partial<StoredEventDraft>,
  occurrence?: OccurrenceRef,
  db: BackdeskDb = getDb(),
): Promise<CalendarEvent[]> {
  void id;
  void patch;
  void occurrence;
  void db;
  throw new Error('updateEvent: not built yet');
}

/**
 * Drag to move or resize: the new start and end as UTC instants (the views work in instants);
 * stored back as wall time in the event's own zone. Validated like any edit.
 */
export async function moveEvent(
  id: string,
  to: { start: string; end: string; allDay?: boolean },
  occurrence?: OccurrenceRef,
  db: BackdeskDb = getDb(),
): Promise<CalendarEvent[]> {
  void id;
  void to;
  void occurrence;
  void db;
  throw new Error('moveEvent: not built yet');
}

/** Soft-deletes the event, or for a recurring one only the chosen occurrences. */
export async function deleteEvent(id: string, occurrence?: OccurrenceRef, db: BackdeskDb = getDb()): Promise<void> {
  void id;
  void occurrence;
  void db;
  throw new Error('deleteEvent: not built yet');
}
