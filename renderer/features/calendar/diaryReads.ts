/**
 * Reading the diaries (issue 13.1, 13.6): the calendar's own events expanded through the one
 * engine (shared/calendar expandOccurrences) plus every registered diary source (interviews,
 * bookings, maintenance, tasks, trips), for a window of time and a set of diaries. Private
 * events read as "Busy" unless the viewer is the owner or one of the owner's viewers.
 *
 * One window's read: the events whose series bounds touch it (one index range), only those
 * in the asked diaries, expanded for the window alone; the sources read their own tables.
 */
import { expandOccurrences } from '../../../shared/calendar';
import { OFFICE_DIARY, diaryKey, type CalendarEvent, type DiaryKey, type DiaryKind } from '../../../shared/domain/calendar';
import { isOutOfService } from '../../../shared/domain/equipment';
import { diarySourceTables, listDiarySourceItems, type DiaryItem } from '../../core/diaries';
import { getDb, type BackdeskDb, type TableName } from '../../db';
import { listEquipment } from '../equipment';
import { listActiveEmployees } from '../people';
import { getCalendarSettings, getDiaryProfiles } from './calendarSettings';
import { listEventsBetween } from './repository';
import { roomRepository } from './rooms';

export interface DiaryInfo {
  key: DiaryKey;
  kind: DiaryKind;
  id: string;
  /** Person's name, room's name, item's name and tag. */
  name: string;
  /** Job title, room capacity and place, item category. */
  detail?: string;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * Every diary that can be shown: the office calendar (events with no owner and no room), then
 * active staff, active rooms, bookable equipment, each by name.
 */
export async function listDiaries(db: BackdeskDb = getDb()): Promise<DiaryInfo[]> {
  const [people, rooms, equipment] = await Promise.all([listActiveEmployees(db), roomRepository.list(db), listEquipment(db)]);
  const out: DiaryInfo[] = [{ key: OFFICE_DIARY, kind: 'office', id: 'calendar', name: 'Office calendar', detail: 'Holidays, closures and events in no one’s diary' }];
  for (const p of [...people].sort(byName)) out.push({ key: diaryKey('person', p.id), kind: 'person', id: p.id, name: p.name, ...(p.title ? { detail: p.title } : {}) });
  for (const r of rooms.filter((x) => x.active).sort(byName)) {
    const detail = [r.capacity ? `${r.capacity} ${r.capacity === 1 ? 'seat' : 'seats'}` : '', r.location ?? ''].filter(Boolean).join(' · ');
    out.push({ key: diaryKey('room', r.id), kind: 'room', id: r.id, name: r.name, ...(detail ? { detail } : {}) });
  }
  for (const e of equipment.filter((x) => x.bookable && !isOutOfService(x.status)).sort(byName)) {
    out.push({ key: diaryKey('equipment', e.id), kind: 'equipment', id: e.id, name: e.assetTag ? `${e.name} (${e.assetTag})` : e.name, ...(e.category ? { detail: e.category } : {}) });
  }
  return out;
}

export interface DiaryReadOptions {
  /** Only items in these diaries; absent = everything. */
  diaries?: readonly DiaryKey[];
  /** Who is looking (employee id); absent = the calendar setting's current user. */
  viewerId?: string;
  /** Leave out the other modules' items (interviews, bookings…): the calendar's own events only. */
  eventsOnly?: boolean;
}

/** The diaries an event shows in: its owner, every staff attendee, its room; the office calendar when it has neither owner nor room. */
export function eventDiaries(e: Pick<CalendarEvent, 'ownerId' | 'attendeeIds' | 'roomId'>): DiaryKey[] {
  const keys = new Set<DiaryKey>();
  if (!e.ownerId && !e.roomId) keys.add(OFFICE_DIARY);
  if (e.ownerId) keys.add(diaryKey('person', e.ownerId));
  for (const a of e.attendeeIds) keys.add(diaryKey('person', a));
  if (e.roomId) keys.add(diaryKey('room', e.roomId));
  return [...keys];
}

const isRecurring = (e: CalendarEvent) => Boolean(e.rrule) || e.rdates.length > 0;

/** Sorted by start, then end, then title (all-day dates sort before that day's times). */
export function compareDiaryItems(a: DiaryItem, b: DiaryItem): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.title.localeCompare(b.title) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The tables one window's read touches: the calendar's own and every registered source's. */
export function diaryReadTables(options: Pick<DiaryReadOptions, 'eventsOnly'> = {}): TableName[] {
  return [...new Set<TableName>(['events', 'settings', 'rooms', 'diaryProfiles', ...(options.eventsOnly ? [] : diarySourceTables())])];
}

/**
 * Items touching [fromInstant, toInstant), sorted by start. One read transaction over every
 * table involved: one consistent picture, and one transaction instead of one per source.
 */
export async function listDiaryItems(fromInstant: string, toInstant: string, options: DiaryReadOptions = {}, db: BackdeskDb = getDb()): Promise<DiaryItem[]> {
  if (!(fromInstant < toInstant)) return [];
  return db.transaction('r', diaryReadTables(options), () => readDiaryItems(fromInstant, toInstant, options, db));
}

async function readDiaryItems(fromInstant: string, toInstant: string, options: DiaryReadOptions, db: BackdeskDb): Promise<DiaryItem[]> {
  const wanted = options.diaries ? new Set<string>(options.diaries) : null;
  const inWanted = (keys: readonly string[]) => wanted === null || keys.some((k) => wanted.has(k));

  const [settings, rows, sourceItems] = await Promise.all([
    getCalendarSettings(db),
    listEventsBetween(fromInstant, toInstant, db),
    options.eventsOnly ? Promise.resolve([] as DiaryItem[]) : listDiarySourceItems(db, fromInstant, toInstant),
  ]);
  const events: CalendarEvent[] = [];
  const diariesOf: DiaryKey[][] = [];
  for (const e of rows) {
    const keys = eventDiaries(e);
    if (inWanted(keys)) {
      events.push(e);
      diariesOf.push(keys);
    }
  }

  const viewer = options.viewerId ?? settings.currentUserId;
  const privateOwners = [...new Set(events.filter((e) => e.private && e.ownerId && e.ownerId !== viewer).map((e) => diaryKey('person', e.ownerId!)))];
  const needRooms = events.some((e) => e.roomId);
  const [profiles, rooms] = await Promise.all([
    privateOwners.length && viewer ? getDiaryProfiles(privateOwners, db) : Promise.resolve(new Map()),
    needRooms ? db.rooms.toArray() : Promise.resolve([]),
  ]);
  const roomName = new Map(rooms.map((r) => [r.id, r.name]));
  const mayRead = (e: CalendarEvent) =>
    !e.private || (viewer !== undefined && (e.ownerId === viewer || (e.ownerId !== undefined && (profiles.get(diaryKey('person', e.ownerId))?.viewerIds.includes(viewer) ?? false))));

  const office = settings.officeTimeZone;
  const occurrences = expandOccurrences(events, fromInstant, toInstant, { floatingZone: office });
  const items: DiaryItem[] = [];
  for (const o of occurrences) {
    const e = events[o.sourceIndex]!;
    const readable = mayRead(e);
    const override = o.recurrenceId ? e.overrides.find((x) => x.recurrenceId === o.recurrenceId) : undefined;
    const zone = o.allDay ? undefined : (override?.timeZone ?? e.timeZone);
    const room = e.roomId ? roomName.get(e.roomId) : undefined;
    const location = o.location ?? e.location;
    const detail = readable ? [room, location && location !== room ? location : undefined].filter(Boolean).join(' · ') : '';
    items.push({
      key: o.recurrenceId ? `event:${e.id}|${o.recurrenceId}` : `event:${e.id}`,
      source: 'event',
      id: e.id,
      title: readable ? o.title : 'Busy',
      start: o.start,
      end: o.end,
      allDay: o.allDay,
      diaries: diariesOf[o.sourceIndex]!,
      busy: e.kind !== 'reminder',
      ...(readable ? { href: `#/calendar/event/${e.id}` } : {}),
      ...(detail ? { detail } : {}),
      category: e.category,
      ...(zone && zone !== office ? { timeZone: zone } : {}),
      ...(o.recurrenceId ? { recurrenceId: o.recurrenceId } : {}),
      recurring: isRecurring(e),
      private: e.private,
      ...(e.ownerId ? { ownerId: e.ownerId } : {}),
    });
  }
  for (const s of sourceItems) if (inWanted(s.diaries)) items.push(s);
  return items.sort(compareDiaryItems);
}
