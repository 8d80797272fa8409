/**
 * Small projects (issue 17.4): the office move, a new-starter week, a refurbishment. A project
 * has an owner, dates, milestones and a budget line; tasks, events, documents, purchase orders
 * and expenses link to it (their `projectId`, or the generic link fields). Progress comes from
 * its tasks. Pure rules here.
 */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, isoDateSchema, nonNegativeCentsSchema, optionalText, requiredText } from './common';
import { isOpenOrder, purchaseOrderTotalCents, receivedValueCents, type PurchaseOrder } from './purchasing';

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

// ---------------------------------------------------------------------------------------------
// Spending, milestones, the timeline and the status report's lists (issue 17.4, the screens).

/** The least of a purchase order the project needs to count what is committed. */
export type ProjectOrderLike = Pick<PurchaseOrder, 'status' | 'deletedAt' | 'lines' | 'shippingCents' | 'taxCents'>;

/**
 * Money promised but not yet spent: what is still to arrive on the project's open orders
 * (ordered or partly received). Drafts promise nothing yet; what arrived is booked as an
 * expense (the invoice), so it counts as spent there, not twice.
 */
export function projectCommittedCents(orders: readonly ProjectOrderLike[]): number {
  return orders
    .filter((o) => isOpenOrder(o))
    .reduce((sum, o) => sum + Math.max(0, purchaseOrderTotalCents(o) - receivedValueCents(o)), 0);
}

/** Spent = the project's expenses (refunds are negative and take it back). */
export function projectSpentCents(expenses: readonly { amountCents: number; deletedAt: string | null }[]): number {
  return expenses.filter((e) => e.deletedAt === null).reduce((sum, e) => sum + e.amountCents, 0);
}

/** Milestones by date, then title (the order of every list, the timeline and the report). */
export function sortMilestones(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.title.localeCompare(b.title)));
}

/** A milestone ticked or unticked: the day it was done is kept (today when ticked now). */
export function setMilestoneDone(m: Milestone, done: boolean, today: string): Milestone {
  if (done === m.done) return m;
  if (!done) {
    const { doneOn: _dropped, ...rest } = m;
    return { ...rest, done: false };
  }
  return { ...m, done: true, doneOn: today };
}

export interface TimelineTaskLike extends TaskLike {
  id: string;
  title: string;
  /** When the task was made (an instant or a date); its bar starts there, or at the project's start when that is later. */
  createdAt: string;
  completedAt?: string | null | undefined;
}

export interface TimelineRow {
  kind: 'project' | 'milestone' | 'task';
  id: string;
  label: string;
  /** 'YYYY-MM-DD'; equal to `end` for a milestone (a point in time). */
  start: string;
  end: string;
  state: 'done' | 'open' | 'overdue';
}

export interface ProjectTimeline {
  /** The first and last day drawn (a few days of margin around everything shown). */
  from: string;
  to: string;
  today: string;
  rows: TimelineRow[];
  /** Tasks without a due date: they cannot be placed and are listed beside the chart. */
  undated: { id: string; label: string; state: 'done' | 'open' }[];
}

const addDaysIso = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The timeline: the project's own span first (start to due), then its milestones and dated
 * tasks by date (cancelled tasks left out). A task's bar runs from when it was made (not before
 * the project's start, never after its due date) to its due date. The range covers all of it
 * and today, with three days either side.
 */
export function projectTimeline(
  p: Pick<Project, 'id' | 'name' | 'start' | 'due' | 'milestones' | 'createdAt'>,
  tasks: readonly TimelineTaskLike[],
  today: string,
): ProjectTimeline {
  const rows: TimelineRow[] = [];
  const start = p.start ?? p.createdAt.slice(0, 10);
  if (p.due) rows.push({ kind: 'project', id: p.id, label: p.name, start: start <= p.due ? start : p.due, end: p.due, state: p.due < today ? 'overdue' : 'open' });
  const dated: TimelineRow[] = [];
  for (const m of p.milestones) {
    dated.push({ kind: 'milestone', id: m.id, label: m.title, start: m.due, end: m.due, state: m.done ? 'done' : m.due < today ? 'overdue' : 'open' });
  }
  const undated: ProjectTimeline['undated'] = [];
  for (const t of tasks) {
    if (t.status === 'cancelled') continue;
    const done = t.status === 'done';
    if (!t.due) {
      undated.push({ id: t.id, label: t.title, state: done ? 'done' : 'open' });
      continue;
    }
    const made = t.createdAt.slice(0, 10);
    let from = made > start ? made : start;
    if (from > t.due) from = t.due;
    dated.push({ kind: 'task', id: t.id, label: t.title, start: from, end: t.due, state: done ? 'done' : t.due < today ? 'overdue' : 'open' });
  }
  dated.sort((a, b) => (a.end !== b.end ? (a.end < b.end ? -1 : 1) : a.kind !== b.kind ? (a.kind === 'milestone' ? -1 : 1) : a.label.localeCompare(b.label)));
  rows.push(...dated);
  const days = [today, start, ...rows.flatMap((r) => [r.start, r.end])].sort();
  return { from: addDaysIso(days[0]!, -3), to: addDaysIso(days[days.length - 1]!, 3), today, rows, undated };
}

export interface NextStep {
  kind: 'task' | 'milestone';
  label: string;
  due?: string | undefined;
  overdue: boolean;
}

/**
 * What comes next, for the report: open tasks and milestones by date (overdue first, as they
 * are earliest; undated tasks last), at most `limit`.
 */
export function projectNextSteps(
  milestones: readonly Milestone[],
  tasks: readonly (TaskLike & { title: string })[],
  today: string,
  limit = 5,
): NextStep[] {
  const steps: NextStep[] = [
    ...milestones.filter((m) => !m.done).map((m) => ({ kind: 'milestone' as const, label: m.title, due: m.due, overdue: m.due < today })),
    ...tasks
      .filter((t) => t.status !== 'done' && t.status !== 'cancelled')
      .map((t) => ({ kind: 'task' as const, label: t.title, due: t.due, overdue: t.due !== undefined && t.due < today })),
  ];
  steps.sort((a, b) => {
    const ad = a.due ?? '9999-12-31';
    const bd = b.due ?? '9999-12-31';
    return ad !== bd ? (ad < bd ? -1 : 1) : a.kind !== b.kind ? (a.kind === 'milestone' ? -1 : 1) : a.label.localeCompare(b.label);
  });
  return steps.slice(0, limit);
}

export const PROJECT_HEALTH_LABELS: Record<ReturnType<typeof projectHealth>, string> = {
  'on track': 'On track',
  'at risk': 'At risk',
  late: 'Late',
  done: 'Done',
  cancelled: 'Cancelled',
  'on hold': 'On hold',
};
export type ProjectHealth = ReturnType<typeof projectHealth>;
