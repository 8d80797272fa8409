/**
 * Staff requests (issue 17.1): anyone in the office asks the back office for something — a
 * chair, a repair, a laptop, a key. The request is triaged in one step into what it really is
 * (a task, a repair on a piece of equipment, a purchase request, or just an answer); it keeps
 * the link and closes when that work does. Pure rules here; storage in renderer/features/requests.
 */
import { z } from 'zod';
import { STAFF_REQUEST_PREFIX, nextSeriesNumber } from '../sync/numbering';
import { addDays } from '../lib/dates';
import { BASE_OMIT, baseRecordShape, idSchema, instantSchema, optionalText, requiredText } from './common';

export const REQUEST_KINDS = ['supplies', 'repair', 'it', 'facilities', 'access', 'purchase', 'other'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_KIND_LABELS: Record<RequestKind, string> = {
  supplies: 'Supplies',
  repair: 'Repair',
  it: 'IT',
  facilities: 'Facilities',
  access: 'Access',
  purchase: 'Purchase',
  other: 'Other',
};

export const REQUEST_STATUSES = ['new', 'in-progress', 'waiting', 'done', 'declined'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  new: 'New',
  'in-progress': 'In progress',
  waiting: 'Waiting',
  done: 'Done',
  declined: 'Declined',
};

export const REQUEST_URGENCIES = ['low', 'normal', 'high', 'urgent'] as const;
export type RequestUrgency = (typeof REQUEST_URGENCIES)[number];
export const REQUEST_URGENCY_LABELS: Record<RequestUrgency, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};

/** What a request turned out to be when triaged. */
export const TRIAGE_KINDS = ['task', 'repair', 'purchase-request', 'answer'] as const;
export type TriageKind = (typeof TRIAGE_KINDS)[number];

/** The table each triage kind's work lives in (the request's link). */
export const TRIAGE_TABLES: Record<Exclude<TriageKind, 'answer'>, string> = {
  task: 'tasks',
  repair: 'equipmentRepairs',
  'purchase-request': 'purchaseRequests',
};

export const staffRequestShape = {
  ...baseRecordShape,
  /** Office-wide number shown to staff ("REQ-0042"). */
  number: requiredText('Request number', 40),
  /** Who asked (People); a visitor or someone not in People is written in requesterName. */
  requesterId: idSchema.optional(),
  requesterName: optionalText('Requested by', 200),
  kind: z.enum(REQUEST_KINDS).default('other'),
  /** What is asked for, in the requester's words ("Second-floor printer jams on tray 2"). */
  what: requiredText('What is needed', 300),
  /** Where (room, desk, floor). */
  where: optionalText('Where', 200),
  details: optionalText('Details', 5000),
  urgency: z.enum(REQUEST_URGENCIES).default('normal'),
  status: z.enum(REQUEST_STATUSES).default('new'),
  /** Required when declined: the requester is told why. */
  declineReason: optionalText('Reason for declining', 1000),
  /** The answer given, when triaged as an answer (and closed with it). */
  answer: optionalText('Answer', 5000),
  triage: z
    .object({
      kind: z.enum(TRIAGE_KINDS),
      linkedTable: optionalText('Linked table', 64),
      linkedId: optionalText('Linked record', 64),
      at: instantSchema,
    })
    .optional(),
  /** Equipment the request is about (a repair). */
  equipmentId: idSchema.optional(),
  /** Attachment ids (photos of the broken thing, a quote). */
  attachmentIds: z.array(idSchema).max(20, 'At most 20 attachments').default([]),
  closedAt: instantSchema.nullable().default(null),
};

const declinedHasReason = (r: { status?: string; declineReason?: string }) => r.status !== 'declined' || !!r.declineReason?.trim();
const declineMessage = { error: 'Say why the request is declined; the requester is told.', path: ['declineReason'] };
const needsSomeone = (r: { requesterId?: string; requesterName?: string }) => !!r.requesterId || !!r.requesterName?.trim();
const someoneMessage = { error: 'Say who asked: pick the person, or write a name.', path: ['requesterId'] };

export const staffRequestSchema = z.object(staffRequestShape).refine(declinedHasReason, declineMessage).refine(needsSomeone, someoneMessage);
export const staffRequestDraftSchema = z
  .object(staffRequestShape)
  .omit(BASE_OMIT)
  .refine(declinedHasReason, declineMessage)
  .refine(needsSomeone, someoneMessage);
export type StaffRequest = z.infer<typeof staffRequestSchema>;
export type StaffRequestDraft = z.input<typeof staffRequestDraftSchema>;

export function isRequestOpen(r: Pick<StaffRequest, 'status' | 'deletedAt'>): boolean {
  return r.deletedAt === null && r.status !== 'done' && r.status !== 'declined';
}

/** Working days the office allows itself per urgency before a request counts as overdue. */
export const REQUEST_RESPONSE_DAYS: Record<RequestUrgency, number> = { urgent: 1, high: 2, normal: 5, low: 10 };

/** The day a request should be closed by (calendar days from the day it came in). */
export function requestDueDate(r: Pick<StaffRequest, 'createdAt' | 'urgency'>): string {
  return addDays(r.createdAt.slice(0, 10), REQUEST_RESPONSE_DAYS[r.urgency]);
}

