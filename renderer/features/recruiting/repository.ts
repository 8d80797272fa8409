/** Recruiting: positions, candidates through the pipeline, interviews. */
import {
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
import { today } from '../../../shared/lib/dates';
import { normalizeForSearch } from '../../../shared/lib/text';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository } from '../../db/crud';

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

export const listPositions = positionRepository.list;
export const getPosition = positionRepository.get;
export const createPosition = positionRepository.create;
export const updatePosition = positionRepository.update;
export const deletePosition = positionRepository.softDelete;

export const listCandidates = candidateRepository.list;
export const getCandidate = candidateRepository.get;
export const createCandidate = candidateRepository.create;
export const updateCandidate = candidateRepository.update;
export const deleteCandidate = candidateRepository.softDelete;
export const restoreCandidate = candidateRepository.restore;
export const bulkCreateCandidates = candidateRepository.bulkCreate;

export const listInterviews = interviewRepository.list;
export const createInterview = interviewRepository.create;
export const updateInterview = interviewRepository.update;
export const deleteInterview = interviewRepository.softDelete;

/** Moves a candidate to another pipeline stage (audited like any update). */
export function moveCandidate(id: string, stage: CandidateStage, db?: BackdeskDb): Promise<Candidate> {
  return candidateRepository.update(id, { stage }, db);
}

export async function listCandidatesForPosition(positionId: string, db: BackdeskDb = getDb()): Promise<Candidate[]> {
  const rows = await db.candidates.where('positionId').equals(positionId).toArray();
  return rows.filter((c) => c.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name));
}

export async function listInterviewsForCandidate(candidateId: string, db: BackdeskDb = getDb()): Promise<Interview[]> {
  const rows = await db.interviews.where('candidateId').equals(candidateId).toArray();
  return rows.filter((i) => i.deletedAt === null).sort((a, b) => a.start.localeCompare(b.start));
}

/** Interviews starting in [fromInstant, toInstant). */
export async function listInterviewsBetween(fromInstant: string, toInstant: string, db: BackdeskDb = getDb()): Promise<Interview[]> {
  const rows = await db.interviews.where('start').between(fromInstant, toInstant, true, false).toArray();
  return rows.filter((i) => i.deletedAt === null);
}

/** Maps position titles (from an import) to ids of live positions, ignoring case and accents. */
export async function resolvePositionIds(titles: readonly string[], db: BackdeskDb = getDb()): Promise<Map<string, string>> {
  const positions = await listPositions(db);
  const byKey = new Map(positions.map((p) => [normalizeForSearch(p.title), p.id]));
  const out = new Map<string, string>();
  for (const t of titles) {
    const id = byKey.get(normalizeForSearch(t));
    if (id) out.set(t, id);
  }
  return out;
}
