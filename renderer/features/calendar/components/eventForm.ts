/**
 * The event dialog's form model (issue 13.2–13.3), pure so it is tested without a browser:
 * what the fields hold, the form for a new event or a stored one (or one occurrence of it), and
 * the stored draft a form becomes. Recurrence goes through the engine's buildRrule/readRrule
 * (ical.js); a rule the form cannot show is kept as it is ("custom") and described.
 */
import { buildRrule, readRrule, utcToWall, wallToUtc, type RecurrenceSpec } from '../../../../shared/calendar';
import type { CalendarEvent, EventCategory, StoredEventDraft } from '../../../../shared/domain/calendar';
import { addDays, dayOfWeek, diffDays, isIsoDate } from '../../../../shared/lib/dates';

export type RecurrenceMode = 'none' | 'daily' | 'weekdays' | 'weekly' | 'monthlyDay' | 'monthlyNth' | 'yearly' | 'custom';
export const RECURRENCE_MODES: readonly { id: RecurrenceMode; label: string }[] = [
  { id: 'none', label: 'Does not repeat' },
  { id: 'daily', label: 'Daily' },
  { id: 'weekdays', label: 'Every weekday (Monday to Friday)' },
  { id: 'weekly', label: 'Weekly on chosen days' },
  { id: 'monthlyDay', label: 'Monthly on a day of the month' },
  { id: 'monthlyNth', label: 'Monthly on a weekday (e.g. 2nd Tuesday)' },
  { id: 'yearly', label: 'Yearly' },
  { id: 'custom', label: 'Custom rule (RRULE)' },
];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const WEEKDAY_NAMES: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
/** JavaScript's getDay (0 = Sunday) → RRULE weekday. */
const JS_TO_RRULE = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export interface RecurrenceForm {
  mode: RecurrenceMode;
  interval: number;
  weekDays: string[];
  /** Monthly on this day (1…31, -1 = last day). */
  monthDay: number;
  /** Monthly on the Nth (1…4, -1 = last) weekday `nthDay`. */
  nth: number;
  nthDay: string;
  ends: 'never' | 'on' | 'after';
  until: string;
  count: number;
  /** The RRULE text for 'custom' (also a stored rule the form cannot show). */
  rule: string;
}

export const REMINDER_CHOICES: readonly { minutes: number | null; label: string }[] = [
  { minutes: null, label: 'No reminder' },
  { minutes: 0, label: 'At the start' },
  { minutes: 5, label: '5 minutes before' },
  { minutes: 10, label: '10 minutes before' },
  { minutes: 15, label: '15 minutes before' },
  { minutes: 30, label: '30 minutes before' },
  { minutes: 60, label: '1 hour before' },
  { minutes: 1440, label: '1 day before' },
];

export interface GuestForm {
  kind: 'candidate' | 'contact' | 'other';
  name: string;
  email: string;
  id?: string | undefined;
}

export interface EventForm {
  title: string;
  ownerId: string;
  attendeeIds: string[];
  guests: GuestForm[];
  roomId: string;
  location: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  /** For an all-day event, the LAST day (inclusive); the draft's end is the day after. */
  endDate: string;
  endTime: string;
  timeZone: string;
  recurrence: RecurrenceForm;
  notes: string;
  category: EventCategory;
  private: boolean;
  /** '' = no reminder; otherwise minutes before. */
  reminder: string;
}

/** The recurrence fields' defaults for an event starting on `date`. */
export function defaultRecurrence(date: string): RecurrenceForm {
  const wd = isIsoDate(date) ? JS_TO_RRULE[dayOfWeek(date)]! : 'MO';
  const day = isIsoDate(date) ? Number(date.slice(8, 10)) : 1;
  return { mode: 'none', interval: 1, weekDays: [wd], monthDay: day, nth: Math.min(Math.ceil(day / 7), 4), nthDay: wd, ends: 'never', until: '', count: 10, rule: '' };
}

/**
 * The form with a new start date: the end moves by as many days (the event keeps its length),
 * and the repeat's day follows the start when it was still the default (the old start's
 * weekday, day of the month, Nth weekday) rather than one the user picked.
 */
