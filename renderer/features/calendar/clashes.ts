/**
 * The one clash check (issue 13.5): a proposed time against every diary item of its people,
 * its room and its equipment — calendar events (recurring ones expanded), interviews,
 * equipment bookings — so an interview in Room 2 and a meeting in Room 2 warn each other.
 * A clash is a warning, never a refusal. Also the free-slot finder over the same busy time.
 * Both read the diaries through `listDiaryItems` (the calendar's events expanded by the one
 * engine plus every registered diary source), so nothing is checked against a copy.
 */
import type { DiaryItem } from '../../core/diaries';
import { getCompanyProfile } from '../../core/settings';
import { findFreeSlots, wallToUtc, type FreeSlotQuery, type WorkingHours } from '../../../shared/calendar';
import type { DiaryKey } from '../../../shared/domain/calendar';
import { addDays, dayOfWeek } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { listDiaryItems } from './diaryReads';
import { getCalendarSettings, getDiaryProfile } from './calendarSettings';

export interface ClashProposal {
  /** UTC instants. */
  start: string;
  end: string;
  personIds: readonly string[];
  roomId?: string | undefined;
  equipmentIds?: readonly string[];
  /** Leave out the record being edited: an event (one occurrence or all), an interview, a booking. */
  ignore?: { source: string; id: string; recurrenceId?: string | undefined };
}

export interface ClashWarning {
  /** The diary that is double-booked. */
  diary: string;
  /** 'Ann Lee has “Board meeting” 09:00–10:30' — ready to show. */
  message: string;
  item: DiaryItem;
}

/** The proposal's diaries in the order warnings list them: people as given, the room, the items. */
function proposalDiaries(p: Pick<ClashProposal, 'personIds' | 'roomId' | 'equipmentIds'>): DiaryKey[] {
  const keys: DiaryKey[] = [...new Set(p.personIds)].map((id): DiaryKey => `person:${id}`);
  if (p.roomId) keys.push(`room:${p.roomId}`);
  for (const id of new Set(p.equipmentIds ?? [])) keys.push(`equipment:${id}`);
  return keys;
}

/** An item's span as UTC milliseconds; an all-day item covers its whole days in `zone`. */
function itemSpan(item: Pick<DiaryItem, 'start' | 'end' | 'allDay'>, zone: string): [number, number] {
  if (item.allDay) return [Date.parse(wallToUtc(`${item.start}T00:00:00`, zone)), Date.parse(wallToUtc(`${item.end}T00:00:00`, zone))];
  return [Date.parse(item.start), Date.parse(item.end)];
}

function isIgnored(item: DiaryItem, ignore: ClashProposal['ignore']): boolean {
  if (!ignore || item.source !== ignore.source || item.id !== ignore.id) return false;
  // An event's one occurrence being moved: its other occurrences still count.
  return ignore.recurrenceId === undefined || item.recurrenceId === undefined || item.recurrenceId === ignore.recurrenceId;
}

/** Names of the diaries: people, rooms and equipment, read by id (a missing one reads as what it is). */
async function diaryNames(keys: readonly DiaryKey[], db: BackdeskDb): Promise<Map<DiaryKey, string>> {
  const ids = (kind: string) => keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
  const [people, rooms, items] = await Promise.all([db.employees.bulkGet(ids('person')), db.rooms.bulkGet(ids('room')), db.equipment.bulkGet(ids('equipment'))]);
  const names = new Map<DiaryKey, string>();
  for (const p of people) if (p) names.set(`person:${p.id}`, p.name);
  for (const r of rooms) if (r) names.set(`room:${r.id}`, r.name);
  for (const e of items) if (e) names.set(`equipment:${e.id}`, e.name);
  for (const k of keys) if (!names.has(k)) names.set(k, k.startsWith('person:') ? 'Someone no longer in People' : k.startsWith('room:') ? 'A removed room' : 'A removed item');
  return names;
}

function twentyFourHour(locale: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24';
}

const spanFormats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formatsFor(zone: string, locale: string) {
  const key = `${zone}|${locale}`;
  let f = spanFormats.get(key);
  if (!f) {
    f = {
      day: new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: zone }),
      // 24-hour locales read '09:00'; 12-hour ones '9:00 AM'.
      time: new Intl.DateTimeFormat(locale, { hour: twentyFourHour(locale) ? '2-digit' : 'numeric', minute: '2-digit', timeZone: zone }),
    };
    spanFormats.set(key, f);
  }
  return f;
}

/**
 * A span for people, in `zone` (the office's) and the office's locale: 'Tue, Nov 24, 9:00 AM –
 * 10:30 AM' (en-GB '09:00 – 10:30'), across midnight with both days; all-day 'Tue, Nov 24 (all
 * day)' or a date range.
 */
