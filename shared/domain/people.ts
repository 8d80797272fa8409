/**
 * People: employees and their HR records. Salary, personal details and private notes are
 * confidential (see confidential.ts); disciplinary and termination records are confidential
 * as whole records.
 */
import { z } from 'zod';
import { sealedValueSchema } from '../encryption';
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
  /** Confidential fields sealed with the office's data key while a passphrase is set (issue 15.4). */
  sealed: sealedValueSchema.optional(),
  notes: optionalText('Notes', 10000),
  /** Termination: why they left (set with endDate when archived). */
  endReason: optionalText('Reason for leaving', 500),
  /** The candidate this employee was hired from. */
  candidateId: idSchema.optional(),
};
export const employeeSchema = z.object(employeeShape);
export const employeeDraftSchema = z.object(employeeShape).omit(BASE_OMIT);
export type Employee = z.infer<typeof employeeSchema>;
export type EmployeeDraft = z.input<typeof employeeDraftSchema>;

export const HR_RECORD_KINDS = ['training', 'disciplinary', 'termination', 'medical'] as const;
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
  /** Training: the day the certificate runs out. */
  expiryDate: isoDateSchema.optional(),
  /** Disciplinary: the step in the progressive process. */
  step: z.enum(['verbal', 'written', 'final']).optional(),
  /** Disciplinary: the day the employee acknowledged it. */
  acknowledgedDate: isoDateSchema.optional(),
  /** Confidential fields sealed with the office's data key while a passphrase is set (issue 15.4). */
  sealed: sealedValueSchema.optional(),
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

export const DISCIPLINARY_STEPS = ['verbal', 'written', 'final'] as const;
export type DisciplinaryStep = (typeof DISCIPLINARY_STEPS)[number];
export const DISCIPLINARY_STEP_LABELS: Record<DisciplinaryStep, string> = {
  verbal: 'Verbal warning',
  written: 'Written warning',
  final: 'Final warning',
};

/**
 * The step a new disciplinary record should take: one past the highest live step so far
 * (verbal → written → final), staying at final.
 */
export function nextDisciplinaryStep(records: readonly Pick<HrRecord, 'kind' | 'step' | 'deletedAt'>[]): DisciplinaryStep {
  let highest = -1;
  for (const r of records) {
    if (r.kind !== 'disciplinary' || r.deletedAt !== null || !r.step) continue;
    highest = Math.max(highest, DISCIPLINARY_STEPS.indexOf(r.step));
  }
  return DISCIPLINARY_STEPS[Math.min(highest + 1, DISCIPLINARY_STEPS.length - 1)]!;
}

/** Training records that expire within `days` of `on` (already expired ones included), soonest first. */
export function expiringTraining<T extends Pick<HrRecord, 'kind' | 'expiryDate' | 'deletedAt'>>(records: readonly T[], on: string, days = 60): T[] {
  const limit = new Date(Date.parse(`${on}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return records
    .filter((r) => r.kind === 'training' && r.deletedAt === null && r.expiryDate !== undefined && r.expiryDate <= limit)
    .sort((a, b) => a.expiryDate!.localeCompare(b.expiryDate!));
}

/** Archived (terminated) employees are hidden from the directory unless asked for. */
export function isArchived(e: Pick<Employee, 'status'>): boolean {
  return e.status === 'left';
}

export interface OrgNode<T> {
  employee: T;
  reports: OrgNode<T>[];
}

/**
 * Manager → reports trees for one department's people: roots are those whose manager is
 * outside the list (or absent). Cycles cannot reach here (updates refuse them) but are cut anyway.
 */
export function orgTree<T extends Pick<Employee, 'id' | 'managerId' | 'name'>>(people: readonly T[]): OrgNode<T>[] {
  const ids = new Set(people.map((p) => p.id));
  const byManager = new Map<string, T[]>();
  for (const p of people) {
    if (p.managerId && ids.has(p.managerId) && p.managerId !== p.id) {
      const list = byManager.get(p.managerId) ?? [];
      list.push(p);
      byManager.set(p.managerId, list);
    }
  }
  const seen = new Set<string>();
  const build = (p: T): OrgNode<T> => {
    seen.add(p.id);
    const reports = (byManager.get(p.id) ?? []).filter((r) => !seen.has(r.id)).sort((a, b) => a.name.localeCompare(b.name));
    return { employee: p, reports: reports.map(build) };
  };
  const roots = people.filter((p) => !p.managerId || !ids.has(p.managerId) || p.managerId === p.id).sort((a, b) => a.name.localeCompare(b.name));
  const out = roots.map(build);
  // Anyone left is in a loop: show them as roots rather than lose them.
  for (const p of people) if (!seen.has(p.id)) out.push(build(p));
  return out;
}
