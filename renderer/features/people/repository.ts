/**
 * People: employees and HR records. Audit summaries of confidential HR records name only the
 * kind of record, never its title.
 */
import {
  employeeDraftSchema,
  employeeSchema,
  hrRecordDraftSchema,
  hrRecordSchema,
  wouldCreateManagerLoop,
  type Employee,
  type EmployeeDraft,
  type HrRecord,
  type HrRecordDraft,
} from '../../../shared/domain/people';
import { isConfidentialRecord } from '../../../shared/domain/confidential';
import { employeeKey, planUniqueKeys } from '../../../shared/import';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, createCrudRepository, writeTransaction } from '../../db/crud';
import { keyForWriting, sealDraft, sealPatch, withSealing } from '../../db/sealing';

// withSealing: with a passphrase set, confidential fields are sealed before they are written (issue 15.4).
export const employeeRepository = withSealing(
  createCrudRepository({
    table: 'employees',
    schema: employeeSchema,
    draftSchema: employeeDraftSchema,
    noun: 'employee',
    label: (e) => e.name,
    compare: (a, b) => a.name.localeCompare(b.name),
  }),
);

export const hrRecordRepository = withSealing(
  createCrudRepository({
    table: 'hrRecords',
    schema: hrRecordSchema,
    draftSchema: hrRecordDraftSchema,
    noun: 'HR record',
    label: (r) => (isConfidentialRecord('hrRecords', r) ? `${r.kind} record` : r.title),
    compare: (a, b) => b.date.localeCompare(a.date),
  }),
);

export class ManagerLoopError extends Error {
  override readonly name = 'ManagerLoopError';
  constructor() {
    super('That manager reports (directly or indirectly) to this person, so they cannot be their manager.');
  }
}

/** Updates an employee; refuses a manager that would make a reporting loop. */
export async function updateEmployee(id: string, patch: Partial<EmployeeDraft>, db: BackdeskDb = getDb()): Promise<Employee> {
  if (patch.managerId !== undefined && patch.managerId !== '') {
    const all = await db.employees.toArray();
    if (wouldCreateManagerLoop(all, id, patch.managerId)) throw new ManagerLoopError();
  }
  return employeeRepository.update(id, patch, db);
}

export async function listHrRecords(employeeId: string, db: BackdeskDb = getDb()): Promise<HrRecord[]> {
  const rows = await db.hrRecords.where('employeeId').equals(employeeId).toArray();
  return rows.filter((r) => r.deletedAt === null).sort((a, b) => b.date.localeCompare(a.date));
}

export async function listDirectReports(managerId: string, db: BackdeskDb = getDb()): Promise<Employee[]> {
  const rows = await db.employees.where('managerId').equals(managerId).toArray();
  return rows.filter((e) => e.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name));
}

/** Live employees who have not left, for pickers (attendees, assignees). */
export async function listActiveEmployees(db: BackdeskDb = getDb()): Promise<Employee[]> {
  return (await employeeRepository.list(db)).filter((e) => e.status !== 'left');
}

/**
 * Terminates an employee: end date and reason on the record, status 'left' (archived, hidden
 * from the directory by default) and a confidential termination HR record, in one transaction.
 */
export async function terminateEmployee(
  id: string,
  input: { endDate: string; reason: string },
  db: BackdeskDb = getDb(),
): Promise<Employee> {
  const reason = input.reason.trim();
  if (!reason) throw new Error('Give a reason for the termination');
  let patch: Partial<EmployeeDraft> = { status: 'left', endDate: input.endDate, endReason: reason };
  let record: HrRecordDraft = { employeeId: id, kind: 'termination', date: input.endDate, title: 'Termination', details: reason };
  // The reason is confidential: sealed before the transaction (WebCrypto cannot run inside one).
  const key = keyForWriting();
  if (key) {
    patch = await sealPatch(employeeRepository, id, patch, key, db);
    record = await sealDraft(hrRecordRepository, record, key);
  }
  return writeTransaction(db, ['employees', 'hrRecords', 'auditLog'], async () => {
    await employeeRepository.require(id, db);
    const updated = await employeeRepository.update(id, patch, db);
    await hrRecordRepository.create(record, db);
    return updated;
  });
}

