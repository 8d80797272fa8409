/**
 * Writing tasks (issue 14.5): create and update (validated by the task schema, plus the
 * rules a form needs: a readable repeat rule, no time without a date), complete, reopen,
 * cancel, and ticking checklist lines. Every change is one writeTransaction with its audit line.
 *
 * Repeating tasks. A series is anchored on the due date of the task whose id is its
 * `seriesId` (the first task, or the task whose repeat or due date was last edited: editing
 * either starts the series afresh from that task). Completing a repeating task makes the next
 * occurrence (shared/domain/taskRecurrence nextTaskDue, ical.js) as a NEW open task — same
 * series, title, kind, time, assignee, priority, place, take-or-bring, notes, link and rule,
 * its checklist unticked — in the same transaction; the done task keeps its history.
 * Cancelling a repeating task skips that occurrence the same way (the series goes on) unless
 * the series is ended. Reopening a completed repeating task takes back the next task its
 * completion made — the open task of the series created at the very instant of the completion
 * — when nobody has touched it since (updatedAt = createdAt); a touched one is kept, and
 * `reopenTask` says so.
 */
import { nextTaskDue, isReadableTaskRrule } from '../../../shared/domain/taskRecurrence';
import { isTaskOpen, type Task, type TaskDraft } from '../../../shared/domain/tasks';
import { nowIso, today } from '../../../shared/lib/dates';
import { newId } from '../../../shared/lib/ids';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { taskRepository } from './repository';

const TABLES = ['tasks', 'auditLog'] as const;

/** A task that breaks one of the form's rules; the message is a sentence the form shows. */
export class TaskRuleError extends Error {
  override readonly name = 'TaskRuleError';
}

/** The form's own rules on top of the schema; throws a validation error a user reads. */
function checkDraft(draft: Partial<TaskDraft>): void {
  if (draft.dueTime && !draft.due) throw new TaskRuleError('Set a due date for the time, or clear the time.');
  if (draft.rrule && !isReadableTaskRrule(draft.rrule)) throw new TaskRuleError('The repeat rule cannot be read: pick a repeat from the list.');
  const ids = (draft.checklist ?? []).map((c) => c.id);
  if (new Set(ids).size !== ids.length) throw new TaskRuleError('Two checklist lines have the same id.');
}

async function live(db: BackdeskDb, id: string): Promise<Task> {
  const t = await db.tasks.get(id);
  if (!t || t.deletedAt !== null) throw new RecordNotFoundError('tasks', id);
  return t;
}

/** A new task; a repeating one starts its own series (seriesId = its id). */
export async function createTask(draft: TaskDraft, db: BackdeskDb = getDb()): Promise<Task> {
  checkDraft(draft);
  return writeTransaction(db, TABLES, async () => {
    const t = await taskRepository.create(draft, db);
    if (!t.rrule || t.seriesId) return t;
    const next: Task = { ...t, seriesId: t.id };
    await db.tasks.put(next);
    return next;
  });
}

/** Changes a task; a changed repeat or due date of a repeating task re-anchors its series on it. */
export async function updateTask(id: string, patch: Partial<TaskDraft>, db: BackdeskDb = getDb()): Promise<Task> {
  return writeTransaction(db, TABLES, async () => {
    const before = await live(db, id);
    checkDraft({ ...before, ...patch });
    const t = await taskRepository.update(id, patch, db);
    const reanchor = t.rrule && (t.rrule !== before.rrule || t.due !== before.due || !t.seriesId) && t.seriesId !== t.id;
    if (!reanchor) return t;
    const next: Task = { ...t, seriesId: t.id };
    await db.tasks.put(next);
    return next;
  });
}

