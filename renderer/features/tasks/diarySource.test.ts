/** Tasks in the diaries: open, assigned tasks due in the window, all-day in the assignee's diary, never busy. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { diarySources } from '../../core/diaries';
import { taskRepository } from './repository';
import { setTaskDone } from './taskActions';
import { readTaskDiaryItems } from './diarySource';
import './registrations';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const week = () => readTaskDiaryItems(db, '2099-03-09T00:00:00.000Z', '2099-03-16T00:00:00.000Z');

describe('task diary source', () => {
  it('lists open assigned tasks due in the window as all-day reminders', async () => {
    const t = await taskRepository.create({ title: 'Renew the parking permit', due: '2099-03-11', assigneeId: 'emp-1', priority: 'high', kind: 'errand', location: 'Town hall' }, db);
    await taskRepository.create({ title: 'Nobody’s', due: '2099-03-11' }, db);
    await taskRepository.create({ title: 'Too late', due: '2099-03-20', assigneeId: 'emp-1' }, db);
    await taskRepository.create({ title: 'Undated', assigneeId: 'emp-1' }, db);
    const done = await taskRepository.create({ title: 'Done already', due: '2099-03-12', assigneeId: 'emp-1' }, db);
    await setTaskDone(done.id, true, db);
    expect(await week()).toEqual([
      {
        key: `task:${t.id}`,
        source: 'task',
        id: t.id,
        title: 'Errand due: Renew the parking permit',
        start: '2099-03-11',
        end: '2099-03-12',
        allDay: true,
        diaries: ['person:emp-1'],
        busy: false,
        href: `#/tasks/${t.id}`,
        detail: 'Town hall',
        category: 'red',
      },
    ]);
    await taskRepository.softDelete(t.id, db);
    expect(await week()).toEqual([]);
  });

  it('is registered as the "task" source', () => {
    expect(diarySources().map((s) => s.name)).toContain('task');
  });
});
