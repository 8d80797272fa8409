/**
 * The calendar screen's pure helpers (issue 13.1): react-big-calendar works with JavaScript
 * Date objects in the BROWSER's zone, while the office reads its diaries in the OFFICE zone
 * (calendar settings), whatever zone the PC is set to. So every instant is turned into a
 * "wall Date": a Date whose browser-local fields (year … minute) are the office wall time,
 * and back. The views' date ranges, navigation and the mapping of diary items to the
 * calendar's events live here too, so they are tested without a browser.
 */
import { utcToWall, wallToUtc } from '../../../../shared/calendar';
import { addDays, addMonths, dayOfWeek, diffDays, endOfMonth, isIsoDate, startOfMonth, toIsoDate, type IsoDate } from '../../../../shared/lib/dates';
import type { DiaryItem } from '../../../core/diaries';
import type { DiaryKey } from '../../../../shared/domain/calendar';

export type CalendarViewName = 'day' | 'week' | 'work_week' | 'month' | 'agenda';
export const CALENDAR_VIEWS: readonly { id: CalendarViewName; label: string }[] = [
  { id: 'day', label: 'Day' },
  { id: 'week', label: 'Week' },
  { id: 'work_week', label: 'Work week' },
  { id: 'month', label: 'Month' },
  { id: 'agenda', label: 'Agenda' },
];
/** Days the agenda lists from its first day. */
export const AGENDA_DAYS = 30;

const pad = (n: number) => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------------------------
// Wall Dates

