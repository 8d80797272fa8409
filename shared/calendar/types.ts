/**
 * The calendar's event model, shared by ICS files, the database and every screen (DESIGN §2
 * "Time", §3 Calendar). An event keeps its WALL time and the IANA zone it was planned in, so a
 * recurring 9:00 meeting stays at 9:00 across daylight-saving changes and a New York trip keeps
 * New York times. Recurrence is RRULE text plus exceptions, expanded by one function
 * (`expandOccurrences`), which serves screens, clash checks, export and printouts alike.
 */

/** A changed or cancelled occurrence of a recurring event (RECURRENCE-ID in a file). */
export interface OccurrenceOverride {
  /**
   * The ORIGINAL start of the occurrence it replaces, in the series' own terms: a wall time
   * 'YYYY-MM-DDTHH:mm:ss' in the series' zone, or 'YYYY-MM-DD' for an all-day series.
   */
  recurrenceId: string;
  /** Cancelled: the occurrence does not happen (kept rather than an EXDATE when it had changes). */
  cancelled?: boolean;
  title?: string;
  description?: string;
  location?: string;
  /** The moved occurrence, in the same form as the event's own start/end/zone. */
  allDay?: boolean;
  start?: string;
  end?: string;
  timeZone?: string;
}

export interface CalendarEventDraft {
  /** Stable across files and edits (UID); a split series gets a new one for its second half. */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  allDay: boolean;
  /** Timed: wall time 'YYYY-MM-DDTHH:mm:ss' in `timeZone`. All-day: 'YYYY-MM-DD'. */
  start: string;
  /**
   * Exclusive. Timed: wall time in `endTimeZone ?? timeZone`. All-day: the day AFTER the last
   * day ('2026-12-07' for an event on the 5th and 6th). A file's DURATION becomes this end.
   */
  end: string;
  /**
   * IANA zone name ('Europe/London', 'America/New_York') or 'UTC'. Absent on a timed event means
   * floating time, read in the office zone (`ExpandOptions.floatingZone`). Ignored when all-day.
   */
  timeZone?: string;
  /** A flight that lands in another zone; absent means the same as `timeZone`. */
  endTimeZone?: string;
  /** RRULE value without the 'RRULE:' prefix, e.g. 'FREQ=WEEKLY;BYDAY=MO,WE'. */
  rrule?: string;
  /** Occurrence starts that do not happen, in the same form as `start` (EXDATE). */
  exdates?: string[];
  /** Extra occurrence starts, in the same form as `start` (RDATE); each lasts as long as the event. */
  rdates?: string[];
  /** Moved, retitled or cancelled single occurrences. */
  overrides?: OccurrenceOverride[];
  /** People invited (ATTENDEE) and who sent it (ORGANIZER), by email; absent = none in the file. */
  attendees?: EventAttendee[];
}

/** One ATTENDEE or the ORGANIZER of an event: a display name (CN) and an email (mailto:). */
export interface EventAttendee {
  name?: string;
  email: string;
  role?: 'organizer' | 'attendee';
}

/** One occurrence on the timeline (contract: uid, title, start, end, allDay). */
export interface Occurrence {
  uid: string;
  title: string;
  /** Timed: ISO instant in UTC ('2026-11-02T20:00:00.000Z'). All-day: 'YYYY-MM-DD'. */
  start: string;
  /** Exclusive. Timed: ISO instant in UTC. All-day: 'YYYY-MM-DD' (the day after the last). */
  end: string;
  allDay: boolean;
  /** Index of the source event in the array given to `expandOccurrences`. */
  sourceIndex: number;
  /** Set on occurrences of a recurring event: the series' original start (see OccurrenceOverride). */
  recurrenceId?: string;
  /** True when an override changed this occurrence. */
  overridden?: boolean;
  location?: string;
}

export interface ExpandOptions {
  /** Zone for floating (zone-less) timed events; defaults to UTC. Pass the office zone. */
  floatingZone?: string;
  /** Stop after this many occurrences (a guard for runaway rules); default 100 000. */
  limit?: number;
}

export type { RowError } from '../import/types';
