/** Recruiting: positions, candidates through the pipeline, interviews. */
import {
  DEFAULT_STAGES,
  STAGES_SETTING_KEY,
  checkStageMove,
  dueForErasure,
  employeeDraftFromCandidate,
  normalizeStages,
  scorecardSchema,
  stageLabel,
  stageListSchema,
  type Scorecard,
  type StageConfig,
  type TimelineEntry,
  candidateDraftSchema,
  candidateSchema,
  interviewDraftSchema,
  interviewSchema,
  positionDraftSchema,
  positionSchema,
  type Candidate,
  type CandidateStage,
  type Interview,
} from '../../../shared/domain/recruiting';
import { nowIso, today } from '../../../shared/lib/dates';
import { newId } from '../../../shared/lib/ids';
import type { Attachment } from '../../../shared/domain/attachments';
import {
  ATTACHMENT_TABLES,
  getAttachmentBytes,
  listAttachments,
  prepareAttachment,
  readAttachmentFilesLinkedTo,
  removeAttachment,
  writePreparedAttachment,
} from '../../db/attachments';
import { RecordNotFoundError } from '../../db/errors';
import {
  EMPLOYEE_WRITE_TABLES,
  createEmployeeInTx,
  eraseCandidateLinkInTx,
  type Employee,
} from '../people';
import {
  EVENT_WRITE_TABLES,
  deleteInterviewEventInTx,
  listEventBusySlots,
  listEventsLinkedTo,
  updateInterviewEventInTx,
  writeInterviewEventInTx,
} from '../calendar';
import { findClashes, type BusySlot, type Clash } from '../../../shared/domain/clash';
import { getSettingRecord, putSetting } from '../../core/settings';
import { eraseLinkedRecordsInTx, linkedEraserTables } from '../../core/erasure';
import { normalizeForSearch } from '../../../shared/lib/text';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, createCrudRepository, parseOrThrow, writeTransaction } from '../../db/crud';

export const positionRepository = createCrudRepository({
  table: 'positions',
  schema: positionSchema,
  draftSchema: positionDraftSchema,
  noun: 'position',
  label: (p) => p.title,
  compare: (a, b) => a.title.localeCompare(b.title),
});

export const candidateRepository = createCrudRepository({
  table: 'candidates',
  schema: candidateSchema,
  draftSchema: candidateDraftSchema,
  noun: 'candidate',
  label: (c) => c.name,
  // Imports rarely carry an application date: a new candidate applied today.
  draftDefaults: () => ({ appliedDate: today() }),
  compare: (a, b) => b.appliedDate.localeCompare(a.appliedDate) || a.name.localeCompare(b.name),
});

export const interviewRepository = createCrudRepository({
  table: 'interviews',
  schema: interviewSchema,
  draftSchema: interviewDraftSchema,
  noun: 'interview',
  label: (i) => i.start.slice(0, 16).replace('T', ' '),
  compare: (a, b) => a.start.localeCompare(b.start),
});

export async function listCandidatesForPosition(
  positionId: string,
  db: BackdeskDb = getDb(),
): Promise<Candidate[]> {
  const rows = await db.candidates.where('positionId').equals(positionId).toArray();
  return rows.filter((c) => c.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name));
}

export async function listInterviewsForCandidate(
  candidateId: string,
  db: BackdeskDb = getDb(),
): Promise<Interview[]> {
  const rows = await db.interviews.where('candidateId').equals(candidateId).toArray();
  return rows.filter((i) => i.deletedAt === null).sort((a, b) => a.start.localeCompare(b.start));
}

/** Interviews starting in [fromInstant, toInstant). */
export async function listInterviewsBetween(
  fromInstant: string,
  toInstant: string,
  db: BackdeskDb = getDb(),
): Promise<Interview[]> {
  const rows = await db.interviews
    .where('start')
    .between(fromInstant, toInstant, true, false)
    .toArray();
  return rows.filter((i) => i.deletedAt === null);
}

