/**
 * Tasks and errands: the office to-do list (issue 14). An errand is a task with a place to go
 * (`location`) and what to take or bring. A recurring task keeps its RRULE (written and read
 * by the calendar engine, ical.js) and `seriesId`; completing one makes the next occurrence
 * as a new open task in the same transaction. `openDue` is derived (renderer/db/indexFields):
 * present only on open tasks — the due date, or NO_DUE_KEY when undated — so the Today and
 * Upcoming lists read a small index range however many tasks are done.
 */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, instantSchema, isoDateSchema, linkShape, optionalText, requiredText } from './common';

export const TASK_KINDS = ['task', 'errand'] as const;
export const TASK_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const checklistEntrySchema = z.object({
  id: idSchema,
  text: requiredText('Checklist line', 300),
  done: z.boolean().default(false),
});
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;

export const taskShape = {
  ...baseRecordShape,
  title: requiredText('Title', 200),
  kind: z.enum(TASK_KINDS).default('task'),
  due: isoDateSchema.optional(),
  /** 'HH:mm' on the due date (office time); absent = any time that day. */
  dueTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 14:30').optional(),
  assigneeId: idSchema.optional(),
  status: z.enum(TASK_STATUSES).default('open'),
  priority: z.enum(TASK_PRIORITIES).default('normal'),
  /** Where an errand takes you (post office, bank). */
  location: optionalText('Location', 200),
  /** What to take or bring on an errand ("the parcel and its form", "the keys"). */
  bring: optionalText('Take or bring', 500),
  checklist: z.array(checklistEntrySchema).max(100, 'At most 100 checklist lines').default([]),
  /** RFC 5545 RRULE text ('FREQ=WEEKLY;BYDAY=FR'), anchored on `due`. */
  rrule: optionalText('Repeats', 500),
  /** Shared by every task of one recurring series (the first task's id). */
  seriesId: idSchema.optional(),
  notes: optionalText('Notes', 10000),
  completedAt: instantSchema.nullable().default(null),
  ...linkShape,
};
export const taskSchema = z.object(taskShape);
export const taskDraftSchema = z.object(taskShape).omit(BASE_OMIT);
export type Task = z.infer<typeof taskSchema>;
export type TaskDraft = z.input<typeof taskDraftSchema>;

export function isTaskOpen(t: Pick<Task, 'status'>): boolean {
  return t.status === 'open' || t.status === 'in-progress';
}

export function isTaskOverdue(t: Pick<Task, 'status' | 'due'>, onDate: string): boolean {
  return isTaskOpen(t) && t.due !== undefined && t.due < onDate;
}

const PRIORITY_RANK: Record<TaskPriority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** Open first, then by due date (undated last), then priority, then title. */
export function compareTasks(a: Task, b: Task): number {
  const open = Number(!isTaskOpen(a)) - Number(!isTaskOpen(b));
  if (open) return open;
  const ad = a.due ?? '9999-12-31';
  const bd = b.due ?? '9999-12-31';
  if (ad !== bd) return ad < bd ? -1 : 1;
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.title.localeCompare(b.title);
}

/** `openDue` of an open task without a due date: sorts after every date. */
export const NO_DUE_KEY = '~';

/** The derived index value: the due date (or NO_DUE_KEY) while open; undefined once done. */
export function openDueKey(t: Pick<Task, 'status' | 'due' | 'deletedAt'>): string | undefined {
  if (t.deletedAt !== null || !isTaskOpen(t)) return undefined;
  return t.due ?? NO_DUE_KEY;
}