/** 'YYYY-MM-DDTHH:mm[:ss]' or 'YYYY-MM-DD' → a Date with those browser-local fields. */
export function wallStringToDate(wall: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(wall);
  if (!m) throw new RangeError(`Not a wall time: ${wall}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/** A Date's browser-local fields as 'YYYY-MM-DDTHH:mm:ss'. */
export function dateToWallString(date: Date): string {
  return `${dateToIso(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A Date's browser-local day as 'YYYY-MM-DD'. */
export function dateToIso(date: Date): IsoDate {
  return toIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A UTC instant → the Date the views draw it at: its wall time in `zone`. */
export function instantToWallDate(instant: string, zone: string): Date {
  return wallStringToDate(utcToWall(instant, zone));
}

/** A Date from the views (a wall time in `zone`) → the UTC instant. */
export function wallDateToInstant(date: Date, zone: string): string {
  return wallToUtc(dateToWallString(date), zone);
}

/** 'YYYY-MM-DD' of an instant in `zone`. */
export function instantToZoneDate(instant: string, zone: string): IsoDate {
  return utcToWall(instant, zone).slice(0, 10);
}

/** Now as a wall Date in `zone` (the calendar's "today" and its now-line). */
export function nowWallDate(zone: string, now: Date = new Date()): Date {
  return instantToWallDate(now.toISOString(), zone);
}

// ---------------------------------------------------------------------------------------------
// Ranges and navigation (dates are office-zone days)

/** 1 = Monday … 7 = Sunday (calendar settings) → dayjs/JavaScript 0 = Sunday … 6. */
export const jsWeekStart = (weekStartsOn: number) => weekStartsOn % 7;

export function startOfWeek(date: IsoDate, weekStartsOn: number): IsoDate {
  const back = (dayOfWeek(date) - jsWeekStart(weekStartsOn) + 7) % 7;
  return addDays(date, -back);
}

/** The days a view shows: [start, end) as 'YYYY-MM-DD'. */
export function viewRange(view: CalendarViewName, date: IsoDate, weekStartsOn: number): { start: IsoDate; end: IsoDate } {
  switch (view) {
    case 'day':
      return { start: date, end: addDays(date, 1) };
    case 'week': {
      const start = startOfWeek(date, weekStartsOn);
      return { start, end: addDays(start, 7) };
    }
    case 'work_week': {
      // The week holding `date` without Saturday and Sunday (react-big-calendar's work week).
      const start = startOfWeek(date, weekStartsOn);
      const days = Array.from({ length: 7 }, (_, i) => addDays(start, i)).filter((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6);
      return { start: days[0]!, end: addDays(days[days.length - 1]!, 1) };
    }
    case 'month': {
      // Whole weeks from the one holding the 1st to the one holding the last day.
      const start = startOfWeek(startOfMonth(date), weekStartsOn);
      return { start, end: addDays(startOfWeek(endOfMonth(date), weekStartsOn), 7) };
    }
    case 'agenda':
      return { start: date, end: addDays(date, AGENDA_DAYS) };
  }
}

/** The visible days of a month grid (whole weeks). */
export function monthGridDays(date: IsoDate, weekStartsOn: number): IsoDate[] {
  const { start, end } = viewRange('month', date, weekStartsOn);
  return Array.from({ length: diffDays(start, end) }, (_, i) => addDays(start, i));
}

/** The day shown after Back (-1) or Next (+1): a day in Day view, a week in the week views, a month, the agenda's length. */
export function stepDate(view: CalendarViewName, date: IsoDate, direction: -1 | 1): IsoDate {
  switch (view) {
    case 'day':
      return addDays(date, direction);
    case 'week':
    case 'work_week':
      return addDays(date, 7 * direction);
    case 'month':
      return addMonths(startOfMonth(date), direction);
    case 'agenda':
      return addDays(date, AGENDA_DAYS * direction);
  }
}

/** The view's [from, to) as UTC instants: office-zone midnights. */
export function viewInstants(view: CalendarViewName, date: IsoDate, weekStartsOn: number, zone: string): { from: string; to: string } {
  const { start, end } = viewRange(view, date, weekStartsOn);
  return { from: wallToUtc(`${start}T00:00:00`, zone), to: wallToUtc(`${end}T00:00:00`, zone) };
}

/** The heading over the calendar: 'Thursday, December 3, 2026', 'Nov 30 – Dec 6, 2026', 'December 2026'. */
export function viewTitle(view: CalendarViewName, date: IsoDate, weekStartsOn: number, locale: string): string {
  const utc = (d: IsoDate) => new Date(`${d}T12:00:00Z`);
  if (view === 'day') return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(utc(date));
  if (view === 'month') return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(date));
  const { start, end } = viewRange(view, date, weekStartsOn);
  const fmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return fmt.formatRange(utc(start), utc(addDays(end, -1)));
}

// ---------------------------------------------------------------------------------------------
// Diary items → the calendar's events

export interface CalendarItemEvent {
  /** DiaryItem.key: unique per occurrence. */
  id: string;
  title: string;
  start: Date;
  end: Date;
  allDay: boolean;
  /** The selected diaries it shows in (a column each when side by side). */
  resourceId: DiaryKey[];
  item: DiaryItem;
  /** Only the calendar's own events are dragged and resized. */
  draggable: boolean;
}

/**
 * A diary item as the calendar draws it: instants as wall Dates in the office zone, all-day
 * dates as local midnights (end exclusive), in the selected diaries it belongs to.
 */
export function toCalendarEvent(item: DiaryItem, zone: string, selected: readonly DiaryKey[]): CalendarItemEvent {
  const allDay = item.allDay || isIsoDate(item.start);
  let start = allDay ? wallStringToDate(item.start.slice(0, 10)) : instantToWallDate(item.start, zone);
  let end = allDay ? wallStringToDate(item.end.slice(0, 10)) : instantToWallDate(item.end, zone);
  if (end <= start) end = allDay ? wallStringToDate(addDays(dateToIso(start), 1)) : new Date(start.getTime() + 15 * 60_000);
  if (Number.isNaN(start.getTime())) start = end;
  const chosen = new Set(selected);
  const resourceId = item.diaries.filter((d) => chosen.has(d));
  return { id: item.key, title: item.title, start, end, allDay, resourceId, item, draggable: item.source === 'event' && !isBusyOnly(item) };
}

/** A private entry the viewer may not read: only "Busy" shows and it does not open. */
export function isBusyOnly(item: DiaryItem): boolean {
  // diaryReads gives a readable event its link; a masked one has none and reads "Busy".
  return item.source === 'event' && item.private === true && !item.href;
}

/** Where a click on an item goes: the event dialog for the calendar's own, the owning screen for others'. */
export function itemTarget(item: DiaryItem): { kind: 'event'; id: string; recurrenceId?: string | undefined } | { kind: 'href'; href: string } | { kind: 'none' } {
  if (isBusyOnly(item)) return { kind: 'none' };
  if (item.source === 'event') return { kind: 'event', id: item.id, recurrenceId: item.recurrenceId };
  return item.href ? { kind: 'href', href: item.href } : { kind: 'none' };
}

/** What other modules' items are called beside their title. */
export const SOURCE_LABELS: Record<string, string> = {
  interview: 'Interview',
  booking: 'Booking',
  maintenance: 'Maintenance',
  task: 'Task due',
  trip: 'Trip',
};
export const sourceLabel = (source: string): string | undefined =>
  source === 'event' ? undefined : (SOURCE_LABELS[source] ?? source.charAt(0).toUpperCase() + source.slice(1));

/**
 * The title to show beside the item's kind label: a source that already starts its title with
 * the label ('Interview: Ann Lee', 'Trip: Boston') is not labelled twice.
 */
export function displayTitle(item: Pick<DiaryItem, 'source' | 'title'>): string {
  const kind = sourceLabel(item.source);
  if (!kind) return item.title;
  for (const prefix of [kind, item.source]) {
    const p = `${prefix}:`.toLowerCase();
    if (item.title.toLowerCase().startsWith(p)) return item.title.slice(p.length).trim() || item.title;
  }
  return item.title;
}

const KNOWN_CATEGORIES = new Set(['blue', 'green', 'orange', 'red', 'purple', 'teal', 'grey']);
const SOURCE_CATEGORY: Record<string, string> = { interview: 'purple', booking: 'teal', maintenance: 'orange', task: 'grey', trip: 'green' };
/** The colour class of an item: its category, else its source's colour, else blue. */
export function categoryOf(item: DiaryItem): string {
  if (item.category && KNOWN_CATEGORIES.has(item.category)) return item.category;
  return SOURCE_CATEGORY[item.source] ?? 'blue';
}

// ---------------------------------------------------------------------------------------------
// Text for people and screen readers

/** '9:00 AM' in the locale, from a wall Date. */
export function formatWallTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** '9:00 – 10:00 AM' (or 'All day'), from wall Dates. */
export function formatWallRange(start: Date, end: Date, allDay: boolean, locale: string): string {
  if (allDay) {
    const last = new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1);
    if (last <= start) return 'All day';
    const fmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
    return `All day, ${fmt.formatRange(start, last)}`;
  }
  const sameDay = dateToIso(start) === dateToIso(end) || (end.getHours() === 0 && end.getMinutes() === 0 && end.getTime() - start.getTime() <= 86_400_000);
  if (sameDay) return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).formatRange(start, end);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).formatRange(start, end);
}

/** The item's own time when its zone differs from the office's: '14:00–15:00 New York'. */
export function ownZoneText(item: DiaryItem, officeZone: string, locale: string): string | undefined {
  const zone = item.timeZone;
  if (!zone || zone === officeZone || item.allDay) return undefined;
  const fmt = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone });
  const city = zone.split('/').pop()!.replace(/_/g, ' ');
  try {
    return `${fmt.formatRange(new Date(item.start), new Date(item.end))} ${city}`;
  } catch {
    return undefined;
  }
}