export function formatDiarySpan(span: { start: string; end: string; allDay?: boolean }, zone: string, locale = 'en-US'): string {
  const f = formatsFor(zone, locale);
  if (span.allDay) {
    const utcDay = (d: string) => new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`));
    const last = addDays(span.end, -1);
    return last <= span.start ? `${utcDay(span.start)} (all day)` : `${utcDay(span.start)} – ${utcDay(last)} (all day)`;
  }
  const s = new Date(span.start);
  const e = new Date(span.end);
  const sameDay = f.day.format(s) === f.day.format(e);
  return sameDay ? `${f.day.format(s)}, ${f.time.format(s)} – ${f.time.format(e)}` : `${f.day.format(s)}, ${f.time.format(s)} – ${f.day.format(e)}, ${f.time.format(e)}`;
}

function clashMessage(diary: DiaryKey, name: string, item: DiaryItem, when: string): string {
  const what = item.private && item.title === 'Busy' ? 'a private appointment' : `“${item.title}”`;
  return diary.startsWith('person:') ? `${name} is busy with ${what}, ${when}` : `${name} is booked for ${what}, ${when}`;
}

/**
 * Busy diary items of the proposal's people, room and equipment that overlap [start, end)
 * (touching ends do not clash), one warning per diary and item, by start then diary.
 */
export async function checkClashes(proposal: ClashProposal, db: BackdeskDb = getDb()): Promise<ClashWarning[]> {
  const start = Date.parse(proposal.start);
  const end = Date.parse(proposal.end);
  const diaries = proposalDiaries(proposal);
  if (diaries.length === 0 || !(start < end)) return [];
  const [settings, company] = await Promise.all([getCalendarSettings(db), getCompanyProfile(db)]);
  const zone = settings.officeTimeZone;
  // A day either side: all-day items are days in the office zone, not instants.
  const items = await listDiaryItems(new Date(start - 86_400_000).toISOString(), new Date(end + 86_400_000).toISOString(), { diaries }, db);
  const hits = items.filter((item) => {
    if (!item.busy || isIgnored(item, proposal.ignore)) return false;
    const [s, e] = itemSpan(item, zone);
    return s < end && start < e;
  });
  if (hits.length === 0) return [];
  const names = await diaryNames(diaries, db);
  const order = new Map(diaries.map((k, i) => [k, i]));
  const out: ClashWarning[] = [];
  for (const item of hits) {
    const when = formatDiarySpan(item, zone, company.locale);
    for (const diary of item.diaries) {
      if (!order.has(diary)) continue;
      out.push({ diary, message: clashMessage(diary, names.get(diary)!, item, when), item });
    }
  }
  return out.sort((a, b) => itemSpan(a.item, zone)[0] - itemSpan(b.item, zone)[0] || order.get(a.diary as DiaryKey)! - order.get(b.diary as DiaryKey)! || a.item.key.localeCompare(b.item.key));
}

export interface FreeSlotRequest {
  personIds: readonly string[];
  roomId?: string | undefined;
  durationMinutes: number;
  /** Search from this instant; default now. */
  from?: string;
  /** How many working days ahead to look; default 14. */
  days?: number;
  limit?: number;
}

/** The instant `days` working days (office hours' weekdays, counted from `from`'s day in `zone`) after `from`: midnight after the last. */
function searchEnd(from: string, days: number, workDays: readonly number[], zone: string): string {
  let date = dateInZone(from, zone);
  let counted = 0;
  // A week without a working day cannot happen (the schema asks for one); the cap guards anyway.
  for (let i = 0; i < 400 && counted < days; i++) {
    if (workDays.includes(dayOfWeek(date) === 0 ? 7 : dayOfWeek(date))) counted++;
    date = addDays(date, 1);
  }
  return wallToUtc(`${date}T00:00:00`, zone);
}

/** The calendar date of an instant in a zone. */
function dateInZone(instant: string, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** The next free slots (UTC instants) within everyone's working hours (diary profiles, else the office default). */
export async function findFreeSlotsFor(request: FreeSlotRequest, db: BackdeskDb = getDb()): Promise<{ start: string; end: string }[]> {
  const personIds = [...new Set(request.personIds)];
  if ((personIds.length === 0 && !request.roomId) || !(request.durationMinutes > 0)) return [];
  const settings = await getCalendarSettings(db);
  const zone = settings.officeTimeZone;
  const officeHours: WorkingHours = { days: settings.days, start: settings.start, end: settings.end, timeZone: zone };
  const from = request.from ?? new Date().toISOString();
  const until = searchEnd(from, request.days ?? 14, settings.days, zone);
  const diaries = proposalDiaries({ personIds, roomId: request.roomId });
  const [items, profiles] = await Promise.all([
    listDiaryItems(new Date(Date.parse(from) - 86_400_000).toISOString(), until, { diaries }, db),
    Promise.all(personIds.map((id) => getDiaryProfile(`person:${id}`, db))),
  ]);
  const busyOf = (key: DiaryKey) =>
    items
      .filter((i) => i.busy && i.diaries.includes(key))
      .map((i) => {
        const [s, e] = itemSpan(i, zone);
        return { start: new Date(s).toISOString(), end: new Date(e).toISOString() };
      });
  const participants: FreeSlotQuery['participants'] = personIds.map((id, n) => {
    const p = profiles[n];
    const hours: WorkingHours = p ? { days: p.days, start: p.start, end: p.end, timeZone: p.timeZone ?? zone } : officeHours;
    return { key: `person:${id}`, busy: busyOf(`person:${id}`), hours };
  });
  if (request.roomId) {
    const key: DiaryKey = `room:${request.roomId}`;
    // A room alone is searched within office hours; with people, theirs decide.
    participants.push({ key, busy: busyOf(key), ...(personIds.length === 0 ? { hours: officeHours } : {}) });
  }
  return findFreeSlots({ participants, durationMinutes: request.durationMinutes, from, until, stepMinutes: 15, limit: request.limit ?? 10 });
}
