import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { today } from '../../../shared/lib/dates';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { callBackTitle, findCallBackTask, findOpenCallBackTask, listCallBackTasks, makeCallBackTask } from './callBackTask';
import { logCall } from './logCall';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('makeCallBackTask', () => {
  it('makes a task for the recipient, due today, linked to the call; the message becomes seen', async () => {
    const call = await logCall({ caller: 'Olivia Bennett', company: 'Acme', phone: '207-555-0195', subject: 'Toner', message: 'Before 5', forEmployeeId: 'emp-1', followUp: 'please-call', urgent: true }, db);
    const task = await makeCallBackTask(call.id, {}, db);
    expect(task).toMatchObject({
      title: 'Call back Olivia Bennett (Acme)',
      assigneeId: 'emp-1',
      due: today(),
      priority: 'high',
      linkedTable: 'calls',
      linkedId: call.id,
      notes: 'Number: (207) 555-0195\nAbout: Toner\nBefore 5', // the number as the office dials it
      status: 'open',
    });
    expect(await db.tasks.get(task.id)).toMatchObject({ openDue: today() });
    expect((await db.calls.get(call.id))!.status).toBe('seen');
    // A second click gives the same task back; a done one too (the call page and Messages show it).
    expect((await makeCallBackTask(call.id, {}, db)).id).toBe(task.id);
    expect(await db.tasks.count()).toBe(1);
    expect((await findOpenCallBackTask(call.id, db))?.id).toBe(task.id);
    await db.tasks.update(task.id, { status: 'done' });
    expect(await findOpenCallBackTask(call.id, db)).toBeUndefined();
    expect((await findCallBackTask(call.id, db))?.id).toBe(task.id);
    expect((await makeCallBackTask(call.id, {}, db)).id).toBe(task.id);
    expect(await db.tasks.count()).toBe(1);
  });

  it('leaves the assignee out for a call for no one, and fails on a missing call without writing', async () => {
    const call = await logCall({ caller: 'Sam' }, db);
    const task = await makeCallBackTask(call.id, { due: '2026-12-01' }, db);
    expect(task.assigneeId).toBeUndefined();
    expect(task.due).toBe('2026-12-01');
    await expect(makeCallBackTask('missing', {}, db)).rejects.toThrow(/no longer exists/);
    expect(await db.tasks.count()).toBe(1);
    expect(callBackTitle({ caller: 'Acme', company: 'Acme' })).toBe('Call back Acme');
  });

  it('finds the call-back tasks of many messages at once (the Messages page), by their link', async () => {
    const a = await logCall({ caller: 'Ann', followUp: 'please-call' }, db);
    const b = await logCall({ caller: 'Bo', followUp: 'please-call' }, db);
    const task = await makeCallBackTask(a.id, {}, db);
    const found = await listCallBackTasks([a.id, b.id], db);
    expect([...found.keys()]).toEqual([a.id]);
    expect(found.get(a.id)?.id).toBe(task.id);
    expect((await listCallBackTasks([], db)).size).toBe(0);
  });
});
