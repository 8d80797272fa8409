/**
 * The staff request form (issue 17.1), one per page on A4 or US Letter: a blank one for staff
 * without a screen to fill in by hand and hand to the office, and a filled one printed from a
 * request (its number, who asked and when, what, where, the kind and urgency ticked, the
 * details, the attachments' names, and the office's part: status, what it was triaged into,
 * the answer or the reason for declining) — always ONE page: long details are cut at the box's
 * edge (the full text is on screen). Every user value goes through escapeHtml /
 * escapeMultiline; labels come from the caller, so the template knows nothing of the domain.
 */
import type { CompanyProfile, PageSize } from '../types';
import { escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';

export interface StaffRequestFormRequest {
  number: string;
  /** The day it came in, 'YYYY-MM-DD'. */
  date: string;
  requester: string;
  where?: string | undefined;
  /** The kind's label ('Repair'), one of `kinds`. */
  kind: string;
  /** The urgency's label ('High'), one of `urgencies`. */
  urgency: string;
  what: string;
  details?: string | undefined;
  attachments?: readonly string[] | undefined;
  /** The office's part, as far as it is known. */
  status?: string | undefined;
  /** What it was triaged into, one of `triageKinds` ('Repair'). */
  triageKind?: string | undefined;
  /** The linked work in words ('Repair of Copier (HL-0042)'). */
  triageDetail?: string | undefined;
  answer?: string | undefined;
  declineReason?: string | undefined;
  /** 'YYYY-MM-DD'. */
  closedOn?: string | undefined;
  /** 'YYYY-MM-DD': when it should be closed by. */
  dueBy?: string | undefined;
}

export interface StaffRequestFormInput {
  /** Tick boxes, in order: every kind, every urgency, every triage choice. */
  kinds: readonly string[];
  urgencies: readonly string[];
  triageKinds: readonly string[];
  /** Absent: the blank form. */
  request?: StaffRequestFormRequest | undefined;
  pageSize?: PageSize;
}

const STYLES = `
.srf { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10pt; }
.srf-head { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1.25pt solid #1a1a1a; padding-bottom: 2mm; margin: 0 0 3mm; }
.srf-title { font-size: 16pt; margin: 0; }
.srf-number { font-size: 12pt; font-weight: 600; }
.srf-row { display: flex; gap: 6mm; }
.srf-row > .srf-line { flex: 1; }
.srf-line { display: flex; gap: 2mm; align-items: baseline; margin: 0 0 2mm; min-width: 0; }
.srf-label { font-weight: 600; color: #333; white-space: nowrap; }
.srf-value { flex: 1; border-bottom: 0.6pt solid #777; min-height: 5mm; overflow-wrap: anywhere; }
.srf-group { margin: 0 0 2mm; }
.srf-boxes { list-style: none; padding: 0; margin: 1mm 0 0; display: flex; flex-wrap: wrap; gap: 1.5mm 6mm; }
.srf-box { display: flex; align-items: center; gap: 1.6mm; }
.srf-tick { display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.8pt solid #1a1a1a; font-size: 8pt; line-height: 3.3mm; text-align: center; font-weight: 700; }
.srf-on { font-weight: 600; }
.srf-area { border: 0.6pt solid #888; padding: 1.5mm 3mm; margin: 1mm 0 2.5mm; overflow-wrap: anywhere; line-height: 1.3; overflow: hidden; }
.srf-area.what { min-height: 11mm; max-height: 22mm; }
.srf-area.details { min-height: 17mm; max-height: 30mm; }
.srf-rule { height: 5.6mm; border-bottom: 0.5pt solid #bbb; }
.srf-rule:last-child { border-bottom: 0; }
.srf-office { border: 1pt solid #1a1a1a; padding: 2.5mm 4mm 1mm; margin-top: 3mm; break-inside: avoid; }
.srf-office h2 { font-size: 10.5pt; margin: 0 0 2.5mm; }
.srf-area.answer { min-height: 11mm; max-height: 22mm; }
.srf-sign { display: flex; gap: 10mm; margin-top: 6mm; margin-bottom: 1mm; }
.srf-sign div { flex: 1; border-top: 0.75pt solid #444; padding-top: 1.2mm; font-size: 9pt; color: #333; }
.srf-hint { font-size: 8.5pt; color: #555; margin: 0 0 3mm; }
`;

function line(label: string, value: string | undefined): string {
  return `<div class="srf-line"><span class="srf-label">${escapeHtml(label)}</span><span class="srf-value">${escapeHtml((value ?? '').trim())}</span></div>`;
}

function boxes(label: string, options: readonly string[], chosen: string | undefined): string {
  const items = options
    .map((o) => {
      const on = o === chosen;
      return `<li class="srf-box${on ? ' srf-on' : ''}"><span class="srf-tick">${on ? 'X' : ''}</span>${escapeHtml(o)}</li>`;
    })
    .join('');
  return `<div class="srf-group"><span class="srf-label">${escapeHtml(label)}</span><ul class="srf-boxes">${items}</ul></div>`;
}

/** A box for text: the text when there is some, else ruled lines to write on. */
function area(label: string, cls: string, value: string | undefined, blankLines: number): string {
  const text = (value ?? '').trim();
  const body = text ? escapeMultiline(text) : '<div class="srf-rule"></div>'.repeat(blankLines);
  return `<div class="srf-label">${escapeHtml(label)}</div><div class="srf-area ${cls}${text ? '' : ' blank'}">${body}</div>`;
}

export function renderStaffRequestFormHtml(input: StaffRequestFormInput, company: CompanyProfile): string {
  const r = input.request;
  const date = (d: string | undefined) => (d ? formatDocumentDate(d, company.locale) : '');
  const answerText = r?.declineReason ? `Declined: ${r.declineReason}` : r?.answer;
  const content = [
    '<main class="doc srf">',
    '<div class="srf-head">',
    '<h1 class="srf-title">STAFF REQUEST</h1>',
    `<span class="srf-number">No. ${r ? escapeHtml(r.number) : '__________'}</span>`,
    '</div>',
    r ? '' : '<p class="srf-hint">Fill in this form and hand it to the office. Please write clearly; one request per form.</p>',
    `<div class="srf-row">${line('Requested by:', r?.requester)}${line('Date:', date(r?.date))}</div>`,
    `<div class="srf-row">${line('Where (room, desk, floor):', r?.where)}</div>`,
    boxes('Kind:', input.kinds, r?.kind),
    boxes('Urgency:', input.urgencies, r?.urgency),
    area('What is needed:', 'what', r?.what, 2),
    area('Details:', 'details', r?.details, 3),
    r?.attachments?.length ? `<div class="srf-row">${line('Attached:', r.attachments.join(', '))}</div>` : '',
    '<section class="srf-office">',
    '<h2>FOR THE OFFICE</h2>',
    `<div class="srf-row">${line('Received by:', '')}${line('Status:', r?.status)}${line('Close by:', date(r?.dueBy))}</div>`,
    boxes('Triaged into:', input.triageKinds, r?.triageKind),
    `<div class="srf-row">${line('Reference:', r?.triageDetail)}</div>`,
    area('Answer or reason declined:', 'answer', answerText, 2),
    `<div class="srf-row">${line('Closed on:', date(r?.closedOn))}</div>`,
    '<div class="srf-sign"><div>Requester’s signature</div><div>Office</div></div>',
    '</section>',
    '</main>',
  ].join('\n');
  return renderPage({
    title: r ? `Staff request ${r.number}` : 'Staff request form',
    pageSize: input.pageSize ?? 'A4',
    company,
    content,
    extraStyles: STYLES,
  });
}
