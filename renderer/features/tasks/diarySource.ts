/**
 * Tasks in the diaries (issue 13.6): an open task with a due date is an all-day reminder in
 * its assignee's diary ('person:<id>') on that day, read from the tasks table by its `due`
 * index whenever a diary is shown — never copied into events. Not busy time: a due task does
 * not block a meeting.
 */
import type { DiaryItem, DiarySource } from '../../core/diaries';
import { isTaskOpen } from '../../../shared/domain/tasks';
import { addDays } from '../../../shared/lib/dates';
import type { BackdeskDb } from '../../db';

/** Open, assigned tasks due on a day touching [fromInstant, toInstant) in any zone (the views place all-day items by date). */
export async function readTaskDiaryItems(db: BackdeskDb, fromInstant: string, toInstant: string): Promise<DiaryItem[]> {
  const from = Date.parse(fromInstant);
  const to = Date.parse(toInstant);
  if (!(from < to)) return [];
  const first = new Date(from - 14 * 3_600_000).toISOString().slice(0, 10);
  const last = new Date(to + 14 * 3_600_000 - 1).toISOString().slice(0, 10);
  const rows = await db.tasks.where('due').between(first, last, true, true).toArray();
  return rows
    .filter((t) => t.deletedAt === null && isTaskOpen(t) && t.assigneeId && t.due)
    .map(
      (t): DiaryItem => ({
        key: `task:${t.id}`,
        source: 'task',
        id: t.id,
        title: `${t.kind === 'errand' ? 'Errand' : 'Task'} due: ${t.title}`,
        start: t.due!,
        end: addDays(t.due!, 1),
        allDay: true,
        diaries: [`person:${t.assigneeId!}`],
        busy: false,
        href: `#/tasks/${t.id}`,
        ...(t.location ? { detail: t.location } : {}),
        category: t.priority === 'urgent' || t.priority === 'high' ? 'red' : 'grey',
      }),
    )
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

export const taskDiarySource: DiarySource = {
  name: 'task',
  tables: ['tasks'],
  read: readTaskDiaryItems,
};
