/**
 * `#/tasks/new` and `#/tasks/<id>` (issue 14.5): the whole task — title, task or errand (an
 * errand has a place and what to take or bring), for whom, due date and optional time,
 * priority, notes, a checklist edited from the keyboard, how it repeats (the presets or a
 * custom rule, written by the calendar engine), and a link to a record. Ctrl+S saves;
 * leaving with unsaved changes asks first. Done / Reopen, Cancel task and Delete.
 */
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { describeRecurrence } from '../../../../shared/calendar';
import {
  defaultTaskRepeat,
  readTaskRepeat,
  taskRepeatRrule,
  TASK_REPEAT_KINDS,
  TASK_REPEAT_LABELS,
  TASK_WEEKDAYS,
  TASK_WEEKDAY_NAMES,
  type TaskRepeat,
  type TaskRepeatKind,
  type TaskWeekday,
} from '../../../../shared/domain/taskRecurrence';
import {
  isTaskOpen,
  TASK_PRIORITIES,
  type ChecklistEntry,
  type Task,
  type TaskDraft,
  type TaskPriority,
} from '../../../../shared/domain/tasks';
import { newId } from '../../../../shared/lib/ids';
import { hrefFor, navigate } from '../../../core/router';
import { Modal } from '../../../ui/Modal';
import { useToast } from '../../../ui/Toast';
import { useActiveEmployees } from '../../people';
import { useTask } from '../hooks';
import { taskRepository } from '../repository';
import { cancelTask, completeTask, createTask, reopenTask, updateTask } from '../taskActions';
import { LeaveGuard, useAllowLeave, useReportUnsaved } from '../../../ui/LeaveGuard';
import { LinkPicker, type RecordLink } from './LinkPicker';
import { PRIORITY_LABELS, longDay } from './taskFormat';
import { SelectField } from '../../../ui/SelectField';
import './tasks.css';

interface FormState {
  title: string;
  kind: 'task' | 'errand';
  assigneeId: string;
  due: string;
  dueTime: string;
  priority: TaskPriority;
  location: string;
  bring: string;
  notes: string;
  checklist: ChecklistEntry[];
  /** null: a rule the presets cannot show, kept as it is (`keptRule`). */
  repeat: TaskRepeat | null;
  keptRule: string;
  link: RecordLink | null;
}

function fromTask(t: Task | undefined): FormState {
  const repeat = t ? readTaskRepeat(t.rrule) : { kind: 'none' as const };
  return {
    title: t?.title ?? '',
    kind: t?.kind ?? 'task',
    assigneeId: t?.assigneeId ?? '',
    due: t?.due ?? '',
    dueTime: t?.dueTime ?? '',
    priority: t?.priority ?? 'normal',
    location: t?.location ?? '',
    bring: t?.bring ?? '',
    notes: t?.notes ?? '',
    checklist: t?.checklist ?? [],
    repeat,
    keptRule: repeat ? '' : (t?.rrule ?? ''),
    link:
      t?.linkedTable && t.linkedId ? { linkedTable: t.linkedTable, linkedId: t.linkedId } : null,
  };
}

