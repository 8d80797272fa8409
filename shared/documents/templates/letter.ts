/**
 * The business letter: date, the recipient's name and inside address, a bold subject line,
 * the body and (when the layout asks) a closing with the signer's name. No big title: a
 * letter on letterhead announces itself.
 */
import type { CompanyProfile, DocumentInput } from '../types';
import { renderBody } from './body';
import { escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';
import { renderSignature } from './signature';

export function renderLetterContent(doc: DocumentInput, company: CompanyProfile): string {
  const to = (doc.to ?? '').trim();
  const address = (doc.recipientAddress ?? '').trim();
  const subject = (doc.subject ?? '').trim();
  const from = (doc.from ?? '').trim();
  return [
    '<main class="doc doc-letter">',
    `<p class="letter-date">${escapeHtml(formatDocumentDate(doc.date, company.locale))}</p>`,
    to || address
      ? `<address class="letter-recipient">${escapeMultiline([to, address].filter(Boolean).join('\n'))}</address>`
      : '',
    subject ? `<p class="letter-subject">${escapeHtml(subject)}</p>` : '',
    `<div class="doc-body">${renderBody(doc.body)}</div>`,
    renderSignature(doc, from ? `Yours sincerely,\n\n\n${from}` : 'Yours sincerely,'),
    '</main>',
  ].join('\n');
}