/** Brings an archived employee back to the directory. */
export function reinstateEmployee(id: string, db?: BackdeskDb): Promise<Employee> {
  return employeeRepository.update(id, { status: 'active', endDate: undefined, endReason: undefined }, db);
}

/** Training records of every live employee, for the "expiring soon" list. */
export async function listAllTraining(db: BackdeskDb = getDb()): Promise<HrRecord[]> {
  return (await db.hrRecords.toArray()).filter((r) => r.kind === 'training' && r.deletedAt === null);
}

/**
 * Import drafts from shared/import (kind 'employees'), whole file or nothing (issue 15.3): a row
 * whose natural key (email, else name) is a live employee's or an earlier row's is skipped; the
 * rest are written in chunks stamped with the import batch, the last chunk committing it.
 */
export async function importEmployees(
  records: readonly { name: string; email?: string; title?: string; department?: string; startDate?: string }[],
  ctx: { onProgress?: (f: number) => void; signal?: AbortSignal; importBatchId?: string } = {},
  db: BackdeskDb = getDb(),
): Promise<{ created: number; updated: number; alreadyThere: number }> {
  const stored = new Map<string, string>();
  for (const e of await employeeRepository.list(db)) {
    stored.set(employeeKey({ name: e.name }), e.id);
    if (e.email) stored.set(employeeKey(e), e.id);
  }
  const plan = planUniqueKeys(records, employeeKey, stored);
  const drafts = plan.fresh.map((i) => records[i]!);
  const batchId = ctx.importBatchId;
  const written = await employeeRepository.bulkCreate(
    drafts,
    {
      chunkSize: 1000,
      auditNote: 'import',
      ...(batchId ? { importBatchId: batchId, commitBatch: { written: drafts.length } } : {}),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
    },
    db,
  );
  return { created: written.length, updated: 0, alreadyThere: plan.stored.size + plan.repeats.size };
}

/** Import rows whose email (ignoring case) already belongs to an employee. */
export async function findEmployeeDuplicates(records: readonly { email?: string }[], db: BackdeskDb = getDb()): Promise<Map<number, string>> {
  const known = new Map((await employeeRepository.list(db)).filter((e) => e.email).map((e) => [e.email!.toLowerCase(), e.name]));
  const out = new Map<number, string>();
  records.forEach((r, i) => {
    const name = r.email ? known.get(r.email.toLowerCase()) : undefined;
    if (name !== undefined) out.set(i, `Already an employee: ${name} has this email`);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Helpers other features run inside their own transactions (DESIGN §1: only this repository
// touches `employees`).

/** The tables the *InTx helpers below write: include them in the caller's transaction. */
export const EMPLOYEE_WRITE_TABLES = ['employees', 'auditLog'] as const;

/** Validates and adds an employee with its audit line; throws (rolling the caller back) when invalid. */
export async function createEmployeeInTx(db: BackdeskDb, draft: EmployeeDraft, auditSummary = 'Created employee'): Promise<Employee> {
  const employee = employeeRepository.build(draft);
  await db.employees.add(employee);
  await db.auditLog.add(auditEntry('employees', employee.id, 'create', auditSummary, employee.createdAt));
  return employee;
}

/**
 * Removes an erased candidate's id from the employee hired from them. The employee stays (they
 * are staff now); nothing else changes, and no audit line names the erased candidate.
 */
export async function eraseCandidateLinkInTx(db: BackdeskDb, employeeId: string, candidateId: string): Promise<void> {
  const e = await db.employees.get(employeeId);
  if (e?.candidateId !== candidateId) return;
  const rest = { ...e };
  delete rest.candidateId;
  await db.employees.put(rest);
}