/** The next task of a repeating task closed on `closedOn`, or null when the series has ended. */
async function makeNextOccurrence(db: BackdeskDb, t: Task, closedOn: string, at: string): Promise<Task | null> {
  if (!t.rrule) return null;
  const seriesId = t.seriesId ?? t.id;
  const anchorTask = seriesId === t.id ? t : await db.tasks.get(seriesId);
  const anchor = anchorTask?.due ?? t.due;
  const due = nextTaskDue(t.rrule, anchor, closedOn, t.due);
  if (!due) return null;
  const next: Task = {
    ...t,
    id: newId(),
    due,
    seriesId,
    status: 'open',
    completedAt: null,
    checklist: t.checklist.map((c) => ({ ...c, done: false })),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  delete (next as { openDue?: string }).openDue;
  await db.tasks.add(next);
  await db.auditLog.add(auditEntry('tasks', next.id, 'create', `Created task ${quote(next.title)} (next in its series, due ${due})`, at));
  return next;
}

export interface TaskCloseResult {
  task: Task;
  /** The next occurrence made (repeating tasks). */
  next: Task | null;
}

/** Marks a task done (completedAt now); a repeating one makes its next occurrence. */
export async function completeTask(id: string, db: BackdeskDb = getDb(), on: string = today()): Promise<TaskCloseResult> {
  return writeTransaction(db, TABLES, async () => {
    const t = await live(db, id);
    if (!isTaskOpen(t)) return { task: t, next: null };
    const at = nowIso();
    const done: Task = { ...t, status: 'done', completedAt: at, updatedAt: at };
    await db.tasks.put(done);
    await db.auditLog.add(auditEntry('tasks', id, 'update', `Completed task ${quote(t.title)}`, at));
    return { task: done, next: await makeNextOccurrence(db, t, on, at) };
  });
}

/** Cancels a task; a repeating one goes on to its next occurrence unless `endSeries`. */
export async function cancelTask(id: string, options: { endSeries?: boolean } = {}, db: BackdeskDb = getDb(), on: string = today()): Promise<TaskCloseResult> {
  return writeTransaction(db, TABLES, async () => {
    const t = await live(db, id);
    if (!isTaskOpen(t)) return { task: t, next: null };
    const at = nowIso();
    const cancelled: Task = { ...t, status: 'cancelled', completedAt: at, updatedAt: at };
    await db.tasks.put(cancelled);
    await db.auditLog.add(auditEntry('tasks', id, 'update', `Cancelled task ${quote(t.title)}${options.endSeries && t.rrule ? ' and ended its series' : ''}`, at));
    return { task: cancelled, next: options.endSeries ? null : await makeNextOccurrence(db, t, on, at) };
  });
}

export interface TaskReopenResult {
  task: Task;
  /** The next occurrence the completion had made, taken back because it was untouched. */
  removedNext: Task | null;
  /** That next occurrence when it had been changed since, so it stays. */
  keptNext: Task | null;
}

/** Reopens a done or cancelled task; takes back the untouched next occurrence its closing made. */
export async function reopenTask(id: string, db: BackdeskDb = getDb()): Promise<TaskReopenResult> {
  return writeTransaction(db, TABLES, async () => {
    const t = await live(db, id);
    if (isTaskOpen(t)) return { task: t, removedNext: null, keptNext: null };
    const at = nowIso();
    let removedNext: Task | null = null;
    let keptNext: Task | null = null;
    if (t.rrule && t.completedAt) {
      const series = await db.tasks.where('seriesId').equals(t.seriesId ?? t.id).toArray();
      const made = series.find((s) => s.id !== t.id && s.deletedAt === null && s.createdAt === t.completedAt);
      if (made && isTaskOpen(made) && made.updatedAt === made.createdAt) {
        removedNext = { ...made, deletedAt: at, updatedAt: at };
        await db.tasks.put(removedNext);
        await db.auditLog.add(auditEntry('tasks', made.id, 'delete', `Deleted task ${quote(made.title)} (the next in its series, taken back when the one before was reopened)`, at));
      } else if (made) keptNext = made;
    }
    const open: Task = { ...t, status: 'open', completedAt: null, updatedAt: at };
    await db.tasks.put(open);
    await db.auditLog.add(auditEntry('tasks', id, 'update', `Reopened task ${quote(t.title)}`, at));
    return { task: open, removedNext, keptNext };
  });
}

/** Done (completeTask) or open again (reopenTask), for callers that only flip the state. */
export async function setTaskDone(id: string, done: boolean, db: BackdeskDb = getDb()): Promise<Task> {
  return done ? (await completeTask(id, db)).task : (await reopenTask(id, db)).task;
}

/** Ticks or unticks one checklist line. */
export async function toggleChecklistEntry(taskId: string, entryId: string, done?: boolean, db: BackdeskDb = getDb()): Promise<Task> {
  return writeTransaction(db, TABLES, async () => {
    const t = await live(db, taskId);
    const entry = t.checklist.find((c) => c.id === entryId);
    if (!entry) throw new RecordNotFoundError('tasks', `${taskId} checklist line ${entryId}`);
    const value = done ?? !entry.done;
    if (entry.done === value) return t;
    const at = nowIso();
    const next: Task = { ...t, checklist: t.checklist.map((c) => (c.id === entryId ? { ...c, done: value } : c)), updatedAt: at };
    await db.tasks.put(next);
    await db.auditLog.add(auditEntry('tasks', taskId, 'update', `${value ? 'Ticked' : 'Unticked'} ${quote(entry.text)} on task ${quote(t.title)}`, at));
    return next;
  });
}

/** Checklist progress: done lines over all lines. */
export function checklistProgress(t: Pick<Task, 'checklist'>): { done: number; total: number } {
  return { done: t.checklist.filter((c) => c.done).length, total: t.checklist.length };
}
