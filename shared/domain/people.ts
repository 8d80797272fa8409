/**
 * People: employees and their HR records. Salary, personal details and private notes are
 * confidential (see confidential.ts); disciplinary and termination records are confidential
 * as whole records.
 */
import { z } from 'zod';
import {
  BASE_OMIT,
  baseRecordShape,
  emailSchema,
  idSchema,
  isoDateSchema,
  nonNegativeCentsSchema,
  optionalText,
  requiredText,
} from './common';

export const EMPLOYEE_STATUSES = ['active', 'on-leave', 'left'] as const;
export const SALARY_PERIODS = ['year', 'month', 'hour'] as const;

export const employeeShape = {
  ...baseRecordShape,
  name: requiredText('Name', 120),
  email: emailSchema,
  phone: optionalText('Phone', 40),
  extension: optionalText('Extension', 10),
  title: optionalText('Job title', 120),
  department: optionalText('Department', 80),
  managerId: idSchema.optional(),
  startDate: isoDateSchema.optional(),
  endDate: isoDateSchema.optional(),
  status: z.enum(EMPLOYEE_STATUSES).default('active'),
  /** Confidential. */
  salaryCents: nonNegativeCentsSchema.optional(),
  /** Confidential. */
  salaryPeriod: z.enum(SALARY_PERIODS).optional(),
  /** Confidential. */
  birthDate: isoDateSchema.optional(),
  /** Confidential. */
  homeAddress: optionalText('Home address', 500),
  /** Confidential. */
  emergencyContact: optionalText('Emergency contact', 300),
  /** Confidential. */
  confidentialNotes: optionalText('Confidential notes', 10000),
  notes: optionalText('Notes', 10000),
};
export const employeeSchema = z.object(employeeShape);
export const employeeDraftSchema = z.object(employeeShape).omit(BASE_OMIT);
export type Employee = z.infer<typeof employeeSchema>;
export type EmployeeDraft = z.input<typeof employeeDraftSchema>;

export const HR_RECORD_KINDS = ['training', 'disciplinary', 'termination'] as const;
export type HrRecordKind = (typeof HR_RECORD_KINDS)[number];

export const hrRecordShape = {
  ...baseRecordShape,
  employeeId: idSchema,
  kind: z.enum(HR_RECORD_KINDS),
  date: isoDateSchema,
  title: requiredText('Title', 200),
  details: optionalText('Details', 20000),
  followUpDate: isoDateSchema.optional(),
  attachmentIds: z.array(idSchema).default([]),
};
export const hrRecordSchema = z.object(hrRecordShape);
export const hrRecordDraftSchema = z.object(hrRecordShape).omit(BASE_OMIT);
export type HrRecord = z.infer<typeof hrRecordSchema>;
export type HrRecordDraft = z.input<typeof hrRecordDraftSchema>;

/** Direct reports of a manager among live employees. */
export function directReports<T extends Pick<Employee, 'managerId' | 'deletedAt'>>(employees: readonly T[], managerId: string): T[] {
  return employees.filter((e) => e.deletedAt === null && e.managerId === managerId);
}

/** True when setting `managerId` as `id`'s manager would make someone their own boss. */
export function wouldCreateManagerLoop(
  employees: readonly Pick<Employee, 'id' | 'managerId'>[],
  id: string,
  managerId: string | undefined,
): boolean {
  const byId = new Map(employees.map((e) => [e.id, e]));
  let cursor = managerId;
  const seen = new Set<string>();
  while (cursor !== undefined && !seen.has(cursor)) {
    if (cursor === id) return true;
    seen.add(cursor);
    cursor = byId.get(cursor)?.managerId;
  }
  return false;
}
