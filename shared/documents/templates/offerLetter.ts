/**
 * The offer letter: a letter from a template whose {{placeholders}} are filled from the
 * candidate, the position and the company. Placeholders are looked up in a plain map, never
 * evaluated; the filled text is then escaped like any other body text.
 */
import type { CompanyProfile, PageSize } from '../types';
import { renderBody } from './body';
import { escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';

/** Replaces {{name}} with values[name]; unknown placeholders stay visible so a typo shows. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{\{\s*([a-zA-Z][a-zA-Z0-9_.]{0,60})\s*\}\}/g, (whole, key: string) => {
    const v = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined;
    return v === undefined || v === '' ? whole : v;
  });
}

export const DEFAULT_OFFER_TEMPLATE = `Dear {{candidate.name}},

We are delighted to offer you the position of {{position.title}} in our {{position.department}} team at {{company.name}}.

Your employment will start on {{startDate}}. {{salaryLine}}

This offer is subject to the terms of our standard employment contract, which will follow under separate cover. Please confirm your acceptance by signing and returning a copy of this letter by {{replyBy}}.

We very much look forward to welcoming you to the team.`;

export interface LetterInput {
  date: string;
  /** Recipient block: name and address lines. */
  recipient: string;
  subject: string;
  /** The template text with {{placeholders}}. */
  template: string;
  values: Readonly<Record<string, string | undefined>>;
  signatory?: string;
  signatoryTitle?: string;
  pageSize?: PageSize;
  /** Shown small above the subject, e.g. 'PRIVATE AND CONFIDENTIAL'. */
  marking?: string;
}

const LETTER_CSS = `
.letter-recipient{margin:0 0 8mm;white-space:normal}
.letter-date{margin:0 0 6mm}
.letter-marking{font-size:9pt;letter-spacing:.08em;font-weight:bold;margin:0 0 3mm}
.letter-subject{font-weight:bold;margin:0 0 5mm}
.letter-sign{margin-top:12mm}
.letter-sign .sig-line{margin-top:14mm;border-top:1px solid #333;width:60mm;padding-top:1mm}
.letter-accept{margin-top:14mm;border-top:1px dashed #999;padding-top:4mm}
`;

export function renderLetterContent(input: LetterInput, company: CompanyProfile, extra = ''): string {
  const body = fillPlaceholders(input.template, input.values);
  return [
    `<style>${LETTER_CSS}</style>`,
    '<main class="doc doc-letter">',
    `<p class="letter-date">${escapeHtml(formatDocumentDate(input.date, company.locale))}</p>`,
    `<p class="letter-recipient">${escapeMultiline(input.recipient)}</p>`,
    input.marking ? `<p class="letter-marking">${escapeHtml(input.marking)}</p>` : '',
    `<p class="letter-subject">${escapeHtml(input.subject)}</p>`,
    `<div class="doc-body">${renderBody(body)}</div>`,
    '<div class="letter-sign"><p>Yours sincerely,</p>',
    `<div class="sig-line">${escapeHtml(input.signatory ?? '')}${input.signatoryTitle ? `<br>${escapeHtml(input.signatoryTitle)}` : ''}<br>${escapeHtml(company.name ?? '')}</div></div>`,
    extra,
    '</main>',
  ].join('\n');
}

export interface OfferLetterData {
  date: string;
  candidateName: string;
  candidateEmail?: string;
  positionTitle: string;
  department?: string;
  startDate: string;
  salary?: string;
  replyBy: string;
  signatory?: string;
  signatoryTitle?: string;
  template?: string;
  pageSize?: PageSize;
}

export function offerLetterValues(data: OfferLetterData, company: CompanyProfile): Record<string, string | undefined> {
  return {
    'candidate.name': data.candidateName,
    'candidate.email': data.candidateEmail,
    'position.title': data.positionTitle,
    'position.department': data.department || 'wider',
    'company.name': company.name,
    startDate: formatDocumentDate(data.startDate, company.locale),
    replyBy: formatDocumentDate(data.replyBy, company.locale),
    salaryLine: data.salary ? `Your starting salary will be ${data.salary}.` : '',
    salary: data.salary,
  };
}

export function renderOfferLetterHtml(data: OfferLetterData, company: CompanyProfile): string {
  const accept = `<div class="letter-accept"><p>I accept the offer of the position of ${escapeHtml(data.positionTitle)}.</p><p>Signed: ______________________ &nbsp; Date: ____________</p><p>${escapeHtml(data.candidateName)}</p></div>`;
  return renderPage({
    title: `Offer letter: ${data.candidateName}`,
    pageSize: data.pageSize ?? 'A4',
    company,
    content: renderLetterContent(
      {
        date: data.date,
        recipient: [data.candidateName, data.candidateEmail].filter(Boolean).join('\n'),
        subject: `Offer of employment: ${data.positionTitle}`,
        template: data.template ?? DEFAULT_OFFER_TEMPLATE,
        values: offerLetterValues(data, company),
        signatory: data.signatory,
        signatoryTitle: data.signatoryTitle,
        marking: 'PRIVATE AND CONFIDENTIAL',
      },
      company,
      accept,
    ),
  });
}
