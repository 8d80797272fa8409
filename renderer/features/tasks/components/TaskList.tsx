/**
 * A list of tasks, keyboard first: every row is focusable; ↑/↓ move between the rows of the
 * whole page (across sections), Space completes or reopens the focused task, Enter opens it.
 * A row shows the tick box, the title (a link), overdue in red with the word "Overdue", the
 * priority, the errand's place, the checklist progress ("2/5") and the repeat (icon and words).
 */
import { Repeat } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { describeRecurrence } from '../../../../shared/calendar';
import { isTaskOpen, type Task } from '../../../../shared/domain/tasks';
import { hrefFor, navigate } from '../../../core/router';
import { checklistProgress } from '../taskActions';
import { PRIORITY_LABELS, shortDay } from './taskFormat';

export interface TaskListProps {
  tasks: readonly Task[];
  /** Accessible name of the list ('Overdue'). */
  label: string;
  today: string;
  names: Map<string, string>;
  onToggle: (task: Task, row: HTMLElement) => void;
  /** Show the due day in each row (left off where the section is one day). */
  showDue?: boolean;
  /** Show whom it is for (left off in By person). */
  showAssignee?: boolean;
}

const ROW = '[data-task-row]';

function moveFocus(from: HTMLElement, step: 1 | -1): void {
  const root = from.closest('[data-task-rows]') ?? document;
  const rows = [...root.querySelectorAll<HTMLElement>(ROW)];
  const at = rows.indexOf(from);
  const next = rows[at + step];
  next?.focus();
}

export function TaskList({ tasks, label, today, names, onToggle, showDue = true, showAssignee = true }: TaskListProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, t: Task) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveFocus(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === ' ') {
      e.preventDefault();
      onToggle(t, e.currentTarget);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      navigate('tasks', t.id);
    }
  };
  return (
    <ul className="task-list" aria-label={label}>
      {tasks.map((t) => {
        const open = isTaskOpen(t);
        const overdue = open && t.due !== undefined && t.due < today;
        const progress = checklistProgress(t);
        const who = t.assigneeId ? (names.get(t.assigneeId) ?? 'Someone no longer in People') : null;
        return (
          <li
            key={t.id}
            className={`task-row${open ? '' : ' task-row-closed'}`}
            tabIndex={0}
            data-task-row=""
            data-task-id={t.id}
            aria-label={`${t.title}${overdue ? ', overdue' : ''}${open ? '' : t.status === 'cancelled' ? ', cancelled' : ', done'}`}
            onKeyDown={(e) => onKeyDown(e, t)}
          >
            <input
              type="checkbox"
              className="task-tick"
              checked={t.status === 'done'}
              aria-label={open ? `Complete ${t.title}` : `Reopen ${t.title}`}
              tabIndex={-1}
              onChange={(e) => onToggle(t, e.currentTarget.closest<HTMLElement>(ROW)!)}
            />
            <div className="task-main">
              <a className="task-title" href={hrefFor('tasks', t.id)} tabIndex={-1}>
                {t.title}
              </a>
              <div className="task-meta">
                {overdue ? <span className="task-overdue">Overdue · due {shortDay(t.due!)}</span> : null}
                {!overdue && showDue && t.due ? <span>{t.due === today ? 'Due today' : `Due ${shortDay(t.due)}`}</span> : null}
                {t.dueTime ? <span>{t.dueTime}</span> : null}
                {t.priority !== 'normal' ? <span className={`badge task-priority task-priority-${t.priority}`}>{PRIORITY_LABELS[t.priority]}</span> : null}
                {t.kind === 'errand' ? (
                  <span className="task-errand">
                    Errand{t.location ? `: ${t.location}` : ''}
                    {t.bring ? ` — take or bring: ${t.bring}` : ''}
                  </span>
                ) : null}
                {showAssignee && who ? <span>For {who}</span> : null}
                {progress.total ? (
                  <span className="task-progress" aria-label={`Checklist ${progress.done} of ${progress.total} done`}>
                    ☑ {progress.done}/{progress.total}
                  </span>
                ) : null}
                {t.rrule ? (
                  <span className="task-repeat">
                    <Repeat size={13} aria-hidden="true" /> {describeRecurrence(t.rrule)}
                  </span>
                ) : null}
                {t.status === 'cancelled' ? <span className="badge">Cancelled</span> : null}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
