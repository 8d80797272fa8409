/**
 * Documents (DESIGN.md §3): turn a document and the company profile into one standalone,
 * inert HTML page for printing or saving as PDF, and a file-name-safe title for it.
 *
 * Each kind maps to a template that supplies the content under the letterhead; the page
 * shell, CSP, print stylesheet and escaping live in templates/ and are shared by all kinds.
 */
import { renderFaxContent } from './templates/fax';
import { renderLetterContent } from './templates/letter';
import { renderMemoContent } from './templates/memo';
import { renderMessageContent } from './templates/message';
import { renderMinutesContent } from './templates/minutes';
import { renderReportContent } from './templates/report';
import { composeMergedHtml, mergeLetters } from './merge';
import type { PlaceholderSources, Recipient } from './templates/placeholders';
import { renderOrderFormContent } from './templates/orderForm';
import { renderPage } from './templates/layout';
import type { CompanyProfile, DocumentInput, DocumentKind, PageSize } from './types';
import { officePaper, type PaperProfile } from '../lib/paper';

export type {
  Block,
  CompanyProfile,
  DocumentInput,
  DocumentKind,
  DocumentLayout,
  Inline,
  LogoPosition,
  MessageSlip,
  PageSize,
  StructuredBody,
  TextRun,
} from './types';
export { blockSchema, structuredBodySchema } from './types';
export { escapeHtml, safeImageDataUrl, safeLinkHref } from './templates/escape';
export { bodyToPlainText, parsePlainBody, toStructuredBody } from './templates/body';
export { MESSAGE_FLAGS } from './templates/message';
export {
  PLACEHOLDERS,
  fillBodyPlaceholders,
  fillDocumentPlaceholders,
  // Named apart from the offer letter's own fillPlaceholders, which index.ts also exports.
  fillPlaceholders as fillTextPlaceholders,
  placeholderValues,
  placeholdersIn,
  type PlaceholderKey,
  type PlaceholderSources,
  type PlaceholderValues,
  type Recipient,
} from './templates/placeholders';
export { editorJsonToStructuredBody, structuredBodyToEditorJson } from './editorJson';
export { mergeLetters, type MergeLetter } from './merge';
export { formatDocumentDate } from './templates/format';
export type { PurchaseOrderPrint, PurchaseOrderPrintLine } from './types';
export { DOCUMENT_CSP } from './templates/layout';
export { PAGE_DIMENSIONS } from './templates/styles';

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  memo: 'Memo',
  letter: 'Letter',
  fax: 'Fax',
  minutes: 'Minutes',
  message: 'Message',
  report: 'Report',
  scan: 'Scan',
  purchaseOrder: 'Purchase order',
};

/** Builds the content under the letterhead from escaped values. */
export type Template = (doc: DocumentInput, company: CompanyProfile) => string;

// One entry per kind: a new document kind adds its template module and one line here.
const TEMPLATES: Record<DocumentKind, Template> = {
  memo: (doc, company) => renderMemoContent(doc, company),
  letter: renderLetterContent,
  fax: renderFaxContent,
  minutes: renderMinutesContent,
  message: renderMessageContent,
  report: renderReportContent,
  // A scan prints its cover details; the scanned file itself is printed from its viewer.
  scan: (doc, company) => renderMemoContent(doc, company, 'DOCUMENT'),
  purchaseOrder: (doc, company) => renderOrderFormContent(doc, company),
};

/** The content under the letterhead for one document (also what mail merge repeats). */
export function renderDocumentContent(doc: DocumentInput, company: CompanyProfile): string {
  const template = TEMPLATES[doc.type] ?? TEMPLATES.memo;
  return template(doc, company);
}

/** What prints at the top of pages 2+ ('Company · Memo: Subject'). */
export function runningHeaderLabel(doc: DocumentInput, company: CompanyProfile): string {
  const label = DOCUMENT_KIND_LABELS[doc.type] ?? 'Document';
  const name = (doc.title ?? '').trim() || (doc.subject ?? '').trim();
  return [(company.name ?? '').trim(), name ? `${label}: ${name}` : label].filter(Boolean).join(' · ');
}

export function resolvePageSize(size: string | null | undefined): PageSize {
  return size === 'Letter' ? 'Letter' : 'A4';
}

/**
 * The office's paper (issue 16.13): pass the company profile, so the size chosen in Settings
 * (else the office's country, else its locale) decides — shared/lib/paper officePaper. A bare
 * locale string is still read as the locale's paper, for old callers only.
 */
export function defaultPageSize(office: PaperProfile | string | null | undefined): PageSize {
  return officePaper(typeof office === 'string' ? { locale: office } : office);
}