/** The accessible name of an item: 'Weekly sync, 9:00 – 10:00 AM, Thu, Dec 3 (Room 2)'. */
export function itemAccessibleName(event: CalendarItemEvent, officeZone: string, locale: string): string {
  const { item } = event;
  const kind = sourceLabel(item.source);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric' }).format(event.start);
  const parts = [`${kind ? `${kind}: ` : ''}${displayTitle(item)}`, formatWallRange(event.start, event.end, event.allDay, locale), day];
  const own = ownZoneText(item, officeZone, locale);
  if (own) parts.push(`(${own})`);
  if (item.recurring) parts.push('repeats');
  return parts.join(', ');
}

// ---------------------------------------------------------------------------------------------
// Keyboard

/** The shortcuts the calendar listens to (shown in its help). */
export const CALENDAR_SHORTCUTS: readonly { keys: string; what: string }[] = [
  { keys: '← / →', what: 'Previous / next day in Day view; previous / next week, month or agenda page otherwise' },
  { keys: '↑ / ↓', what: 'Focus the previous / next entry (from the first one when none has focus)' },
  { keys: 'Enter', what: 'Open the focused entry' },
  { keys: 'N', what: 'New event' },
  { keys: 'T', what: 'Today' },
  { keys: 'D / W / K / M / A', what: 'Day, Week, Work week, Month, Agenda' },
];

export type CalendarKeyAction =
  | { type: 'step'; direction: -1 | 1 }
  | { type: 'focus'; direction: -1 | 1 }
  | { type: 'new' }
  | { type: 'today' }
  | { type: 'view'; view: CalendarViewName };

const VIEW_KEYS: Record<string, CalendarViewName> = { d: 'day', w: 'week', k: 'work_week', m: 'month', a: 'agenda' };

/** What a key press means in the calendar, or null (typing in a field, a modifier held, another key). */
export function calendarKeyAction(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null }): CalendarKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTypingTarget(e.target)) return null;
  switch (e.key) {
    case 'ArrowLeft':
      return { type: 'step', direction: -1 };
    case 'ArrowRight':
      return { type: 'step', direction: 1 };
    case 'ArrowUp':
      return { type: 'focus', direction: -1 };
    case 'ArrowDown':
      return { type: 'focus', direction: 1 };
  }
  const k = e.key.toLowerCase();
  if (k === 'n') return { type: 'new' };
  if (k === 't') return { type: 'today' };
  const view = VIEW_KEYS[k];
  return view ? { type: 'view', view } : null;
}

