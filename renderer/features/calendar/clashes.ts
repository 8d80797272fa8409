/**
 * The one clash check (issue 13.5): a proposed time against every diary item of its people,
 * its room and its equipment — calendar events (recurring ones expanded), interviews,
 * equipment bookings — so an interview in Room 2 and a meeting in Room 2 warn each other.
 * A repeating proposal is expanded by the same engine and EVERY upcoming occurrence (a year
 * ahead, at most a few hundred) is checked, each warning naming the occurrence it is about.
 * A clash is a warning, never a refusal. Also the free-slot finder over the same busy time.
 * Both read the diaries through `listDiaryItems` (the calendar's events expanded by the one
 * engine plus every registered diary source), so nothing is checked against a copy.
 */
import type { DiaryItem } from '../../core/diaries';
import { getCompanyProfile } from '../../core/settings';
import { expandOccurrences, findFreeSlots, wallToUtc, type FreeSlotQuery, type OccurrenceOverride, type WorkingHours } from '../../../shared/calendar';
import type { DiaryKey } from '../../../shared/domain/calendar';
import { addDays, dayOfWeek } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { listDiaryItems } from './diaryReads';
import { getCalendarSettings, getDiaryProfile } from './calendarSettings';

/**
 * A repeating proposal in the engine's terms (CalendarEventDraft's timing fields): wall times
 * 'YYYY-MM-DDTHH:mm:ss' in `timeZone` (absent: the office zone), or dates with an exclusive end
 * when all-day; RRULE text and exceptions as stored.
 */
export interface ClashSeries {
  allDay?: boolean;
  start: string;
  end: string;
  timeZone?: string | undefined;
  endTimeZone?: string | undefined;
  rrule?: string | undefined;
  exdates?: readonly string[];
  rdates?: readonly string[];
  overrides?: readonly OccurrenceOverride[];
}

export interface ClashProposal {
  /** UTC instants: the time proposed, or with `series` the occurrence on screen (checked even when it has begun). */
  start: string;
  end: string;
  personIds: readonly string[];
  roomId?: string | undefined;
  equipmentIds?: readonly string[];
  /** Leave out the record being edited: an event (one occurrence or all), an interview, a booking. */
  ignore?: { source: string; id: string; recurrenceId?: string | undefined };
  /** A repeating proposal: its occurrences from `from` for `horizonMonths` are checked too. */
  series?: ClashSeries | undefined;
  /** With `series`: the instant to check from; default now. */
  from?: string | undefined;
  /** With `series`: how far ahead, in months; default 12. */
  horizonMonths?: number;
  /** With `series`: at most this many occurrences (the first ones); default 300. */
  maxOccurrences?: number;
}

/** One of the proposal's occurrences: UTC instants, or office-zone dates (end exclusive) when all-day. */
export interface ProposedOccurrence {
  start: string;
  end: string;
  allDay: boolean;
}

export interface ClashWarning {
  /** The diary that is double-booked. */
  diary: string;
  /** 'Ann Lee is busy with “Board meeting”, Mon, Nov 23, 9:00 AM – 10:30 AM' — ready to show. */
  message: string;
  item: DiaryItem;
  /** The proposed occurrence that clashes (for a one-off, the proposal's own span). */
  occurrence: ProposedOccurrence;
}

export interface ClashReport {
  /** By occurrence, then the item's start, then the proposal's diary order. */
  warnings: ClashWarning[];
  /** How many of the proposal's occurrences were checked (1 for a one-off). */
  occurrences: number;
  /** The end of the checked horizon (UTC instant); absent for a one-off. */
  until?: string;
  /** True when the series had more occurrences in the horizon than were checked. */
  capped: boolean;
}

/** Occurrences read per diary read: a window at most this long (plus a day each side). */
const CHUNK_MS = 92 * 86_400_000;
const DAY_MS = 86_400_000;
export const CLASH_HORIZON_MONTHS = 12;
export const CLASH_MAX_OCCURRENCES = 300;

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
 * (touching ends do not clash), one warning per diary and item, by start then diary. With
 * `series`, per occurrence too (see `checkProposalClashes`).
 */
export async function checkClashes(proposal: ClashProposal, db: BackdeskDb = getDb()): Promise<ClashWarning[]> {
  return (await checkProposalClashes(proposal, db)).warnings;
}

/** The instant `months` calendar months after `instant` (UTC fields; a 31st runs into the next month). */
function addMonthsUtc(instant: number, months: number): number {
  const d = new Date(instant);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime();
}

interface Placed {
  occurrence: ProposedOccurrence;
  s: number;
  e: number;
}

