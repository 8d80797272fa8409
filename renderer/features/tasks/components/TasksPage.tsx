/**
 * `#/tasks…`: the task lists (issue 14.5) — Today (overdue, due today, no date), Upcoming
 * (the next two weeks by day), By person, Done (newest first, a page at a time) and Errands
 * (today's run by place, with the printed run sheet). A quick-add row sits on top: Enter in
 * the title or Ctrl+Enter anywhere on the page adds. Space on a row completes (or reopens) it,
 * with Undo.
 */
import {
  CalendarCheck,
  CheckCircle2,
  ClipboardList,
  MapPin,
  Plus,
  Printer,
  Users,
} from 'lucide-react';
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import {
  defaultPageSize,
  renderErrandRunSheetHtml,
  NO_PLACE,
  type PageSize,
} from '../../../../shared/documents';
import {
  isTaskOpen,
  TASK_PRIORITIES,
  type Task,
  type TaskPriority,
} from '../../../../shared/domain/tasks';
import { addDays, today as todayOf } from '../../../../shared/lib/dates';
import { LeaveGuard, useReportUnsaved } from '../../../ui/LeaveGuard';
import { hrefFor } from '../../../core/router';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import { EmptyState } from '../../../ui/EmptyState';
import { SectionTabs } from '../../../ui/SectionTabs';
import { usePrintDocument } from '../../../ui/printing';
import { useActiveEmployees } from '../../people';
import { completeTask, createTask, reopenTask } from '../taskActions';
import {
  listDoneTasks,
  listErrandsFor,
  listTasksByPerson,
  listTodayTasks,
  listUpcomingTasks,
  type ErrandPlace,
} from '../taskViews';
import { TaskList } from './TaskList';
import { PRIORITY_LABELS, longDay, usePeopleNames, type TaskView } from './taskFormat';
import { SelectField } from '../../../ui/SelectField';
import './tasks.css';

const TABS = [
  { id: '', label: 'Today' },
  { id: 'upcoming', label: 'Upcoming' },
  { id: 'people', label: 'By person' },
  { id: 'done', label: 'Done' },
  { id: 'errands', label: 'Errands' },
] as const;

const UPCOMING_DAYS = 14;
const DONE_PAGE = 50;

interface UndoState {
  message: string;
  undo: () => Promise<unknown>;
}

