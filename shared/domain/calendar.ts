/**
 * Calendar records (issue 13). A stored event IS a `CalendarEventDraft` of the calendar engine
 * (shared/calendar: wall time + IANA zone, RRULE text plus exceptions, all-day end exclusive)
 * with the office's own fields around it: whose diary, attendees, room, category colour,
 * private flag, reminder. `firstStart`/`lastEnd` are the series' UTC bounds, derived from the
 * same record on every write (`seriesBounds`); with `midStart`/`longEnd` (set on medium and
 * long records only) a week's read is three small index ranges (`spanIndexFields`).
 * Rooms, diary profiles (working hours, who may see private entries) and trips live here too.
 */
import { z } from 'zod';
import { isIsoDate } from '../lib/dates';
import { BASE_OMIT, baseRecordShape, centsSchema, emailSchema, idSchema, instantSchema, isoDateSchema, limitedText, linkShape, optionalText, requiredText } from './common';

/** A stored date or date-time ('2026-11-22', '2026-11-22T09:30', an instant): never longer than this. */
const moment = (label: string) => limitedText(label, 64);

export const EVENT_KINDS = ['meeting', 'appointment', 'travel', 'interview', 'reminder', 'out-of-office', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Category colours; the screen maps each to a light and a dark shade. */
export const EVENT_CATEGORIES = ['blue', 'green', 'orange', 'red', 'purple', 'teal', 'grey'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** Wall time as the engine stores it: 'YYYY-MM-DDTHH:mm' with optional ':ss'. */
const WALL_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
export function isWallTime(v: string): boolean {
  const m = WALL_RE.exec(v);
  return m !== null && isIsoDate(m[1]!);
}
export const wallTimeSchema = z.string({ error: 'Enter a date and time' }).refine(isWallTime, { error: 'Enter a date and time like 2026-11-22T09:30' });

/**
 * Zones already found in the platform's database. Building an Intl.DateTimeFormat is costly and
 * an import of thousands of events names a handful of zones, so each is checked once. Unknown
 * names are not remembered (a bad file could name any number of them).
 */
const knownZones = new Map<string, true>();
function isZone(v: string): boolean {
  if (knownZones.has(v)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: v });
  } catch {
    return false;
  }
  knownZones.set(v, true);
  return true;
}
export const timeZoneSchema = z.string({ error: 'Pick a time zone' }).refine(isZone, { error: 'Pick a time zone like Europe/London' });

/** Someone attending who is not on the staff list: a candidate, an outside contact, anyone with an email. */
export const eventGuestSchema = z.object({
  kind: z.enum(['candidate', 'contact', 'other']).default('other'),
  id: idSchema.optional(),
  name: requiredText('Guest name', 200),
  email: emailSchema,
});
export type EventGuest = z.infer<typeof eventGuestSchema>;

export const occurrenceOverrideSchema = z.object({
  recurrenceId: moment('Original start').min(10, 'An occurrence needs its original start'),
  cancelled: z.boolean().optional(),
  title: optionalText('Title', 200),
  description: optionalText('Notes', 10000),
  location: optionalText('Location', 200),
  allDay: z.boolean().optional(),
  start: moment('Start').optional(),
  end: moment('End').optional(),
  timeZone: timeZoneSchema.optional(),
});

export const eventShape = {
  ...baseRecordShape,
  /** RFC 5545 UID: kept from an imported file, else the record id; a split series' tail gets a new one. */
  uid: z.string().min(1).max(300),
  title: requiredText('Title', 200),
  kind: z.enum(EVENT_KINDS).default('meeting'),
  description: optionalText('Notes', 10000),
  location: optionalText('Location', 200),
  allDay: z.boolean().default(false),
  start: z.string({ error: 'Enter a start' }).max(64, 'The start is not a date and time'),
  end: z.string({ error: 'Enter an end' }).max(64, 'The end is not a date and time'),
  timeZone: timeZoneSchema.optional(),
  endTimeZone: timeZoneSchema.optional(),
  rrule: z.string().max(500).optional(),
  exdates: z.array(moment('Skipped date')).max(5000, 'At most 5,000 skipped dates').default([]),
  rdates: z.array(moment('Extra date')).max(5000, 'At most 5,000 extra dates').default([]),
  overrides: z.array(occurrenceOverrideSchema).max(5000, 'At most 5,000 changed occurrences').default([]),
  /** Whose diary (an employee); absent for a room-only booking or the office's own calendar. */
  ownerId: idSchema.optional(),
  /** Employees taking part (the owner need not be listed). */
  attendeeIds: z.array(idSchema).default([]),
  guests: z.array(eventGuestSchema).default([]),
  roomId: idSchema.optional(),
  category: z.enum(EVENT_CATEGORIES).default('blue'),
  /** Shown as "Busy" to anyone but the owner and the owner's viewers. */
  private: z.boolean().default(false),
  /** Minutes before the start; absent = no reminder. */
  reminderMinutes: z.number().int().min(0).max(40320).optional(),
  /** Derived on every write from the fields above (UTC instants; an endless series ends in 9999). */
  firstStart: instantSchema,
  lastEnd: moment('Last end'),
  /**
   * Derived with the bounds, indexed, and absent on the short one-offs that are nearly every
   * row (see `spanIndexFields`): `firstStart` again on a MEDIUM record (bounds more than a day
   * and at most a week apart: all-day days, floating times, a few days away), `lastEnd` again
   * on a LONG one (every running series, longer spans).
   */
  midStart: moment('Start').optional(),
  longEnd: moment('Last end').optional(),
  ...linkShape,
};