const NOT_TYPING_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

interface MaybeElement {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute?: (name: string) => string | null;
}

function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as MaybeElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toLowerCase();
  // A ticked checkbox or a pressed button keeps the shortcuts; a text field or a list does not.
  if (tag === 'input') return !NOT_TYPING_INPUTS.has(String(el.type ?? 'text').toLowerCase());
  if (tag === 'textarea' || tag === 'select') return true;
  if (el.isContentEditable) return true;
  const role = el.getAttribute?.('role');
  return role === 'combobox' || role === 'textbox' || role === 'listbox';
}

/** Working hours for new events: ISO weekdays (1 = Monday … 7 = Sunday) and 'HH:mm' start and end. */
export interface WorkingDay {
  days: readonly number[];
  start: string;
  end: string;
}

const isoWeekday = (date: IsoDate) => dayOfWeek(date) || 7;
const atTime = (date: IsoDate, hhmm: string) => wallStringToDate(`${date}T${/^\d{2}:\d{2}$/.test(hhmm) ? hhmm : '09:00'}`);

/**
 * The start of a new event, one hour long: on today, the next quarter hour if that is inside
 * working hours, the working day's start when it is still early, else the next working day's
 * start; on another day, that day's working start.
 */
export function defaultNewEventTimes(date: IsoDate, now: Date, hours: WorkingDay = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' }): { start: Date; end: Date } {
  const hour = (start: Date) => ({ start, end: new Date(start.getTime() + 60 * 60_000) });
  if (dateToIso(now) !== date) return hour(atTime(date, hours.start));
  const quarter = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), Math.ceil((now.getMinutes() + (now.getSeconds() || now.getMilliseconds() ? 1 : 0)) / 15) * 15, 0);
  const working = (d: IsoDate) => !hours.days.length || hours.days.includes(isoWeekday(d));
  if (working(date)) {
    const dayStart = atTime(date, hours.start);
    if (quarter <= dayStart) return hour(dayStart);
    if (quarter < atTime(date, hours.end)) return hour(quarter);
  }
  for (let i = 1; i <= 7; i++) {
    const next = addDays(date, i);
    if (working(next)) return hour(atTime(next, hours.start));
  }
  return hour(quarter);
}

/** Whether an entry's dates touch the view's days [start, end) in the office zone (the sources read a little wider). */
export function touchesRange(event: Pick<CalendarItemEvent, 'start' | 'end'>, start: IsoDate, end: IsoDate): boolean {
  const from = wallStringToDate(start);
  const to = wallStringToDate(end);
  return event.start < to && (event.end > from || (event.end.getTime() === event.start.getTime() && event.start >= from));
}

/** The view's days in words for "Nothing in this diary …": 'on Friday, December 4, 2026', 'in December 2026', 'from Nov 30 to Dec 6, 2026'. */
export function rangeInWords(view: CalendarViewName, date: IsoDate, weekStartsOn: number, locale: string): string {
  const utc = (d: IsoDate) => new Date(`${d}T12:00:00Z`);
  if (view === 'day') return `on ${new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(utc(date))}`;
  if (view === 'month') return `in ${new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(date))}`;
  const { start, end } = viewRange(view, date, weekStartsOn);
  const last = addDays(end, -1);
  const withYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const noYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return `from ${(start.slice(0, 4) === last.slice(0, 4) ? noYear : withYear).format(utc(start))} to ${withYear.format(utc(last))}`;
}

/** On an agenda day, whether the entry began on an earlier day or goes on to a later one (an all-day end is exclusive). */
export function agendaContinues(event: Pick<CalendarItemEvent, 'start' | 'end' | 'allDay'>, day: Date): { prior: boolean; after: boolean } {
  const dayIso = dateToIso(day);
  const midnightEnd = event.end.getHours() === 0 && event.end.getMinutes() === 0 && event.end.getSeconds() === 0 && event.end > event.start;
  const lastDay = event.allDay || midnightEnd ? addDays(dateToIso(event.end), -1) : dateToIso(event.end);
  return { prior: dateToIso(event.start) < dayIso, after: lastDay > dayIso };
}

/** '1 seat', '6 seats'. */
export const seatsText = (n: number): string => `${n} ${n === 1 ? 'seat' : 'seats'}`;
