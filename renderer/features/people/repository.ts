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
} from '../../../shared/domain/people';
import { isConfidentialRecord } from '../../../shared/domain/confidential';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository } from '../../db/crud';

export const employeeRepository = createCrudRepository({
  table: 'employees',
  schema: employeeSchema,
  draftSchema: employeeDraftSchema,
  noun: 'employee',
  label: (e) => e.name,
  compare: (a, b) => a.name.localeCompare(b.name),
});

export const hrRecordRepository = createCrudRepository({
  table: 'hrRecords',
  schema: hrRecordSchema,
  draftSchema: hrRecordDraftSchema,
  noun: 'HR record',
  label: (r) => (isConfidentialRecord('hrRecords', r) ? `${r.kind} record` : r.title),
  compare: (a, b) => b.date.localeCompare(a.date),
});

export const listEmployees = employeeRepository.list;
export const getEmployee = employeeRepository.get;
export const createEmployee = employeeRepository.create;
export const deleteEmployee = employeeRepository.softDelete;
export const restoreEmployee = employeeRepository.restore;
export const bulkCreateEmployees = employeeRepository.bulkCreate;

export const createHrRecord = hrRecordRepository.create;
export const updateHrRecord = hrRecordRepository.update;
export const deleteHrRecord = hrRecordRepository.softDelete;

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
  return (await listEmployees(db)).filter((e) => e.status !== 'left');
}
