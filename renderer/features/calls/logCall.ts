/**
 * Logging a call and dealing with the message it may carry (issue 14.3, 14.4). The caller is
 * matched through core/phoneDirectory (contacts, vendors, people and candidates register their
 * own sources there), never by reading those tables here. Every change is validated by the
 * call schema and written with its audit line in one transaction.
 */
import { callDraftSchema, callSchema, type Call, type CallDraft } from '../../../shared/domain/calls';
import { formatPhone, normalizePhone } from '../../../shared/contacts/phone';
import { nowIso } from '../../../shared/lib/dates';
import { lookupPhone, type PhoneMatch } from '../../core/phoneDirectory';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { callRepository } from './repository';

/** A match's table as stored on a call. */
function callerOf(match: PhoneMatch): Pick<Call, 'callerTable' | 'callerId'> {
  return { callerTable: match.table, callerId: match.id };
}

/**
 * Fills the caller from the number when the draft names no record: the first match of the
 * number (contacts first) becomes the call's caller record, and its name the caller's name
 * when none was typed. A draft that already names its record is kept as it is.
 */
export async function matchCaller(draft: CallDraft, db: BackdeskDb = getDb()): Promise<CallDraft> {
  if (draft.callerTable && draft.callerId) return withCallerName(draft, db);
  const phone = draft.phone?.trim();
  if (!phone) return draft;
  const { matches } = await lookupPhone(phone, db);
  const first = matches[0];
  if (!first) return withCallerName(draft, db);
  return {
    ...draft,
    ...callerOf(first),
    caller: draft.caller?.trim() ? draft.caller : first.name,
  };
}

/**
 * A message from an unknown number whose caller left no name is still a message: the caller is
 * written as the number, formatted the office's way ("(207) 555-0199"), which reads better in
 * the log and on a slip than "Unknown caller" and tells the calls apart. A number that is not
 * a full phone number does not name anyone (the schema's "Caller is required" stands).
 */
export function withCallerName(draft: CallDraft, db: BackdeskDb = getDb()): CallDraft {
  if (draft.caller?.trim()) return draft;
  const e164 = draft.phone?.trim() ? normalizePhone(draft.phone, db.phoneRegion) : null;
  return e164 ? { ...draft, caller: formatPhone(e164, db.phoneRegion) } : draft;
}

/** A call to log; `takenAt` defaults to now. */
export type NewCall = Omit<CallDraft, 'takenAt'> & { takenAt?: string | undefined };

/** Logs a call (or a message): the caller matched by number, validated, audited. */
export async function logCall(draft: NewCall, db: BackdeskDb = getDb()): Promise<Call> {
  const matched = await matchCaller({ ...draft, takenAt: draft.takenAt ?? nowIso() }, db);
  return callRepository.create(matched, db);
}

/** Changes a logged call (the call page); '' clears an optional field. */
export function updateCall(id: string, patch: Partial<CallDraft>, db: BackdeskDb = getDb()): Promise<Call> {
  return callRepository.update(id, patch, db);
}

async function changeStatus(
  id: string,
  db: BackdeskDb,
  change: (call: Call, at: string) => { next: Call; summary: string } | null,
): Promise<Call> {
  return writeTransaction(db, ['calls', 'auditLog'], async () => {
    const call = await db.calls.get(id);
    if (!call || call.deletedAt !== null) throw new RecordNotFoundError('calls', id);
    const at = nowIso();
    const result = change(call, at);
    if (!result) return call;
    const next = parseOrThrow('calls', callSchema, { ...result.next, updatedAt: at });
    await db.calls.put(next);
    await db.auditLog.add(auditEntry('calls', id, 'update', result.summary, at));
    return next;
  });
}

const labelOf = (c: Call) => quote(c.company ? `${c.caller} (${c.company})` : c.caller);

/**
 * "Called back": the message is done, stamped with the time and who closed it (the given
 * person, else the person it was for).
 */
export function closeMessage(id: string, options: { closedByEmployeeId?: string; at?: string } = {}, db: BackdeskDb = getDb()): Promise<Call> {
  return changeStatus(id, db, (call, now) => {
    if (call.status === 'done') return null;
    const closedBy = options.closedByEmployeeId ?? call.forEmployeeId;
    const next: Call = { ...call, status: 'done', closedAt: options.at ?? now };
    if (closedBy) next.closedByEmployeeId = closedBy;
    else delete next.closedByEmployeeId;
    return { next, summary: `Closed the message from ${labelOf(call)} (called back)` };
  });
}

/** Opens a closed message again (closed by mistake): status 'seen', the closing cleared. */
export function reopenMessage(id: string, db: BackdeskDb = getDb()): Promise<Call> {
  return changeStatus(id, db, (call) => {
    if (call.status !== 'done') return null;
    const next: Call = { ...call, status: 'seen' };
    delete next.closedAt;
    delete next.closedByEmployeeId;
    return { next, summary: `Reopened the message from ${labelOf(call)}` };
  });
}

/** The recipient has seen the message (it stays open until called back). */
export function markMessageSeen(id: string, db: BackdeskDb = getDb()): Promise<Call> {
  return changeStatus(id, db, (call) => {
    if (call.status !== 'new') return null;
    return { next: { ...call, status: 'seen' }, summary: `Marked the message from ${labelOf(call)} as seen` };
  });
}

/** Checks a draft without writing (the form's live validation). */
export function validateCallDraft(draft: CallDraft): void {
  parseOrThrow('calls', callDraftSchema, draft);
}
