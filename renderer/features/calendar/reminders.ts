/**
 * Reminders (issue 13.7): an event with `reminderMinutes` reminds at start − minutes, once per
 * occurrence. Dismissed reminders are kept in `reminderDismissals` (id
 * `${eventId}|${recurrenceId or start}`), so a restart does not show them again; a reminder
 * missed while the app was closed shows on the next start while its event has not ended.
 *
 * No polling: `planReminders` (pure) says which reminders are due now and when the next one
 * falls due; `armReminderTimer` sets ONE timer for that moment through an injected clock, and
 * the caller re-plans when the timer fires or the data changes.
 */
import { expandOccurrences, wallToUtc } from '../../../shared/calendar';
import { diaryKey, reminderDismissalSchema, type CalendarEvent, type CalendarSettings, type DiaryKey, type DiaryProfile, type ReminderDismissal } from '../../../shared/domain/calendar';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { parseOrThrow, writeTransaction } from '../../db/crud';
import { getCalendarSettings, getDiaryProfiles } from './calendarSettings';

const MINUTE = 60_000;
/** How far ahead a read looks for reminders, and the longest a single timer waits. */
export const REMINDER_HORIZON_MS = 24 * 60 * MINUTE;

/** One occurrence's reminder. */
export interface Reminder {
  /** `${eventId}|${recurrenceId or occurrence start}`: the reminderDismissals id. */
  id: string;
  eventId: string;
  /** The event's title, or "Busy" for a private entry the current user may not read. */
  title: string;
  /** The occurrence as the diaries show it: timed = UTC instants; all-day = dates, end exclusive. */
  start: string;
  end: string;
  allDay: boolean;
  /** The occurrence's start and end as instants (an all-day one from midnight in the office zone). */
  startsAt: string;
  endsAt: string;
  /** startsAt − minutesBefore. */
  fireAt: string;
  minutesBefore: number;
  location?: string;
  /** The event's own zone when it differs from the office zone. */
  timeZone?: string;
  /** Opens the event in the calendar. */
  href: string;
}

export const reminderIdFor = (eventId: string, recurrenceIdOrStart: string): string => `${eventId}|${recurrenceIdOrStart}`;

export const eventHref = (eventId: string): string => `#/calendar/event/${encodeURIComponent(eventId)}`;

function dayStartInstant(date: string, zone: string): string {
  return wallToUtc(`${date}T00:00:00`, zone);
}

/** Pure: the reminders of `events` (those with reminderMinutes) whose occurrences touch [fromMs, toMs). */
export function remindersOf(
  events: readonly CalendarEvent[],
  fromMs: number,
  toMs: number,
  options: { officeTimeZone: string; canRead?: (event: CalendarEvent) => boolean },
): Reminder[] {
  const withReminder = events.filter((e) => e.deletedAt === null && e.reminderMinutes !== undefined);
  if (!withReminder.length) return [];
  const lead = Math.max(...withReminder.map((e) => e.reminderMinutes ?? 0)) * MINUTE;
  // An occurrence reminds up to `lead` before it starts, so read that much further ahead.
  const occurrences = expandOccurrences(withReminder, new Date(fromMs).toISOString(), new Date(toMs + lead).toISOString(), {
    floatingZone: options.officeTimeZone,
  });
  const out: Reminder[] = [];
  for (const o of occurrences) {
    const event = withReminder[o.sourceIndex];
    if (!event || event.reminderMinutes === undefined) continue;
    const startsAt = o.allDay ? dayStartInstant(o.start, options.officeTimeZone) : o.start;
    const endsAt = o.allDay ? dayStartInstant(o.end, options.officeTimeZone) : o.end;
    const fireMs = Date.parse(startsAt) - event.reminderMinutes * MINUTE;
    if (fireMs >= toMs || Date.parse(endsAt) <= fromMs) continue;
    const readable = !event.private || (options.canRead?.(event) ?? false);
    const zone = event.timeZone && event.timeZone !== options.officeTimeZone && !o.allDay ? event.timeZone : undefined;
    const location = readable ? (o.location ?? event.location) : undefined;
    out.push({
      id: reminderIdFor(event.id, o.recurrenceId ?? o.start),
      eventId: event.id,
      title: readable ? o.title || event.title : 'Busy',
      start: o.start,
      end: o.end,
      allDay: o.allDay,
      startsAt,
      endsAt,
      fireAt: new Date(fireMs).toISOString(),
      minutesBefore: event.reminderMinutes,
      ...(location ? { location } : {}),
      ...(zone ? { timeZone: zone } : {}),
      href: eventHref(event.id),
    });
  }
  return out.sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.title.localeCompare(b.title));
}

