/**
 * The report: a title block (title, subtitle, author and date) over the body. Long reports
 * run over several pages; the page furniture repeats the title at the top of pages 2+.
 */
import type { CompanyProfile, DocumentInput } from '../types';
import { renderBody } from './body';
import { escapeHtml } from './escape';
import { formatDocumentDate } from './format';

export function renderReportContent(doc: DocumentInput, company: CompanyProfile): string {
  const title = (doc.title ?? '').trim() || (doc.subject ?? '').trim() || 'Report';
  const subtitle = (doc.subject ?? '').trim() !== title ? (doc.subject ?? '').trim() : '';
  const byline = [
    (doc.from ?? '').trim() ? `Prepared by ${doc.from!.trim()}` : '',
    (doc.to ?? '').trim() ? `for ${doc.to!.trim()}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [
    '<main class="doc doc-report">',
    '<div class="report-kicker">REPORT</div>',
    `<h1 class="doc-title report-title">${escapeHtml(title)}</h1>`,
    subtitle ? `<p class="report-subtitle">${escapeHtml(subtitle)}</p>` : '',
    `<p class="report-byline">${escapeHtml([byline, formatDocumentDate(doc.date, company.locale)].filter(Boolean).join(' · '))}</p>`,
    '<hr class="doc-rule">',
    `<div class="doc-body">${renderBody(doc.body)}</div>`,
    '</main>',
  ].join('\n');
}
