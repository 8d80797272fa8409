/**
 * The memorandum: a big title, the To/From/CC/Date/Subject block, a rule, then the body.
 * Also the fallback for kinds that have no template of their own yet, with their own title.
 */
import type { CompanyProfile, DocumentInput } from '../types';
import { renderBody } from './body';
import { escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';
import { renderSignature } from './signature';

interface Field {
  label: string;
  value: string | null | undefined;
  className?: string;
  /** Shown even when empty, so a memo always states its date and subject line. */
  always?: boolean;
}

function renderFields(fields: Field[]): string {
  const rows = fields
    .filter((field) => field.always || (field.value ?? '').trim() !== '')
    .map(
      (field) =>
        `<tr${field.className ? ` class="${field.className}"` : ''}><th scope="row">${escapeHtml(field.label)}</th><td><bdi>${escapeMultiline((field.value ?? '').trim())}</bdi></td></tr>`,
    )
    .join('');
  return `<table class="doc-fields"><tbody>${rows}</tbody></table>`;
}

export function renderMemoContent(
  doc: DocumentInput,
  company: CompanyProfile,
  heading = 'MEMORANDUM',
): string {
  return [
    `<main class="doc doc-${escapeHtml(doc.type)}">`,
    `<h1 class="doc-title">${escapeHtml(heading)}</h1>`,
    renderFields([
      { label: 'To:', value: doc.to },
      { label: 'From:', value: doc.from },
      { label: 'CC:', value: doc.cc },
      { label: 'Date:', value: formatDocumentDate(doc.date, company.locale), always: true },
      { label: 'Subject:', value: doc.subject, className: 'doc-subject' },
    ]),
    '<hr class="doc-rule">',
    `<div class="doc-body">${renderBody(doc.body)}</div>`,
    renderSignature(doc, doc.from ?? ''),
    '</main>',
  ].join('\n');
}
