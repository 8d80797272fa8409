/**
 * The "while you were out" message slip: who the message is for, who called, when, how to
 * reach them, the usual tick boxes and the message itself, in a bordered slip at the top of
 * the page (so it can be cut out, or printed on a half sheet).
 */
import type { CompanyProfile, DocumentInput } from '../types';
import { renderBody } from './body';
import { escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';

export const MESSAGE_FLAGS = [
  'Telephoned',
  'Please call',
  'Came to see you',
  'Will call again',
  'Returned your call',
  'Wants to see you',
  'Urgent',
] as const;

function line(label: string, value: string | null | undefined): string {
  return `<div class="slip-line"><span class="slip-label">${escapeHtml(label)}</span><span class="slip-value">${escapeMultiline((value ?? '').trim())}</span></div>`;
}

export function renderMessageContent(doc: DocumentInput, company: CompanyProfile): string {
  const ticked = new Set(doc.message?.flags ?? []);
  const boxes = MESSAGE_FLAGS.map(
    (flag) =>
      `<li class="slip-flag${ticked.has(flag) ? ' slip-flag-on' : ''}"><span class="slip-box" aria-hidden="true">${ticked.has(flag) ? '✔' : ''}</span>${escapeHtml(flag)}</li>`,
  ).join('');
  return [
    '<main class="doc doc-message"><section class="slip">',
    '<h1 class="slip-title">WHILE YOU WERE OUT</h1>',
    line('For:', doc.to),
    `<div class="slip-pair">${line('Date:', formatDocumentDate(doc.date, company.locale))}${line('Time:', doc.message?.time)}</div>`,
    line('From:', doc.from),
    line('Of:', doc.message?.company),
    line('Phone:', doc.message?.phone),
    `<ul class="slip-flags">${boxes}</ul>`,
    (doc.subject ?? '').trim() ? line('Re:', doc.subject) : '',
    `<div class="slip-message"><span class="slip-label">Message:</span><div class="doc-body">${renderBody(doc.body)}</div></div>`,
    line('Taken by:', doc.cc),
    '</section></main>',
  ].join('\n');
}
