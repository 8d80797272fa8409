/** Tasks: done and reopen stamp completedAt. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { taskRepository, setTaskDone, listOpenTasks } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('other repositories', () => {
  it('tasks: done and reopen stamp completedAt', async () => {
    const t = await taskRepository.create(
      { title: 'Post office', kind: 'errand', due: '2026-11-23' },
      db,
    );
    const done = await setTaskDone(t.id, true, db);
    expect(done.status).toBe('done');
    expect(done.completedAt).toMatch(/^\d{4}-/);
    expect(await listOpenTasks(db)).toEqual([]);
    expect((await setTaskDone(t.id, false, db)).completedAt).toBeNull();
  });
});
