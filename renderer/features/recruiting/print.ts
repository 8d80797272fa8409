/**
 * Printables for recruiting: build the page with the shared templates and hand it to the
 * platform (print dialog or Save as PDF).
 */
import {
  defaultPageSize,
  renderCandidateSummaryHtml,
  renderInterviewScheduleHtml,
  renderOfferLetterHtml,
  type CompanyProfile,
  type OfferLetterData,
  type ScheduleRow,
} from '../../../shared/documents';
import { RECOMMENDATION_LABELS, type Candidate, type Interview, type Position, type StageConfig } from '../../../shared/domain/recruiting';
import { stageLabel } from '../../../shared/domain/recruiting';
import type { PrintRequest } from '../../platform';

/** A recruiting printable as the platform prints it, on the office's paper. */
export function printRequest(html: string, title: string, company: CompanyProfile): PrintRequest {
  return { html, title, pageSize: defaultPageSize(company) };
}

const time = (iso: string, locale?: string | null) =>
  new Date(iso).toLocaleTimeString(locale ?? undefined, { hour: '2-digit', minute: '2-digit' });
const dateTime = (iso: string, locale?: string | null) =>
  new Date(iso).toLocaleString(locale ?? undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function offerLetterHtml(data: Omit<OfferLetterData, 'pageSize'>, company: CompanyProfile): string {
  return renderOfferLetterHtml({ ...data, pageSize: defaultPageSize(company) }, company);
}

export function scheduleHtml(
  day: string,
  items: { interview: Interview; candidate?: Candidate }[],
  positions: ReadonlyMap<string, Position>,
  names: ReadonlyMap<string, string>,
  company: CompanyProfile,
): string {
  const rows: ScheduleRow[] = items.map(({ interview: i, candidate }) => ({
    time: `${time(i.start, company.locale)}–${time(i.end, company.locale)}`,
    candidate: candidate?.name ?? '(erased)',
    position: (i.positionId && positions.get(i.positionId)?.title) || '',
    interviewers: i.interviewerIds.map((id) => names.get(id) ?? 'Unknown').join(', '),
    place: [i.location, i.callDetails].filter(Boolean).join(' · '),
  }));
  return renderInterviewScheduleHtml({ day, rows, pageSize: defaultPageSize(company) }, company);
}

export function candidateSummaryHtml(
  c: Candidate,
  position: Position | undefined,
  stages: readonly StageConfig[],
  interviews: readonly Interview[],
  names: ReadonlyMap<string, string>,
  company: CompanyProfile,
  date: string,
): string {
  return renderCandidateSummaryHtml(
    {
      date,
      name: c.name,
      pageSize: defaultPageSize(company),
      fields: [
        { label: 'Email', value: c.email },
        { label: 'Phone', value: c.phone ?? '' },
        { label: 'Position', value: position?.title ?? '' },
        { label: 'Stage', value: stageLabel(stages, c.stage) },
        { label: 'Source', value: c.source ?? '' },
        { label: 'Rating', value: c.rating ? `${c.rating} / 5` : '' },
        { label: 'Tags', value: (c.tags ?? []).join(', ') },
        { label: 'Applied', value: c.appliedDate },
        { label: 'Rejection reason', value: c.stage === 'Rejected' ? (c.rejectedReason ?? '') : '' },
      ],
      notes: (c.timeline ?? []).map((n) => ({ when: dateTime(n.at, company.locale), text: n.text })),
      interviews: interviews.map((i) => ({
        when: dateTime(i.start, company.locale),
        interviewers: i.interviewerIds.map((id) => names.get(id) ?? 'Unknown').join(', '),
        scorecards: (i.scorecards ?? [])
          .map((s) => `${names.get(s.interviewerId) ?? 'Unknown'}: ${RECOMMENDATION_LABELS[s.recommendation]} (${Object.entries(s.ratings).map(([k, v]) => `${k} ${v}`).join(', ')})`)
          .join('\n'),
      })),
    },
    company,
  );
}
