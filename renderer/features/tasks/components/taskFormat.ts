/** How tasks read on screen: days, priorities, people's names. */
import { useMemo } from 'react';
import type { Task, TaskPriority } from '../../../../shared/domain/tasks';
import { useEmployees } from '../../people';

export const PRIORITY_LABELS: Record<TaskPriority, string> = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };

/** 'Fri 11 Dec' (with the year when not this year's). */
export function shortDay(date: string, thisYear = new Date().getFullYear()): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  const sameYear = d.getUTCFullYear() === thisYear;
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' }).format(d);
}

/** 'Friday, 11 December'. */
export function longDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(d);
}

/** People's names by id (inactive people included: old tasks still show who they were for). */
export function usePeopleNames(): Map<string, string> {
  const people = useEmployees();
  return useMemo(() => new Map((people ?? []).map((p) => [p.id, p.name])), [people]);
}

export function taskNoun(t: Pick<Task, 'kind'>): string {
  return t.kind === 'errand' ? 'errand' : 'task';
}

export const TASK_VIEWS = ['today', 'upcoming', 'people', 'done', 'errands'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];
