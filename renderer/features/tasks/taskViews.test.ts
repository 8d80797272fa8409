/** The task lists: Today, Upcoming, by person, Done (paged), the day's errands by place. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { completeTask, createTask } from './taskActions';
import { listDoneTasks, listErrandsFor, listTasksByPerson, listTodayTasks, listUpcomingTasks } from './taskViews';
import { taskRepository } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const TODAY = '2026-12-09';
const titles = (rows: { title: string }[]) => rows.map((t) => t.title);

describe('task views', () => {
  it('Today: overdue, due today (by time, then priority), no date; done and deleted left out', async () => {
    await createTask({ title: 'Old', due: '2026-12-01' }, db);
    await createTask({ title: 'Yesterday', due: '2026-12-08', priority: 'urgent' }, db);
    await createTask({ title: 'Late morning', due: TODAY, dueTime: '11:00' }, db);
    await createTask({ title: 'Early', due: TODAY, dueTime: '08:30' }, db);
    await createTask({ title: 'Any time, high', due: TODAY, priority: 'high' }, db);
    await createTask({ title: 'Any time, low', due: TODAY, priority: 'low' }, db);
    await createTask({ title: 'Someday' }, db);
    await createTask({ title: 'Tomorrow', due: '2026-12-10' }, db);
    const done = await createTask({ title: 'Done', due: TODAY }, db);
    await completeTask(done.id, db, TODAY);
    const gone = await createTask({ title: 'Deleted', due: TODAY }, db);
    await taskRepository.softDelete(gone.id, db);
    const today = await listTodayTasks(TODAY, db);
    expect(titles(today.overdue)).toEqual(['Old', 'Yesterday']);
    expect(titles(today.dueToday)).toEqual(['Early', 'Late morning', 'Any time, high', 'Any time, low']);
    expect(titles(today.undated)).toEqual(['Someday']);
  });

  it('Upcoming groups the next days by date', async () => {
    await createTask({ title: 'Today', due: TODAY }, db);
    await createTask({ title: 'Fri B', due: '2026-12-11' }, db);
    await createTask({ title: 'Fri A', due: '2026-12-11' }, db);
    await createTask({ title: 'Thu', due: '2026-12-10' }, db);
    await createTask({ title: 'In a week', due: '2026-12-16' }, db);
    await createTask({ title: 'Too far', due: '2026-12-17' }, db);
    expect((await listUpcomingTasks(TODAY, 7, db)).map((d) => [d.date, titles(d.tasks)])).toEqual([
      ['2026-12-10', ['Thu']],
      ['2026-12-11', ['Fri A', 'Fri B']],
      ['2026-12-16', ['In a week']],
    ]);
  });

  it('By person: open tasks per assignee, unassigned last, with overdue counts', async () => {
    await createTask({ title: 'B late', due: '2026-12-01', assigneeId: 'b' }, db);
    await createTask({ title: 'Nobody', due: TODAY }, db);
    await createTask({ title: 'A', due: TODAY, assigneeId: 'a' }, db);
    await createTask({ title: 'B undated', assigneeId: 'b' }, db);
    const groups = await listTasksByPerson(TODAY, db);
    expect(groups.map((g) => [g.assigneeId, titles(g.tasks), g.overdue])).toEqual([
      ['b', ['B late', 'B undated'], 1],
      ['a', ['A'], 0],
      [null, ['Nobody'], 0],
    ]);
  });

  it('Done pages newest first by completedAt', async () => {
    for (let i = 0; i < 5; i++) {
      const t = await createTask({ title: `T${i}` }, db);
      await completeTask(t.id, db);
      await new Promise((r) => setTimeout(r, 2));
    }
    await createTask({ title: 'Open' }, db);
    const first = await listDoneTasks(2, undefined, db);
    expect(titles(first.rows)).toEqual(['T4', 'T3']);
    const second = await listDoneTasks(2, first.next, db);
    expect(titles(second.rows)).toEqual(['T2', 'T1']);
    const last = await listDoneTasks(2, second.next, db);
    expect(titles(last.rows)).toEqual(['T0']);
    expect(last.next).toBeUndefined();
  });

  it("the day's errands: open errands due that day or missed, grouped by place (ignoring case), no place last", async () => {
    await createTask({ title: 'Post parcels', kind: 'errand', location: 'Post office', due: TODAY, dueTime: '10:00' }, db);
    await createTask({ title: 'Stamps', kind: 'errand', location: 'post  office ', due: '2026-12-08' }, db);
    await createTask({ title: 'Deposit', kind: 'errand', location: 'Bank', due: TODAY }, db);
    await createTask({ title: 'Keys', kind: 'errand', due: TODAY }, db);
    await createTask({ title: 'Tomorrow', kind: 'errand', location: 'Bank', due: '2026-12-10' }, db);
    await createTask({ title: 'Not an errand', due: TODAY, location: 'Bank' }, db);
    const groups = await listErrandsFor(TODAY, db);
    expect(groups.map((g) => [g.place, titles(g.errands)])).toEqual([
      ['Bank', ['Deposit']],
      ['post  office', ['Stamps', 'Post parcels']],
      ['', ['Keys']],
    ]);
  });
});
