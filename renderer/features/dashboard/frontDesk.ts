/**
 * What the Dashboard's front desk cards read (issue 14.6), through the other features' public
 * surfaces: the open messages (calls), today's tasks and errands (tasks' Today view), and the
 * interviews of the coming week with their candidates (recruiting). Each card has its own live
 * query, so a call closed re-reads the messages only.
 */
import type { IsoDate } from '../../../shared/lib/dates';
import type { BackdeskDb } from '../../db';
import { useDbQuery } from '../../db/hooks';
import { listOpenMessages } from '../calls';
import { candidateRepository, listInterviewsBetween } from '../recruiting';
import { listTodayTasks } from '../tasks';

/** How far ahead "Upcoming interviews" looks. */
export const INTERVIEW_DAYS = 7;
/** How many interviews the card lists. */
export const INTERVIEW_ROWS = 6;

export interface UpcomingInterviewRow {
  id: string;
  candidateId: string;
  candidateName: string;
  start: string;
  end: string;
  kind: string;
}

/** Interviews from `nowMs` for INTERVIEW_DAYS days still to be held (outcome pending), soonest first, with their candidates' names. */
export async function readUpcomingInterviews(db: BackdeskDb, nowMs: number): Promise<{ count: number; rows: UpcomingInterviewRow[] }> {
  const from = new Date(nowMs - 60 * 60_000).toISOString(); // one that started within the hour is still on
  const to = new Date(nowMs + INTERVIEW_DAYS * 86_400_000).toISOString();
  const pending = (await listInterviewsBetween(from, to, db))
    .filter((i) => i.outcome === 'pending' && Date.parse(i.end) > nowMs)
    .sort((a, b) => a.start.localeCompare(b.start) || (a.id < b.id ? -1 : 1));
  const first = pending.slice(0, INTERVIEW_ROWS);
  const candidates = await Promise.all(first.map((i) => candidateRepository.get(i.candidateId, db)));
  return {
    count: pending.length,
    rows: first.map((i, k) => ({ id: i.id, candidateId: i.candidateId, candidateName: candidates[k]?.name ?? 'Candidate', start: i.start, end: i.end, kind: i.kind })),
  };
}

export const useDashboardOpenMessages = () => useDbQuery((db) => listOpenMessages(db), []);
export const useDashboardTodayTasks = (today: IsoDate) => useDbQuery((db) => listTodayTasks(today, db), [today]);
export const useUpcomingInterviews = (nowMs: number) => useDbQuery((db) => readUpcomingInterviews(db, nowMs), [nowMs]);