export interface ReminderPlan {
  /** Fired (fireAt ≤ now), not dismissed, event not ended: show these. Oldest first. */
  due: Reminder[];
  /** Not yet fired, soonest first. */
  upcoming: Reminder[];
  /** When to plan again: the next reminder's fireAt, else the next due one's end, else null. */
  nextAt: number | null;
}

/** Pure: what is due at `nowMs` and when the next thing happens. */
export function planReminders(reminders: readonly Reminder[], dismissed: ReadonlySet<string>, nowMs: number): ReminderPlan {
  const due: Reminder[] = [];
  const upcoming: Reminder[] = [];
  let nextAt: number | null = null;
  const consider = (t: number) => {
    if (t > nowMs && (nextAt === null || t < nextAt)) nextAt = t;
  };
  for (const r of reminders) {
    if (dismissed.has(r.id)) continue;
    const fire = Date.parse(r.fireAt);
    const end = Date.parse(r.endsAt);
    if (end <= nowMs) continue;
    if (fire <= nowMs) {
      due.push(r);
      // A due reminder goes away by itself once its event is over.
      consider(end);
    } else {
      upcoming.push(r);
      consider(fire);
    }
  }
  return { due, upcoming, nextAt };
}

/** The clock the timer uses; tests pass a fake one. */
export interface ReminderClock {
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemClock: ReminderClock = {
  now: () => Date.now(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Sets one timer for `at` (at most `maxWaitMs` away, then fires early so the caller re-reads
 * its window); returns the function that cancels it. `at` null: a timer for `maxWaitMs` only.
 */
export function armReminderTimer(at: number | null, clock: ReminderClock, onFire: () => void, maxWaitMs = REMINDER_HORIZON_MS): () => void {
  const wait = Math.min(Math.max(0, (at ?? Infinity) - clock.now()), maxWaitMs);
  const handle = clock.setTimer(onFire, wait);
  return () => clock.clearTimer(handle);
}

/** A read window: aligned to the horizon so a live query keeps its range between timers. */
export function reminderWindow(nowMs: number): { fromMs: number; toMs: number; refreshAt: number } {
  const fromMs = Math.floor(nowMs / REMINDER_HORIZON_MS) * REMINDER_HORIZON_MS;
  return { fromMs, toMs: fromMs + 2 * REMINDER_HORIZON_MS, refreshAt: fromMs + REMINDER_HORIZON_MS };
}

export interface ReminderData {
  reminders: Reminder[];
  dismissed: Set<string>;
  officeTimeZone: string;
}

/*
 * The reads below are each ONE Dexie call, so a live query over any of them is sure to see
 * (and re-run on) what it read; the screen combines them with `assembleReminders`.
 */

/** Live events with a reminder whose series has not ended by `fromMs`. */
export function readReminderEvents(fromMs: number, db: BackdeskDb = getDb()): Promise<CalendarEvent[]> {
  return db.events
    .where('lastEnd')
    .aboveOrEqual(new Date(fromMs).toISOString())
    .filter((e) => e.deletedAt === null && e.reminderMinutes !== undefined)
    .toArray();
}

/** The ids of the reminders already dismissed. */
export async function readReminderDismissals(db: BackdeskDb = getDb()): Promise<Set<string>> {
  const rows = await db.reminderDismissals.toArray();
  return new Set(rows.filter((d) => d.deletedAt === null).map((d) => d.id));
}

/** Owners of private entries among `events` (their profiles say who else may read them). */
export function privateOwnerKeys(events: readonly CalendarEvent[]): DiaryKey[] {
  return [...new Set(events.filter((e) => e.private && e.ownerId).map((e) => diaryKey('person', e.ownerId!)))].sort();
}

/** Pure: the reminders in [fromMs, toMs) as the current user may read them, with the dismissals. */
export function assembleReminders(
  events: readonly CalendarEvent[],
  settings: Pick<CalendarSettings, 'officeTimeZone' | 'currentUserId'>,
  profiles: ReadonlyMap<string, Pick<DiaryProfile, 'viewerIds'>>,
  dismissed: ReadonlySet<string>,
  fromMs: number,
  toMs: number,
): ReminderData {
  const me = settings.currentUserId;
  const canRead = (e: CalendarEvent) =>
    !!me && !!e.ownerId && (e.ownerId === me || (profiles.get(diaryKey('person', e.ownerId))?.viewerIds.includes(me) ?? false));
  const reminders = remindersOf(events, fromMs, toMs, { officeTimeZone: settings.officeTimeZone, canRead });
  const ids = new Set(reminders.map((r) => r.id));
  return { reminders, dismissed: new Set([...dismissed].filter((id) => ids.has(id))), officeTimeZone: settings.officeTimeZone };
}

/** The reminders in [fromMs, toMs) with their dismissals, read once (see useReminderPlan for the live version). */
export async function readReminders(fromMs: number, toMs: number, db: BackdeskDb = getDb()): Promise<ReminderData> {
  const [settings, events, dismissed] = await Promise.all([getCalendarSettings(db), readReminderEvents(fromMs, db), readReminderDismissals(db)]);
  const profiles = await getDiaryProfiles(privateOwnerKeys(events), db);
  return assembleReminders(events, settings, profiles, dismissed, fromMs, toMs);
}

/** Remembers that a reminder was seen, so it is not shown again (also after a restart). */
export async function dismissReminder(id: string, db: BackdeskDb = getDb(), at: string = nowIso()): Promise<ReminderDismissal> {
  const record = parseOrThrow('reminderDismissals', reminderDismissalSchema, { id, dismissedAt: at, createdAt: at, updatedAt: at, deletedAt: null });
  await writeTransaction(db, ['reminderDismissals'], async () => {
    await db.reminderDismissals.put(record);
  });
  return record;
}

/** Dismissals older than `beforeIso` (their events are long over): removed to keep the table small. */
export async function pruneReminderDismissals(beforeIso: string, db: BackdeskDb = getDb()): Promise<number> {
  return writeTransaction(db, ['reminderDismissals'], () => db.reminderDismissals.filter((d) => d.dismissedAt < beforeIso).delete());
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeFormat(locale: string, zone: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${withDay}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, withDay ? { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' } : { timeZone: zone, hour: 'numeric', minute: '2-digit' });
    timeFormats.set(key, f);
  }
  return f;
}

/**
 * A span as the screens say it, in the office zone: '09:00–10:00' ('9:00 – 10:00 AM' in en-US);
 * a span on another day than `todayInZone`, or across midnight, gets its day ('Fri 4 Dec, 09:00–10:00'); all-day: 'All day' (or its dates);
 * the event's own zone beside it when it is not the office's ('… (14:00–15:00 New York)').
 */
export function formatOfficeTimeRange(
  span: { start: string; end: string; allDay: boolean; timeZone?: string | undefined },
  options: { locale: string; officeTimeZone: string; todayInZone?: string },
): string {
  const { locale, officeTimeZone: zone } = options;
  if (span.allDay) {
    const last = new Date(Date.parse(`${span.end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (options.todayInZone && span.start <= options.todayInZone && options.todayInZone <= last) return 'All day';
    const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
    const first = day.format(new Date(`${span.start}T00:00:00Z`));
    return last === span.start ? `${first}, all day` : `${first} – ${day.format(new Date(`${last}T00:00:00Z`))}`;
  }
  const start = new Date(span.start);
  const end = new Date(span.end);
  const dayOf = (d: Date, z: string) => new Intl.DateTimeFormat('en-CA', { timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const withDay = !!options.todayInZone && dayOf(start, zone) !== options.todayInZone;
  // formatRange writes a span the locale's way: '9:00 – 10:00 AM', '09:00–10:00'.
  const range = (z: string, day: boolean) => timeFormat(locale, z, day || dayOf(end, z) !== dayOf(start, z)).formatRange(start, end);
  const main = range(zone, withDay);
  if (!span.timeZone || span.timeZone === zone) return main;
  const city = (span.timeZone.split('/').pop() ?? span.timeZone).replace(/_/g, ' ');
  return `${main} (${range(span.timeZone, false)} ${city})`;
}

/** 'YYYY-MM-DD' of an instant in a zone. */
export function dateInZone(instantMs: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instantMs));
}
