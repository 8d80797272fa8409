/** The call log: "While you were out" messages and outgoing calls. */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, instantSchema, optionalText, requiredText } from './common';

export const CALL_DIRECTIONS = ['incoming', 'outgoing'] as const;
/** What the caller asked for, as on the classic message pad. */
export const CALL_FOLLOW_UPS = ['none', 'please-call', 'will-call-again', 'returned-call', 'wants-to-see-you'] as const;
export const CALL_STATUSES = ['new', 'seen', 'done'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const callShape = {
  ...baseRecordShape,
  direction: z.enum(CALL_DIRECTIONS).default('incoming'),
  caller: requiredText('Caller', 120),
  company: optionalText('Company', 120),
  phone: optionalText('Phone', 40),
  forEmployeeId: idSchema.optional(),
  message: optionalText('Message', 4000),
  takenAt: instantSchema,
  takenByEmployeeId: idSchema.optional(),
  followUp: z.enum(CALL_FOLLOW_UPS).default('none'),
  urgent: z.boolean().default(false),
  status: z.enum(CALL_STATUSES).default('new'),
};
export const callSchema = z.object(callShape);
export const callDraftSchema = z.object(callShape).omit(BASE_OMIT);
export type Call = z.infer<typeof callSchema>;
export type CallDraft = z.input<typeof callDraftSchema>;
