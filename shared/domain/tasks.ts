/** Tasks and errands: the office to-do list. */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, instantSchema, isoDateSchema, linkShape, optionalText, requiredText } from './common';

export const TASK_KINDS = ['task', 'errand'] as const;
export const TASK_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const taskShape = {
  ...baseRecordShape,
  title: requiredText('Title', 200),
  kind: z.enum(TASK_KINDS).default('task'),
  due: isoDateSchema.optional(),
  assigneeId: idSchema.optional(),
  status: z.enum(TASK_STATUSES).default('open'),
  priority: z.enum(TASK_PRIORITIES).default('normal'),
  /** Where an errand takes you (post office, bank). */
  location: optionalText('Location', 200),
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
