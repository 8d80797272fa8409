/** Tasks: the record repository and the open list (read by the openDue index). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { taskRepository, listOpenTasks, listTasksForAssignee } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

/** The derived index field (kept by the write hooks, not on the Task type). */
const openDueOf = async (id: string) => ((await db.tasks.get(id)) as { openDue?: string } | undefined)?.openDue;

describe('task repository', () => {
  it('lists open tasks by due date (undated last) and an assignee’s tasks', async () => {
    await taskRepository.create({ title: 'Undated', assigneeId: 'e1' }, db);
    await taskRepository.create({ title: 'Post office', kind: 'errand', due: '2026-11-23', assigneeId: 'e1' }, db);
    const closed = await taskRepository.create({ title: 'Closed', due: '2026-11-20', status: 'cancelled' }, db);
    expect((await openDueOf(closed.id))).toBeUndefined();
    expect((await listOpenTasks(db)).map((t) => t.title)).toEqual(['Post office', 'Undated']);
    expect((await listTasksForAssignee('e1', db)).map((t) => t.title)).toEqual(['Post office', 'Undated']);
  });
});
