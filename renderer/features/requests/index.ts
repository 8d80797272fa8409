/** Requests feature: staff requests (the queue, triage, status following the work) and purchase requests. */
export * from './repository';
export * from './hooks';
export * from './purchaseRequests';
export {
  REQUEST_KINDS,
  REQUEST_KIND_LABELS,
  REQUEST_STATUSES,
  REQUEST_STATUS_LABELS,
  REQUEST_URGENCIES,
  REQUEST_URGENCY_LABELS,
  describeAge,
  isRequestOpen,
  isRequestOverdue,
  requestAgeDays,
  requestDueDate,
  type StaffRequestDraft,
} from '../../../shared/domain/staffRequests';
