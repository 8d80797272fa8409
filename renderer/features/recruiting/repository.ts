/** Recruiting's tables: positions, candidates and interviews, their reads, and the office's stage list. The pipeline, interviews, files, privacy and import each have their own module beside this one. */
import {
  DEFAULT_STAGES,
  STAGES_SETTING_KEY,
  normalizeStages,
  stageListSchema,
  type StageConfig,
  candidateDraftSchema,
  candidateSchema,
  interviewDraftSchema,
  interviewSchema,
  positionDraftSchema,
  positionSchema,
  type Candidate,
  type Interview,
} from '../../../shared/domain/recruiting';
import { today } from '../../../shared/lib/dates';
import { getSettingRecord, putSetting } from '../../core/settings';
import { normalizeForSearch } from '../../../shared/lib/text';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository, parseOrThrow } from '../../db/crud';
import { withSealing } from '../../db/sealing';

export const positionRepository = createCrudRepository({
  table: 'positions',
  schema: positionSchema,
  draftSchema: positionDraftSchema,
  noun: 'position',
  label: (p) => p.title,
  compare: (a, b) => a.title.localeCompare(b.title),
});

// withSealing: with a passphrase set, confidential fields are sealed before they are written (issue 15.4).
export const candidateRepository = withSealing(createCrudRepository({
  table: 'candidates',
  schema: candidateSchema,
  draftSchema: candidateDraftSchema,
  noun: 'candidate',
  label: (c) => c.name,
  // Imports rarely carry an application date: a new candidate applied today.
  draftDefaults: () => ({ appliedDate: today() }),
  compare: (a, b) => b.appliedDate.localeCompare(a.appliedDate) || a.name.localeCompare(b.name),
}));

export const interviewRepository = withSealing(createCrudRepository({
  table: 'interviews',
  schema: interviewSchema,
  draftSchema: interviewDraftSchema,
  noun: 'interview',
  label: (i) => i.start.slice(0, 16).replace('T', ' '),
  compare: (a, b) => a.start.localeCompare(b.start),
}));

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
