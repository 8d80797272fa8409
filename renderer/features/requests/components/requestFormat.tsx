/** How a staff request's status, urgency, age and link show on screen (shared by the queue, detail and dashboard). */
import {
  REQUEST_STATUS_LABELS,
  REQUEST_URGENCY_LABELS,
  describeAge,
  isRequestOverdue,
  requestAgeDays,
  type RequestStatus,
  type RequestUrgency,
} from '../../../../shared/domain/staffRequests';
import { hrefFor } from '../../../core/router';
import type { RequestLink, StaffRequestRow } from '../repository';

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <span className={`badge req-status req-status-${status}`}>{REQUEST_STATUS_LABELS[status]}</span>;
}

export function UrgencyBadge({ urgency }: { urgency: RequestUrgency }) {
  return <span className={`badge req-urgency req-urgency-${urgency}`}>{REQUEST_URGENCY_LABELS[urgency]}</span>;
}

/** The request with the status its work gives it (for the overdue and age rules). */
export const shownRequest = (row: StaffRequestRow) => ({ ...row.request, status: row.status, closedAt: row.closedAt });

export function rowAgeDays(row: StaffRequestRow, today: string): number {
  return requestAgeDays(shownRequest(row), today);
}

export function rowOverdue(row: StaffRequestRow, today: string): boolean {
  return isRequestOverdue(shownRequest(row), today);
}

/** "3 days", with "Overdue" beside an open request past its response time. */
export function RequestAge({ row, today }: { row: StaffRequestRow; today: string }) {
  const age = describeAge(rowAgeDays(row, today));
  return rowOverdue(row, today) ? <span className="badge badge-warn">{age} · overdue</span> : <span>{age}</span>;
}

export const TRIAGE_LABELS = { task: 'Task', repair: 'Repair', 'purchase-request': 'Purchase request', answer: 'Answer' } as const;

export function linkHref(link: RequestLink | undefined): string | undefined {
  return link?.module ? hrefFor(link.module, ...(link.path ?? [])) : undefined;
}

/** "Task: Move the shelf (Done)" as text (search, export, print). */
export function linkText(link: RequestLink | undefined): string {
  if (!link) return '';
  if (link.kind === 'answer') return 'Answered';
  return `${TRIAGE_LABELS[link.kind]}: ${link.label} (${link.state})`;
}

/** The linked work as a link that opens it (an answer as plain words). */
export function LinkedWork({ link }: { link: RequestLink | undefined }) {
  if (!link) return <span className="muted">—</span>;
  if (link.kind === 'answer') return <span>Answered</span>;
  const href = linkHref(link);
  // A purchase request reads by its number ("PR-0003 Ergonomic chair"); a task or repair says which.
  const text = link.kind === 'purchase-request' ? link.label : `${TRIAGE_LABELS[link.kind]}: ${link.label}`;
  return (
    <span className="req-link">
      {href ? (
        <a href={href} title={text}>
          {text}
        </a>
      ) : (
        <span>{text}</span>
      )}{' '}
      <span className="muted">({link.state})</span>
    </span>
  );
}