/**
 * How far apart a SHORT record's bounds may lie: a day (a meeting, a timed appointment).
 * A window [from, to) is read as three index ranges that together hold every record touching
 * it, and little else:
 * - short records by `firstStart` in [from − 1 day, to): one still running at `from` began at
 *   most a day before it;
 * - medium records (bounds more than a day, at most MEDIUM_SPAN_MS apart) by `midStart` in
 *   [from − 7 days, to) — the index holds only them;
 * - long records (series, longer spans) by `longEnd` ≥ from — the index holds only them.
 * Each then keeps `firstStart < to && lastEnd >= from`. Years of one-off meetings behind or
 * ahead of the window cost nothing, and the day before the window costs a day's meetings.
 * (All-day and floating bounds are widened by 14 hours each side: a one-day all-day event is
 * medium.)
 */
export const SHORT_SPAN_MS = 24 * 3600_000;
/** How far apart a MEDIUM record's bounds may lie: a week. */
export const MEDIUM_SPAN_MS = 7 * 24 * 3600_000;

/**
 * The derived index fields for a record's bounds: `midStart` (= firstStart) when medium,
 * `longEnd` (= lastEnd) when long — or when the bounds cannot be read —, neither when short.
 * Absent keys stay out of their index, so a short record is in neither.
 */
export function spanIndexFields(bounds: { firstStart: string; lastEnd: string }): { midStart?: string; longEnd?: string } {
  const span = Date.parse(bounds.lastEnd) - Date.parse(bounds.firstStart);
  if (span <= SHORT_SPAN_MS) return {};
  if (span <= MEDIUM_SPAN_MS) return { midStart: bounds.firstStart };
  return { longEnd: bounds.lastEnd };
}

function checkEventTimes(e: { allDay: boolean; start: string; end: string; timeZone?: string | undefined }, ctx: z.RefinementCtx): void {
  const ok = e.allDay ? isIsoDate : isWallTime;
  const what = e.allDay ? 'a date like 2026-11-22' : 'a date and time like 2026-11-22T09:30';
  if (!ok(e.start)) ctx.addIssue({ code: 'custom', path: ['start'], message: `The start must be ${what}.` });
  if (!ok(e.end)) ctx.addIssue({ code: 'custom', path: ['end'], message: `The end must be ${what}.` });
  // Same zone: wall times compare as text. Different end zone: the repository checks instants.
  if (ok(e.start) && ok(e.end) && e.end < e.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The event ends before it starts.' });
  if (e.allDay && ok(e.start) && ok(e.end) && e.end === e.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'An all-day event ends on the day after its last day.' });
}

export const eventSchema = z.object(eventShape).superRefine(checkEventTimes);
/** What callers give the repository: the derived bounds and uid are filled in by it. */
export const eventDraftSchema = z
  .object(eventShape)
  .omit({ ...BASE_OMIT, firstStart: true, lastEnd: true, midStart: true, longEnd: true })
  .extend({ uid: z.string().min(1).max(300).optional() })
  .superRefine(checkEventTimes);
export type CalendarEvent = z.infer<typeof eventSchema>;
export type StoredEventDraft = z.input<typeof eventDraftSchema>;

// ---------------------------------------------------------------------------------------------
// Rooms

export const roomShape = {
  ...baseRecordShape,
  name: requiredText('Room name', 120),
  capacity: z.number().int().min(1, 'Capacity is at least 1').max(10000).optional(),
  location: optionalText('Where', 200),
  /** Screen, whiteboard, phone: what people ask for when they book. */
  features: optionalText('Equipment in the room', 500),
  notes: optionalText('Notes', 2000),
  active: z.boolean().default(true),
};
export const roomSchema = z.object(roomShape);
export const roomDraftSchema = z.object(roomShape).omit(BASE_OMIT);
export type Room = z.infer<typeof roomSchema>;
export type RoomDraft = z.input<typeof roomDraftSchema>;

// ---------------------------------------------------------------------------------------------
// Diaries: a person's, a room's or a bookable item's column of time.

