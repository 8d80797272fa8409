/** The candidate's way through the pipeline: stage moves with their rules, hiring into People in one transaction, and notes on the timeline. */
import {
  checkStageMove,
  employeeDraftFromCandidate,
  stageLabel,
  type TimelineEntry,
  type Candidate,
  type CandidateStage,
} from '../../../shared/domain/recruiting';
import { nowIso, today } from '../../../shared/lib/dates';
import { newId } from '../../../shared/lib/ids';
import { EMPLOYEE_WRITE_TABLES, createEmployeeInTx, type Employee } from '../people';
import { getDb, type BackdeskDb } from '../../db';
import { writeTransaction } from '../../db/crud';
import { candidateRepository, getStages, positionRepository } from './repository';

function timelineEntry(kind: TimelineEntry['kind'], text: string, at = nowIso()): TimelineEntry {
  return { id: newId(), at, kind, text };
}

export class StageMoveError extends Error {
  override readonly name = 'StageMoveError';
}

/**
 * Moves a candidate to another stage, recording the move on their timeline. Rejected needs a
 * reason (stored on the candidate). Moving to Hired here only changes the stage; use
 * `hireCandidate` to also create the employee.
 */
export async function moveCandidate(
  id: string,
  stage: CandidateStage,
  options: { reason?: string; on?: string } = {},
  db: BackdeskDb = getDb(),
): Promise<Candidate> {
  const stages = await getStages(db);
  const candidate = await candidateRepository.require(id, db);
  const check = checkStageMove(candidate, stage, stages);
  if (!check.ok) throw new StageMoveError(check.message);
  const reason = options.reason?.trim();
  if (check.needsReason && !reason)
    throw new StageMoveError('Give a reason for rejecting the candidate');
  const on = options.on ?? today();
  const note = `Moved from ${stageLabel(stages, candidate.stage)} to ${stageLabel(stages, stage)}${reason ? `: ${reason}` : ''}`;
  return candidateRepository.update(
    id,
    {
      stage,
      stageDate: on,
      timeline: [...(candidate.timeline ?? []), timelineEntry('stage', note)],
      ...(stage === 'Rejected' ? { rejectedReason: reason } : {}),
      ...(stage === 'Hired' ? { hiredDate: on } : {}),
    },
    db,
  );
}

/**
 * Hires a candidate: stage Hired and, when asked, a new employee from their data (title and
 * department from the position), linked both ways. One transaction: both or neither.
 */
export async function hireCandidate(
  id: string,
  options: { createEmployee: boolean; startDate: string; title?: string; department?: string },
  db: BackdeskDb = getDb(),
): Promise<{ candidate: Candidate; employee?: Employee }> {
  const stages = await getStages(db);
  return writeTransaction(db, ['candidates', 'positions', ...EMPLOYEE_WRITE_TABLES], async () => {
    const candidate = await candidateRepository.require(id, db);
    if (candidate.stage !== 'Hired') {
      const check = checkStageMove(candidate, 'Hired', stages);
      if (!check.ok) throw new StageMoveError(check.message);
    }
    let employee: Employee | undefined;
    if (options.createEmployee && !candidate.employeeId) {
      const position = candidate.positionId
        ? await positionRepository.get(candidate.positionId, db)
        : undefined;
      const draft = employeeDraftFromCandidate(candidate, position, options.startDate);
      employee = await createEmployeeInTx(
        db,
        {
          ...draft,
          ...(options.title?.trim() ? { title: options.title.trim() } : {}),
          ...(options.department?.trim() ? { department: options.department.trim() } : {}),
          candidateId: candidate.id,
        },
        'Created employee from a hired candidate',
      );
    }
    const on = today();
    const updated = await candidateRepository.update(
      id,
      {
        ...(candidate.stage !== 'Hired'
          ? {
              stage: 'Hired',
              stageDate: on,
              hiredDate: on,
              timeline: [
                ...(candidate.timeline ?? []),
                timelineEntry(
                  'stage',
                  `Moved from ${stageLabel(stages, candidate.stage)} to ${stageLabel(stages, 'Hired')}`,
                ),
              ],
            }
          : {}),
        ...(employee ? { employeeId: employee.id } : {}),
      },
      db,
    );
    return employee ? { candidate: updated, employee } : { candidate: updated };
  });
}

export async function addCandidateNote(
  id: string,
  text: string,
  db: BackdeskDb = getDb(),
): Promise<Candidate> {
  const trimmed = text.trim();
  if (!trimmed) throw new StageMoveError('Write something in the note first');
  const c = await candidateRepository.require(id, db);
  return candidateRepository.update(
    id,
    { timeline: [...(c.timeline ?? []), timelineEntry('note', trimmed)] },
    db,
  );
}
