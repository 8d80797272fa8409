/**
 * Small projects (issue 17.4): the office move, a new-starter week, a refurbishment. A project
 * has an owner, dates, milestones and a budget line; tasks, events, documents, purchase orders
 * and expenses link to it (their `projectId`, or the generic link fields). Progress comes from
 * its tasks. Pure rules here.
 */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, isoDateSchema, nonNegativeCentsSchema, optionalText, requiredText } from './common';

export const PROJECT_STATUSES = ['planned', 'active', 'on-hold', 'done', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  planned: 'Planned',
  active: 'Active',
  'on-hold': 'On hold',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const milestoneSchema = z.object({
  id: idSchema,
  title: requiredText('Milestone', 200),
  due: isoDateSchema,
  done: z.boolean().default(false),
  doneOn: isoDateSchema.optional(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

const datesInOrder = (p: { start?: string; due?: string }) => !p.start || !p.due || p.start <= p.due;
const datesMessage = { error: 'The due date is before the start date.', path: ['due'] };

export const projectShape = {
  ...baseRecordShape,
  name: requiredText('Name', 200),
  ownerId: idSchema.optional(),
  ownerName: optionalText('Owner', 200),
  status: z.enum(PROJECT_STATUSES).default('planned'),
  start: isoDateSchema.optional(),
  due: isoDateSchema.optional(),
  description: optionalText('Description', 5000),
  milestones: z.array(milestoneSchema).max(100, 'At most 100 milestones').default([]),
  /** The budget category the project's spending counts against. */
  budgetCategoryId: idSchema.optional(),
  /** Money set aside for the project. */
  budgetCents: nonNegativeCentsSchema.optional(),
};
export const projectSchema = z.object(projectShape).refine(datesInOrder, datesMessage);
export const projectDraftSchema = z.object(projectShape).omit(BASE_OMIT).refine(datesInOrder, datesMessage);
export type Project = z.infer<typeof projectSchema>;
export type ProjectDraft = z.input<typeof projectDraftSchema>;

export interface TaskLike {
  status: string;
  due?: string;
}

export interface ProjectProgress {
  tasksTotal: number;
  tasksDone: number;
  /** 0–100, from tasks (cancelled ones left out); milestones when there are no tasks. */
  percent: number;
  milestonesDone: number;
  milestonesTotal: number;
  overdueTasks: number;
  overdueMilestones: number;
  /** The next open milestone by date. */
  nextMilestone?: Milestone;
}

export function projectProgress(p: Pick<Project, 'milestones'>, tasks: readonly TaskLike[], today: string): ProjectProgress {
  const counted = tasks.filter((t) => t.status !== 'cancelled');
  const tasksDone = counted.filter((t) => t.status === 'done').length;
  const milestonesDone = p.milestones.filter((m) => m.done).length;
  const percent =
    counted.length > 0
      ? Math.round((tasksDone / counted.length) * 100)
      : p.milestones.length > 0
        ? Math.round((milestonesDone / p.milestones.length) * 100)
        : 0;
  const open = p.milestones.filter((m) => !m.done).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const out: ProjectProgress = {
    tasksTotal: counted.length,
    tasksDone,
    percent,
    milestonesDone,
    milestonesTotal: p.milestones.length,
    overdueTasks: counted.filter((t) => t.status !== 'done' && t.due !== undefined && t.due < today).length,
    overdueMilestones: open.filter((m) => m.due < today).length,
  };
  if (open[0]) out.nextMilestone = open[0];
  return out;
}

/** Spent against the project's own budget; over when spending passed it. */
export function projectSpend(budgetCents: number | undefined, spentCents: number, committedCents: number): { spentCents: number; committedCents: number; remainingCents?: number; over: boolean } {
  if (budgetCents === undefined) return { spentCents, committedCents, over: false };
  const remainingCents = budgetCents - spentCents - committedCents;
  return { spentCents, committedCents, remainingCents, over: remainingCents < 0 };
}

/** A one-word health for the status report: on track, at risk (something overdue), late (past due, open). */
export function projectHealth(p: Pick<Project, 'status' | 'due'>, progress: ProjectProgress, today: string): 'on track' | 'at risk' | 'late' | 'done' | 'cancelled' | 'on hold' {
  if (p.status === 'done') return 'done';
  if (p.status === 'cancelled') return 'cancelled';
  if (p.status === 'on-hold') return 'on hold';
  if (p.due && p.due < today) return 'late';
  return progress.overdueTasks > 0 || progress.overdueMilestones > 0 ? 'at risk' : 'on track';
}
