/** The call log. */
import { callDraftSchema, callSchema, type Call, type CallStatus } from '../../../shared/domain/calls';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository } from '../../db/crud';

export const callRepository = createCrudRepository({
  table: 'calls',
  schema: callSchema,
  draftSchema: callDraftSchema,
  noun: 'call',
  label: (c) => (c.company ? `${c.caller} (${c.company})` : c.caller),
  compare: (a, b) => b.takenAt.localeCompare(a.takenAt),
});

export function setCallStatus(id: string, status: CallStatus, db?: BackdeskDb): Promise<Call> {
  return callRepository.update(id, { status }, db);
}

/** Messages not yet dealt with, newest first. */
export async function listOpenCalls(db: BackdeskDb = getDb()): Promise<Call[]> {
  const rows = await db.calls.where('status').anyOf('new', 'seen').toArray();
  return rows.filter((c) => c.deletedAt === null).sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

export async function listCallsForEmployee(employeeId: string, db: BackdeskDb = getDb()): Promise<Call[]> {
  const rows = await db.calls.where('forEmployeeId').equals(employeeId).toArray();
  return rows.filter((c) => c.deletedAt === null).sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Calls matched to one record (a contact, vendor, employee or candidate), newest first. */
export async function listCallsForCaller(table: Call['callerTable'] & string, id: string, db: BackdeskDb = getDb()): Promise<Call[]> {
  const rows = await db.calls.where('[callerTable+callerId]').equals([table, id]).toArray();
  return rows.filter((c) => c.deletedAt === null).sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Calls from or to one number (E.164), newest first. */
export async function listCallsForNumber(e164: string, db: BackdeskDb = getDb()): Promise<Call[]> {
  const rows = await db.calls.where('phoneKey').equals(e164).toArray();
  return rows.filter((c) => c.deletedAt === null).sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}
