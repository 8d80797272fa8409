/**
 * The project's tasks: a form makes a new one on the project (title, due date, who; Enter
 * adds), "Link an existing task…" finds one by its title; each task can be ticked done (the
 * project's progress moves), opened, or taken off the project.
 */
import { useState } from 'react';
import { formatDate } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor } from '../../../core/router';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { useEmployees } from '../../people';
import { completeTask, isTaskOpen, reopenTask, type Task } from '../../tasks';
import { addProjectTask, linkTaskToProject, unlinkTask } from '../links';
import { RecordFinder } from './RecordFinder';

function NewTaskForm({ projectId }: { projectId: string }) {
  const people = useEmployees();
  const toast = useToast((s) => s.show);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    if (!title.trim()) throw new Error('Give the task a title.');
    const t = await addProjectTask(projectId, { title, due: due || undefined, assigneeId: assigneeId || undefined });
    toast(`Task ${t.title} added to the project`);
    setTitle('');
    setDue('');
  });
  return (
    <form
      className="prj-inline-form"
      aria-label="Add a task to the project"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>New task</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      </label>
      <label className="field">
        <span>Task due</span>
        <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <label className="field">
        <span>Who</span>
        <select value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
          <option value="">Nobody yet</option>
          {(people ?? [])
            .filter((p) => p.status !== 'left')
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </label>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        Add task
      </button>
      <FormError error={error} />
    </form>
  );
}

export function ProjectTasks({ projectId, tasks, today, locale, names }: { projectId: string; tasks: readonly Task[]; today: string; locale: string; names: ReadonlyMap<string, string> }) {
  const [finding, setFinding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast((s) => s.show);
  const run = (work: () => Promise<unknown>) => {
    setError(null);
    work().catch((e: unknown) => setError(errorMessage(e)));
  };
  const open = tasks.filter((t) => isTaskOpen(t)).length;
  return (
    <section className="card" aria-labelledby="prj-tasks">
      <h2 id="prj-tasks">
        Tasks <span className="muted">({open} open of {tasks.filter((t) => t.status !== 'cancelled').length})</span>
      </h2>
      {tasks.length === 0 ? <p className="muted">No tasks on this project yet. Add the first below, or link one the office already has.</p> : null}
      {tasks.length > 0 ? (
        <ul className="prj-list" aria-label="Project tasks">
          {tasks.map((t) => (
            <li key={t.id} className={t.status === 'done' ? 'prj-done' : t.status === 'cancelled' ? 'prj-cancelled' : undefined}>
              <label className="prj-check">
                <input
                  type="checkbox"
                  checked={t.status === 'done'}
                  disabled={t.status === 'cancelled'}
                  aria-label={`${t.title} done`}
                  onChange={(e) => run(() => (e.target.checked ? completeTask(t.id) : reopenTask(t.id)))}
                />
                <span className="prj-title">{t.title}</span>
              </label>
              <span className="prj-when">
                {t.assigneeId ? <span>{names.get(t.assigneeId) ?? 'Someone no longer in People'} · </span> : null}
                {t.due ? formatDate(t.due, locale) : <span className="muted">No due date</span>}
                {isTaskOpen(t) && t.due && t.due < today ? <>{' '}<span className="badge badge-warn">Overdue</span></> : null}
                {t.status === 'cancelled' ? <span className="muted"> · cancelled</span> : null}
              </span>
              <a className="btn btn-small" href={hrefFor('tasks', t.id)} aria-label={`Open task ${t.title}`}>
                Open
              </a>
              <button
                type="button"
                className="btn btn-small"
                aria-label={`Take ${t.title} off the project`}
                onClick={() =>
                  run(async () => {
                    await unlinkTask(t.id);
                    toast(`${t.title} is no longer on the project (the task is kept)`);
                  })
                }
              >
                Take off
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <NewTaskForm projectId={projectId} />
      {finding ? (
        <RecordFinder
          table="tasks"
          noun="task"
          label="Find a task to link"
          onClose={() => setFinding(false)}
          onPick={(hit) =>
            run(async () => {
              await linkTaskToProject(projectId, hit.id);
              setFinding(false);
              toast(`${hit.title} linked to the project`);
            })
          }
        />
      ) : (
        <button type="button" className="btn" onClick={() => setFinding(true)}>
          Link an existing task…
        </button>
      )}
    </section>
  );
}