export function withStartDate(form: EventForm, startDate: string): EventForm {
  const shift = isIsoDate(form.startDate) && isIsoDate(startDate) ? diffDays(form.startDate, startDate) : 0;
  const endDate = shift && isIsoDate(form.endDate) ? addDays(form.endDate, shift) : form.endDate;
  if (!isIsoDate(startDate)) return { ...form, startDate, endDate };
  const was = defaultRecurrence(form.startDate);
  const now = defaultRecurrence(startDate);
  const r = form.recurrence;
  const recurrence: RecurrenceForm = {
    ...r,
    weekDays: r.weekDays.length === 1 && r.weekDays[0] === was.weekDays[0] ? now.weekDays : r.weekDays,
    monthDay: r.monthDay === was.monthDay ? now.monthDay : r.monthDay,
    ...(r.nth === was.nth && r.nthDay === was.nthDay ? { nth: now.nth, nthDay: now.nthDay } : {}),
  };
  return { ...form, startDate, endDate, recurrence };
}

/** The form with a new start time: the end moves with it, so the event keeps its length. */
export function withStartTime(form: EventForm, startTime: string): EventForm {
  const ok = (t: string) => /^\d{2}:\d{2}$/.test(t);
  if (form.allDay || !ok(startTime) || !ok(form.startTime) || !ok(form.endTime) || !isIsoDate(form.startDate) || !isIsoDate(form.endDate)) return { ...form, startTime };
  const minutes = (d: string, t: string) => Date.parse(`${d}T${t}:00Z`) / 60_000;
  const length = minutes(form.endDate, form.endTime) - minutes(form.startDate, form.startTime);
  if (!(length > 0)) return { ...form, startTime };
  const end = new Date((minutes(form.startDate, startTime) + length) * 60_000).toISOString();
  return { ...form, startTime, endDate: end.slice(0, 10), endTime: end.slice(11, 16) };
}

/**
 * "Weekly on chosen days" starting on a day that is not one of them: the series' first
 * occurrence is the first chosen day from the start, so the form moves there (dates only; the
 * times and the length stay). The clash check and the save both use it.
 */
export function alignToFirstOccurrence(form: EventForm): EventForm {
  const r = form.recurrence;
  if (r.mode !== 'weekly' || !r.weekDays.length || !isIsoDate(form.startDate)) return form;
  for (let i = 0; i < 7; i++) {
    const day = addDays(form.startDate, i);
    if (r.weekDays.includes(JS_TO_RRULE[dayOfWeek(day)]!)) return i === 0 ? form : { ...form, startDate: day, endDate: isIsoDate(form.endDate) ? addDays(form.endDate, i) : form.endDate };
  }
  return form;
}

/** The form for a new event from wall times in the office zone ('YYYY-MM-DDTHH:mm:ss' or dates when all-day). */
export function newEventForm(options: {
  start: string;
  end: string;
  allDay: boolean;
  officeZone: string;
  ownerId?: string | undefined;
  roomId?: string | undefined;
  reminderMinutes?: number | undefined;
}): EventForm {
  const { start, end, allDay } = options;
  const startDate = start.slice(0, 10);
  const lastDay = allDay ? addDays(end.slice(0, 10), -1) : end.slice(0, 10);
  return {
    title: '',
    ownerId: options.ownerId ?? '',
    attendeeIds: [],
    guests: [],
    roomId: options.roomId ?? '',
    location: '',
    allDay,
    startDate,
    startTime: allDay ? '09:00' : start.slice(11, 16),
    endDate: lastDay < startDate ? startDate : lastDay,
    endTime: allDay ? '10:00' : end.slice(11, 16),
    timeZone: options.officeZone,
    recurrence: defaultRecurrence(startDate),
    notes: '',
    category: 'blue',
    private: false,
    reminder: options.reminderMinutes === undefined ? '' : String(options.reminderMinutes),
  };
}

