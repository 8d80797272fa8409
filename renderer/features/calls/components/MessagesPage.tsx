/**
 * `#/calls/messages`: every open "while you were out" message, grouped by whom it is for, a
 * message open more than a day flagged "Over a day" (words and colour). "Called back" closes
 * it with the time (listed under Recently called back), "Make task" makes the call-back task,
 * and "Print today's slips" prints a day's slips for people without a screen.
 * `#/calls/messages/<employeeId>` shows one person's (where People's badge leads).
 */
import { Inbox, Printer } from 'lucide-react';
import { useMemo, useState } from 'react';
import { isStaleMessage, type Call } from '../../../../shared/domain/calls';
import type { Task } from '../../tasks';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor } from '../../../core/router';
import { EmptyState } from '../../../ui/EmptyState';
import { useToast } from '../../../ui/Toast';
import { useEmployees } from '../../people';
import { makeCallBackTask } from '../callBackTask';
import { useCallBackTasks, useClosedMessages, useOpenMessages } from '../hooks';
import { FOLLOW_UP_LABELS, messagesCount } from '../labels';
import { groupMessagesByRecipient } from '../lists';
import { displayNumber } from '../callerCard';
import { closeMessage, reopenMessage } from '../logCall';
import { CallsTabs } from './CallsTabs';
import { useCallFormat } from './callFormat';
import { SlipsPrintDialog } from './SlipsPrintDialog';
import './calls.css';

