/**
 * The task lists (issue 14.5), read through small index ranges so they stay quick among
 * 50,000 tasks: open tasks by the derived `openDue` index (the due date, or NO_DUE_KEY '~'
 * for undated ones; absent once done — renderer/db/indexFields.ts keeps it), done ones by
 * `completedAt` newest first. Each list is one read transaction, so a live query tracks it.
 */
import { NO_DUE_KEY, TASK_PRIORITIES, type Task } from '../../../shared/domain/tasks';
import { addDays } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';

const PRIORITY_ORDER = Object.fromEntries([...TASK_PRIORITIES].reverse().map((p, i) => [p, i])) as Record<Task['priority'], number>;

/** Due date, then time (untimed after timed), then priority (urgent first), then title. */
export function compareOpenTasks(a: Task, b: Task): number {
  const ad = a.due ?? '~';
  const bd = b.due ?? '~';
  if (ad !== bd) return ad < bd ? -1 : 1;
  const at = a.dueTime ?? '99:99';
  const bt = b.dueTime ?? '99:99';
  if (at !== bt) return at < bt ? -1 : 1;
  return PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

const liveSorted = (rows: Task[]) => rows.filter((t) => t.deletedAt === null).sort(compareOpenTasks);

export interface TodayTasks {
  overdue: Task[];
  dueToday: Task[];
  undated: Task[];
}

/** Today: open tasks overdue (due before `today`), due today, and without a date. */
export async function listTodayTasks(today: string, db: BackdeskDb = getDb()): Promise<TodayTasks> {
  return db.transaction('r', db.tasks, async () => {
    const [overdue, dueToday, undated] = await Promise.all([
      db.tasks.where('openDue').below(today).toArray(),
      db.tasks.where('openDue').equals(today).toArray(),
      db.tasks.where('openDue').equals(NO_DUE_KEY).toArray(),
    ]);
    return { overdue: liveSorted(overdue), dueToday: liveSorted(dueToday), undated: liveSorted(undated) };
  });
}

export interface TaskDay {
  date: string;
  tasks: Task[];
}

/** Upcoming: open tasks due after `today` and within `days` days of it, grouped by day. */
export async function listUpcomingTasks(today: string, days: number, db: BackdeskDb = getDb()): Promise<TaskDay[]> {
  const from = addDays(today, 1);
  const to = addDays(today, Math.max(1, Math.floor(days)));
  const rows = await db.transaction('r', db.tasks, () => db.tasks.where('openDue').between(from, to, true, true).toArray());
  const byDay = new Map<string, Task[]>();
  for (const t of liveSorted(rows)) {
    const list = byDay.get(t.due!) ?? [];
    list.push(t);
    byDay.set(t.due!, list);
  }
  return [...byDay].map(([date, tasks]) => ({ date, tasks }));
}

export interface TaskPersonGroup {
  /** null: tasks for no one in particular. */
  assigneeId: string | null;
  tasks: Task[];
  overdue: number;
}

/** By person: every open task grouped by whom it is for (the unassigned group last), each sorted by due date. */
export async function listTasksByPerson(today: string, db: BackdeskDb = getDb()): Promise<TaskPersonGroup[]> {
  const rows = await db.transaction('r', db.tasks, () => db.tasks.orderBy('openDue').toArray());
  const groups = new Map<string | null, Task[]>();
  for (const t of liveSorted(rows)) {
    const key = t.assigneeId ?? null;
    const list = groups.get(key) ?? [];
    list.push(t);
    groups.set(key, list);
  }
  return [...groups]
    .map(([assigneeId, tasks]) => ({ assigneeId, tasks, overdue: tasks.filter((t) => t.due !== undefined && t.due < today).length }))
    .sort((a, b) => Number(a.assigneeId === null) - Number(b.assigneeId === null));
}

export interface DoneTasksPage {
  rows: Task[];
  /** Pass as `before` for the next page; absent on the last page. */
  next?: string;
}

/** Done (and cancelled) tasks, newest first, `limit` at a time; `before` = the previous page's `next` (a completedAt). */
export async function listDoneTasks(limit: number, before?: string, db: BackdeskDb = getDb()): Promise<DoneTasksPage> {
  const size = Math.max(1, Math.floor(limit));
  return db.transaction('r', db.tasks, async () => {
    const range = before ? db.tasks.where('completedAt').below(before) : db.tasks.orderBy('completedAt');
    const rows = await range
      .reverse()
      .filter((t) => t.deletedAt === null && (t.status === 'done' || t.status === 'cancelled'))
      .limit(size + 1)
      .toArray();
    if (rows.length <= size) return { rows };
    // Rows closed at the same instant as the page's last stay together on this page.
    const page = rows.slice(0, size);
    const last = page[page.length - 1]!.completedAt!;
    const ties = await db.tasks
      .where('completedAt')
      .equals(last)
      .filter((t) => t.deletedAt === null && (t.status === 'done' || t.status === 'cancelled') && !page.some((p) => p.id === t.id))
      .toArray();
    const all = [...page, ...ties];
    const more = await db.tasks.where('completedAt').below(last).filter((t) => t.deletedAt === null && (t.status === 'done' || t.status === 'cancelled')).first();
    return more ? { rows: all, next: last } : { rows: all };
  });
}

export interface ErrandPlace {
  /** The place as typed (grouped ignoring case and spaces); '' = no place given. */
  place: string;
  errands: Task[];
}

const placeKey = (place: string | undefined) => (place ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The day's errand run: open errands due on `day` or before it (still to run), grouped by place (no place last). */
export async function listErrandsFor(day: string, db: BackdeskDb = getDb()): Promise<ErrandPlace[]> {
  const rows = await db.transaction('r', db.tasks, () => db.tasks.where('openDue').belowOrEqual(day).toArray());
  const groups = new Map<string, ErrandPlace>();
  for (const t of liveSorted(rows)) {
    if (t.kind !== 'errand') continue;
    const key = placeKey(t.location);
    const group = groups.get(key) ?? { place: (t.location ?? '').trim(), errands: [] };
    group.errands.push(t);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => Number(a.place === '') - Number(b.place === '') || a.place.localeCompare(b.place));
}

/** Every task of a repeating series, newest due first (the task page's history). */
export async function listSeriesTasks(seriesId: string, db: BackdeskDb = getDb()): Promise<Task[]> {
  const rows = await db.tasks.where('seriesId').equals(seriesId).toArray();
  return rows.filter((t) => t.deletedAt === null).sort((a, b) => (b.due ?? '').localeCompare(a.due ?? '') || b.createdAt.localeCompare(a.createdAt));
}
