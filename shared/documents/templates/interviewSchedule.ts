/** The interview schedule for one day: a table of times, candidates, positions, interviewers, places. */
import type { CompanyProfile, PageSize } from '../types';
import { renderBody } from './body';
import { escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';

export interface ScheduleRow {
  time: string;
  candidate: string;
  position: string;
  interviewers: string;
  place: string;
}

export function renderInterviewScheduleHtml(data: { day: string; rows: ScheduleRow[]; pageSize?: PageSize }, company: CompanyProfile): string {
  const cell = (text: string) => [{ text }];
  const table = data.rows.length
    ? renderBody({
        blocks: [
          {
            kind: 'table',
            header: ['Time', 'Candidate', 'Position', 'Interviewers', 'Place / call'].map(cell),
            rows: data.rows.map((r) => [r.time, r.candidate, r.position, r.interviewers, r.place].map(cell)),
          },
        ],
      })
    : '<p>No interviews are scheduled for this day.</p>';
  const day = formatDocumentDate(data.day, company.locale);
  return renderPage({
    title: `Interview schedule ${data.day}`,
    pageSize: data.pageSize ?? 'A4',
    company,
    content: `<main class="doc doc-report"><h1 class="doc-title">INTERVIEW SCHEDULE</h1><p><strong>${escapeHtml(day)}</strong> · ${data.rows.length} interview(s)</p><hr class="doc-rule"><div class="doc-body">${table}</div></main>`,
  });
}
