/**
 * The written warning letter for a disciplinary record, from a template with {{placeholders}}
 * filled from the employee and the record (looked up, never evaluated; escaped on output).
 */
import type { CompanyProfile, PageSize } from '../types';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';
import { renderLetterContent } from './offerLetter';

export const DEFAULT_WARNING_TEMPLATE = `Dear {{employee.name}},

This letter confirms the {{step}} issued to you on {{record.date}} concerning: {{record.title}}.

{{record.details}}

You are expected to meet the standards set out in your contract and the staff handbook. Further concerns may lead to the next step of the disciplinary procedure, up to and including dismissal.

You have the right to appeal this decision in writing within 7 days of receiving this letter. Please sign below to acknowledge that you have received it.`;

export interface WarningLetterData {
  date: string;
  employeeName: string;
  employeeTitle?: string;
  step: 'verbal' | 'written' | 'final';
  recordDate: string;
  recordTitle: string;
  details?: string;
  signatory?: string;
  signatoryTitle?: string;
  template?: string;
  pageSize?: PageSize;
}

const STEP_WORDS = { verbal: 'verbal warning', written: 'written warning', final: 'final written warning' } as const;

export function renderWarningLetterHtml(data: WarningLetterData, company: CompanyProfile): string {
  const ack = `<div class="letter-accept"><p>I acknowledge receipt of this letter.</p><p>Signed: ______________________ &nbsp; Date: ____________</p></div>`;
  return renderPage({
    title: `Warning letter: ${data.employeeName}`,
    pageSize: data.pageSize ?? 'A4',
    company,
    content: renderLetterContent(
      {
        date: data.date,
        recipient: [data.employeeName, data.employeeTitle].filter(Boolean).join('\n'),
        subject: `${STEP_WORDS[data.step].replace(/^./, (c) => c.toUpperCase())}`,
        template: data.template ?? DEFAULT_WARNING_TEMPLATE,
        values: {
          'employee.name': data.employeeName,
          step: STEP_WORDS[data.step],
          'record.date': formatDocumentDate(data.recordDate, company.locale),
          'record.title': data.recordTitle,
          'record.details': data.details ?? ' ',
        },
        signatory: data.signatory,
        signatoryTitle: data.signatoryTitle,
        marking: 'PRIVATE AND CONFIDENTIAL',
      },
      company,
      ack,
    ),
  });
}