export function MessagesPage({ forEmployeeId }: { forEmployeeId?: string | undefined }) {
  const open = useOpenMessages();
  const closed = useClosedMessages(30);
  const people = useEmployees();
  const fmt = useCallFormat();
  const toast = useToast((s) => s.show);
  const [printing, setPrinting] = useState(false);
  const names = useMemo(() => new Map((people ?? []).map((p) => [p.id, p.name])), [people]);
  const now = useMemo(() => new Date(), [open]); // eslint-disable-line react-hooks/exhaustive-deps
  const groups = useMemo(() => {
    const all = groupMessagesByRecipient(open ?? [], now);
    return forEmployeeId ? all.filter((g) => g.employeeId === forEmployeeId) : all;
  }, [open, now, forEmployeeId]);
  // A message whose call already has a call-back task shows it instead of offering another.
  const openIds = useMemo(() => (open ?? []).map((m) => m.id), [open]);
  const tasks = useCallBackTasks(openIds);
  const nameOf = (id: string | undefined) =>
    id ? (names.get(id) ?? 'Someone no longer in People') : 'No one in particular';

  const act = (what: Promise<unknown>, done: string) =>
    what.then(
      () => toast(done),
      (e: unknown) => toast(errorMessage(e)),
    );

  return (
    <div className="page">
      <CallsTabs current="messages" />
      <header className="page-header">
        <h1>{forEmployeeId ? `Messages for ${nameOf(forEmployeeId)}` : 'Messages'}</h1>
        <span className="spacer" />
        {forEmployeeId ? (
          <a className="btn" href={hrefFor('calls', 'messages')}>
            Everyone’s messages
          </a>
        ) : null}
        <button type="button" className="btn" onClick={() => setPrinting(true)}>
          <Printer size={16} aria-hidden="true" /> Print today’s slips
        </button>
      </header>
      <SlipsPrintDialog open={printing} onClose={() => setPrinting(false)} />

      {open === undefined ? (
        <p className="muted">Loading…</p>
      ) : groups.length === 0 ? (
        <EmptyState icon={Inbox} title="No open messages">
          <p>
            A call for someone who is out becomes a message here until they call back. Press F2 to
            take one.
          </p>
        </EmptyState>
      ) : (
        <div className="msg-groups">
          {groups.map((g) => (
            <section
              key={g.employeeId ?? ''}
              className="card msg-group"
              aria-label={`Messages for ${nameOf(g.employeeId)}`}
            >
              <h2>
                {nameOf(g.employeeId)}
                <span className="muted">{messagesCount(g.messages.length)}</span>
                {g.stale ? (
                  <span className="msg-flag msg-flag-stale">{g.stale} over a day</span>
                ) : null}
              </h2>
              <ul className="msg-list">
                {g.messages.map((m) => (
                  <MessageItem
                    key={m.id}
                    message={m}
                    forName={nameOf(m.forEmployeeId)}
                    task={tasks?.get(m.id)}
                    taskLoading={tasks === undefined}
                    stale={isStaleMessage(m, now)}
                    when={fmt.dayTime(m.takenAt)}
                    onCalledBack={() =>
                      act(closeMessage(m.id), `Message from ${m.caller} closed: called back`)
                    }
                    onMakeTask={() =>
                      act(makeCallBackTask(m.id), `Task made: call back ${m.caller}`)
                    }
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}

      <section className="card" aria-label="Recently called back" style={{ marginTop: 16 }}>
        <h2 style={{ marginTop: 0, fontSize: 16 }}>Recently called back</h2>
        {closed === undefined ? null : closed.length === 0 ? (
          <p className="muted">No message has been closed yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table" aria-label="Closed messages">
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">For</th>
                  <th scope="col">Taken</th>
                  <th scope="col">Called back</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {closed
                  .filter((c) => !forEmployeeId || c.forEmployeeId === forEmployeeId)
                  .map((c) => (
                    <tr key={c.id}>
                      <td>
                        <a href={hrefFor('calls', c.id)}>{c.caller}</a>
                        {c.company ? <span className="muted"> · {c.company}</span> : null}
                      </td>
                      <td>{nameOf(c.forEmployeeId)}</td>
                      <td>{fmt.dayTime(c.takenAt)}</td>
                      <td>{c.closedAt ? `Called back ${fmt.dayTime(c.closedAt)}` : 'Closed'}</td>
                      <td>
                        <button
                          type="button"
                          className="btn"
                          aria-label={`Reopen: ${c.caller} for ${nameOf(c.forEmployeeId)}`}
                          onClick={() =>
                            act(reopenMessage(c.id), `Message from ${c.caller} reopened`)
                          }
                        >
                          Reopen
                        </button>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function MessageItem({
  message: m,
  forName,
  task,
  taskLoading,
  stale,
  when,
  onCalledBack,
  onMakeTask,
}: {
  message: Call;
  forName: string;
  task: Task | undefined;
  taskLoading: boolean;
  stale: boolean;
  when: string;
  onCalledBack: () => void;
  onMakeTask: () => void;
}) {
  return (
    <li
      className={`msg-item${m.urgent ? ' is-urgent' : stale ? ' is-stale' : ''}`}
      aria-label={`Message from ${m.caller}`}
    >
      <div>
        <strong>
          <a href={hrefFor('calls', m.id)}>{m.caller}</a>
        </strong>
        {m.company ? <span className="muted"> · {m.company}</span> : null}
        {m.urgent ? <span className="msg-flag msg-flag-urgent">Urgent</span> : null}
        {stale ? <span className="msg-flag msg-flag-stale">Over a day</span> : null}
        <p className="muted">
          {FOLLOW_UP_LABELS[m.followUp]} · {when}
          {m.phone ? ` · ${displayNumber(m.phone)}` : ''}
          {m.status === 'seen' ? ' · seen' : ''}
        </p>
        {m.subject ? <p>{m.subject}</p> : null}
        {m.message ? <p style={{ whiteSpace: 'pre-wrap' }}>{m.message}</p> : null}
      </div>
      <div className="msg-actions">
        <button
          type="button"
          className="btn btn-primary"
          aria-label={`Called back: ${m.caller} for ${forName}`}
          onClick={onCalledBack}
        >
          Called back
        </button>
        {task ? (
          <a
            className="btn"
            href={hrefFor('tasks', task.id)}
            aria-label={`${task.status === 'done' ? 'Task done' : 'Task'}: ${task.title}`}
            title={task.title}
          >
            {task.status === 'done' ? 'Task done' : 'Task'}
          </a>
        ) : (
          <button
            type="button"
            className="btn"
            disabled={taskLoading}
            aria-label={`Make task: ${m.caller} for ${forName}`}
            onClick={onMakeTask}
          >
            Make task
          </button>
        )}
      </div>
    </li>
  );
}
