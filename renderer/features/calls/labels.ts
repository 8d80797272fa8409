/** Words for the call log's values, one place for the screens, the badge and the slips. */
import { isOpenMessage, isStaleMessage, type Call, type CallFollowUp, type CallOutcome } from '../../../shared/domain/calls';

export const DIRECTION_LABELS: Record<Call['direction'], string> = { incoming: 'In', outgoing: 'Out' };

export const OUTCOME_LABELS: Record<CallOutcome, string> = {
  talked: 'Talked',
  voicemail: 'Left voicemail',
  'no-answer': 'No answer',
  'wrong-number': 'Wrong number',
};

export const FOLLOW_UP_LABELS: Record<CallFollowUp, string> = {
  none: 'No message',
  'please-call': 'Please call back',
  'will-call-again': 'Will call again',
  'returned-call': 'Returned your call',
  'wants-to-see-you': 'Wants to see you',
};

export const CALLER_TABLE_LABELS: Record<NonNullable<Call['callerTable']>, string> = {
  contacts: 'Contact',
  vendors: 'Vendor',
  employees: 'Staff',
  candidates: 'Candidate',
};

/** The message column: '' for a plain call, 'Open', 'Open · over a day', 'Called back'. */
export function messageStateLabel(c: Call, now: Date): string {
  if (c.followUp === 'none') return '';
  if (!isOpenMessage(c)) return 'Called back';
  const urgent = c.urgent ? 'Urgent · ' : '';
  return isStaleMessage(c, now) ? `${urgent}Open · over a day` : `${urgent}Open`;
}

/** "2 messages", "1 message". */
export function messagesCount(n: number): string {
  return `${n} ${n === 1 ? 'message' : 'messages'}`;
}
