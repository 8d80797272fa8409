/**
 * The fax cover sheet: a large FAX title, the To/From/Date/Pages/Re grid with ruled lines and
 * the message under it, laid out so it still reads after a pass through a fax machine.
 */
import type { CompanyProfile, DocumentInput } from '../types';
import { renderBody } from './body';
import { escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';

function cell(label: string, value: string | null | undefined): string {
  return `<th scope="row">${escapeHtml(label)}</th><td>${escapeMultiline((value ?? '').trim())}</td>`;
}

export function renderFaxContent(doc: DocumentInput, company: CompanyProfile): string {
  return [
    '<main class="doc doc-fax">',
    '<h1 class="doc-title fax-title">FAX</h1>',
    '<table class="fax-grid"><tbody>',
    `<tr>${cell('To:', doc.to)}${cell('From:', doc.from)}</tr>`,
    `<tr>${cell('Fax / phone:', doc.message?.phone ?? '')}${cell('Date:', formatDocumentDate(doc.date, company.locale))}</tr>`,
    `<tr>${cell('CC:', doc.cc)}${cell('Pages:', doc.message?.pages ?? '')}</tr>`,
    `<tr class="fax-re">${cell('Re:', doc.subject)}<td colspan="2"></td></tr>`,
    '</tbody></table>',
    '<hr class="doc-rule">',
    '<h2 class="fax-comments">Comments</h2>',
    `<div class="doc-body">${renderBody(doc.body)}</div>`,
    '</main>',
  ].join('\n');
}