/** The recurrence fields for stored RRULE text (absent = none). */
export function recurrenceFromRule(rrule: string | undefined, startDate: string): RecurrenceForm {
  const base = defaultRecurrence(startDate);
  if (!rrule) return base;
  const spec = readRrule(rrule);
  if (!spec) return { ...base, mode: 'custom', rule: rrule };
  const ends = spec.until ? { ends: 'on' as const, until: spec.until } : spec.count ? { ends: 'after' as const, count: spec.count } : { ends: 'never' as const };
  const form: RecurrenceForm = { ...base, ...ends, interval: spec.interval || 1, rule: rrule };
  const byDay = spec.byDay ?? [];
  switch (spec.freq) {
    case 'DAILY':
      return { ...form, mode: 'daily' };
    case 'WEEKLY':
      if (form.interval === 1 && byDay.length === 5 && ['MO', 'TU', 'WE', 'TH', 'FR'].every((d) => byDay.includes(d))) return { ...form, mode: 'weekdays' };
      return { ...form, mode: 'weekly', weekDays: byDay.length ? byDay : base.weekDays };
    case 'MONTHLY': {
      const nthMatch = byDay.length === 1 ? /^([+-]?\d)([A-Z]{2})$/.exec(byDay[0]!) : null;
      if (nthMatch) return { ...form, mode: 'monthlyNth', nth: Number(nthMatch[1]), nthDay: nthMatch[2]! };
      if (spec.byMonthDay?.length === 1) return { ...form, mode: 'monthlyDay', monthDay: spec.byMonthDay[0]! };
      if (!byDay.length && !spec.byMonthDay?.length) return { ...form, mode: 'monthlyDay' };
      return { ...base, mode: 'custom', rule: rrule };
    }
    case 'YEARLY':
      return { ...form, mode: 'yearly' };
  }
  return { ...base, mode: 'custom', rule: rrule };
}

/** The RRULE text the fields say, or undefined for "does not repeat". Throws a sentence on a bad choice. */
export function recurrenceRule(r: RecurrenceForm): string | undefined {
  if (r.mode === 'none') return undefined;
  if (r.mode === 'custom') {
    const rule = r.rule.trim().replace(/^RRULE:/i, '');
    if (!rule) throw new Error('Enter the custom repeat rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE.');
    return rule;
  }
  const interval = Math.max(1, Math.floor(r.interval || 1));
  const spec: RecurrenceSpec = { freq: 'DAILY', interval };
  switch (r.mode) {
    case 'daily':
      break;
    case 'weekdays':
      Object.assign(spec, { freq: 'WEEKLY', interval: 1, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] });
      break;
    case 'weekly':
      if (!r.weekDays.length) throw new Error('Pick at least one day of the week for the event to repeat on.');
      Object.assign(spec, { freq: 'WEEKLY', byDay: WEEKDAYS.filter((d) => r.weekDays.includes(d)) });
      break;
    case 'monthlyDay':
      Object.assign(spec, { freq: 'MONTHLY', byMonthDay: [r.monthDay] });
      break;
    case 'monthlyNth':
      Object.assign(spec, { freq: 'MONTHLY', byDay: [`${r.nth}${r.nthDay}`] });
      break;
    case 'yearly':
      spec.freq = 'YEARLY';
      break;
  }
  if (r.ends === 'on') {
    if (!isIsoDate(r.until)) throw new Error('Enter the date the repeats end on.');
    spec.until = r.until;
  } else if (r.ends === 'after') {
    const count = Math.floor(r.count);
    if (!(count >= 1)) throw new Error('Enter how many times the event happens (1 or more).');
    spec.count = count;
  }
  return buildRrule(spec);
}

/**
 * The form for a stored event; for one occurrence, its own start and end (UTC instants or
 * dates) and, when that occurrence has its own changes (an override, or an imported
 * RECURRENCE-ID), its own title, notes, location and zone rather than the series'.
 */
