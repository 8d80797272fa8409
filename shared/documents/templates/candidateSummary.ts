/** A one-candidate summary: details, stage, notes timeline and interviews with scorecards. */
import type { CompanyProfile, PageSize } from '../types';
import { renderBody } from './body';
import { bdi, escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';

export interface CandidateSummaryData {
  date: string;
  name: string;
  fields: { label: string; value: string }[];
  notes: { when: string; text: string }[];
  interviews: { when: string; interviewers: string; scorecards: string }[];
  pageSize?: PageSize;
}

export function renderCandidateSummaryHtml(data: CandidateSummaryData, company: CompanyProfile): string {
  const cell = (text: string) => [{ text }];
  const fields = `<table class="doc-fields"><tbody>${data.fields
    .filter((f) => f.value.trim() !== '')
    .map((f) => `<tr><th scope="row">${escapeHtml(f.label)}</th><td>${escapeMultiline(f.value)}</td></tr>`)
    .join('')}</tbody></table>`;
  const notes = data.notes.length
    ? renderBody({ blocks: [{ kind: 'table', header: ['When', 'Note'].map(cell), rows: data.notes.map((n) => [cell(n.when), cell(n.text)]) }] })
    : '<p>No notes.</p>';
  const interviews = data.interviews.length
    ? renderBody({
        blocks: [
          {
            kind: 'table',
            header: ['When', 'Interviewers', 'Scorecards'].map(cell),
            rows: data.interviews.map((i) => [cell(i.when), cell(i.interviewers), cell(i.scorecards)]),
          },
        ],
      })
    : '<p>No interviews yet.</p>';
  return renderPage({
    title: `Candidate summary: ${data.name}`,
    pageSize: data.pageSize ?? 'A4',
    company,
    content: [
      '<main class="doc doc-report">',
      '<h1 class="doc-title">CANDIDATE SUMMARY</h1>',
      `<p><strong>${bdi(data.name)}</strong> · ${escapeHtml(formatDocumentDate(data.date, company.locale))}</p>`,
      fields,
      '<hr class="doc-rule">',
      '<h2>Notes</h2>',
      notes,
      '<h2>Interviews</h2>',
      interviews,
      '</main>',
    ].join('\n'),
  });
}
