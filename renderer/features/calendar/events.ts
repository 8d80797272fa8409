/**
 * Writing events (issue 13.2–13.3): create, edit with a recurrence scope, move or resize one
 * occurrence (drag), delete. "This one" stores an override, "this and following" splits the
 * series (two records, one transaction), "all" edits the series. Every write validates with
 * the zod schema, fills uid and the series bounds (repository.ts), and writes its audit line.
 *
 * Editing from an occurrence: the patch's `start`/`end` are THAT occurrence's new times (what
 * the form or the drag shows), in the event's own terms (wall time in its zone, or dates for
 * all-day). "All" moves every occurrence by the same shift (a 9:00 weekly meeting moved to
 * 9:30 on one Tuesday is at 9:30 every week, and its exceptions move with it); "this and
 * following" starts the new series at that occurrence's new time; "following" on the first
 * occurrence is "all".
 */
import { cancelOccurrence, overrideOccurrence, splitSeries, utcToWall, type CalendarEventDraft, type OccurrenceOverride } from '../../../shared/calendar';
import type { CalendarEvent, StoredEventDraft } from '../../../shared/domain/calendar';
import { dropBlankStrings } from '../../../shared/domain/common';
import { nowIso } from '../../../shared/lib/dates';
import { newId } from '../../../shared/lib/ids';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { getCalendarSettings } from './calendarSettings';
import { EVENT_WRITE_TABLES, eventRepository, storedEventDraftSchema, storedEventSchema } from './repository';

export type RecurrenceScope = 'this' | 'following' | 'all';

/** Which occurrence an edit starts from (absent for a one-off event). */
export interface OccurrenceRef {
  /** The series' original start of that occurrence (Occurrence.recurrenceId). */
  recurrenceId: string;
  scope: RecurrenceScope;
}

/** An edit that cannot be stored as asked, with a sentence saying why. */
export class EventEditError extends Error {
  override readonly name = 'EventEditError';
}

// ---------------------------------------------------------------------------------------------
// Wall-time arithmetic (fields only, no zone): 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm[:ss]'.

const isDate = (v: string) => v.length === 10;
function fieldsMs(v: string): number {
  return Date.parse(isDate(v) ? `${v}T00:00:00Z` : `${v.length === 16 ? `${v}:00` : v.slice(0, 19)}Z`);
}
function msFields(ms: number, dateOnly: boolean): string {
  const iso = new Date(ms).toISOString();
  return dateOnly ? iso.slice(0, 10) : iso.slice(0, 19);
}
const shiftFields = (v: string, ms: number) => msFields(fieldsMs(v) + ms, isDate(v));
/** A recurrence id or exception in the other form (all-day ↔ timed), keeping its day. */
function convertForm(v: string, toAllDay: boolean, time: string): string {
  return toAllDay ? v.slice(0, 10) : isDate(v) ? `${v}T${time}` : v;
}

// ---------------------------------------------------------------------------------------------
// The engine's view of a record, and validation of a whole record.

const ENGINE_KEYS = ['uid', 'title', 'description', 'location', 'allDay', 'start', 'end', 'timeZone', 'endTimeZone', 'rrule', 'exdates', 'rdates', 'overrides'] as const;

function engineDraft(e: CalendarEvent): CalendarEventDraft {
  const out: Record<string, unknown> = {};
  for (const k of ENGINE_KEYS) if (e[k] !== undefined) out[k] = e[k];
  return out as unknown as CalendarEventDraft;
}

/** Engine fields back over the record: absent optional fields are cleared. */
function withEngine(record: CalendarEvent, draft: CalendarEventDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const k of ENGINE_KEYS) delete out[k];
  for (const k of ENGINE_KEYS) if ((draft as unknown as Record<string, unknown>)[k] !== undefined) out[k] = (draft as unknown as Record<string, unknown>)[k];
  return out;
}

/** Validates a whole record (draft rules, then the stored form with uid and bounds refilled). */
function validateRecord(fields: Record<string, unknown>): CalendarEvent {
  const { id, createdAt, updatedAt, deletedAt, uid } = fields as Partial<CalendarEvent>;
  const draft = parseOrThrow('events', storedEventDraftSchema, dropBlankStrings(fields)) as Record<string, unknown>;
  return parseOrThrow('events', storedEventSchema, { ...draft, uid: uid ?? draft.uid, id, createdAt, updatedAt, deletedAt });
}

