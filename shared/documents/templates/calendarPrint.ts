/**
 * What the calendar printouts (day sheet, week at a glance) share: the item they print, times
 * in the office zone with the item's own zone beside them, and which office-zone days an item
 * touches. Items arrive as the diaries read them (DiaryItem: UTC instants for timed items,
 * 'YYYY-MM-DD' dates with an exclusive end for all-day ones), already resolved to names and
 * already "Busy" where the reader may not see a private entry; the templates escape every
 * value.
 */
import { utcToWall, wallToUtc, zoneOffsetLabel } from '../../calendar/zones';
import { addDays } from '../../lib/dates';

export interface CalendarPrintItem {
  title: string;
  allDay: boolean;
  /** Timed: UTC instant ('2026-11-24T14:00:00.000Z'); all-day: 'YYYY-MM-DD'. */
  start: string;
  /** Exclusive. Timed: UTC instant; all-day: the day after the last day. */
  end: string;
  /** The item's own zone when it is not the office zone (shown beside the office time). */
  timeZone?: string | undefined;
  /** What it is when not a plain appointment: 'Interview', 'Trip', 'Booking', 'Recurring'. */
  tag?: string | undefined;
  /** Staff attendees and guests, by name. */
  attendees?: readonly string[] | undefined;
  room?: string | undefined;
  location?: string | undefined;
  notes?: string | undefined;
}

export function usableLocale(locale: string | null | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale || 'en-US')[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/** '9:00 AM' / '09:00' for an instant, in `zone`. */
export function clockTime(instant: string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone }).format(new Date(instant));
}

/** 'Tue 24 Nov' / 'Tue, Nov 24' for a date. */
export function shortDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** 'Tuesday, 24 November 2026' for a date. */
export function longDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** [start, end) of an office-zone day as UTC instants. */
export function dayBounds(date: string, zone: string): { from: string; to: string } {
  return { from: wallToUtc(`${date}T00:00:00`, zone), to: wallToUtc(`${addDays(date, 1)}T00:00:00`, zone) };
}

/** Does the item touch the office-zone day `date`? */
export function touchesDay(item: Pick<CalendarPrintItem, 'allDay' | 'start' | 'end'>, date: string, zone: string): boolean {
  if (item.allDay) return item.start <= date && date < item.end;
  const { from, to } = dayBounds(date, zone);
  const s = Date.parse(item.start);
  const e = Date.parse(item.end);
  // A zero-length item (a deadline at 9:00) still belongs to its day.
  return s < Date.parse(to) && (e > Date.parse(from) || (e === s && s >= Date.parse(from)));
}

/** The office-zone date of an instant. */
export function officeDate(instant: string, zone: string): string {
  return utcToWall(instant, zone).slice(0, 10);
}

/**
 * The time of a timed item as printed on `date`: '9:00 AM – 10:00 AM', with the other day named
 * when it starts before or ends after that day ('Mon 8:00 PM – 9:30 AM').
 */
export function officeTimeRange(item: Pick<CalendarPrintItem, 'start' | 'end'>, date: string, zone: string, locale: string): string {
  const startDay = officeDate(item.start, zone);
  const endDay = officeDate(item.end, zone);
  const s = `${startDay !== date ? `${shortDay(startDay, locale)} ` : ''}${clockTime(item.start, zone, locale)}`;
  if (item.end === item.start) return s;
  const e = `${endDay !== date ? `${shortDay(endDay, locale)} ` : ''}${clockTime(item.end, zone, locale)}`;
  return `${s} – ${e}`;
}

/** The item's own wall times when its zone differs from the office's: '10:00 AM – 11:00 AM New York (GMT-5)'. */
export function ownZoneLine(item: Pick<CalendarPrintItem, 'start' | 'end' | 'timeZone'>, officeZone: string, locale: string): string | null {
  const zone = item.timeZone;
  if (!zone || zone === officeZone) return null;
  const s = clockTime(item.start, zone, locale);
  const e = clockTime(item.end, zone, locale);
  return `${s}${item.end === item.start ? '' : ` – ${e}`} ${zoneOffsetLabel(zone, item.start, locale)}`;
}

/** An all-day span as printed: 'All day' for one day, 'All day, 24 Nov – 25 Nov' for more. */
export function allDaySpan(item: Pick<CalendarPrintItem, 'start' | 'end'>, locale: string): string {
  const last = addDays(item.end, -1);
  return last <= item.start ? 'All day' : `All day, ${shortDay(item.start, locale)} – ${shortDay(last, locale)}`;
}

/** All-day items first (by start, then title), then timed ones by start. */
export function sortForPrint<T extends Pick<CalendarPrintItem, 'allDay' | 'start' | 'title'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
    const byStart = a.allDay ? a.start.localeCompare(b.start) : Date.parse(a.start) - Date.parse(b.start);
    return byStart || a.title.localeCompare(b.title);
  });
}

export const CALENDAR_PRINT_STYLES = `
.cal-meta { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #444; margin: 0 0 4mm; }
.cal-meta span + span::before { content: " · "; }
.cal-sub { font-size: 13pt; margin: 0 0 1mm; font-weight: 600; }
.cal-tag { display: inline-block; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.04em; border: 0.6pt solid #888; border-radius: 1mm; padding: 0 1mm; margin-left: 1.5mm; color: #333; vertical-align: 1pt; }
.cal-own { display: block; color: #555; font-size: 8.5pt; }
.cal-notes { white-space: pre-wrap; }
.cal-empty { font-style: italic; color: #555; }
`;