export function renderDocumentHtml(doc: DocumentInput, company: CompanyProfile): string {
  const label = DOCUMENT_KIND_LABELS[doc.type] ?? 'Document';
  const name = (doc.title ?? '').trim() || (doc.subject ?? '').trim();
  return renderPage({
    // What print dialogs and the PDF's metadata show: the words as typed, not the
    // file-name-safe form.
    title: name ? `${label}: ${name}` : label,
    // A document without its own paper prints on the office's (the purchase order: issue 16.13).
    pageSize: doc.pageSize ? resolvePageSize(doc.pageSize) : defaultPageSize(company),
    company,
    content: renderDocumentContent(doc, company),
    logoPosition: doc.layout?.logoPosition ?? 'left',
    headerLabel: runningHeaderLabel(doc, company),
  });
}

const MAX_TITLE_LENGTH = 120;

/**
 * 'Memo 2025-03-14 - Parking changes': usable as a window title and as a file name on
 * Windows, macOS and Linux (no path separators, reserved characters or trailing dots).
 */
export function renderDocumentTitle(
  doc: Pick<DocumentInput, 'type' | 'date'> & Partial<Pick<DocumentInput, 'title' | 'subject'>>,
): string {
  const label = DOCUMENT_KIND_LABELS[doc.type] ?? 'Document';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(doc.date ?? '') ? doc.date : '';
  const name = (doc.title ?? '').trim() || (doc.subject ?? '').trim();
  const raw = [label, date].filter(Boolean).join(' ') + (name ? ` - ${name}` : '');
  const safe = raw
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/[\\/]/g, '-')
    .replace(/[:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const clipped = Array.from(safe).slice(0, MAX_TITLE_LENGTH).join('');
  return clipped.replace(/[.\s]+$/, '') || label;
}

/**
 * One printable page holding a copy of `template` for every recipient, each letter on its
 * own sheet(s) with its own letterhead and "Letter N of M" in the footer.
 */
export function renderMergedHtml(
  template: DocumentInput,
  recipients: readonly Recipient[],
  company: CompanyProfile,
  sender?: PlaceholderSources['sender'],
): string {
  const letters = mergeLetters(template, recipients, company, sender);
  const label = DOCUMENT_KIND_LABELS[template.type] ?? 'Document';
  const name = (template.title ?? '').trim() || (template.subject ?? '').trim();
  const title = `${name ? `${label}: ${name}` : label} (${recipients.length} ${recipients.length === 1 ? 'recipient' : 'recipients'})`;
  return composeMergedHtml(letters, company, title, renderDocumentContent);
}

// Recruiting and people printables (issue 5): each template renders a whole page itself.
export { fillPlaceholders, renderOfferLetterHtml, DEFAULT_OFFER_TEMPLATE, type OfferLetterData } from './templates/offerLetter';
export { renderWarningLetterHtml, DEFAULT_WARNING_TEMPLATE, type WarningLetterData } from './templates/warningLetter';
export { renderInterviewScheduleHtml, type ScheduleRow } from './templates/interviewSchedule';
export { renderCandidateSummaryHtml, type CandidateSummaryData } from './templates/candidateSummary';
export { renderExpenseReportHtml, expenseReportTotals, type ExpenseReportInput, type ExpenseReportLine } from './templates/expenseReport';
export { renderBudgetReportHtml, type BudgetReportInput, type BudgetReportRow } from './templates/budgetReport';
export { renderCountSheetHtml, groupByLocation, type CountSheetInput, type CountSheetItem } from './templates/countSheet';
// Equipment printouts (issue 12.10); asset labels have their own entry, ./labels.ts.
export {
  renderEquipmentRegisterHtml,
  groupEquipmentRegister,
  equipmentRegisterTotals,
  shortDocumentDate,
  type EquipmentRegisterInput,
  type EquipmentRegisterRow,
  type EquipmentRegisterGrouping,
} from './templates/equipmentRegister';
export {
  renderEquipmentHistoryHtml,
  type EquipmentHistoryInput,
  type EquipmentHistoryDetails,
  type EquipmentHistoryHandover,
  type EquipmentHistoryMeter,
  type EquipmentHistoryWork,
  type EquipmentHistoryPlan,
  type EquipmentHistoryRepair,
} from './templates/equipmentHistory';
// Calendar printouts (issue 13.10): a day sheet for one diary, a week at a glance for several.
export { renderDaySheetHtml, type DaySheetInput } from './templates/daySheet';
export { renderWeekAtAGlanceHtml, type WeekAtAGlanceInput, type WeekAtAGlanceDiary } from './templates/weekAtAGlance';
export type { CalendarPrintItem } from './templates/calendarPrint';
export { renderItineraryHtml, itineraryZoneLabel, type ItineraryInput, type ItineraryLeg, type ItineraryLegKind } from './templates/itinerary';
// Front desk printouts (issue 14.4): a day's "While you were out" slips, several to a page.
export { renderMessageSlipsHtml, SLIP_BOXES, type MessageSlipsInput, type MessageSlipEntry, type SlipBox } from './templates/messageSlips';
// Tasks printouts (issue 14.5): the day's errands grouped by place.
export { renderErrandRunSheetHtml, NO_PLACE, type ErrandRunSheetInput, type RunSheetPlace, type RunSheetErrand } from './templates/errandRunSheet';
