/**
 * The call log (issue 14): every call in or out, and the "While you were out" message a call
 * for someone who is out becomes. A call is a *message* when it asks something of the person
 * it was for (`followUp` other than 'none'); the message is open until `status` is 'done'
 * ("called back" closes it and stamps `closedAt`).
 */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, instantSchema, optionalText, requiredText } from './common';

export const CALL_DIRECTIONS = ['incoming', 'outgoing'] as const;
/** What the caller asked for, as on the classic message pad. */
export const CALL_FOLLOW_UPS = ['none', 'please-call', 'will-call-again', 'returned-call', 'wants-to-see-you'] as const;
export type CallFollowUp = (typeof CALL_FOLLOW_UPS)[number];
export const CALL_STATUSES = ['new', 'seen', 'done'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
/** How the call went. */
export const CALL_OUTCOMES = ['talked', 'voicemail', 'no-answer', 'wrong-number'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
/** The tables a caller can be matched to (caller lookup). */
export const CALLER_TABLES = ['contacts', 'vendors', 'employees', 'candidates'] as const;

export const callShape = {
  ...baseRecordShape,
  direction: z.enum(CALL_DIRECTIONS).default('incoming'),
  caller: requiredText('Caller', 120),
  company: optionalText('Company', 120),
  phone: optionalText('Phone', 40),
  /** The number in E.164 ('+442079460958'), derived on write; calls from one number. */
  phoneKey: optionalText('Phone key', 40),
  /** The record the caller is (looked up from the number or picked). */
  callerTable: z.enum(CALLER_TABLES).optional(),
  callerId: idSchema.optional(),
  subject: optionalText('Subject', 200),
  outcome: z.enum(CALL_OUTCOMES).default('talked'),
  /** Whole minutes; absent when not noted. */
  durationMinutes: z.number({ error: 'Duration is a number of minutes' }).int('Duration is whole minutes').min(0, 'Duration cannot be negative').max(1440, 'Duration is at most a day').optional(),
  forEmployeeId: idSchema.optional(),
  message: optionalText('Message', 4000),
  takenAt: instantSchema,
  takenByEmployeeId: idSchema.optional(),
  followUp: z.enum(CALL_FOLLOW_UPS).default('none'),
  urgent: z.boolean().default(false),
  status: z.enum(CALL_STATUSES).default('new'),
  /** When the message was closed ("called back" or dealt with). */
  closedAt: instantSchema.optional(),
  closedByEmployeeId: idSchema.optional(),
};
export const callSchema = z.object(callShape);
export const callDraftSchema = z.object(callShape).omit(BASE_OMIT);
export type Call = z.infer<typeof callSchema>;
export type CallDraft = z.input<typeof callDraftSchema>;

/** A message still waiting for its recipient to act. */
export function isOpenMessage(c: Pick<Call, 'followUp' | 'status' | 'deletedAt'>): boolean {
  return c.deletedAt === null && c.followUp !== 'none' && c.status !== 'done';
}

/** Open longer than a day: flagged on the Dashboard, in People and on the messages list. */
export const STALE_MESSAGE_MS = 24 * 3_600_000;
export function isStaleMessage(c: Pick<Call, 'followUp' | 'status' | 'deletedAt' | 'takenAt'>, now: Date): boolean {
  return isOpenMessage(c) && now.getTime() - Date.parse(c.takenAt) > STALE_MESSAGE_MS;
}
