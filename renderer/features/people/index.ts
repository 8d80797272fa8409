/** People feature: employees and HR records. */
export * from './repository';
export * from './hooks';
export {
  employeeSchema,
  employeeDraftSchema,
  hrRecordSchema,
  hrRecordDraftSchema,
  EMPLOYEE_STATUSES,
  HR_RECORD_KINDS,
  directReports,
  type Employee,
  type EmployeeDraft,
  type HrRecord,
  type HrRecordDraft,
  type HrRecordKind,
} from '../../../shared/domain/people';
export {
  CONFIDENTIAL_FIELDS,
  isConfidentialField,
  isConfidentialRecord,
  redactConfidential,
} from '../../../shared/domain/confidential';
export {
  DISCIPLINARY_STEPS,
  DISCIPLINARY_STEP_LABELS,
  expiringTraining,
  isArchived,
  nextDisciplinaryStep,
  orgTree,
  type DisciplinaryStep,
  type OrgNode,
} from '../../../shared/domain/people';