export function eventToForm(event: CalendarEvent, officeZone: string, occurrence?: { start: string; end: string; recurrenceId?: string | undefined } | undefined): EventForm {
  const override = occurrence?.recurrenceId ? event.overrides.find((o) => o.recurrenceId === occurrence.recurrenceId && !o.cancelled) : undefined;
  const zone = override?.timeZone ?? event.timeZone ?? officeZone;
  let start = event.start;
  let end = event.end;
  if (occurrence) {
    if (event.allDay) {
      start = occurrence.start.slice(0, 10);
      end = occurrence.end.slice(0, 10);
    } else {
      start = utcToWall(occurrence.start, zone);
      end = utcToWall(occurrence.end, override?.timeZone ?? event.endTimeZone ?? zone);
    }
  }
  const startDate = start.slice(0, 10);
  const endDate = event.allDay ? addDays(end.slice(0, 10), -1) : end.slice(0, 10);
  return {
    title: override?.title ?? event.title,
    ownerId: event.ownerId ?? '',
    attendeeIds: [...event.attendeeIds],
    guests: event.guests.map((g) => ({ kind: g.kind, name: g.name, email: g.email ?? '', id: g.id })),
    roomId: event.roomId ?? '',
    location: override?.location ?? event.location ?? '',
    allDay: event.allDay,
    startDate,
    startTime: event.allDay ? '09:00' : start.slice(11, 16),
    endDate: endDate < startDate ? startDate : endDate,
    endTime: event.allDay ? '10:00' : end.slice(11, 16),
    timeZone: zone,
    recurrence: recurrenceFromRule(event.rrule, event.start.slice(0, 10)),
    notes: override?.description ?? event.description ?? '',
    category: event.category,
    private: event.private,
    reminder: event.reminderMinutes === undefined ? '' : String(event.reminderMinutes),
  };
}

/**
 * For a save to the whole series (or this and following) from an occurrence with its own
 * changes: the title, notes and location the user left as the occurrence had them stay the
 * series' own (the occurrence keeps its changes; only what was edited goes to the series).
 */
export function seriesTextFields(draft: StoredEventDraft, form: EventForm, initial: EventForm, event: CalendarEvent): StoredEventDraft {
  const out = { ...draft };
  if (form.title === initial.title) out.title = event.title;
  if (form.notes === initial.notes) out.description = event.description;
  if (form.location === initial.location) out.location = event.location;
  return out;
}

/** Start and end as the draft stores them: wall times in the form's zone, or dates (end exclusive). */
export function formTimes(form: EventForm): { start: string; end: string } {
  if (form.allDay) return { start: form.startDate, end: isIsoDate(form.endDate) ? addDays(form.endDate, 1) : form.endDate };
  return { start: `${form.startDate}T${form.startTime}:00`, end: `${form.endDate}T${form.endTime}:00` };
}

/** The form's span as UTC instants (for the clash check); null while a date or time is incomplete. */
export function formInstants(form: EventForm): { start: string; end: string } | null {
  if (!isIsoDate(form.startDate) || !isIsoDate(form.endDate)) return null;
  const { start, end } = formTimes(form);
  try {
    if (form.allDay) return { start: wallToUtc(`${start}T00:00:00`, form.timeZone), end: wallToUtc(`${end}T00:00:00`, form.timeZone) };
    if (!/^\d{2}:\d{2}$/.test(form.startTime) || !/^\d{2}:\d{2}$/.test(form.endTime)) return null;
    return { start: wallToUtc(start, form.timeZone), end: wallToUtc(end, form.timeZone) };
  } catch {
    return null;
  }
}

/** The stored draft the form becomes (the repository validates it with the zod schema). */
export function formToDraft(form: EventForm, base?: Pick<CalendarEvent, 'kind'> | undefined): StoredEventDraft {
  const { start, end } = formTimes(form);
  const rrule = recurrenceRule(form.recurrence);
  const draft: StoredEventDraft = {
    title: form.title.trim(),
    kind: base?.kind ?? 'meeting',
    allDay: form.allDay,
    start,
    end,
    attendeeIds: [...form.attendeeIds],
    guests: form.guests.map((g) => ({ kind: g.kind, name: g.name.trim(), ...(g.email.trim() ? { email: g.email.trim() } : {}), ...(g.id ? { id: g.id } : {}) })),
    category: form.category,
    private: form.private,
  };
  if (!form.allDay) draft.timeZone = form.timeZone;
  draft.rrule = rrule;
  draft.ownerId = form.ownerId || undefined;
  draft.roomId = form.roomId || undefined;
  draft.location = form.location.trim() || undefined;
  draft.description = form.notes.trim() || undefined;
  draft.reminderMinutes = form.reminder === '' ? undefined : Number(form.reminder);
  return draft;
}

/** True when the repeat fields say the same as before (so the stored rule text is kept as it is). */
export function sameRecurrence(a: RecurrenceForm, b: RecurrenceForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every IANA zone the platform knows (the time zone picker's list). */
export function timeZoneNames(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const names = intl.supportedValuesOf?.('timeZone') ?? [];
  return names.includes('UTC') ? names : [...names, 'UTC'];
}
