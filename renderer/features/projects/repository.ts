/**
 * Small projects (issue 17.4): the records (validated by the project schema), the owner's name
 * kept beside the owner's id (the list, search and the printed report read it), and the
 * milestones, each change one transaction with its own audit line. Linked work (tasks,
 * events, documents, orders, expenses) is read and written through its owners: ./links.ts.
 */
import {
  projectDraftSchema,
  projectSchema,
  setMilestoneDone,
  sortMilestones,
  type Milestone,
  type Project,
  type ProjectDraft,
} from '../../../shared/domain/projects';
import { today as todayIso } from '../../../shared/lib/dates';
import { newId } from '../../../shared/lib/ids';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, createCrudRepository, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { employeeRepository } from '../people';

const TABLES = ['projects', 'auditLog'] as const;

/** Open projects first (by due date, undated last), then the rest, each by name. */
export function compareProjects(a: Project, b: Project): number {
  const closed = (p: Project) => Number(p.status === 'done' || p.status === 'cancelled');
  return closed(a) - closed(b) || (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') || a.name.localeCompare(b.name);
}

export const projectRepository = createCrudRepository({
  table: 'projects',
  schema: projectSchema,
  draftSchema: projectDraftSchema,
  noun: 'project',
  label: (p) => p.name,
  compare: compareProjects,
});

/** The owner's name as People has it now (blank when there is no owner). */
async function withOwnerName<T extends Partial<ProjectDraft>>(draft: T, db: BackdeskDb): Promise<T> {
  if (!('ownerId' in draft)) return draft;
  if (!draft.ownerId) return { ...draft, ownerId: undefined, ownerName: undefined };
  const owner = await employeeRepository.get(draft.ownerId, db);
  if (!owner) throw new Error('The owner is no longer in People: choose someone else.');
  return { ...draft, ownerName: owner.name };
}

export async function createProject(draft: ProjectDraft, db: BackdeskDb = getDb()): Promise<Project> {
  return projectRepository.create(await withOwnerName(draft, db), db);
}

export async function updateProject(id: string, patch: Partial<ProjectDraft>, db: BackdeskDb = getDb()): Promise<Project> {
  return projectRepository.update(id, await withOwnerName(patch, db), db);
}

export function deleteProject(id: string, db: BackdeskDb = getDb()): Promise<void> {
  return projectRepository.softDelete(id, db);
}

async function live(db: BackdeskDb, id: string): Promise<Project> {
  const p = await db.projects.get(id);
  if (!p || p.deletedAt !== null) throw new RecordNotFoundError('projects', id);
  return p;
}

/** Rewrites a project's milestones in one transaction with one audit line. */
async function changeMilestones(
  projectId: string,
  change: (milestones: Milestone[], p: Project) => { milestones: Milestone[]; summary: string },
  db: BackdeskDb,
): Promise<Project> {
  return writeTransaction(db, TABLES, async () => {
    const p = await live(db, projectId);
    const { milestones, summary } = change(p.milestones, p);
    const at = new Date().toISOString();
    const next = parseOrThrow('projects', projectSchema, { ...p, milestones: sortMilestones(milestones), updatedAt: at }) as Project;
    await db.projects.put(next);
    await db.auditLog.add(auditEntry('projects', p.id, 'update', `${summary} (project ${quote(p.name)})`, at));
    return next;
  });
}

function find(milestones: readonly Milestone[], id: string): Milestone {
  const m = milestones.find((x) => x.id === id);
  if (!m) throw new Error('That milestone is no longer on the project.');
  return m;
}

export function addMilestone(projectId: string, input: { title: string; due: string }, db: BackdeskDb = getDb()): Promise<Project> {
  return changeMilestones(
    projectId,
    (ms) => ({ milestones: [...ms, { id: newId(), title: input.title, due: input.due, done: false }], summary: `Added milestone ${quote(input.title.trim())} due ${input.due}` }),
    db,
  );
}

export function updateMilestone(projectId: string, milestoneId: string, input: { title: string; due: string }, db: BackdeskDb = getDb()): Promise<Project> {
  return changeMilestones(
    projectId,
    (ms) => {
      const before = find(ms, milestoneId);
      return {
        milestones: ms.map((m) => (m.id === milestoneId ? { ...m, title: input.title, due: input.due } : m)),
        summary: `Changed milestone ${quote(before.title)} to ${quote(input.title.trim())} due ${input.due}`,
      };
    },
    db,
  );
}

export function setMilestoneDoneOn(projectId: string, milestoneId: string, done: boolean, db: BackdeskDb = getDb(), today = todayIso()): Promise<Project> {
  return changeMilestones(
    projectId,
    (ms) => {
      const m = find(ms, milestoneId);
      return {
        milestones: ms.map((x) => (x.id === milestoneId ? setMilestoneDone(x, done, today) : x)),
        summary: `${done ? 'Reached' : 'Reopened'} milestone ${quote(m.title)}`,
      };
    },
    db,
  );
}

export function removeMilestone(projectId: string, milestoneId: string, db: BackdeskDb = getDb()): Promise<Project> {
  return changeMilestones(
    projectId,
    (ms) => {
      const m = find(ms, milestoneId);
      return { milestones: ms.filter((x) => x.id !== milestoneId), summary: `Removed milestone ${quote(m.title)}` };
    },
    db,
  );
}