export function TasksPage({ view }: { view: TaskView }) {
  const day = todayOf();
  const names = usePeopleNames();
  const [undo, setUndo] = useState<UndoState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focusAfter = useRef<number | null>(null);
  const rowsRef = useRef<HTMLDivElement>(null);
  const quickTitle = useRef<HTMLInputElement>(null);
  const quickForm = useRef<HTMLFormElement>(null);

  // Ctrl+Enter anywhere on the page adds what the quick-add row holds.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
      if (document.querySelector('[role="dialog"]')) return;
      e.preventDefault();
      if (!quickTitle.current?.value.trim()) quickTitle.current?.focus();
      else quickForm.current?.requestSubmit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onToggle = useCallback(async (t: Task, row: HTMLElement) => {
    const rows = rowsRef.current
      ? [...rowsRef.current.querySelectorAll<HTMLElement>('[data-task-row]')]
      : [];
    focusAfter.current = Math.max(0, rows.indexOf(row));
    setError(null);
    try {
      if (isTaskOpen(t)) {
        const { next } = await completeTask(t.id);
        setUndo({
          message: `Completed “${t.title}”${next ? ` — next one due ${longDay(next.due!)}` : ''}`,
          undo: () => reopenTask(t.id),
        });
      } else {
        const { keptNext } = await reopenTask(t.id);
        setUndo({
          message: `Reopened “${t.title}”${keptNext ? ' (its next one was changed since, so it stays)' : ''}`,
          undo: () => completeTask(t.id),
        });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  // After a row leaves its list, the focus goes to the row now in its place.
  const onRowsChanged = useCallback(() => {
    const at = focusAfter.current;
    if (at === null || !rowsRef.current) return;
    const rows = [...rowsRef.current.querySelectorAll<HTMLElement>('[data-task-row]')];
    if (!rows.length) return;
    focusAfter.current = null;
    const active = document.activeElement;
    if (
      active &&
      active !== document.body &&
      rowsRef.current.contains(active) &&
      active.matches('[data-task-row]')
    )
      return;
    rows[Math.min(at, rows.length - 1)]?.focus();
  }, []);

  const current = view === 'today' ? '' : view;
  const title = TABS.find((t) => t.id === current)?.label ?? 'Today';
  return (
    <LeaveGuard>
      <div className="page tasks-page">
        <header className="page-header">
          <h1>Tasks{view === 'today' ? '' : `: ${title}`}</h1>
          <span className="spacer" />
          <a className="btn" href={hrefFor('tasks', 'new')}>
            <Plus size={16} aria-hidden="true" /> New task…
          </a>
        </header>
        <SectionTabs module="tasks" tabs={TABS} current={current} label="Task views" />
        <QuickAdd view={view} day={day} formRef={quickForm} titleRef={quickTitle} />
        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
        <div ref={rowsRef} data-task-rows="">
          {view === 'today' ? (
            <TodayView day={day} names={names} onToggle={onToggle} onRows={onRowsChanged} />
          ) : null}
          {view === 'upcoming' ? (
            <UpcomingView day={day} names={names} onToggle={onToggle} onRows={onRowsChanged} />
          ) : null}
          {view === 'people' ? (
            <PeopleView day={day} names={names} onToggle={onToggle} onRows={onRowsChanged} />
          ) : null}
          {view === 'done' ? (
            <DoneView day={day} names={names} onToggle={onToggle} onRows={onRowsChanged} />
          ) : null}
          {view === 'errands' ? (
            <ErrandsView day={day} names={names} onToggle={onToggle} onRows={onRowsChanged} />
          ) : null}
        </div>
        {undo ? <UndoToast state={undo} onDone={() => setUndo(null)} onError={setError} /> : null}
      </div>
    </LeaveGuard>
  );
}

function UndoToast({
  state,
  onDone,
  onError,
}: {
  state: UndoState;
  onDone: () => void;
  onError: (m: string) => void;
}) {
  useEffect(() => {
    const t = window.setTimeout(onDone, 10_000);
    return () => window.clearTimeout(t);
  }, [state, onDone]);
  return (
    <div className="task-undo" role="status" aria-live="polite">
      <span>{state.message}</span>
      <button
        type="button"
        className="btn"
        onClick={async () => {
          try {
            await state.undo();
            onDone();
          } catch (e) {
            onError(e instanceof Error ? e.message : String(e));
          }
        }}
      >
        Undo
      </button>
    </div>
  );
}

function QuickAdd({
  view,
  day,
  formRef,
  titleRef,
}: {
  view: TaskView;
  day: string;
  formRef: React.RefObject<HTMLFormElement | null>;
  titleRef: React.RefObject<HTMLInputElement | null>;
}) {
  const id = useId();
  const people = useActiveEmployees();
  const errand = view === 'errands';
  const defaultDue =
    view === 'today' || view === 'errands' ? day : view === 'upcoming' ? addDays(day, 1) : '';
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [due, setDue] = useState(defaultDue);
  const [priority, setPriority] = useState<TaskPriority>('normal');
  const [place, setPlace] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => setDue(defaultDue), [defaultDue]);
  // A half-typed task is not lost by leaving the page: it asks first. (The place stays for the
  // next errand on purpose, so it alone is nothing to lose.)
  useReportUnsaved('quick-add', title.trim() !== '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!title.trim()) {
      setError('Type what needs doing first.');
      titleRef.current?.focus();
      return;
    }
    try {
      const t = await createTask({
        title: title.trim(),
        kind: errand ? 'errand' : 'task',
        ...(assigneeId ? { assigneeId } : {}),
        ...(due ? { due } : {}),
        priority,
        ...(errand && place.trim() ? { location: place.trim() } : {}),
      });
      setTitle('');
      setPriority('normal');
      setAdded(`Added “${t.title}”${t.due ? ` for ${longDay(t.due)}` : ' (no date)'}`);
      titleRef.current?.focus();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <form ref={formRef} className="card task-quick" aria-label="Quick add" onSubmit={submit}>
      <label className="field task-quick-title">
        <span>{errand ? 'New errand' : 'New task'}</span>
        <input
          ref={titleRef}
          value={title}
          maxLength={200}
          placeholder={errand ? 'Post the parcels…' : 'What needs doing…'}
          onChange={(e) => setTitle(e.target.value)}
          aria-describedby={`${id}-help`}
        />
      </label>
      {errand ? (
        <label className="field">
          <span>Place</span>
          <input value={place} maxLength={200} onChange={(e) => setPlace(e.target.value)} />
        </label>
      ) : null}
      <SelectField label="For whom" value={assigneeId} onChange={(v) => setAssigneeId(v)}>
        <option value="">Anyone</option>
        {(people ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <label className="field">
        <span>Due</span>
        <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <SelectField
        label="Priority"
        value={priority}
        onChange={(v) => setPriority(v as TaskPriority)}
      >
        {TASK_PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {PRIORITY_LABELS[p]}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="btn btn-primary">
        Add
      </button>
      <p id={`${id}-help`} className="muted task-quick-help">
        {error ? (
          <span role="alert" className="field-error">
            {error}
          </span>
        ) : (
          <span role="status">
            {added ??
              'Enter or Ctrl+Enter adds. On a list: ↑/↓ move, Space completes, Enter opens.'}
          </span>
        )}
      </p>
    </form>
  );
}

interface ViewProps {
  day: string;
  names: Map<string, string>;
  onToggle: (t: Task, row: HTMLElement) => void;
  onRows: () => void;
}

function Section({
  title,
  count,
  children,
  tone,
}: {
  title: string;
  count: number;
  children: ReactNode;
  tone?: 'danger';
}) {
  return (
    <section className="task-section">
      <h2 className={tone === 'danger' ? 'task-overdue' : undefined}>
        {title} <span className="task-count">({count})</span>
      </h2>
      {children}
    </section>
  );
}

function Loading() {
  return <p className="muted">Loading…</p>;
}

function TodayView({ day, names, onToggle, onRows }: ViewProps) {
  const data = useDbQuery((db) => listTodayTasks(day, db), [day]);
  useEffect(onRows, [data, onRows]);
  if (!data) return <Loading />;
  const total = data.overdue.length + data.dueToday.length + data.undated.length;
  if (total === 0)
    return (
      <EmptyState icon={CheckCircle2} title="Nothing to do today">
        <p>
          No task is overdue, due today or waiting without a date. Add one above, or look at what is
          coming up.
        </p>
      </EmptyState>
    );
  return (
    <>
      {data.overdue.length ? (
        <Section title="Overdue" count={data.overdue.length} tone="danger">
          <TaskList
            tasks={data.overdue}
            label="Overdue"
            today={day}
            names={names}
            onToggle={onToggle}
          />
        </Section>
      ) : null}
      <Section title="Due today" count={data.dueToday.length}>
        {data.dueToday.length ? (
          <TaskList
            tasks={data.dueToday}
            label="Due today"
            today={day}
            names={names}
            onToggle={onToggle}
            showDue={false}
          />
        ) : (
          <p className="muted">Nothing else is due today.</p>
        )}
      </Section>
      {data.undated.length ? (
        <Section title="No date" count={data.undated.length}>
          <TaskList
            tasks={data.undated}
            label="No date"
            today={day}
            names={names}
            onToggle={onToggle}
          />
        </Section>
      ) : null}
    </>
  );
}

function UpcomingView({ day, names, onToggle, onRows }: ViewProps) {
  const data = useDbQuery((db) => listUpcomingTasks(day, UPCOMING_DAYS, db), [day]);
  useEffect(onRows, [data, onRows]);
  if (!data) return <Loading />;
  if (data.length === 0)
    return (
      <EmptyState icon={CalendarCheck} title="Nothing coming up">
        <p>
          No open task is due in the next {UPCOMING_DAYS} days. Tasks due today and overdue ones are
          under Today.
        </p>
      </EmptyState>
    );
  return (
    <>
      <p className="muted">The next {UPCOMING_DAYS} days, from tomorrow.</p>
      {data.map((group) => (
        <Section
          key={group.date}
          title={
            group.date === addDays(day, 1)
              ? `Tomorrow, ${longDay(group.date)}`
              : longDay(group.date)
          }
          count={group.tasks.length}
        >
          <TaskList
            tasks={group.tasks}
            label={longDay(group.date)}
            today={day}
            names={names}
            onToggle={onToggle}
            showDue={false}
          />
        </Section>
      ))}
    </>
  );
}

function PeopleView({ day, names, onToggle, onRows }: ViewProps) {
  const data = useDbQuery((db) => listTasksByPerson(day, db), [day]);
  useEffect(onRows, [data, onRows]);
  if (!data) return <Loading />;
  if (data.length === 0)
    return (
      <EmptyState icon={Users} title="No open tasks">
        <p>When tasks are given to people, each person’s open tasks show here.</p>
      </EmptyState>
    );
  return (
    <>
      {data.map((g) => {
        const name = g.assigneeId
          ? (names.get(g.assigneeId) ?? 'Someone no longer in People')
          : 'Anyone (not given to a person)';
        return (
          <Section
            key={g.assigneeId ?? '-'}
            title={`${name}${g.overdue ? ` — ${g.overdue} overdue` : ''}`}
            count={g.tasks.length}
          >
            <TaskList
              tasks={g.tasks}
              label={name}
              today={day}
              names={names}
              onToggle={onToggle}
              showAssignee={false}
            />
          </Section>
        );
      })}
    </>
  );
}

function DoneView({ day, names, onToggle, onRows }: ViewProps) {
  const [pages, setPages] = useState<(string | undefined)[]>([undefined]);
  const before = pages[pages.length - 1];
  const data = useDbQuery((db) => listDoneTasks(DONE_PAGE, before, db), [before]);
  useEffect(onRows, [data, onRows]);
  if (!data) return <Loading />;
  if (data.rows.length === 0 && pages.length === 1)
    return (
      <EmptyState icon={ClipboardList} title="Nothing done yet">
        <p>
          Completed and cancelled tasks show here, newest first. Press Space on a task to complete
          it.
        </p>
      </EmptyState>
    );
  return (
    <>
      <Section
        title={pages.length === 1 ? 'Most recently done' : `Done, page ${pages.length}`}
        count={data.rows.length}
      >
        <TaskList tasks={data.rows} label="Done" today={day} names={names} onToggle={onToggle} />
      </Section>
      <div className="task-pager">
        {pages.length > 1 ? (
          <button type="button" className="btn" onClick={() => setPages((p) => p.slice(0, -1))}>
            Newer
          </button>
        ) : null}
        {data.next ? (
          <button type="button" className="btn" onClick={() => setPages((p) => [...p, data.next])}>
            Older
          </button>
        ) : null}
      </div>
    </>
  );
}

function ErrandsView({ day, names, onToggle, onRows }: ViewProps) {
  const data = useDbQuery((db) => listErrandsFor(day, db), [day]);
  useEffect(onRows, [data, onRows]);
  if (!data) return <Loading />;
  const count = data.reduce((n, g) => n + g.errands.length, 0);
  return (
    <>
      <div className="task-errand-head">
        <p className="muted">
          {count
            ? `${count} ${count === 1 ? 'errand' : 'errands'} to run today (missed ones included), by place.`
            : null}
        </p>
        <RunSheetButton day={day} places={data} names={names} />
      </div>
      {count === 0 ? (
        <EmptyState icon={MapPin} title="No errands today">
          <p>
            Errands due today (and any missed ones) show here by place. Add one above with where to
            go.
          </p>
        </EmptyState>
      ) : (
        data.map((g) => (
          <Section key={g.place || '-'} title={g.place || NO_PLACE} count={g.errands.length}>
            <TaskList
              tasks={g.errands}
              label={g.place || NO_PLACE}
              today={day}
              names={names}
              onToggle={onToggle}
            />
          </Section>
        ))
      )}
    </>
  );
}

function RunSheetButton({
  day,
  places,
  names,
}: {
  day: string;
  places: ErrandPlace[];
  names: Map<string, string>;
}) {
  const { profile: company } = useCompanyProfileState();
  const printDocument = usePrintDocument();
  const [busy, setBusy] = useState(false);
  const pageSize: PageSize = defaultPageSize(company);
  return (
    <button
      type="button"
      className="btn"
      disabled={busy || places.length === 0}
      onClick={async () => {
        setBusy(true);
        try {
          const html = renderErrandRunSheetHtml(
            {
              date: day,
              preparedOn: day,
              pageSize,
              places: places.map((g) => ({
                place: g.place,
                errands: g.errands.map((t) => ({
                  title: t.title,
                  bring: t.bring,
                  forWhom: t.assigneeId ? names.get(t.assigneeId) : undefined,
                  dueTime: t.dueTime,
                  dueDate: t.due && t.due < day ? t.due : undefined,
                  priority: t.priority,
                  checklist: t.checklist,
                  notes: t.notes,
                })),
              })),
            },
            company,
          );
          await printDocument(
            'print',
            { html, title: `Errand run sheet ${day}`, pageSize },
            { what: 'The errand run sheet' },
          );
        } finally {
          setBusy(false);
        }
      }}
    >
      <Printer size={16} aria-hidden="true" /> Print run sheet
    </button>
  );
}
