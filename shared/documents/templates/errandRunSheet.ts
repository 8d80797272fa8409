/**
 * The errand run sheet (issue 14.5): the day's errands to take along, grouped by place — the
 * place as a heading, then each errand with a box to tick, what to take or bring, for whom,
 * its time, its checklist lines as smaller boxes and its notes. A4 or US Letter. Every user
 * value goes through escapeHtml / escapeMultiline.
 */
import type { CompanyProfile, PageSize } from '../types';
import { escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';

export interface RunSheetErrand {
  title: string;
  /** What to take or bring. */
  bring?: string | undefined;
  /** The person it is for. */
  forWhom?: string | undefined;
  /** 'HH:mm' (office time). */
  dueTime?: string | undefined;
  /** Set when the errand was due on an earlier day (missed, still to run). */
  dueDate?: string | undefined;
  priority?: 'low' | 'normal' | 'high' | 'urgent' | undefined;
  checklist?: readonly { text: string; done: boolean }[] | undefined;
  notes?: string | undefined;
}

export interface RunSheetPlace {
  /** '' = no place given. */
  place: string;
  errands: readonly RunSheetErrand[];
}

export interface ErrandRunSheetInput {
  /** The day of the run, 'YYYY-MM-DD'. */
  date: string;
  places: readonly RunSheetPlace[];
  preparedOn?: string;
  pageSize?: PageSize;
}

export const NO_PLACE = 'No place given';

const STYLES = `
.run-place { font-family: system-ui, sans-serif; font-size: 13pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1pt solid #1a1a1a; break-after: avoid; }
.run-list { list-style: none; margin: 0; padding: 0; }
.run-errand { display: flex; gap: 3mm; padding: 2.2mm 0; border-bottom: 0.5pt solid #c8c8c8; break-inside: avoid; }
.run-box { flex: none; width: 4.2mm; height: 4.2mm; border: 1pt solid #1a1a1a; margin-top: 0.6mm; }
.run-box.small { width: 3.2mm; height: 3.2mm; border-width: 0.75pt; margin-top: 0.4mm; }
.run-box.ticked { background: #8a8a8a; }
.run-body { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.run-title { font-weight: 600; font-size: 11pt; }
.run-meta { font-size: 9.5pt; color: #333; margin-top: 0.6mm; }
.run-meta span + span::before { content: " · "; }
.run-bring { font-size: 10.5pt; margin-top: 0.8mm; }
.run-check { list-style: none; margin: 1.2mm 0 0; padding: 0; font-size: 9.5pt; }
.run-check li { display: flex; gap: 2mm; margin: 0.6mm 0; }
.run-notes { font-size: 9.5pt; margin-top: 1mm; color: #333; }
.run-flag { font-weight: 700; }
.run-sign { margin-top: 12mm; display: flex; gap: 12mm; break-inside: avoid; font-family: system-ui, sans-serif; font-size: 10pt; }
.run-sign div { flex: 1; border-top: 0.75pt solid #444; padding-top: 1.5mm; }
`;

function weekdayDate(date: string, locale: string | null | undefined): string {
  try {
    return new Intl.DateTimeFormat(locale || 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  } catch {
    return date;
  }
}

function renderErrand(e: RunSheetErrand, locale: string | null | undefined): string {
  const meta: string[] = [];
  if (e.forWhom) meta.push(`<span>For ${escapeHtml(e.forWhom)}</span>`);
  if (e.dueTime) meta.push(`<span>By ${escapeHtml(e.dueTime)}</span>`);
  if (e.dueDate) meta.push(`<span class="run-flag">Overdue since ${escapeHtml(formatDocumentDate(e.dueDate, locale))}</span>`);
  if (e.priority === 'urgent' || e.priority === 'high') meta.push(`<span class="run-flag">${e.priority === 'urgent' ? 'Urgent' : 'High priority'}</span>`);
  const checklist = (e.checklist ?? []).length
    ? `<ul class="run-check">${(e.checklist ?? [])
        .map((c) => `<li><span class="run-box small${c.done ? ' ticked' : ''}" aria-hidden="true"></span><span>${escapeHtml(c.text)}${c.done ? ' (done)' : ''}</span></li>`)
        .join('')}</ul>`
    : '';
  return [
    '<li class="run-errand"><span class="run-box" aria-hidden="true"></span><div class="run-body">',
    `<div class="run-title">${escapeHtml(e.title)}</div>`,
    e.bring ? `<div class="run-bring"><b>Take or bring:</b> ${escapeMultiline(e.bring)}</div>` : '',
    meta.length ? `<div class="run-meta">${meta.join('')}</div>` : '',
    checklist,
    e.notes ? `<div class="run-notes">${escapeMultiline(e.notes)}</div>` : '',
    '</div></li>',
  ].join('');
}

export function renderErrandRunSheetHtml(sheet: ErrandRunSheetInput, company: CompanyProfile): string {
  const locale = company.locale;
  const day = weekdayDate(sheet.date, locale);
  const count = sheet.places.reduce((n, p) => n + p.errands.length, 0);
  const places = sheet.places.filter((p) => p.errands.length > 0);
  const sections = places
    .map(
      (p) =>
        `<section><h2 class="run-place">${escapeHtml(p.place.trim() || NO_PLACE)} <span class="run-meta">(${p.errands.length} ${p.errands.length === 1 ? 'errand' : 'errands'})</span></h2><ul class="run-list">${p.errands
          .map((e) => renderErrand(e, locale))
          .join('')}</ul></section>`,
    )
    .join('');
  const prepared = sheet.preparedOn ? ` · Prepared ${escapeHtml(formatDocumentDate(sheet.preparedOn, locale))}` : '';
  return renderPage({
    title: `Errand run sheet ${sheet.date}`,
    pageSize: sheet.pageSize ?? 'A4',
    company,
    headerLabel: [(company.name ?? '').trim(), `Errand run sheet, ${day}`].filter(Boolean).join(' · '),
    extraStyles: STYLES,
    content: `<main class="doc doc-report"><h1 class="doc-title">ERRAND RUN SHEET</h1><p><strong>${escapeHtml(day)}</strong> · ${count} ${count === 1 ? 'errand' : 'errands'} at ${places.length} ${
      places.length === 1 ? 'place' : 'places'
    }${prepared}</p><hr class="doc-rule">${count ? sections : '<p>No errands to run on this day.</p>'}<div class="run-sign"><div>Run by</div><div>Back at</div></div></main>`,
  });
}