/** Maps position titles (from an import) to ids of live positions, ignoring case and accents. */
export async function resolvePositionIds(
  titles: readonly string[],
  db: BackdeskDb = getDb(),
): Promise<Map<string, string>> {
  const positions = await positionRepository.list(db);
  const byKey = new Map(positions.map((p) => [normalizeForSearch(p.title), p.id]));
  const out = new Map<string, string>();
  for (const t of titles) {
    const id = byKey.get(normalizeForSearch(t));
    if (id) out.set(t, id);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pipeline actions: stages, moves, hiring, notes, files, interviews, scorecards, export, erasure.

export async function getStages(db: BackdeskDb = getDb()): Promise<StageConfig[]> {
  const r = await getSettingRecord(STAGES_SETTING_KEY, db);
  return normalizeStages(r?.value ?? DEFAULT_STAGES);
}

/** Saves the office's stage list; a stage still holding candidates cannot be removed. */
export async function saveStages(
  stages: readonly StageConfig[],
  db: BackdeskDb = getDb(),
): Promise<StageConfig[]> {
  const parsed = parseOrThrow('settings', stageListSchema, stages);
  const ids = new Set(parsed.map((s) => s.id));
  const stranded = (await candidateRepository.list(db)).filter((c) => !ids.has(c.stage));
  if (stranded.length > 0) {
    throw new Error(`Move the ${stranded.length} candidate(s) out of a stage before removing it`);
  }
  await putSetting(STAGES_SETTING_KEY, parsed, 'Updated the recruiting stages', db);
  return parsed;
}

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

export type CandidateFileSlot = 'resume' | 'coverLetter';

/** Stores a resume or cover letter and links it to the candidate (replacing the previous one). */
export async function attachCandidateFile(
  id: string,
  slot: CandidateFileSlot,
  file: { name: string; mimeType?: string; bytes: Uint8Array },
  db: BackdeskDb = getDb(),
): Promise<Attachment> {
  const prepared = await prepareAttachment({ ...file, linkedTable: 'candidates', linkedId: id });
  const field = slot === 'resume' ? 'resumeAttachmentId' : 'coverLetterAttachmentId';
  // New file, link and removal of the file it replaces in one transaction: a failure leaves
  // the candidate exactly as before, never with an orphaned or a leftover resume.
  return writeTransaction(db, [...ATTACHMENT_TABLES, 'candidates'], async () => {
    const c = await candidateRepository.require(id, db);
    const previous = c[field];
    const attachment = await writePreparedAttachment(db, prepared);
    await candidateRepository.update(id, { [field]: attachment.id }, db);
    if (previous) await removeAttachment(previous, db);
    return attachment;
  });
}

export const listCandidateFiles = (id: string, db?: BackdeskDb) =>
  listAttachments('candidates', id, db);
export { getAttachmentBytes };

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

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Everything stored about one candidate, for a subject-access request: the record (notes are
 * its timeline), interviews with scorecards, their calendar events and the files in base64.
 */
export async function exportCandidateData(id: string, db: BackdeskDb = getDb()) {
  const candidate = await candidateRepository.require(id, db);
  const interviews = await db.interviews.where('candidateId').equals(id).toArray();
  const events = await listEventsLinkedTo(
    'interviews',
    interviews.map((i) => i.id),
    db,
  );
  const files = (await readAttachmentFilesLinkedTo('candidates', id, db)).map(
    ({ attachment: a, bytes }) => ({
      name: a.name,
      mimeType: a.mimeType,
      size: a.size,
      deleted: a.deletedAt !== null,
      base64: bytes ? toBase64(bytes) : null,
    }),
  );
  return {
    format: 'backdesk-candidate-export',
    version: 1,
    exportedAt: nowIso(),
    candidate,
    notes: candidate.timeline ?? [],
    interviews,
    scorecards: interviews.flatMap((i) =>
      (i.scorecards ?? []).map((s) => ({ interviewId: i.id, ...s })),
    ),
    calendarEvents: events,
    files,
  };
}

/**
 * Erases a candidate completely, in one transaction: the record with its notes, interviews
 * and scorecards, their calendar events, documents and attachments (bytes too, unless another
 * record shares the same file), and every audit entry about them. What remains is one audit
 * entry saying an erasure happened, with no name and no id.
 */
export async function eraseCandidate(id: string, db: BackdeskDb = getDb()): Promise<void> {
  // Calendar, documents and attachments each erase what they keep about the candidate; the
  // registry (core/erasure.ts) spares recruiting an import of documents, which reads candidates.
  const linkedTables = linkedEraserTables(['calendar', 'documents', 'attachments']);
  await writeTransaction(
    db,
    ['candidates', 'interviews', ...linkedTables, ...EMPLOYEE_WRITE_TABLES],
    async () => {
      const candidate = await db.candidates.get(id);
      if (!candidate) throw new RecordNotFoundError('candidates', id);
      const interviewIds = (await db.interviews.where('candidateId').equals(id).toArray()).map(
        (i) => i.id,
      );

      // Each owning feature erases its own rows linked to the candidate, with their audit entries.
      await eraseLinkedRecordsInTx(db, 'interviews', interviewIds);
      await eraseLinkedRecordsInTx(db, 'candidates', [id]);
      // An employee hired from this candidate stays (they are staff now) but loses the link.
      if (candidate.employeeId) await eraseCandidateLinkInTx(db, candidate.employeeId, id);

      for (const key of [['candidates', id], ...interviewIds.map((i) => ['interviews', i])]) {
        await db.auditLog.where('[table+recordId]').equals(key).delete();
      }
      await db.interviews.bulkDelete(interviewIds);
      await db.candidates.delete(id);
      await db.auditLog.add(
        auditEntry(
          'candidates',
          '',
          'delete',
          'Erased a candidate and all their data on request',
          nowIso(),
        ),
      );
    },
  );
}

/** Candidates whose retention date has passed. */
export async function listDueForErasure(
  on: string = today(),
  db: BackdeskDb = getDb(),
): Promise<Candidate[]> {
  return dueForErasure(await candidateRepository.list(db), on);
}

/** Import drafts from shared/import (kind 'candidates'): position titles resolve to live positions. */
export interface CandidateImportRecord {
  name: string;
  email: string;
  phone?: string;
  position?: string;
  source?: string;
}

export async function importCandidates(
  records: readonly CandidateImportRecord[],
  ctx: { onProgress?: (f: number) => void; signal?: AbortSignal } = {},
  db: BackdeskDb = getDb(),
): Promise<{ created: number; updated: number }> {
  const titles = [...new Set(records.map((r) => r.position).filter((t): t is string => !!t))];
  const ids = await resolvePositionIds(titles, db);
  const drafts = records.map((r) => ({
    name: r.name,
    email: r.email,
    phone: r.phone,
    source: r.source,
    positionId: r.position ? ids.get(r.position) : undefined,
    stage: 'Applied',
  }));
  let created = 0;
  const CHUNK = 1000;
  for (let i = 0; i < drafts.length; i += CHUNK) {
    if (ctx.signal?.aborted) break;
    const chunk = drafts.slice(i, i + CHUNK);
    await candidateRepository.bulkCreate(chunk, { auditNote: 'import' }, db);
    created += chunk.length;
    ctx.onProgress?.(created / drafts.length);
  }
  if (drafts.length === 0) ctx.onProgress?.(1);
  return { created, updated: 0 };
}

/** Import rows whose email (ignoring case) is already a live candidate's. */
export async function findCandidateDuplicates(
  records: readonly { email: string }[],
  db: BackdeskDb = getDb(),
): Promise<Map<number, string>> {
  const known = new Map((await candidateRepository.list(db)).map((c) => [c.email.toLowerCase(), c.name]));
  const out = new Map<number, string>();
  records.forEach((r, i) => {
    const name = known.get(r.email.toLowerCase());
    if (name !== undefined) out.set(i, `Already a candidate: ${name} has this email`);
  });
  return out;
}
