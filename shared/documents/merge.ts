/**
 * Mail merge: one template, one letter per recipient, all in ONE printable page. Each letter
 * has its own letterhead and starts on a new sheet; each is a CSS named page whose footer
 * reads "Letter N of M", so a stack that comes out of the printer can be checked and split.
 *
 * Placeholders are filled from each recipient on the template's text only (see
 * placeholders.ts), and the result goes through the same templates and escaping as any
 * single document.
 */
import { renderLetterhead, renderPage } from './templates/layout';
import { escapeCssString } from './templates/escape';
import { formatDocumentDate } from './templates/format';
import {
  type PlaceholderSources,
  type Recipient,
  fillDocumentPlaceholders,
  placeholderValues,
} from './templates/placeholders';
import type { CompanyProfile, DocumentInput } from './types';

export interface MergeLetter {
  recipient: Recipient;
  /** The template with this recipient's placeholders filled and the recipient block set. */
  doc: DocumentInput;
}

/** One filled copy of `template` per recipient, in the given order. */
export function mergeLetters(
  template: DocumentInput,
  recipients: readonly Recipient[],
  company: CompanyProfile,
  sender?: PlaceholderSources['sender'],
): MergeLetter[] {
  const date = formatDocumentDate(template.date, company.locale);
  return recipients.map((recipient) => {
    const values = placeholderValues({ company, date, sender, recipient });
    const filled = fillDocumentPlaceholders(template, values);
    // A letter with no recipient block of its own gets the recipient's name and address.
    const to = (template.to ?? '').trim() ? filled.to : recipient.name;
    const recipientAddress = (template.recipientAddress ?? '').trim()
      ? filled.recipientAddress
      : (recipient.address ?? '');
    return { recipient, doc: { ...filled, to, recipientAddress } };
  });
}

export function composeMergedHtml(
  letters: readonly MergeLetter[],
  company: CompanyProfile,
  title: string,
  renderContent: (doc: DocumentInput, company: CompanyProfile) => string,
): string {
  const first = letters[0]?.doc;
  const total = letters.length;
  const footer = (company.name ?? '').trim();
  const pageRules = letters
    .map((_, index) => {
      const n = index + 1;
      const label = total > 1 ? `Letter ${n} of ${total}` : '';
      return `@page merge-${n} {
  ${footer ? `@bottom-left { content: ${escapeCssString(footer)}; font: 8pt sans-serif; color: #6b6b6b; vertical-align: top; padding-top: 5mm; }` : ''}
  ${label ? `@bottom-right { content: ${escapeCssString(label)}; font: 8pt sans-serif; color: #6b6b6b; vertical-align: top; padding-top: 5mm; }` : ''}
}
.merge-${n} { page: merge-${n}; }`;
    })
    .join('\n');
  const content = letters
    .map(
      ({ doc }, index) =>
        `<section class="merge-letter merge-${index + 1}">${renderLetterhead(company, doc.layout?.logoPosition ?? 'left')}${renderContent(doc, company)}</section>`,
    )
    .join('\n');
  return renderPage({
    title,
    pageSize: first?.pageSize === 'Letter' ? 'Letter' : 'A4',
    company,
    content,
    ownLetterheads: true,
    extraStyles: pageRules,
  });
}