/** The occurrences to check: the one on screen, then the series' from `from` on (no duplicates), capped. */
function proposedOccurrences(proposal: ClashProposal, zone: string): { placed: Placed[]; until?: string; capped: boolean } {
  const shown: Placed = { occurrence: { start: proposal.start, end: proposal.end, allDay: false }, s: Date.parse(proposal.start), e: Date.parse(proposal.end) };
  const series = proposal.series;
  if (!series) return { placed: shown.s < shown.e ? [shown] : [], capped: false };
  const fromMs = Date.parse(proposal.from ?? new Date().toISOString());
  const until = new Date(addMonthsUtc(fromMs, proposal.horizonMonths ?? CLASH_HORIZON_MONTHS)).toISOString();
  const cap = Math.max(1, proposal.maxOccurrences ?? CLASH_MAX_OCCURRENCES);
  const draft = {
    uid: 'proposal',
    title: '',
    allDay: series.allDay ?? false,
    start: series.start,
    end: series.end,
    ...(series.timeZone ? { timeZone: series.timeZone } : {}),
    ...(series.endTimeZone ? { endTimeZone: series.endTimeZone } : {}),
    ...(series.rrule ? { rrule: series.rrule } : {}),
    exdates: [...(series.exdates ?? [])],
    rdates: [...(series.rdates ?? [])],
    overrides: [...(series.overrides ?? [])],
  };
  // One more than the cap tells whether the horizon held more.
  const occurrences = expandOccurrences([draft], new Date(fromMs).toISOString(), until, { floatingZone: zone, limit: cap + 1 });
  const capped = occurrences.length > cap;
  const placed: Placed[] = occurrences.slice(0, cap).map((o) => {
    const [s, e] = itemSpan(o, zone);
    return { occurrence: { start: o.start, end: o.end, allDay: o.allDay }, s, e };
  });
  // The occurrence on screen counts even when it has begun (or is before `from`).
  if (shown.s < shown.e && !placed.some((p) => p.s === shown.s && p.e === shown.e)) placed.unshift(shown);
  placed.sort((a, b) => a.s - b.s || a.e - b.e);
  return { placed, until, capped };
}

/** Windows of occurrences, each read with one diary read (a day either side for all-day items). */
function chunks(placed: readonly Placed[]): Placed[][] {
  const out: Placed[][] = [];
  let current: Placed[] = [];
  let startMs = 0;
  for (const p of placed) {
    if (current.length && p.e - startMs > CHUNK_MS) {
      out.push(current);
      current = [];
    }
    if (!current.length) startMs = p.s;
    current.push(p);
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * The clash check with what it covered: for a one-off, its span; for a repeating proposal, the
 * occurrence on screen and every occurrence of `series` from `from` (default now) for
 * `horizonMonths` (12), at most `maxOccurrences` (300). The diaries are read once per window
 * of occurrences (about three months), never once per occurrence.
 */
export async function checkProposalClashes(proposal: ClashProposal, db: BackdeskDb = getDb()): Promise<ClashReport> {
  const diaries = proposalDiaries(proposal);
  if (diaries.length === 0) return { warnings: [], occurrences: 0, capped: false };
  const [settings, company] = await Promise.all([getCalendarSettings(db), getCompanyProfile(db)]);
  const zone = settings.officeTimeZone;
  const { placed, until, capped } = proposedOccurrences(proposal, zone);
  const base = { occurrences: placed.length, capped, ...(until ? { until } : {}) };
  if (placed.length === 0) return { warnings: [], ...base };

  const hits: { at: Placed; item: DiaryItem }[] = [];
  for (const group of chunks(placed)) {
    const from = group[0]!.s;
    const to = Math.max(...group.map((p) => p.e));
    // A day either side: all-day items are days in the office zone, not instants.
    const items = await listDiaryItems(new Date(from - DAY_MS).toISOString(), new Date(to + DAY_MS).toISOString(), { diaries }, db);
    const busy = items
      .filter((item) => item.busy && !isIgnored(item, proposal.ignore))
      .map((item) => ({ item, span: itemSpan(item, zone) }))
      .sort((a, b) => a.span[0] - b.span[0]);
    for (const at of group) {
      for (const { item, span } of busy) {
        if (span[0] >= at.e) break;
        if (at.s < span[1]) hits.push({ at, item });
      }
    }
  }
  if (hits.length === 0) return { warnings: [], ...base };

  const names = await diaryNames(diaries, db);
  const order = new Map(diaries.map((k, i) => [k, i]));
  const rows: { warning: ClashWarning; at: number; itemAt: number; diaryAt: number }[] = [];
  for (const { at, item } of hits) {
    const when = formatDiarySpan(item, zone, company.locale);
    const itemAt = itemSpan(item, zone)[0];
    for (const diary of item.diaries) {
      const diaryAt = order.get(diary);
      if (diaryAt === undefined) continue;
      rows.push({ warning: { diary, message: clashMessage(diary, names.get(diary)!, item, when), item, occurrence: at.occurrence }, at: at.s, itemAt, diaryAt });
    }
  }
  rows.sort((a, b) => a.at - b.at || a.itemAt - b.itemAt || a.diaryAt - b.diaryAt || a.warning.item.key.localeCompare(b.warning.item.key));
  return { warnings: rows.map((r) => r.warning), ...base };
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
