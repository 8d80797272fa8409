/** Writing tasks: validation, completing (repeating ones make the next), reopening, cancelling, the checklist. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { auditEntriesFor, openTestDb } from '../../db/testing';
import { cancelTask, completeTask, createTask, reopenTask, setTaskDone, toggleChecklistEntry, updateTask } from './taskActions';
import { listOpenTasks, taskRepository } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

/** The derived index field (kept by the write hooks, not on the Task type). */
const openDueOf = async (id: string) => ((await db.tasks.get(id)) as { openDue?: string } | undefined)?.openDue;

const FRIDAYS = 'FREQ=WEEKLY;BYDAY=FR';

describe('task writes', () => {
  it('validates: a title, a time only with a date, a readable rule', async () => {
    await expect(createTask({ title: '' }, db)).rejects.toThrow(/Title/);
    await expect(createTask({ title: 'Call', dueTime: '10:00' }, db)).rejects.toThrow(/due date for the time/);
    await expect(createTask({ title: 'Call', due: '2026-12-04', rrule: 'FREQ=NEVER' }, db)).rejects.toThrow(/repeat rule/);
    const t = await createTask({ title: 'Call', due: '2026-12-04', dueTime: '10:00' }, db);
    await expect(updateTask(t.id, { due: undefined }, db)).rejects.toThrow(/due date for the time/);
    expect((await taskRepository.get(t.id, db))?.due).toBe('2026-12-04');
  });

  it('done and reopen stamp completedAt; openDue follows', async () => {
    const t = await createTask({ title: 'Post office', kind: 'errand', due: '2026-11-23' }, db);
    expect((await openDueOf(t.id))).toBe('2026-11-23');
    const done = await setTaskDone(t.id, true, db);
    expect(done.status).toBe('done');
    expect(done.completedAt).toMatch(/^\d{4}-/);
    expect((await openDueOf(t.id))).toBeUndefined();
    expect(await listOpenTasks(db)).toEqual([]);
    expect((await setTaskDone(t.id, false, db)).completedAt).toBeNull();
    expect((await openDueOf(t.id))).toBe('2026-11-23');
  });

  it('a repeating task starts its series; completing it makes the next as a new open task with the checklist unticked', async () => {
    const t = await createTask(
      {
        title: 'Post office',
        kind: 'errand',
        due: '2026-12-04',
        dueTime: '11:00',
        assigneeId: 'emp-1',
        priority: 'high',
        location: 'Post office',
        bring: 'Parcels and the franking book',
        rrule: FRIDAYS,
        checklist: [
          { id: 'a', text: 'Weigh parcels', done: false },
          { id: 'b', text: 'Stamps', done: false },
        ],
        linkedTable: 'vendors',
        linkedId: 'v-1',
      },
      db,
    );
    expect(t.seriesId).toBe(t.id);
    await toggleChecklistEntry(t.id, 'a', undefined, db);
    const { task, next } = await completeTask(t.id, db, '2026-12-04');
    expect(task.status).toBe('done');
    expect(task.checklist.map((c) => c.done)).toEqual([true, false]);
    expect(next).toMatchObject({
      title: 'Post office',
      kind: 'errand',
      due: '2026-12-11',
      dueTime: '11:00',
      assigneeId: 'emp-1',
      priority: 'high',
      location: 'Post office',
      bring: 'Parcels and the franking book',
      rrule: FRIDAYS,
      seriesId: t.id,
      status: 'open',
      completedAt: null,
      linkedTable: 'vendors',
      linkedId: 'v-1',
    });
    expect(next!.id).not.toBe(t.id);
    expect(next!.checklist.map((c) => c.done)).toEqual([false, false]);
    expect((await openDueOf(next!.id))).toBe('2026-12-11');
    expect((await auditEntriesFor(db, next!.id)).map((a) => a.summary)).toEqual(['Created task "Post office" (next in its series, due 2026-12-11)']);

    // Completing late skips the missed Friday; the series stays anchored on the first task.
    const third = (await completeTask(next!.id, db, '2026-12-23')).next!;
    expect(third.due).toBe('2026-12-25');
    expect(third.seriesId).toBe(t.id);
  });

  it('a counted series ends: the last completion makes nothing', async () => {
    const t = await createTask({ title: 'Water plants', due: '2026-12-07', rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2' }, db);
    const second = (await completeTask(t.id, db, '2026-12-07')).next!;
    expect(second.due).toBe('2026-12-14');
    expect((await completeTask(second.id, db, '2026-12-14')).next).toBeNull();
  });

  it('editing the repeat or the due date re-anchors the series on that task', async () => {
    const t = await createTask({ title: 'Bank', due: '2026-12-04', rrule: FRIDAYS }, db);
    const next = (await completeTask(t.id, db, '2026-12-04')).next!;
    const moved = await updateTask(next.id, { due: '2026-12-10', rrule: 'FREQ=WEEKLY;BYDAY=TH' }, db);
    expect(moved.seriesId).toBe(next.id);
    expect((await completeTask(moved.id, db, '2026-12-10')).next?.due).toBe('2026-12-17');
  });

  it('reopening takes back the untouched next occurrence, and keeps a touched one', async () => {
    const t = await createTask({ title: 'Post office', due: '2026-12-04', rrule: FRIDAYS, checklist: [{ id: 'a', text: 'Stamps', done: false }] }, db);
    const { next } = await completeTask(t.id, db, '2026-12-04');
    const back = await reopenTask(t.id, db);
    expect(back.removedNext?.id).toBe(next!.id);
    expect(back.task.status).toBe('open');
    expect((await listOpenTasks(db)).map((x) => x.id)).toEqual([t.id]);

    const again = (await completeTask(t.id, db, '2026-12-04')).next!;
    await new Promise((r) => setTimeout(r, 2));
    await toggleChecklistEntry(again.id, 'a', true, db);
    const kept = await reopenTask(t.id, db);
    expect(kept.removedNext).toBeNull();
    expect(kept.keptNext?.id).toBe(again.id);
    expect((await listOpenTasks(db)).map((x) => x.id).sort()).toEqual([t.id, again.id].sort());
  });

  it('cancel skips a repeating occurrence (or ends the series); a one-off is just cancelled', async () => {
    const t = await createTask({ title: 'Post office', due: '2026-12-04', rrule: FRIDAYS }, db);
    const skipped = await cancelTask(t.id, {}, db, '2026-12-04');
    expect(skipped.task.status).toBe('cancelled');
    expect(skipped.next?.due).toBe('2026-12-11');
    const ended = await cancelTask(skipped.next!.id, { endSeries: true }, db, '2026-12-11');
    expect(ended.next).toBeNull();
    expect(await listOpenTasks(db)).toEqual([]);
    const one = await createTask({ title: 'Keys' }, db);
    expect((await cancelTask(one.id, {}, db)).next).toBeNull();
  });

  it('checklist lines tick and untick', async () => {
    const t = await createTask({ title: 'Move desk', checklist: [{ id: 'a', text: 'Empty drawers', done: false }] }, db);
    expect((await toggleChecklistEntry(t.id, 'a', undefined, db)).checklist[0]!.done).toBe(true);
    expect((await toggleChecklistEntry(t.id, 'a', false, db)).checklist[0]!.done).toBe(false);
    await expect(toggleChecklistEntry(t.id, 'zz', undefined, db)).rejects.toThrow(/no longer exists/);
  });
});
