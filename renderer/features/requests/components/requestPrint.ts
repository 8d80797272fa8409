/**
 * Printing the staff request form: blank (for staff without a screen) or filled from a
 * request, on the office's paper, through the platform's print path (usePrintDocument).
 */
import { defaultPageSize, type PageSize } from '../../../../shared/documents';
import { renderStaffRequestFormHtml, type StaffRequestFormInput } from '../../../../shared/documents/templates/staffRequestForm';
import { REQUEST_KINDS, REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS, REQUEST_URGENCIES, REQUEST_URGENCY_LABELS, requestDueDate } from '../../../../shared/domain/staffRequests';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { usePrintDocument } from '../../../ui/printing';
import type { StaffRequestRow } from '../repository';
import { TRIAGE_LABELS } from './requestFormat';

const TRIAGE_KINDS = ['task', 'repair', 'purchase-request', 'answer'] as const;

/** The template's input for a request (or the blank form when `row` is absent). */
export function staffRequestFormInput(row: StaffRequestRow | undefined, attachmentNames: readonly string[], pageSize: PageSize): StaffRequestFormInput {
  const base = {
    kinds: REQUEST_KINDS.map((k) => REQUEST_KIND_LABELS[k]),
    urgencies: REQUEST_URGENCIES.map((u) => REQUEST_URGENCY_LABELS[u]),
    triageKinds: TRIAGE_KINDS.map((k) => TRIAGE_LABELS[k]),
    pageSize,
  };
  if (!row) return base;
  const r = row.request;
  const link = row.link;
  return {
    ...base,
    request: {
      number: r.number,
      date: r.createdAt.slice(0, 10),
      requester: row.requester,
      where: r.where,
      kind: REQUEST_KIND_LABELS[r.kind],
      urgency: REQUEST_URGENCY_LABELS[r.urgency],
      what: r.what,
      details: r.details,
      attachments: attachmentNames,
      status: REQUEST_STATUS_LABELS[row.status],
      triageKind: link ? TRIAGE_LABELS[link.kind] : undefined,
      triageDetail: link && link.kind !== 'answer' ? `${link.label} (${link.state})` : undefined,
      answer: r.answer,
      declineReason: row.status === 'declined' ? row.declineReason : undefined,
      closedOn: row.closedAt?.slice(0, 10),
      dueBy: row.closedAt ? undefined : requestDueDate(r),
    },
  };
}

/** Prints the form: `print(row?, names)`; a failure shows as a toast. */
export function usePrintRequestForm(): (row?: StaffRequestRow, attachmentNames?: readonly string[]) => Promise<void> {
  const { profile: company } = useCompanyProfileState();
  const printDocument = usePrintDocument();
  return async (row, names = []) => {
    const pageSize = defaultPageSize(company);
    const html = renderStaffRequestFormHtml(staffRequestFormInput(row, names, pageSize), company);
    await printDocument(
      'print',
      { html, title: row ? `Staff request ${row.request.number}` : 'Staff request form', pageSize },
      { what: row ? `Request ${row.request.number}` : 'The blank request form' },
    );
  };
}