function ruleOf(f: FormState): { rrule?: string; error?: string } {
  if (!f.repeat) return { rrule: f.keptRule };
  try {
    const rrule = taskRepeatRrule(f.repeat);
    return rrule ? { rrule } : {};
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function draftOf(f: FormState, rrule: string | undefined): TaskDraft {
  const errand = f.kind === 'errand';
  return {
    title: f.title.trim(),
    kind: f.kind,
    assigneeId: f.assigneeId || undefined,
    due: f.due || undefined,
    dueTime: f.dueTime || undefined,
    priority: f.priority,
    location: errand ? f.location.trim() || undefined : undefined,
    bring: errand ? f.bring.trim() || undefined : undefined,
    notes: f.notes.trim() || undefined,
    checklist: f.checklist.filter((c) => c.text.trim()).map((c) => ({ ...c, text: c.text.trim() })),
    rrule: rrule || undefined,
    linkedTable: f.link?.linkedTable,
    linkedId: f.link?.linkedId,
  };
}

export function TaskPage({ taskId }: { taskId?: string }) {
  const task = useTask(taskId);
  if (taskId && task === undefined) return <p className="muted page">Loading…</p>;
  if (taskId && !task)
    return (
      <div className="page">
        <h1>Task not found</h1>
        <p>This task no longer exists (it may have been deleted).</p>
        <a href={hrefFor('tasks')}>Back to tasks</a>
      </div>
    );
  return (
    <LeaveGuard>
      <TaskForm task={task ?? undefined} />
    </LeaveGuard>
  );
}

function TaskForm({ task }: { task: Task | undefined }) {
  const id = useId();
  const people = useActiveEmployees();
  const toast = useToast((s) => s.show);
  const allowLeave = useAllowLeave();
  const [saved, setSaved] = useState<FormState>(() => fromTask(task));
  const [form, setForm] = useState<FormState>(saved);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const checklistRefs = useRef(new Map<string, HTMLInputElement>());
  const [focusLine, setFocusLine] = useState<string | null>(null);
  const dirty = useMemo(() => JSON.stringify(form) !== JSON.stringify(saved), [form, saved]);
  useReportUnsaved('task-form', dirty);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const rule = ruleOf(form);

  useEffect(() => {
    if (!focusLine) return;
    checklistRefs.current.get(focusLine)?.focus();
    setFocusLine(null);
  }, [focusLine, form.checklist]);

  // Ctrl+S saves from anywhere on the page.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        formRef.current?.requestSubmit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (rule.error) return setError(rule.error);
    try {
      const draft = draftOf(form, rule.rrule);
      if (task) {
        const next = await updateTask(task.id, draft);
        const state = fromTask(next);
        setSaved(state);
        setForm(state);
        toast(`Saved “${next.title}”`);
      } else {
        const created = await createTask(draft);
        allowLeave();
        toast(`Added “${created.title}”`);
        navigate('tasks');
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  // Checklist editing from the keyboard: Enter adds a line below, Backspace on an empty line
  // removes it, Alt+↑/↓ move the line.
  const addLine = (after?: string) => {
    const line: ChecklistEntry = { id: newId(), text: '', done: false };
    setForm((f) => {
      const at = after ? f.checklist.findIndex((c) => c.id === after) + 1 : f.checklist.length;
      const checklist = [...f.checklist];
      checklist.splice(at, 0, line);
      return { ...f, checklist };
    });
    setFocusLine(line.id);
  };
  const moveLine = (lineId: string, step: -1 | 1) => {
    setForm((f) => {
      const at = f.checklist.findIndex((c) => c.id === lineId);
      const to = at + step;
      if (at < 0 || to < 0 || to >= f.checklist.length) return f;
      const checklist = [...f.checklist];
      [checklist[at], checklist[to]] = [checklist[to]!, checklist[at]!];
      return { ...f, checklist };
    });
    setFocusLine(lineId);
  };
  const removeLine = (lineId: string) => {
    const at = form.checklist.findIndex((c) => c.id === lineId);
    const before = form.checklist[at - 1] ?? form.checklist[at + 1];
    setForm((f) => ({ ...f, checklist: f.checklist.filter((c) => c.id !== lineId) }));
    if (before) setFocusLine(before.id);
  };
  const lineKeys = (e: KeyboardEvent<HTMLInputElement>, line: ChecklistEntry) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      addLine(line.id);
    } else if (e.key === 'Backspace' && line.text === '') {
      e.preventDefault();
      removeLine(line.id);
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      moveLine(line.id, e.key === 'ArrowUp' ? -1 : 1);
    }
  };

  const closeAction = async (action: 'done' | 'reopen' | 'cancel' | 'end') => {
    if (!task) return;
    setError(null);
    try {
      if (action === 'reopen') {
        const r = await reopenTask(task.id);
        toast(
          `Reopened “${task.title}”${r.removedNext ? ' — its next occurrence was taken back' : r.keptNext ? ' — its next occurrence was changed since, so it stays' : ''}`,
        );
      } else {
        const r =
          action === 'done'
            ? await completeTask(task.id)
            : await cancelTask(task.id, { endSeries: action === 'end' });
        toast(
          `${action === 'done' ? 'Completed' : 'Cancelled'} “${task.title}”${r.next ? ` — next one due ${longDay(r.next.due!)}` : ''}`,
        );
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const repeatKind: TaskRepeatKind | 'keep' = form.repeat ? form.repeat.kind : 'keep';
  const repeat = form.repeat;
  const setRepeat = (r: TaskRepeat) => set('repeat', r);
  const days = (value: TaskWeekday[] | undefined, onChange: (d: TaskWeekday[]) => void) => (
    <fieldset>
      <legend>On</legend>
      <div className="task-days">
        {TASK_WEEKDAYS.map((d) => (
          <label key={d}>
            <input
              type="checkbox"
              checked={value?.includes(d) ?? false}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...(value ?? []), d] : (value ?? []).filter((x) => x !== d),
                )
              }
            />{' '}
            {TASK_WEEKDAY_NAMES[d]}
          </label>
        ))}
      </div>
    </fieldset>
  );
  const endKind =
    repeat?.until !== undefined ? 'until' : repeat?.count !== undefined ? 'count' : 'never';
  const open = task ? isTaskOpen(task) : true;

  return (
    <div className="page">
      <header className="page-header">
        <h1>{task ? (task.kind === 'errand' ? 'Errand' : 'Task') : 'New task'}</h1>
        <span className="spacer" />
        <a className="btn" href={hrefFor('tasks')}>
          Back to tasks
        </a>
      </header>
      {task ? (
        <p className="task-status-line muted" role="status">
          {task.status === 'done'
            ? `Done${task.completedAt ? ` on ${longDay(task.completedAt.slice(0, 10))}` : ''}.`
            : task.status === 'cancelled'
              ? 'Cancelled.'
              : 'Open.'}
        </p>
      ) : null}
      <form
        ref={formRef}
        className="task-form"
        aria-label={task ? 'Task' : 'New task'}
        onSubmit={save}
        noValidate
      >
        <label className="field">
          <span>Title</span>
          <input
            value={form.title}
            required
            maxLength={200}
            autoFocus={!task}
            onChange={(e) => set('title', e.target.value)}
          />
        </label>
        <fieldset>
          <legend>Kind</legend>
          <div className="task-days">
            <label>
              <input
                type="radio"
                name={`${id}-kind`}
                checked={form.kind === 'task'}
                onChange={() => set('kind', 'task')}
              />{' '}
              Task
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-kind`}
                checked={form.kind === 'errand'}
                onChange={() => set('kind', 'errand')}
              />{' '}
              Errand (somewhere to go)
            </label>
          </div>
          {form.kind === 'errand' ? (
            <div className="task-form-row" style={{ marginTop: 8 }}>
              <label className="field">
                <span>Place</span>
                <input
                  value={form.location}
                  maxLength={200}
                  placeholder="Post office, bank…"
                  onChange={(e) => set('location', e.target.value)}
                />
              </label>
              <label className="field">
                <span>Take or bring</span>
                <input
                  value={form.bring}
                  maxLength={500}
                  placeholder="The parcels and their forms"
                  onChange={(e) => set('bring', e.target.value)}
                />
              </label>
            </div>
          ) : null}
        </fieldset>
        <div className="task-form-row">
          <SelectField
            label="For whom"
            value={form.assigneeId}
            onChange={(v) => set('assigneeId', v)}
          >
            <option value="">Anyone</option>
            {(people ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            {form.assigneeId && people && !people.some((p) => p.id === form.assigneeId) ? (
              <option value={form.assigneeId}>Someone no longer active</option>
            ) : null}
          </SelectField>
          <label className="field">
            <span>Due date</span>
            <input type="date" value={form.due} onChange={(e) => set('due', e.target.value)} />
          </label>
          <label className="field">
            <span>Time (optional)</span>
            <input
              type="time"
              value={form.dueTime}
              disabled={!form.due}
              onChange={(e) => set('dueTime', e.target.value)}
            />
          </label>
          <SelectField
            label="Priority"
            value={form.priority}
            onChange={(v) => set('priority', v as TaskPriority)}
          >
            {TASK_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABELS[p]}
              </option>
            ))}
          </SelectField>
        </div>

        <fieldset>
          <legend>Repeats</legend>
          <div className="task-form-row">
            <SelectField
              label="Repeats"
              value={repeatKind}
              onChange={(v) => {
                if (v !== 'keep')
                  setRepeat(defaultTaskRepeat(v as TaskRepeatKind, form.due || undefined));
              }}
            >
              {repeatKind === 'keep' ? (
                <option value="keep">{describeRecurrence(form.keptRule)} (kept as it is)</option>
              ) : null}
              {TASK_REPEAT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {TASK_REPEAT_LABELS[k]}
                </option>
              ))}
            </SelectField>
            {repeat?.kind === 'monthly-day' ? (
              <SelectField
                label="Day of the month"
                value={repeat.monthDay ?? 1}
                onChange={(v) => setRepeat({ ...repeat, monthDay: Number(v) })}
              >
                {Array.from({ length: 31 }, (_, i) => i + 1).map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
                <option value={-1}>The last day</option>
              </SelectField>
            ) : null}
            {repeat?.kind === 'monthly-last' ? (
              <SelectField
                label="The last"
                value={repeat.weekday ?? 'FR'}
                onChange={(v) => setRepeat({ ...repeat, weekday: v as TaskWeekday })}
              >
                {TASK_WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {TASK_WEEKDAY_NAMES[d]}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {repeat?.kind === 'custom' ? (
              <>
                <label className="field">
                  <span>Every</span>
                  <input
                    type="number"
                    min={1}
                    max={999}
                    value={repeat.interval ?? 1}
                    onChange={(e) => setRepeat({ ...repeat, interval: Number(e.target.value) })}
                  />
                </label>
                <SelectField
                  label="Unit"
                  value={repeat.freq ?? 'WEEKLY'}
                  onChange={(v) =>
                    setRepeat({ ...repeat, freq: v as NonNullable<TaskRepeat['freq']> })
                  }
                >
                  <option value="DAILY">Days</option>
                  <option value="WEEKLY">Weeks</option>
                  <option value="MONTHLY">Months</option>
                  <option value="YEARLY">Years</option>
                </SelectField>
              </>
            ) : null}
            {repeat && repeat.kind !== 'none' ? (
              <SelectField
                label="Ends"
                value={endKind}
                onChange={(v) => {
                  const { until: _u, count: _c, ...rest } = repeat;
                  void _u;
                  void _c;
                  setRepeat(
                    v === 'until'
                      ? { ...rest, until: form.due || '' }
                      : v === 'count'
                        ? { ...rest, count: 10 }
                        : rest,
                  );
                }}
              >
                <option value="never">Never</option>
                <option value="until">On a date</option>
                <option value="count">After a number of times</option>
              </SelectField>
            ) : null}
            {repeat && endKind === 'until' ? (
              <label className="field">
                <span>Last date</span>
                <input
                  type="date"
                  value={repeat.until ?? ''}
                  onChange={(e) => setRepeat({ ...repeat, until: e.target.value })}
                />
              </label>
            ) : null}
            {repeat && endKind === 'count' ? (
              <label className="field">
                <span>Times</span>
                <input
                  type="number"
                  min={1}
                  max={999}
                  value={repeat.count ?? 1}
                  onChange={(e) => setRepeat({ ...repeat, count: Number(e.target.value) })}
                />
              </label>
            ) : null}
          </div>
          {repeat?.kind === 'weekly'
            ? days(repeat.days, (d) => setRepeat({ ...repeat, days: d }))
            : null}
          {repeat?.kind === 'custom' && (repeat.freq ?? 'WEEKLY') === 'WEEKLY'
            ? days(repeat.days, (d) => setRepeat({ ...repeat, days: d }))
            : null}
          <p className="muted" aria-live="polite">
            {rule.error ? (
              <span className="field-error">{rule.error}</span>
            ) : rule.rrule ? (
              `${describeRecurrence(rule.rrule)}. Completing one makes the next.`
            ) : (
              'Does not repeat.'
            )}
            {rule.rrule && !form.due
              ? ' Without a due date, the next one is counted from the day it is completed.'
              : ''}
          </p>
        </fieldset>

        <fieldset>
          <legend>
            Checklist ({form.checklist.filter((c) => c.done).length}/{form.checklist.length})
          </legend>
          {form.checklist.length ? (
            <ul className="task-checklist" aria-label="Checklist">
              {form.checklist.map((line, i) => (
                <li key={line.id}>
                  <input
                    type="checkbox"
                    checked={line.done}
                    aria-label={`Done: ${line.text || `line ${i + 1}`}`}
                    onChange={(e) =>
                      set(
                        'checklist',
                        form.checklist.map((c) =>
                          c.id === line.id ? { ...c, done: e.target.checked } : c,
                        ),
                      )
                    }
                  />
                  <input
                    type="text"
                    value={line.text}
                    maxLength={300}
                    aria-label={`Checklist line ${i + 1}`}
                    ref={(el) => {
                      if (el) checklistRefs.current.set(line.id, el);
                      else checklistRefs.current.delete(line.id);
                    }}
                    onChange={(e) =>
                      set(
                        'checklist',
                        form.checklist.map((c) =>
                          c.id === line.id ? { ...c, text: e.target.value } : c,
                        ),
                      )
                    }
                    onKeyDown={(e) => lineKeys(e, line)}
                  />
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Move line ${i + 1} up`}
                    disabled={i === 0}
                    onClick={() => moveLine(line.id, -1)}
                  >
                    <ArrowUp size={14} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Move line ${i + 1} down`}
                    disabled={i === form.checklist.length - 1}
                    onClick={() => moveLine(line.id, 1)}
                  >
                    <ArrowDown size={14} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Remove line ${i + 1}`}
                    onClick={() => removeLine(line.id)}
                  >
                    <Trash2 size={14} aria-hidden="true" />
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="btn" onClick={() => addLine()}>
            Add a checklist line
          </button>
          <p className="muted" style={{ margin: '6px 0 0', fontSize: '0.85rem' }}>
            In a line: Enter adds the next line, Backspace on an empty line removes it, Alt+↑/↓ move
            it.
          </p>
        </fieldset>

        <label className="field">
          <span>Notes</span>
          <textarea
            rows={4}
            value={form.notes}
            maxLength={10000}
            onChange={(e) => set('notes', e.target.value)}
          />
        </label>

        <LinkPicker value={form.link} onChange={(link) => set('link', link)} />

        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
        <div className="task-actions">
          <button type="submit" className="btn btn-primary" aria-keyshortcuts="Control+S">
            {task ? 'Save' : 'Add task'}
          </button>
          <span className="muted">Ctrl+S</span>
          <span className="spacer" />
          {task && open ? (
            <>
              <button
                type="button"
                className="btn"
                disabled={dirty}
                title={dirty ? 'Save your changes first' : undefined}
                onClick={() => closeAction('done')}
              >
                Mark done
              </button>
              <button
                type="button"
                className="btn"
                disabled={dirty}
                onClick={() => closeAction('cancel')}
              >
                {task.rrule ? 'Skip this one' : 'Cancel task'}
              </button>
              {task.rrule ? (
                <button
                  type="button"
                  className="btn"
                  disabled={dirty}
                  onClick={() => closeAction('end')}
                >
                  Cancel and stop repeating
                </button>
              ) : null}
            </>
          ) : null}
          {task && !open ? (
            <button type="button" className="btn" onClick={() => closeAction('reopen')}>
              Reopen
            </button>
          ) : null}
          {task ? (
            <button type="button" className="btn btn-danger" onClick={() => setConfirmDelete(true)}>
              Delete…
            </button>
          ) : null}
        </div>
      </form>
      {confirmDelete && task ? (
        <Modal title={`Delete “${task.title}”?`} onClose={() => setConfirmDelete(false)}>
          <p>The task goes to the deleted records; it can be restored from there.</p>
          <div className="actions">
            <button type="button" className="btn" autoFocus onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={async () => {
                try {
                  await taskRepository.softDelete(task.id);
                  allowLeave();
                  toast(`Deleted “${task.title}”`);
                  navigate('tasks');
                } catch (err) {
                  setConfirmDelete(false);
                  setError(err instanceof Error ? err.message : String(err));
                }
              }}
            >
              Delete
            </button>
          </div>
        </Modal>
      ) : null}
    </div>
  );
}
