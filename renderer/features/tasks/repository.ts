/** Tasks and errands: the records (validated by the task schema). Writes with rules: taskActions.ts; the lists: taskViews.ts. */
import { compareTasks, isTaskOpen, taskDraftSchema, taskSchema, type Task } from '../../../shared/domain/tasks';
import { getDb, type BackdeskDb } from '../../db';
import { createCrudRepository } from '../../db/crud';

export const taskRepository = createCrudRepository({
  table: 'tasks',
  schema: taskSchema,
  draftSchema: taskDraftSchema,
  noun: 'task',
  label: (t) => t.title,
  compare: compareTasks,
});

/** Every open task (read by the `openDue` index, which holds open tasks only). */
export async function listOpenTasks(db: BackdeskDb = getDb()): Promise<Task[]> {
  const rows = await db.tasks.orderBy('openDue').toArray();
  return rows.filter((t) => t.deletedAt === null && isTaskOpen(t)).sort(compareTasks);
}

export async function listTasksForAssignee(employeeId: string, db: BackdeskDb = getDb()): Promise<Task[]> {
  const rows = await db.tasks.where('assigneeId').equals(employeeId).toArray();
  return rows.filter((t) => t.deletedAt === null).sort(compareTasks);
}

/** Live tasks linked to one record (e.g. the call-back tasks of a call), open ones first. */
export async function listTasksLinkedTo(table: string, id: string, db: BackdeskDb = getDb()): Promise<Task[]> {
  const rows = await db.tasks.where('[linkedTable+linkedId]').equals([table, id]).toArray();
  return rows.filter((t) => t.deletedAt === null).sort(compareTasks);
}