/** Applies a patch like the repository does: undefined or '' clears an optional field. */
function applyPatch(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || (typeof v === 'string' && v.trim() === '')) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** JSON with object keys sorted, so two records compare by content whatever the key order. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
const same = (a: unknown, b: unknown) => a === b || canonical(a) === canonical(b);
const isRecurring = (e: CalendarEvent) => Boolean(e.rrule) || e.rdates.length > 0;

async function requireEvent(db: BackdeskDb, id: string): Promise<CalendarEvent> {
  const e = await db.events.get(id);
  if (!e || e.deletedAt !== null) throw new RecordNotFoundError('events', id);
  return e;
}

function dayOf(recurrenceId: string): string {
  return recurrenceId.slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Create

/**
 * A new event. A timed event given without a zone is planned in the office zone (so it keeps
 * its wall time if the office zone later changes); pass `timeZone` for another one.
 */
export async function createEvent(draft: StoredEventDraft, db: BackdeskDb = getDb()): Promise<CalendarEvent> {
  const settings = await getCalendarSettings(db);
  const input: StoredEventDraft = !draft.allDay && !draft.timeZone ? { ...draft, timeZone: settings.officeTimeZone } : draft;
  return eventRepository.create(input, db);
}

// ---------------------------------------------------------------------------------------------
// Update

/** The occurrence at `recurrenceId` as it stands (moved by an override or not), in series terms. */
function currentOccurrence(series: CalendarEvent, recurrenceId: string): { start: string; end: string } {
  const o = series.overrides.find((x) => x.recurrenceId === recurrenceId);
  const length = fieldsMs(series.end) - fieldsMs(series.start);
  const start = o?.start ?? recurrenceId;
  const end = o?.end ?? shiftFields(start, length);
  return { start, end };
}

/**
 * The series with `patch` applied, where the patch's start/end are the new times of the
 * occurrence that was `base` (or of the series' first, when `base` is the series' own times).
 */
function patchSeries(series: CalendarEvent, patch: Partial<StoredEventDraft>, base: { start: string; end: string }): Record<string, unknown> {
  const { start: newStart, end: newEnd, allDay: newAllDay, ...rest } = patch;
  const next = applyPatch({ ...series }, rest as Record<string, unknown>);
  const toAllDay = newAllDay ?? series.allDay;
  if (toAllDay !== series.allDay) {
    // All-day ↔ timed: the series keeps its first day; exceptions follow to the new form.
    const startOf = newStart ?? (toAllDay ? series.start.slice(0, 10) : `${series.start.slice(0, 10)}T09:00:00`);
    const time = isDate(startOf) ? '00:00:00' : msFields(fieldsMs(startOf), false).slice(11);
    const length = newStart && newEnd ? fieldsMs(newEnd) - fieldsMs(newStart) : toAllDay ? 86_400_000 : 3_600_000;
    const first = toAllDay ? series.start.slice(0, 10) : `${series.start.slice(0, 10)}T${time}`;
    next.allDay = toAllDay;
    next.start = first;
    next.end = shiftFields(first, length);
    next.exdates = series.exdates.map((v) => convertForm(v, toAllDay, time));
    next.rdates = series.rdates.map((v) => convertForm(v, toAllDay, time));
    next.overrides = series.overrides.map((o) => {
      const { start, end, ...keep } = o;
      void start;
      void end;
      return { ...keep, recurrenceId: convertForm(o.recurrenceId, toAllDay, time) };
    });
    if (toAllDay) {
      delete next.timeZone;
      delete next.endTimeZone;
    }
    return next;
  }
  const startShift = newStart !== undefined ? fieldsMs(newStart) - fieldsMs(base.start) : 0;
  const endShift = newEnd !== undefined ? fieldsMs(newEnd) - fieldsMs(base.end) : startShift;
  next.start = shiftFields(series.start, startShift);
  next.end = shiftFields(series.end, endShift);
  if (startShift !== 0) {
    // The exceptions name occurrences by their original start: they move with the series.
    const move = (v: string) => shiftFields(v, startShift);
    next.exdates = series.exdates.map(move);
    next.rdates = series.rdates.map(move);
    next.overrides = series.overrides.map((o) => ({ ...o, recurrenceId: move(o.recurrenceId) }));
  }
  return next;
}

/** The patch as an override of one occurrence; other fields must stay as the series has them. */
function patchAsOverride(series: CalendarEvent, recurrenceId: string, patch: Partial<StoredEventDraft>): Omit<OccurrenceOverride, 'recurrenceId'> {
  const changes: Omit<OccurrenceOverride, 'recurrenceId'> = {};
  const perOccurrence = new Set(['title', 'description', 'location', 'allDay', 'start', 'end', 'timeZone']);
  const LABELS: Record<string, string> = { attendeeIds: 'attendees', roomId: 'room', ownerId: 'diary', guests: 'guests', rrule: 'repeat rule', private: 'private flag', category: 'colour', reminderMinutes: 'reminder', kind: 'kind', endTimeZone: 'end time zone' };
  const refused: string[] = [];
  for (const [k, v] of Object.entries(patch)) {
    const current = (series as unknown as Record<string, unknown>)[k];
    const value = typeof v === 'string' && v.trim() === '' ? undefined : v;
    if (perOccurrence.has(k)) {
      if (k === 'timeZone' && (value ?? undefined) === series.timeZone) continue;
      (changes as Record<string, unknown>)[k] = value;
    } else if (!same(current ?? undefined, value ?? undefined) && !(Array.isArray(current) && current.length === 0 && value === undefined)) {
      refused.push(LABELS[k] ?? k);
    }
  }
  if (refused.length)
    throw new EventEditError(`The ${refused.join(', ')} can only be changed for the whole series or for this and following occurrences, not for one occurrence.`);
  // Only what differs from the series is stored on the occurrence.
  for (const k of ['title', 'description', 'location', 'allDay'] as const) {
    if ((changes as Record<string, unknown>)[k] === (series as unknown as Record<string, unknown>)[k]) delete (changes as Record<string, unknown>)[k];
  }
  // Times a form sends back unchanged are not a move.
  const planned = { start: recurrenceId, end: shiftFields(recurrenceId, fieldsMs(series.end) - fieldsMs(series.start)) };
  const current = series.overrides.find((o) => o.recurrenceId === recurrenceId);
  if (!current?.start && changes.start === planned.start && (changes.end ?? planned.end) === planned.end) {
    delete changes.start;
    delete changes.end;
  }
  return changes;
}

async function putWithAudit(db: BackdeskDb, record: CalendarEvent, action: 'create' | 'update', summary: string): Promise<void> {
  await db.events.put(record);
  await db.auditLog.add(auditEntry('events', record.id, action, summary, record.updatedAt));
}

/** Edits an event; for a recurring one, `occurrence` says which occurrences. Returns the record(s) written. */
export async function updateEvent(
  id: string,
  patch: Partial<StoredEventDraft>,
  occurrence?: OccurrenceRef,
  db: BackdeskDb = getDb(),
): Promise<CalendarEvent[]> {
  return writeTransaction(db, EVENT_WRITE_TABLES, () => updateInTx(db, id, patch, occurrence, 'Updated'));
}

async function updateInTx(db: BackdeskDb, id: string, patch: Partial<StoredEventDraft>, occurrence: OccurrenceRef | undefined, verb: 'Updated' | 'Moved'): Promise<CalendarEvent[]> {
  const series = await requireEvent(db, id);
  const at = nowIso();
  const label = quote(series.title);
  const changedFields = (next: CalendarEvent) => Object.keys(patch).filter((k) => !same((series as unknown as Record<string, unknown>)[k], (next as unknown as Record<string, unknown>)[k]));

  if (!occurrence || !isRecurring(series) || occurrence.scope === 'all' || (occurrence.scope === 'following' && splitSeries(engineDraft(series), occurrence.recurrenceId, 'x').before === null)) {
    const base = occurrence && isRecurring(series) ? currentOccurrence(series, occurrence.recurrenceId) : { start: series.start, end: series.end };
    const next = validateRecord({ ...patchSeries(series, patch, base), updatedAt: at });
    if (same({ ...next, updatedAt: series.updatedAt }, series)) return [series];
    const what = isRecurring(series) ? `every occurrence of ${label}` : `event ${label}`;
    const fields = changedFields(next);
    await putWithAudit(db, next, 'update', `${verb} ${what}${fields.length ? ` (${fields.join(', ')})` : ''}`);
    return [next];
  }

  const { recurrenceId } = occurrence;
  if (occurrence.scope === 'this') {
    const changes = patchAsOverride(series, recurrenceId, patch);
    if (Object.values(changes).every((v) => v === undefined)) return [series];
    const draft = overrideOccurrence(engineDraft(series), recurrenceId, changes);
    const next = validateRecord({ ...withEngine(series, draft), updatedAt: at });
    await putWithAudit(db, next, 'update', `${verb} one occurrence of ${label} (${dayOf(recurrenceId)})`);
    return [next];
  }

  // This and following: the series ends before the occurrence; a new series starts there.
  const newId_ = newId();
  const { before, after } = splitSeries(engineDraft(series), recurrenceId, newId_);
  const head = validateRecord({ ...withEngine(series, before!), updatedAt: at });
  const tailBase = { ...withEngine(series, after), id: newId_, uid: newId_, createdAt: at, updatedAt: at, deletedAt: null } as unknown as CalendarEvent;
  const occ = currentOccurrence(tailBase, after.start);
  const tail = validateRecord(patchSeries(tailBase, patch, occ));
  await putWithAudit(db, head, 'update', `Split the series ${label}: it now ends before ${dayOf(recurrenceId)}`);
  await putWithAudit(db, tail, 'create', `Split the series ${label}: ${verb.toLowerCase()} the occurrences from ${dayOf(recurrenceId)} on into a new series ${quote(tail.title)}`);
  return [head, tail];
}

// ---------------------------------------------------------------------------------------------
// Move (drag)

function toDate(v: string, zone: string): string {
  return isDate(v) ? v : utcToWall(v, zone).slice(0, 10);
}

/**
 * Drag to move or resize: the new start and end as UTC instants (the views work in instants);
 * stored back as wall time in the event's own zone. Validated like any edit. With `allDay`
 * true, start and end may be dates ('YYYY-MM-DD', end exclusive) or instants read as dates in
 * the office zone.
 */
export async function moveEvent(
  id: string,
  to: { start: string; end: string; allDay?: boolean },
  occurrence?: OccurrenceRef,
  db: BackdeskDb = getDb(),
): Promise<CalendarEvent[]> {
  const { officeTimeZone } = await getCalendarSettings(db);
  return writeTransaction(db, EVENT_WRITE_TABLES, async () => {
    const series = await requireEvent(db, id);
    const allDay = to.allDay ?? series.allDay;
    const patch: Partial<StoredEventDraft> = { allDay };
    if (allDay) {
      const start = toDate(to.start, officeTimeZone);
      let end = toDate(to.end, officeTimeZone);
      if (end <= start) end = shiftFields(start, 86_400_000);
      patch.start = start;
      patch.end = end;
    } else {
      const override = occurrence ? series.overrides.find((o) => o.recurrenceId === occurrence.recurrenceId) : undefined;
      const zone = series.allDay ? officeTimeZone : (override?.timeZone ?? series.timeZone ?? officeTimeZone);
      const endZone = series.allDay ? zone : (series.endTimeZone ?? zone);
      patch.start = utcToWall(to.start, zone);
      patch.end = utcToWall(to.end, endZone);
      if (series.allDay) patch.timeZone = officeTimeZone;
    }
    return updateInTx(db, id, patch, occurrence, 'Moved');
  });
}

// ---------------------------------------------------------------------------------------------
// Delete

/** Soft-deletes the event, or for a recurring one only the chosen occurrences. */
export async function deleteEvent(id: string, occurrence?: OccurrenceRef, db: BackdeskDb = getDb()): Promise<void> {
  await writeTransaction(db, EVENT_WRITE_TABLES, async () => {
    const series = await requireEvent(db, id);
    const at = nowIso();
    const label = quote(series.title);
    if (occurrence && isRecurring(series) && occurrence.scope !== 'all') {
      const { recurrenceId } = occurrence;
      if (occurrence.scope === 'this') {
        const next = validateRecord({ ...withEngine(series, cancelOccurrence(engineDraft(series), recurrenceId)), updatedAt: at });
        await putWithAudit(db, next, 'update', `Cancelled one occurrence of ${label} (${dayOf(recurrenceId)})`);
        return;
      }
      const { before } = splitSeries(engineDraft(series), recurrenceId, newId());
      if (before) {
        const next = validateRecord({ ...withEngine(series, before), updatedAt: at });
        await putWithAudit(db, next, 'update', `Ended the series ${label} before ${dayOf(recurrenceId)} (the later occurrences were deleted)`);
        return;
      }
    }
    await db.events.put({ ...series, deletedAt: at, updatedAt: at });
    await db.auditLog.add(auditEntry('events', id, 'delete', `Deleted event ${label}`, at));
  });
}
