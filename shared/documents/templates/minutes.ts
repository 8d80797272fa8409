/**
 * Meeting minutes: the meeting's name and date, who attended and who sent apologies, then
 * the notes (usually headings per agenda item, lists of decisions and a table of actions).
 */
import type { CompanyProfile, DocumentInput } from '../types';
import { renderBody } from './body';
import { escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';

export function renderMinutesContent(doc: DocumentInput, company: CompanyProfile): string {
  const rows: [string, string | null | undefined][] = [
    ['Meeting:', doc.subject],
    ['Date:', formatDocumentDate(doc.date, company.locale)],
    ['Attendees:', doc.to],
    ['Apologies:', doc.cc],
    ['Minutes by:', doc.from],
  ];
  return [
    '<main class="doc doc-minutes">',
    '<h1 class="doc-title">MINUTES</h1>',
    `<table class="doc-fields"><tbody>${rows
      .filter(([, value]) => (value ?? '').trim() !== '')
      .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeMultiline((value ?? '').trim())}</td></tr>`)
      .join('')}</tbody></table>`,
    '<hr class="doc-rule">',
    `<div class="doc-body">${renderBody(doc.body)}</div>`,
    '</main>',
  ].join('\n');
}
