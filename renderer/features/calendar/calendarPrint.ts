/**
 * What the calendar printouts read (issue 13.10): one diary's day (the day sheet) or several
 * diaries' week (week at a glance), through the same diary read as the screens
 * (`listDiaryItems`: the calendar's own events expanded by the one engine, plus interviews,
 * bookings, trip legs…), with the calendar's own events filled in with their attendees, guests,
 * room, place and notes. Private entries the reader may not see stay "Busy" with nothing else.
 */
import type { CalendarPrintItem, DaySheetInput, PageSize, WeekAtAGlanceInput } from '../../../shared/documents';
import { wallToUtc } from '../../../shared/calendar';
import type { CalendarEvent, DiaryKey } from '../../../shared/domain/calendar';
import { addDays, today as localToday } from '../../../shared/lib/dates';
import type { DiaryItem } from '../../core/diaries';
import { getDb, type BackdeskDb } from '../../db';
import { listActiveEmployees } from '../people';
import { getCalendarSettings } from './calendarSettings';
import { listDiaries, listDiaryItems, type DiaryInfo } from './diaryReads';
import { eventRepository } from './repository';
import { roomRepository } from './rooms';

const SOURCE_TAGS: Record<string, string> = {
  interview: 'Interview',
  booking: 'Booking',
  maintenance: 'Maintenance',
  task: 'Task due',
  trip: 'Trip',
};

const KIND_TAGS: Partial<Record<CalendarEvent['kind'], string>> = {
  travel: 'Travel',
  interview: 'Interview',
  reminder: 'Reminder',
  'out-of-office': 'Out of office',
};

interface Lookups {
  events: Map<string, CalendarEvent>;
  people: Map<string, string>;
  rooms: Map<string, string>;
}

async function lookupsFor(items: readonly DiaryItem[], db: BackdeskDb): Promise<Lookups> {
  const ids = [...new Set(items.filter((i) => i.source === 'event' && i.href).map((i) => i.id))];
  const [events, people, rooms] = await Promise.all([
    Promise.all(ids.map((id) => eventRepository.get(id, db))),
    listActiveEmployees(db),
    roomRepository.list(db),
  ]);
  return {
    events: new Map(events.filter((e): e is CalendarEvent => e !== undefined).map((e) => [e.id, e])),
    people: new Map(people.map((p) => [p.id, p.name])),
    rooms: new Map(rooms.map((r) => [r.id, r.name])),
  };
}

/** `forKey`: the diary printed (its own person is not listed among those they meet). */
function toPrintItem(item: DiaryItem, look: Lookups, forKey: DiaryKey): CalendarPrintItem {
  const base: CalendarPrintItem = {
    title: item.title,
    allDay: item.allDay,
    start: item.start,
    end: item.end,
    timeZone: item.timeZone,
    tag: item.source === 'event' ? undefined : (SOURCE_TAGS[item.source] ?? undefined),
  };
  const e = item.source === 'event' && item.href ? look.events.get(item.id) : undefined;
  if (!e) return item.detail && item.title !== 'Busy' ? { ...base, location: item.detail } : base;
  const override = item.recurrenceId ? e.overrides.find((o) => o.recurrenceId === item.recurrenceId) : undefined;
  const self = forKey.startsWith('person:') ? forKey.slice('person:'.length) : undefined;
  const staff = [...new Set([...(e.ownerId ? [e.ownerId] : []), ...e.attendeeIds])].filter((id) => id !== self);
  const attendees = [
    ...staff.map((id) => look.people.get(id) ?? 'Former staff member'),
    ...e.guests.map((g) => (g.email ? `${g.name} <${g.email}>` : g.name)),
  ];
  const room = e.roomId ? look.rooms.get(e.roomId) : undefined;
  const location = override?.location ?? e.location;
  return {
    ...base,
    tag: KIND_TAGS[e.kind] ?? (item.recurring ? 'Repeats' : undefined),
    attendees,
    room,
    // A place that only repeats the room's name says nothing more.
    location: location && location !== room ? location : undefined,
    notes: override?.description ?? e.description,
  };
}

/** [from, to) instants of `days` office-zone days from `date`. */
function span(date: string, days: number, zone: string): { from: string; to: string } {
  return { from: wallToUtc(`${date}T00:00:00`, zone), to: wallToUtc(`${addDays(date, days)}T00:00:00`, zone) };
}

function diaryInfo(all: readonly DiaryInfo[], key: DiaryKey): DiaryInfo {
  return all.find((d) => d.key === key) ?? { key, kind: 'person', id: key, name: 'Unknown diary' };
}

/** The day sheet's content for one diary and one office-zone day. */
export async function readDaySheet(key: DiaryKey, date: string, pageSize: PageSize, db: BackdeskDb = getDb()): Promise<DaySheetInput> {
  const settings = await getCalendarSettings(db);
  const zone = settings.officeTimeZone;
  const { from, to } = span(date, 1, zone);
  const [items, diaries] = await Promise.all([listDiaryItems(from, to, { diaries: [key] }, db), listDiaries(db)]);
  const look = await lookupsFor(items, db);
  const info = diaryInfo(diaries, key);
  return {
    diaryName: info.name,
    diaryDetail: info.detail,
    date,
    officeTimeZone: zone,
    items: items.map((i) => toPrintItem(i, look, key)),
    preparedOn: localToday(),
    pageSize,
  };
}

/** Week at a glance: several diaries, `days` days from `weekStart`. */
export async function readWeekAtAGlance(keys: readonly DiaryKey[], weekStart: string, days: 5 | 7, pageSize: PageSize, db: BackdeskDb = getDb()): Promise<WeekAtAGlanceInput> {
  const settings = await getCalendarSettings(db);
  const zone = settings.officeTimeZone;
  const { from, to } = span(weekStart, days, zone);
  const [items, diaries] = await Promise.all([listDiaryItems(from, to, { diaries: keys }, db), listDiaries(db)]);
  const look = await lookupsFor(items, db);
  return {
    weekStart,
    days,
    officeTimeZone: zone,
    diaries: keys.map((key) => {
      const info = diaryInfo(diaries, key);
      return { name: info.name, detail: info.detail, items: items.filter((i) => i.diaries.includes(key)).map((i) => toPrintItem(i, look, key)) };
    }),
    preparedOn: localToday(),
    pageSize,
  };
}

/** The first day of the week holding `date` (weekStartsOn: 1 = Monday … 7 = Sunday). */
export function weekStartOf(date: string, weekStartsOn = 1): string {
  const dow = new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
  return addDays(date, -((dow - weekStartsOn + 7) % 7));
}
