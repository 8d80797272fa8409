/**
 * Interviews: scheduled, moved and cancelled in recruiting's own table (the diaries read them
 * from there through the 'interview' diary source, so no calendar copy can drift), scorecards
 * and the day's schedule. Clashes of the interviewers and the room are the calendar's one
 * check (`checkClashes` with `ignore: { source: 'interview', id }`), shown as a warning.
 */
import { scorecardSchema, type Scorecard, type Interview } from '../../../shared/domain/recruiting';
import { nowIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, parseOrThrow, writeTransaction } from '../../db/crud';
import { openForWriting } from '../../db/sealing';
import { candidateRepository, interviewRepository, listInterviewsBetween } from './repository';
import { StageMoveError } from './pipeline';

export interface ScheduleInterviewInput {
  candidateId: string;
  start: string;
  end: string;
  kind?: 'phone' | 'video' | 'onsite';
  location?: string;
  callDetails?: string;
  /** The meeting room (calendar rooms), checked for double-booking like any diary. */
  roomId?: string;
  interviewerIds: string[];
}

/** Creates the interview with its audit line; it shows in the interviewers' and the room's diaries from its own table. */
export async function scheduleInterview(
  input: ScheduleInterviewInput,
  db: BackdeskDb = getDb(),
): Promise<Interview> {
  return writeTransaction(db, ['interviews', 'candidates', 'auditLog'], async () => {
    const candidate = await candidateRepository.require(input.candidateId, db);
    const interview = interviewRepository.build({
      candidateId: candidate.id,
      positionId: candidate.positionId,
      start: input.start,
      end: input.end,
      kind: input.kind ?? 'onsite',
      location: input.location,
      callDetails: input.callDetails,
      roomId: input.roomId,
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
    return interview;
  });
}

export type RescheduleInterviewInput = Omit<ScheduleInterviewInput, 'candidateId'>;

/**
 * Moves an interview (time, length, panel, room, place or call details). An interviewer who
 * already filled in a scorecard stays on the panel, so no submitted assessment is orphaned.
 */
export async function rescheduleInterview(
  id: string,
  input: RescheduleInterviewInput,
  db: BackdeskDb = getDb(),
): Promise<Interview> {
  // Scorecards may be sealed (issue 15.4): opened before the transaction, which WebCrypto cannot run inside.
  const opened = await openForWriting('interviews', await interviewRepository.require(id, db));
  return writeTransaction(db, ['interviews', 'auditLog'], async () => {
    const before = await interviewRepository.require(id, db);
    const kept = new Set(input.interviewerIds);
    if ((before.updatedAt === opened.updatedAt ? opened : before).scorecards?.some((s) => !kept.has(s.interviewerId))) {
      throw new StageMoveError(
        'An interviewer who has filled in a scorecard cannot be taken off the interview',
      );
    }
    return interviewRepository.update(
      id,
      {
        start: input.start,
        end: input.end,
        kind: input.kind ?? before.kind,
        // Blank strings clear the field (the form always sends them).
        location: input.location ?? '',
        callDetails: input.callDetails ?? '',
        roomId: input.roomId ?? '',
        interviewerIds: input.interviewerIds,
      },
      db,
    );
  });
}

/**
 * Cancels an interview: soft-deleted, so it leaves the diaries at once. Scorecards stay on the
 * cancelled record, read-only (saveScorecard refuses it), so a subject-access export still
 * shows them and erasure still removes them.
 */
export async function cancelInterview(id: string, db: BackdeskDb = getDb()): Promise<void> {
  await writeTransaction(db, ['interviews', 'auditLog'], async () => {
    const interview = await interviewRepository.require(id, db);
    const at = nowIso();
    await db.interviews.put({ ...interview, deletedAt: at, updatedAt: at });
    await db.auditLog.add(auditEntry('interviews', id, 'delete', 'Cancelled an interview', at));
  });
}

/** Adds or replaces one interviewer's scorecard. */
export async function saveScorecard(
  interviewId: string,
  card: Omit<Scorecard, 'submittedAt'>,
  db: BackdeskDb = getDb(),
): Promise<Interview> {
  const parsed = parseOrThrow('interviews', scorecardSchema, { ...card, submittedAt: nowIso() });
  const interview = await openForWriting('interviews', await interviewRepository.require(interviewId, db));
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
