/**
 * Calendar events. An all-day event has 'YYYY-MM-DD' start/end (end inclusive); a timed
 * event has ISO instants. Both sort correctly as strings against each other, so one `start`
 * index serves range queries for both ('2026-11-22' < '2026-11-22T09:00:00Z').
 */
import { z } from 'zod';
import { isIsoDate } from '../lib/dates';
import { BASE_OMIT, baseRecordShape, idSchema, instantSchema, linkShape, optionalText, requiredText } from './common';

export const EVENT_KINDS = ['meeting', 'travel', 'interview', 'reminder'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const eventShape = {
  ...baseRecordShape,
  title: requiredText('Title', 200),
  kind: z.enum(EVENT_KINDS).default('meeting'),
  allDay: z.boolean().default(false),
  start: z.string({ error: 'Enter a start' }),
  end: z.string({ error: 'Enter an end' }),
  location: optionalText('Location', 200),
  /** Employee ids. */
  attendeeIds: z.array(idSchema).default([]),
  notes: optionalText('Notes', 10000),
  ...linkShape,
};

function checkEventTimes(e: { allDay: boolean; start: string; end: string }, ctx: z.RefinementCtx): void {
  const okDate = (v: string) => isIsoDate(v);
  const okInstant = (v: string) => instantSchema.safeParse(v).success;
  const ok = e.allDay ? okDate : okInstant;
  const what = e.allDay ? 'a date like 2026-11-22' : 'a date and time like 2026-11-22T09:30:00Z';
  if (!ok(e.start)) ctx.addIssue({ code: 'custom', path: ['start'], message: `The start must be ${what}` });
  if (!ok(e.end)) ctx.addIssue({ code: 'custom', path: ['end'], message: `The end must be ${what}` });
  if (ok(e.start) && ok(e.end)) {
    const before = e.allDay ? e.end < e.start : Date.parse(e.end) < Date.parse(e.start);
    if (before) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The event ends before it starts' });
  }
}

export const eventSchema = z.object(eventShape).superRefine(checkEventTimes);
export const eventDraftSchema = z.object(eventShape).omit(BASE_OMIT).superRefine(checkEventTimes);
export type CalendarEvent = z.infer<typeof eventSchema>;
export type CalendarEventDraft = z.input<typeof eventDraftSchema>;

/** True when the event touches [from, to) given as dates or instants of the same kind. */
export function overlapsRange(e: Pick<CalendarEvent, 'start' | 'end' | 'allDay'>, from: string, to: string): boolean {
  // An all-day end is inclusive: compare against the day after.
  const end = e.allDay ? `${e.end}T99` : e.end;
  return e.start < to && end >= from;
}
