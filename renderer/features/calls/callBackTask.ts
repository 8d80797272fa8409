/**
 * "Make call-back task" (issue 14.5): one click turns a message into a task for its recipient,
 * due today, linked to the call. The task is made through the tasks feature's own repository
 * (its index), in the same transaction as the message being marked seen.
 */
import type { Call } from '../../../shared/domain/calls';
import { formatPhone } from '../../../shared/contacts/phone';
import { today } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { isTaskOpen, listTasksLinkedTo, taskRepository, type Task } from '../tasks';

/** The task's title: "Call back Olivia Bennett (Acme Office Supply)". */
export function callBackTitle(call: Pick<Call, 'caller' | 'company'>): string {
  const who = call.company && call.company !== call.caller ? `${call.caller} (${call.company})` : call.caller;
  return `Call back ${who}`.slice(0, 200);
}

function callBackNotes(call: Call, region: string): string | undefined {
  // The number as the office dials it ('0044 20…' → '+44 20…'), as typed when unreadable.
  const lines = [call.phone ? `Number: ${formatPhone(call.phone, region)}` : '', call.subject ? `About: ${call.subject}` : '', call.message ?? ''].filter(Boolean);
  return lines.length ? lines.join('\n').slice(0, 10000) : undefined;
}

/** The call's open call-back task, if one was made and is not done yet. */
export async function findOpenCallBackTask(callId: string, db: BackdeskDb = getDb()): Promise<Task | undefined> {
  return (await listTasksLinkedTo('calls', callId, db)).find(isTaskOpen);
}

/** The call's call-back task, open or done (the open one first): a call gets one, never a copy. */
export async function findCallBackTask(callId: string, db: BackdeskDb = getDb()): Promise<Task | undefined> {
  return (await listTasksLinkedTo('calls', callId, db))[0];
}

/** The call-back tasks of several calls (the Messages page), by call id; calls without one are left out. */
export async function listCallBackTasks(callIds: readonly string[], db: BackdeskDb = getDb()): Promise<Map<string, Task>> {
  if (callIds.length === 0) return new Map();
  return db.transaction('r', ['tasks'], async () => {
    const found = await Promise.all(callIds.map(async (id) => [id, await findCallBackTask(id, db)] as const));
    return new Map(found.flatMap(([id, t]) => (t ? [[id, t] as const] : [])));
  });
}

/**
 * Makes the call-back task for a call; a new message becomes 'seen'. When the call already has
 * a call-back task (open or done), that task is returned and nothing is made.
 */
export async function makeCallBackTask(callId: string, options: { due?: string } = {}, db: BackdeskDb = getDb()): Promise<Task> {
  return writeTransaction(db, ['calls', 'tasks', 'auditLog'], async () => {
    const call = await db.calls.get(callId);
    if (!call || call.deletedAt !== null) throw new RecordNotFoundError('calls', callId);
    const existing = await findCallBackTask(callId, db);
    if (existing) return existing;
    const notes = callBackNotes(call, db.phoneRegion);
    const task = await taskRepository.create(
      {
        title: callBackTitle(call),
        due: options.due ?? today(),
        ...(call.forEmployeeId ? { assigneeId: call.forEmployeeId } : {}),
        priority: call.urgent ? 'high' : 'normal',
        ...(notes ? { notes } : {}),
        linkedTable: 'calls',
        linkedId: call.id,
      },
      db,
    );
    if (call.status === 'new') await db.calls.put({ ...call, status: 'seen', updatedAt: task.createdAt });
    return task;
  });
}
