/**
 * A project's milestones: each with its date, a "Reached" checkbox (the day is kept), edit and
 * remove; a small form adds one (title and date; Enter adds).
 */
import { useState } from 'react';
import { sortMilestones, type Milestone, type Project } from '../../../../shared/domain/projects';
import { formatDate } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { addMilestone, removeMilestone, setMilestoneDoneOn, updateMilestone } from '../repository';

function MilestoneEditor({ project, milestone, onDone }: { project: Project; milestone?: Milestone; onDone: () => void }) {
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [due, setDue] = useState(milestone?.due ?? '');
  const { error, busy, submit } = useSubmit(async () => {
    if (!title.trim()) throw new Error('Give the milestone a name.');
    if (!due) throw new Error('Give the milestone a date.');
    if (milestone) await updateMilestone(project.id, milestone.id, { title, due });
    else await addMilestone(project.id, { title, due });
    if (!milestone) {
      setTitle('');
      setDue('');
    }
    onDone();
  });
  return (
    <form
      className="prj-inline-form"
      aria-label={milestone ? `Edit milestone ${milestone.title}` : 'Add a milestone'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && milestone) {
          e.preventDefault();
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <label className="field">
        <span>Milestone</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} autoFocus={!!milestone} />
      </label>
      <label className="field">
        <span>Milestone date</span>
        <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {milestone ? 'Save milestone' : 'Add milestone'}
      </button>
      {milestone ? (
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
      ) : null}
      <FormError error={error} />
    </form>
  );
}

export function MilestonesSection({ project, today, locale }: { project: Project; today: string; locale: string }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (work: Promise<unknown>) => {
    setError(null);
    work.catch((e: unknown) => setError(errorMessage(e)));
  };
  const milestones = sortMilestones(project.milestones);
  return (
    <section className="card" aria-labelledby="prj-milestones">
      <h2 id="prj-milestones">Milestones</h2>
      {milestones.length === 0 ? <p className="muted">No milestones yet: add the dates that matter (plan agreed, movers booked, moving day).</p> : null}
      {milestones.length > 0 ? (
        <ul className="prj-list" aria-label="Milestones">
          {milestones.map((m) =>
            editing === m.id ? (
              <li key={m.id}>
                <MilestoneEditor project={project} milestone={m} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={m.id} className={m.done ? 'prj-done' : undefined}>
                <label className="prj-check">
                  <input type="checkbox" checked={m.done} onChange={(e) => run(setMilestoneDoneOn(project.id, m.id, e.target.checked))} aria-label={`${m.title} reached`} />
                  <span className="prj-title">{m.title}</span>
                </label>
                <span className="prj-when">
                  {formatDate(m.due, locale)}
                  {m.done ? (
                    <span className="muted"> · reached {m.doneOn ? formatDate(m.doneOn, locale) : ''}</span>
                  ) : m.due < today ? (
                    <>{' '}<span className="badge badge-warn">Overdue</span></>
                  ) : null}
                </span>
                <button type="button" className="btn btn-small" onClick={() => setEditing(m.id)} aria-label={`Edit milestone ${m.title}`}>
                  Edit
                </button>
                <button type="button" className="btn btn-small" onClick={() => run(removeMilestone(project.id, m.id))} aria-label={`Remove milestone ${m.title}`}>
                  Remove
                </button>
              </li>
            ),
          )}
        </ul>
      ) : null}
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <MilestoneEditor project={project} onDone={() => undefined} />
    </section>
  );
}
