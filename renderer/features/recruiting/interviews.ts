/** Interviews with their calendar events (scheduled, moved and cancelled in one transaction), the interviewers' clashes, scorecards and the day's schedule. */
import { scorecardSchema, type Scorecard, type Interview } from '../../../shared/domain/recruiting';
import { nowIso } from '../../../shared/lib/dates';
import {
  EVENT_WRITE_TABLES,
  deleteInterviewEventInTx,
  listEventBusySlots,
  updateInterviewEventInTx,
  writeInterviewEventInTx,
} from '../calendar';
import { findClashes, type BusySlot, type Clash } from '../../../shared/domain/clash';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, parseOrThrow, writeTransaction } from '../../db/crud';
import { candidateRepository, interviewRepository, listInterviewsBetween } from './repository';
import { StageMoveError } from './pipeline';

export interface ScheduleInterviewInput {
  candidateId: string;
  start: string;
  end: string;
  kind?: 'phone' | 'video' | 'onsite';
  location?: string;
  callDetails?: string;
  interviewerIds: string[];
}

/** Creates the interview and its calendar event (kind 'interview', linked back) in one transaction. */
export async function scheduleInterview(
  input: ScheduleInterviewInput,
  db: BackdeskDb = getDb(),
): Promise<Interview> {
  return writeTransaction(db, ['interviews', 'candidates', ...EVENT_WRITE_TABLES], async () => {
    const candidate = await candidateRepository.require(input.candidateId, db);
    const interview = interviewRepository.build({
      candidateId: candidate.id,
      positionId: candidate.positionId,
      start: input.start,
      end: input.end,
      kind: input.kind ?? 'onsite',
      location: input.location,
      callDetails: input.callDetails,
      interviewerIds: input.interviewerIds,
    });
    await db.interviews.add(interview);
    await db.auditLog.add(
      auditEntry(
        'interviews',
        interview.id,
        'create',
        'Scheduled an interview',
        interview.createdAt,
      ),
    );
    await writeInterviewEventInTx(db, interview, {
      title: `Interview: ${candidate.name}`,
      location: input.location || input.callDetails,
    });
    return interview;
  });
}

export type RescheduleInterviewInput = Omit<ScheduleInterviewInput, 'candidateId'>;

/**
 * Moves an interview (time, length, panel, place or call details) and its calendar entry in one
 * transaction: both change or neither. An interviewer who already filled in a scorecard stays
 * on the panel, so no submitted assessment is orphaned.
 */
export async function rescheduleInterview(
  id: string,
  input: RescheduleInterviewInput,
  db: BackdeskDb = getDb(),
): Promise<Interview> {
  return writeTransaction(db, ['interviews', 'candidates', ...EVENT_WRITE_TABLES], async () => {
    const before = await interviewRepository.require(id, db);
    const kept = new Set(input.interviewerIds);
    if ((before.scorecards ?? []).some((s) => !kept.has(s.interviewerId))) {
      throw new StageMoveError(
        'An interviewer who has filled in a scorecard cannot be taken off the interview',
      );
    }
    const candidate = await candidateRepository.require(before.candidateId, db);
    const interview = await interviewRepository.update(
      id,
      {
        start: input.start,
        end: input.end,
        kind: input.kind ?? before.kind,
        // Blank strings clear the field (the form always sends both).
        location: input.location ?? '',
        callDetails: input.callDetails ?? '',
        interviewerIds: input.interviewerIds,
      },
      db,
    );
    await updateInterviewEventInTx(db, interview, {
      title: `Interview: ${candidate.name}`,
      location: input.location || input.callDetails,
    });
    return interview;
  });
}

/**
 * Cancels an interview: its calendar entry is removed and the interview soft-deleted, in one
 * transaction. Scorecards stay on the cancelled record, read-only (saveScorecard refuses it),
 * so a subject-access export still shows them and erasure still removes them.
 */
export async function cancelInterview(id: string, db: BackdeskDb = getDb()): Promise<void> {
  await writeTransaction(db, ['interviews', ...EVENT_WRITE_TABLES], async () => {
    const interview = await interviewRepository.require(id, db);
    await deleteInterviewEventInTx(db, id);
    const at = nowIso();
    await db.interviews.put({ ...interview, deletedAt: at, updatedAt: at });
    await db.auditLog.add(auditEntry('interviews', id, 'delete', 'Cancelled an interview', at));
  });
}

/**
 * Busy slots (calendar events and interviews) touching [fromInstant, toInstant). Read inside
 * the caller's transaction when there is one, so a check and a save see the same data. An
 * interview counts even if its calendar entry was deleted.
 */
export async function listBusySlots(
  fromInstant: string,
  toInstant: string,
  db: BackdeskDb = getDb(),
): Promise<BusySlot[]> {
  const events = await listEventBusySlots(fromInstant, toInstant, db);
  const interviews = (await db.interviews.where('start').below(toInstant).toArray()).filter(
    (i) => i.deletedAt === null && i.end > fromInstant,
  );
  return [
    ...events,
    ...interviews.map((i): BusySlot => ({
      source: 'interview',
      id: i.id,
      title: 'Interview',
      start: i.start,
      end: i.end,
      people: i.interviewerIds,
    })),
  ];
}

/** Clashes of the given interviewers with anything else on their calendars during [start, end). */
export async function findInterviewerClashes(
  proposal: {
    start: string;
    end: string;
    interviewerIds: readonly string[];
    ignoreInterviewId?: string;
  },
  db: BackdeskDb = getDb(),
): Promise<Clash[]> {
  if (proposal.interviewerIds.length === 0) return [];
  const busy = await listBusySlots(proposal.start, proposal.end, db);
  return findClashes(
    {
      start: proposal.start,
      end: proposal.end,
      people: proposal.interviewerIds,
      ignoreInterviewId: proposal.ignoreInterviewId,
    },
    busy,
  );
}

/** Adds or replaces one interviewer's scorecard. */
export async function saveScorecard(
  interviewId: string,
  card: Omit<Scorecard, 'submittedAt'>,
  db: BackdeskDb = getDb(),
): Promise<Interview> {
  const parsed = parseOrThrow('interviews', scorecardSchema, { ...card, submittedAt: nowIso() });
  const interview = await interviewRepository.require(interviewId, db);
  if (!interview.interviewerIds.includes(parsed.interviewerId)) {
    throw new StageMoveError('Only an interviewer on this interview can fill in a scorecard');
  }
  const others = (interview.scorecards ?? []).filter(
    (s) => s.interviewerId !== parsed.interviewerId,
  );
  return interviewRepository.update(interviewId, { scorecards: [...others, parsed] }, db);
}

/** Interviews on a day (local time), with their candidates, for the printable schedule. */
export async function listInterviewsOnDay(day: string, db: BackdeskDb = getDb()) {
  const from = new Date(`${day}T00:00:00`).toISOString();
  const to = new Date(new Date(`${day}T00:00:00`).getTime() + 86_400_000).toISOString();
  const interviews = await listInterviewsBetween(from, to, db);
  const out = [];
  for (const i of interviews.sort((a, b) => a.start.localeCompare(b.start))) {
    out.push({ interview: i, candidate: await candidateRepository.get(i.candidateId, db) });
  }
  return out;
}