export function isRequestOverdue(r: Pick<StaffRequest, 'createdAt' | 'urgency' | 'status' | 'deletedAt'>, today: string): boolean {
  return isRequestOpen(r) && requestDueDate(r) < today;
}

/** Whole days since the request came in (0 on its first day); a closed one stops ageing. */
export function requestAgeDays(r: Pick<StaffRequest, 'createdAt' | 'closedAt'>, today: string): number {
  const from = Date.parse(`${r.createdAt.slice(0, 10)}T00:00:00Z`);
  const to = Date.parse(`${(r.closedAt ?? today).slice(0, 10)}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / 86_400_000));
}

/** "today", "1 day", "12 days". */
export function describeAge(days: number): string {
  return days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`;
}

/** Open first; then overdue, urgency, oldest first. */
export function compareRequests(a: StaffRequest, b: StaffRequest, today: string): number {
  const open = Number(!isRequestOpen(a)) - Number(!isRequestOpen(b));
  if (open) return open;
  const late = Number(!isRequestOverdue(a, today)) - Number(!isRequestOverdue(b, today));
  if (late) return late;
  const rank = (u: RequestUrgency) => REQUEST_URGENCIES.length - REQUEST_URGENCIES.indexOf(u);
  return rank(a.urgency) - rank(b.urgency) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
}

/**
 * The state of the work a request was triaged into, as far as the request cares. 'declined' is
 * a purchase request an approver turned down: the staff request is declined with its reason.
 */
export type LinkedWorkState = 'open' | 'done' | 'cancelled' | 'declined';

/**
 * The request's status once its linked work moved: done work closes it; a declined purchase
 * declines it; cancelled (or removed) work puts it back to 'waiting' for the office to decide
 * (never silently declined); open work keeps it in progress.
 */
export function statusForLinkedWork(current: RequestStatus, work: LinkedWorkState): RequestStatus {
  if (current === 'done' || current === 'declined') return current;
  if (work === 'done') return 'done';
  if (work === 'declined') return 'declined';
  if (work === 'cancelled') return 'waiting';
  return 'in-progress';
}

/** Where the linked work stands: its state, when it ended, and a purchase's reason for declining. */
export interface LinkedWork {
  state: LinkedWorkState;
  /** When it was done or declined (ISO instant or YYYY-MM-DD): the request's closedAt. */
  endedAt?: string | undefined;
  /** A declined purchase's reason, carried onto the request. */
  reason?: string | undefined;
}

/** A task's state: done, cancelled (or removed) or still open. */
export function taskWorkState(t: { status: string; completedAt?: string | null; deletedAt: string | null; updatedAt: string } | undefined): LinkedWork {
  if (!t || t.deletedAt !== null || t.status === 'cancelled') return { state: 'cancelled' };
  if (t.status === 'done') return { state: 'done', endedAt: t.completedAt ?? t.updatedAt };
  return { state: 'open' };
}

/** A repair's state: fixed (done), removed (cancelled: reported by mistake) or open. */
export function repairWorkState(r: { fixedOn?: string | undefined; deletedAt: string | null } | undefined): LinkedWork {
  if (!r || r.deletedAt !== null) return { state: 'cancelled' };
  if (r.fixedOn) return { state: 'done', endedAt: r.fixedOn };
  return { state: 'open' };
}

/**
 * A purchase request's state: ordered is done (the thing is on its way), declined declines the
 * staff request with the approver's reason, cancelled waits for the office, the rest is open.
 */
export function purchaseWorkState(
  p: { status: string; decidedAt?: string | undefined; declineReason?: string | undefined; deletedAt: string | null; updatedAt: string } | undefined,
): LinkedWork {
  if (!p || p.deletedAt !== null || p.status === 'cancelled') return { state: 'cancelled' };
  if (p.status === 'ordered') return { state: 'done', endedAt: p.updatedAt };
  if (p.status === 'declined') return { state: 'declined', endedAt: p.decidedAt ?? p.updatedAt, reason: p.declineReason };
  return { state: 'open' };
}

/** A date or instant as an instant (a bare date is taken at noon UTC, so it stays that day everywhere). */
function asInstant(at: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00.000Z` : at;
}

/**
 * What changes on a triaged request when its linked work moved (null: nothing). Done work closes
 * it (closedAt = when the work ended); a declined purchase declines it with the approver's
 * reason; cancelled work makes it 'waiting'; open work keeps it 'in progress'. A closed request
 * stays closed, and an answered one has no linked work.
 */
export function requestAfterWork(
  r: Pick<StaffRequest, 'status' | 'closedAt' | 'declineReason'>,
  work: LinkedWork,
  now: string,
): Pick<StaffRequest, 'status' | 'closedAt' | 'declineReason'> | null {
  const status = statusForLinkedWork(r.status, work.state);
  if (status === r.status) return null;
  const closes = status === 'done' || status === 'declined';
  const closedAt = closes ? asInstant(work.endedAt ?? now) : null;
  const declineReason = status === 'declined' ? (work.reason?.trim() || 'The purchase was declined.').slice(0, 1000) : r.declineReason;
  return { status, closedAt, declineReason };
}

/**
 * The next request number: REQ-0001, REQ-0002 … (highest existing + 1); with this PC's sync
 * number code REQ-A0001 … counting that PC's own only.
 */
export function nextRequestNumber(existing: readonly string[], code = ''): string {
  return nextSeriesNumber(STAFF_REQUEST_PREFIX, existing, code);
}
