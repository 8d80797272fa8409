/**
 * `#/tasks` (Today: overdue, due today, no date), `#/tasks/upcoming`, `#/tasks/people` (by
 * person), `#/tasks/done`, `#/tasks/errands` (today's errands and the run sheet),
 * `#/tasks/new`, `#/tasks/<id>` (one task: edit, checklist, repeats, link).
 */
import type { Route } from '../../core/router';
import { TaskPage } from './components/TaskPage';
import { TasksPage } from './components/TasksPage';
import { TASK_VIEWS, type TaskView } from './components/taskFormat';

export default function TasksRoute({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === 'new') return <TaskPage key="new" />;
  if (first && !(TASK_VIEWS as readonly string[]).includes(first)) return <TaskPage key={first} taskId={first} />;
  return <TasksPage view={(first as TaskView | undefined) ?? 'today'} />;
}
