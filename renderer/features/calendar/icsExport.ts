/**
 * Calendar files out (issue 13.9): one diary, a date range, or one event (its whole series) as
 * an iCalendar file through the engine's `toIcs`, which Outlook and Google read (VTIMEZONE for
 * each zone used, RRULE with its exceptions and moved occurrences). A series touching the range
 * goes out whole, with its rule, so the other program shows the same occurrences.
 *
 * Private entries go out as "Busy" (no notes, no place) unless the person exporting may read
 * them: the owner, or one of the owner's diary viewers (the same rule as on screen).
 * The owner (ORGANIZER), staff attendees and guests with an email go out as ATTENDEEs.
 */
import { toIcs, type CalendarEventDraft, type EventAttendee } from '../../../shared/calendar';
import { diaryKey, type CalendarEvent, type DiaryKey } from '../../../shared/domain/calendar';
import { getDb, type BackdeskDb } from '../../db';
import { getCalendarSettings, getDiaryProfiles } from './calendarSettings';
import { eventDiaries } from './diaryReads';
import { eventRepository, listEventsBetween } from './repository';

export interface IcsExportRequest {
  /** One event's whole series; the other fields are then ignored. */
  eventId?: string | undefined;
  /** Only events in this diary (owner, attendee or room); absent = every diary. */
  diary?: DiaryKey | undefined;
  /** The range as UTC instants [from, to); absent = all time. */
  fromInstant?: string | undefined;
  toInstant?: string | undefined;
  /** Who exports (employee id); absent = the calendar setting's current user. */
  viewerId?: string | undefined;
}

/** A staff member as a file names them: the employee record's name and email (when it has one). */
export interface StaffContact {
  name: string;
  email?: string | undefined;
}

/**
 * The event's people as ORGANIZER / ATTENDEEs: the owner (organizer) and staff attendees whose
 * employee record has an email, then the guests with an email.
 */
export function attendeesOf(e: CalendarEvent, staff: ReadonlyMap<string, StaffContact> = new Map()): EventAttendee[] {
  const out: EventAttendee[] = [];
  const person = (id: string | undefined, role: 'organizer' | 'attendee') => {
    const p = id ? staff.get(id) : undefined;
    if (p?.email) out.push({ name: p.name, email: p.email, role });
  };
  person(e.ownerId, 'organizer');
  for (const id of e.attendeeIds) if (id !== e.ownerId) person(id, 'attendee');
  for (const g of e.guests) if (g.email) out.push({ name: g.name, email: g.email, role: 'attendee' });
  return out;
}

/** The engine's draft of a stored event, as a file carries it (a private one without its people). */
export function eventToDraft(e: CalendarEvent, readable = true, staff?: ReadonlyMap<string, StaffContact>): CalendarEventDraft {
  const draft: CalendarEventDraft = {
    uid: e.uid,
    title: readable ? e.title : 'Busy',
    allDay: e.allDay,
    start: e.start,
    end: e.end,
  };
  if (readable && e.description) draft.description = e.description;
  if (readable && e.location) draft.location = e.location;
  if (e.timeZone && !e.allDay) draft.timeZone = e.timeZone;
  if (e.endTimeZone && !e.allDay) draft.endTimeZone = e.endTimeZone;
  if (e.rrule) draft.rrule = e.rrule;
  const attendees = readable ? attendeesOf(e, staff) : [];
  if (attendees.length) draft.attendees = attendees;
  if (e.exdates.length) draft.exdates = [...e.exdates];
  if (e.rdates.length) draft.rdates = [...e.rdates];
  if (e.overrides.length)
    draft.overrides = e.overrides.map((o) => {
      if (readable) return { ...o };
      // A moved occurrence keeps its time; what it was about stays private.
      const { title: _t, description: _d, location: _l, ...rest } = o;
      return rest;
    });
  return draft;
}

/** The events a request covers, each with whether the exporter may read it. */
export async function eventsForExport(request: IcsExportRequest, db: BackdeskDb = getDb()): Promise<{ event: CalendarEvent; readable: boolean }[]> {
  let events: CalendarEvent[];
  if (request.eventId) {
    const one = await eventRepository.get(request.eventId, db);
    events = one ? [one] : [];
  } else {
    const from = request.fromInstant ?? '0000-01-01T00:00:00.000Z';
    const to = request.toInstant ?? '9999-12-31T23:59:59.999Z';
    events = await listEventsBetween(from, to, db);
    if (request.diary) events = events.filter((e) => eventDiaries(e).includes(request.diary!));
  }
  const settings = await getCalendarSettings(db);
  const viewer = request.viewerId ?? settings.currentUserId;
  const owners = [...new Set(events.filter((e) => e.private && e.ownerId && e.ownerId !== viewer).map((e) => diaryKey('person', e.ownerId!)))];
  const profiles = owners.length && viewer ? await getDiaryProfiles(owners, db) : new Map();
  const mayRead = (e: CalendarEvent) =>
    !e.private ||
    (viewer !== undefined && (e.ownerId === viewer || (e.ownerId !== undefined && (profiles.get(diaryKey('person', e.ownerId))?.viewerIds.includes(viewer) ?? false))));
  return events
    .sort((a, b) => a.firstStart.localeCompare(b.firstStart) || a.title.localeCompare(b.title))
    .map((event) => ({ event, readable: mayRead(event) }));
}

export interface IcsExportFile {
  text: string;
  /** 'Margaret Chen.ics': safe on Windows, macOS and Linux. */
  fileName: string;
  count: number;
}

/** A name usable as a file name on every system ('Board: Q4/2026' → 'Board Q4-2026'). */
export function safeFileName(name: string, fallback = 'calendar'): string {
  const safe = name
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/[\\/]/g, '-')
    .replace(/[:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');
  return Array.from(safe || fallback).slice(0, 100).join('');
}

/** The .ics text for a request, named `<name>.ics`. */
export async function buildIcsExport(request: IcsExportRequest, name: string, db: BackdeskDb = getDb()): Promise<IcsExportFile> {
  const rows = await eventsForExport(request, db);
  const staffIds = [...new Set(rows.filter((r) => r.readable).flatMap((r) => [...(r.event.ownerId ? [r.event.ownerId] : []), ...r.event.attendeeIds]))];
  const staff = new Map<string, StaffContact>();
  (await db.employees.bulkGet(staffIds)).forEach((p, i) => {
    if (p && p.deletedAt === null) staff.set(staffIds[i]!, { name: p.name, email: p.email });
  });
  const text = toIcs(
    rows.map((r) => eventToDraft(r.event, r.readable, staff)),
    { calendarName: name },
  );
  return { text, fileName: `${safeFileName(name)}.ics`, count: rows.length };
}