export const DIARY_KINDS = ['person', 'room', 'equipment', 'office'] as const;
export type DiaryKind = (typeof DIARY_KINDS)[number];
/** The office's own calendar: events with no owner and no room (holidays, office closures, imports). */
export const OFFICE_DIARY = 'office:calendar' as const;
/** 'person:<employeeId>', 'room:<roomId>', 'equipment:<equipmentId>', 'office:calendar'. */
export type DiaryKey = `${DiaryKind}:${string}`;
export const diaryKey = (kind: DiaryKind, id: string): DiaryKey => `${kind}:${id}`;
export function parseDiaryKey(key: string): { kind: DiaryKind; id: string } | null {
  const i = key.indexOf(':');
  const kind = key.slice(0, i) as DiaryKind;
  return i > 0 && (DIARY_KINDS as readonly string[]).includes(kind) && key.length > i + 1 ? { kind, id: key.slice(i + 1) } : null;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const workingHoursShape = {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: z.array(z.number().int().min(1).max(7)).min(1, 'Pick at least one working day'),
  start: z.string().regex(HHMM, 'Enter a time like 09:00'),
  end: z.string().regex(HHMM, 'Enter a time like 17:30'),
};
function checkHours(h: { start: string; end: string }, ctx: z.RefinementCtx): void {
  if (HHMM.test(h.start) && HHMM.test(h.end) && h.end <= h.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The working day ends before it starts.' });
}

/** Per diary (id = its DiaryKey): working hours for the free-slot finder, and who may see private entries. */
export const diaryProfileShape = {
  ...baseRecordShape,
  ...workingHoursShape,
  /** The zone the hours are in; absent = the office zone. */
  timeZone: timeZoneSchema.optional(),
  /** Employees who see this diary's private entries in full (an assistant for a director). */
  viewerIds: z.array(idSchema).default([]),
};
export const diaryProfileSchema = z.object(diaryProfileShape).superRefine(checkHours);
export type DiaryProfile = z.infer<typeof diaryProfileSchema>;

/** Settings key `calendar`. */
export const calendarSettingsSchema = z
  .object({
    /** The office's IANA zone: every time is shown in it, with the event's own zone when different. */
    officeTimeZone: timeZoneSchema,
    /** Default working hours for anyone without their own. */
    ...workingHoursShape,
    /** Who uses this PC: sees their own and their viewed diaries' private entries. */
    currentUserId: idSchema.optional(),
    /** Minutes before the start for new events; absent = none. */
    defaultReminderMinutes: z.number().int().min(0).max(40320).optional(),
    /** First day of the week in the views, 1 = Monday, 7 = Sunday. */
    weekStartsOn: z.number().int().min(1).max(7).default(1),
  })
  .superRefine(checkHours);
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

// ---------------------------------------------------------------------------------------------
// Travel

export const TRIP_LEG_KINDS = ['flight', 'train', 'car', 'hotel', 'other'] as const;
export type TripLegKind = (typeof TRIP_LEG_KINDS)[number];
export const TRIP_STATUSES = ['planned', 'booked', 'done', 'cancelled'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];

/** One leg: times are wall times in their own zones (a flight leaves in London time and lands in New York time). */
export const tripLegSchema = z.object({
  id: idSchema,
  kind: z.enum(TRIP_LEG_KINDS),
  /** Airline, rail company, car hire firm or hotel name. */
  carrier: optionalText('Carrier', 120),
  /** Flight or train number. */
  number: optionalText('Number', 40),
  /** Departure place (airport, station) or, for a hotel, its address. */
  from: optionalText('From', 300),
  to: optionalText('To', 300),
  start: wallTimeSchema,
  startTimeZone: timeZoneSchema,
  end: wallTimeSchema,
  endTimeZone: timeZoneSchema,
  confirmation: optionalText('Confirmation code', 60),
  costCents: centsSchema.optional(),
  notes: optionalText('Notes', 2000),
});
export type TripLeg = z.infer<typeof tripLegSchema>;

export const tripShape = {
  ...baseRecordShape,
  travellerId: idSchema,
  purpose: requiredText('Purpose', 200),
  destination: optionalText('Destination', 200),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  status: z.enum(TRIP_STATUSES).default('planned'),
  legs: z.array(tripLegSchema).default([]),
  /** Tickets and bookings (attachment ids). */
  attachmentIds: z.array(idSchema).default([]),
  /** Expenses booked for the trip (the actual cost). */
  expenseIds: z.array(idSchema).default([]),
  /** The estimate approved before booking; absent = the legs' costs. */
  estimateCents: centsSchema.optional(),
  notes: optionalText('Notes', 10000),
};
function checkTrip(t: { startDate: string; endDate: string }, ctx: z.RefinementCtx): void {
  if (isIsoDate(t.startDate) && isIsoDate(t.endDate) && t.endDate < t.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The trip ends before it starts.' });
}
export const tripSchema = z.object(tripShape).superRefine(checkTrip);
export const tripDraftSchema = z.object(tripShape).omit(BASE_OMIT).superRefine(checkTrip);
export type Trip = z.infer<typeof tripSchema>;
export type TripDraft = z.input<typeof tripDraftSchema>;

// ---------------------------------------------------------------------------------------------
// Reminders already seen (so a reminder toast is not shown again after a restart).

export const reminderDismissalSchema = z.object({
  ...baseRecordShape,
  /** `${eventId}|${recurrenceId or start}` */
  id: z.string().min(1).max(400),
  dismissedAt: instantSchema,
});
export type ReminderDismissal = z.infer<typeof reminderDismissalSchema>;
