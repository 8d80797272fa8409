/** Tasks and errands. */
import { compareTasks, isTaskOpen, taskDraftSchema, taskSchema, type Task } from '../../../shared/domain/tasks';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository } from '../../db/crud';
import { nowIso } from '../../../shared/lib/dates';
import { RecordNotFoundError } from '../../db/errors';
import { auditEntry, quote, writeTransaction } from '../../db/crud';

export const taskRepository = createCrudRepository({
  table: 'tasks',
  schema: taskSchema,
  draftSchema: taskDraftSchema,
  noun: 'task',
  label: (t) => t.title,
  compare: compareTasks,
});

/** Marks a task done (or reopens it), stamping completedAt. */
export async function setTaskDone(id: string, done: boolean, db: BackdeskDb = getDb()): Promise<Task> {
  return writeTransaction(db, ['tasks', 'auditLog'], async () => {
    const t = await db.tasks.get(id);
    if (!t || t.deletedAt !== null) throw new RecordNotFoundError('tasks', id);
    const at = nowIso();
    const next: Task = done
      ? { ...t, status: 'done', completedAt: at, updatedAt: at }
      : { ...t, status: 'open', completedAt: null, updatedAt: at };
    await db.tasks.put(next);
    await db.auditLog.add(auditEntry('tasks', id, 'update', `${done ? 'Completed' : 'Reopened'} task ${quote(t.title)}`, at));
    return next;
  });
}

export async function listOpenTasks(db: BackdeskDb = getDb()): Promise<Task[]> {
  const rows = await db.tasks.where('status').anyOf('open', 'in-progress').toArray();
  return rows.filter((t) => t.deletedAt === null && isTaskOpen(t)).sort(compareTasks);
}

export async function listTasksForAssignee(employeeId: string, db: BackdeskDb = getDb()): Promise<Task[]> {
  const rows = await db.tasks.where('assigneeId').equals(employeeId).toArray();
  return rows.filter((t) => t.deletedAt === null).sort(compareTasks);
}
