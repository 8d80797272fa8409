/**
 * `#/calls/<id>`: one call — its details editable, the message closed ("Called back", with
 * the time) or reopened, a call-back task made, and the caller's record (and card) beside it.
 */
import { PhoneCall } from 'lucide-react';
import { useState } from 'react';
import { LeaveGuard, useReportUnsaved } from '../../../ui/LeaveGuard';
import {
  CALL_FOLLOW_UPS,
  CALL_OUTCOMES,
  isOpenMessage,
  isStaleMessage,
  type Call,
  type CallFollowUp,
  type CallOutcome,
} from '../../../../shared/domain/calls';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor } from '../../../core/router';
import { EmptyState } from '../../../ui/EmptyState';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { useActiveEmployees, useEmployees } from '../../people';
import { makeCallBackTask } from '../callBackTask';
import { displayNumber } from '../callerCard';
import { useCall, useCallBackTask, useCallerCard } from '../hooks';
import { CALLER_TABLE_LABELS, DIRECTION_LABELS, FOLLOW_UP_LABELS, OUTCOME_LABELS } from '../labels';
import { closeMessage, reopenMessage, updateCall } from '../logCall';
import { CallerCardPanel } from './CallerCardPanel';
import { CallsTabs } from './CallsTabs';
import { SelectField } from '../../../ui/SelectField';
import { EmailDraftButton } from '../../../ui/EmailDraft';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { defaultPageSize, renderMessageSlipsHtml } from '../../../../shared/documents';
import { slipOf } from '../slips';
import { fromLocalInput, toLocalInput, useCallFormat } from './callFormat';
import './calls.css';

export function CallPage({ callId }: { callId: string }) {
  const call = useCall(callId);
  if (call === undefined) return <div className="page muted">Loading…</div>;
  if (call === null)
    return (
      <div className="page">
        <CallsTabs current="" />
        <EmptyState
          icon={PhoneCall}
          title="That call no longer exists"
          actions={
            <a className="btn" href={hrefFor('calls')}>
              Back to the call log
            </a>
          }
        >
          <p>It may have been deleted.</p>
        </EmptyState>
      </div>
    );
  return (
    <LeaveGuard>
      <CallView key={call.updatedAt} call={call} />
    </LeaveGuard>
  );
}

function CallView({ call }: { call: Call }) {
  const fmt = useCallFormat();
  const people = useActiveEmployees();
  const everyone = useEmployees();
  const toast = useToast((s) => s.show);
  const card = useCallerCard(call.phone ?? '');
  // A call that already has a call-back task (open or done) links to it instead of offering another.
  const callBackTask = useCallBackTask(call.id);
  const [draft, setDraft] = useState(() => ({
    direction: call.direction,
    caller: call.caller,
    company: call.company ?? '',
    phone: call.phone ?? '',
    subject: call.subject ?? '',
    outcome: call.outcome,
    followUp: call.followUp,
    urgent: call.urgent,
    message: call.message ?? '',
    forEmployeeId: call.forEmployeeId ?? '',
    takenAt: toLocalInput(new Date(call.takenAt)),
    duration: call.durationMinutes === undefined ? '' : String(call.durationMinutes),
  }));
  const [dirty, setDirty] = useState(false);
  // Navigating away from unsaved edits asks first.
  useReportUnsaved('call', dirty);
  const set = <K extends keyof typeof draft>(k: K, v: (typeof draft)[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setDirty(true);
  };
  const save = useSubmit(async () => {
    const at = fromLocalInput(draft.takenAt);
    if (!at) throw new Error('Enter the time of the call.');
    const minutes = draft.duration.trim() === '' ? undefined : Number(draft.duration);
    if (minutes !== undefined && !Number.isInteger(minutes))
      throw new Error('Duration is a whole number of minutes.');
    await updateCall(call.id, {
      direction: draft.direction,
      caller: draft.caller,
      company: draft.company,
      phone: draft.phone,
      subject: draft.subject,
      outcome: draft.outcome,
      followUp: draft.followUp,
      urgent: draft.urgent,
      message: draft.message,
      forEmployeeId: draft.forEmployeeId,
      takenAt: at,
      durationMinutes: minutes,
    });
    setDirty(false);
    toast('Call saved');
  });
  const company = useCompanyProfile();
  const names = new Map((everyone ?? []).map((p) => [p.id, p.name]));
  const open = isOpenMessage(call);
  // The message slip by email (issue 17.5): the printed slip attached, to the person it is for.
  const emailSlip = () => {
    const forWhom = (everyone ?? []).find((p) => p.id === call.forEmployeeId);
    const pageSize = defaultPageSize(company);
    const day = toLocalInput(new Date(call.takenAt)).slice(0, 10);
    const slip = slipOf(call, (id) => (id ? names.get(id) : undefined), company.country ?? 'US');
    const from = [call.caller, call.company].filter(Boolean).join(', ');
    return {
      document: { html: renderMessageSlipsHtml({ date: day, slips: [slip], pageSize }, company), title: `Message from ${call.caller}`, pageSize },
      to: forWhom?.email ? [forWhom.email] : [],
      subject: `Message: ${from}${call.urgent ? ' (urgent)' : ''}`,
      body: `${forWhom ? `Hello ${forWhom.name.split(' ')[0]}` : 'Hello'},\n\n${from} called at ${fmt.dayTime(call.takenAt)}${call.phone ? ` (${displayNumber(call.phone)})` : ''}.${call.message ? `\n\n${call.message}` : ''}\n\nThe message slip is attached.`,
      fileName: `Message from ${call.caller}`,
    };
  };
  const stale = isStaleMessage(call, new Date());
  const record = card?.entries.find(
    (e) => e.match.table === call.callerTable && e.match.id === call.callerId,
  )?.match;
  const run = (p: Promise<unknown>, done: string) =>
    p.then(
      () => toast(done),
      (e: unknown) => toast(errorMessage(e)),
    );

  return (
    <div className="page">
      <CallsTabs current="" />
      <header className="page-header">
        <h1>
          {call.direction === 'incoming' ? 'Call from' : 'Call to'} {call.caller}
        </h1>
        <span className="spacer" />
        {call.followUp !== 'none' ? (
          open ? (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => run(closeMessage(call.id), 'Message closed: called back')}
            >
              Called back
            </button>
          ) : (
            <button
              type="button"
              className="btn"
              onClick={() => run(reopenMessage(call.id), 'Message reopened')}
            >
              Reopen message
            </button>
          )
        ) : null}
        {call.forEmployeeId ? <EmailDraftButton what="the message slip" label="Email message…" prepare={emailSlip} /> : null}
        {callBackTask ? (
          <a className="btn" href={hrefFor('tasks', callBackTask.id)}>
            {callBackTask.status === 'done' ? 'Call-back task (done)' : 'Open call-back task'}
          </a>
        ) : (
          <button
            type="button"
            className="btn"
            disabled={callBackTask === undefined}
            onClick={() => run(makeCallBackTask(call.id), `Task made: call back ${call.caller}`)}
          >
            Make call-back task
          </button>
        )}
      </header>
      <p className="call-meta">
        <span>{fmt.dayTime(call.takenAt)}</span>
        <span>{DIRECTION_LABELS[call.direction] === 'In' ? 'Incoming' : 'Outgoing'}</span>
        <span>{OUTCOME_LABELS[call.outcome]}</span>
        {call.phone ? <span>{displayNumber(call.phone)}</span> : null}
        {call.forEmployeeId ? (
          <span>For {names.get(call.forEmployeeId) ?? 'someone no longer in People'}</span>
        ) : null}
        {call.followUp !== 'none' ? (
          <span
            className={open ? (stale ? 'call-state-stale' : 'call-state-open') : 'call-state-done'}
          >
            {FOLLOW_UP_LABELS[call.followUp]} ·{' '}
            {open
              ? stale
                ? 'open over a day'
                : 'open'
              : `called back ${call.closedAt ? fmt.dayTime(call.closedAt) : ''}`}
          </span>
        ) : null}
        {callBackTask ? (
          <span>
            Task: <a href={hrefFor('tasks', callBackTask.id)}>{callBackTask.title}</a>
            {callBackTask.status === 'done' ? ' · done' : ''}
          </span>
        ) : null}
        {call.callerTable ? (
          <span>
            {CALLER_TABLE_LABELS[call.callerTable]}:{' '}
            {record ? <a href={record.href}>{record.name}</a> : call.caller}
          </span>
        ) : null}
      </p>
      <div className="call-detail">
        <form
          className="card"
          aria-label="Call details"
          onSubmit={(e) => {
            e.preventDefault();
            void save.submit();
          }}
        >
          <h2 className="call-section-h">Details</h2>
          <div className="form-grid">
            <label className="field">
              <span>Caller</span>
              <input
                value={draft.caller}
                onChange={(e) => set('caller', e.target.value)}
                required
              />
            </label>
            <label className="field">
              <span>Company</span>
              <input value={draft.company} onChange={(e) => set('company', e.target.value)} />
            </label>
            <label className="field">
              <span>Number</span>
              <input
                type="tel"
                value={draft.phone}
                onChange={(e) => set('phone', e.target.value)}
              />
              {draft.phone.trim() && displayNumber(draft.phone) !== draft.phone.trim() ? (
                <small className="muted">Dials as {displayNumber(draft.phone)}</small>
              ) : null}
            </label>
            <SelectField
              label="Direction"
              value={draft.direction}
              onChange={(v) => set('direction', v as Call['direction'])}
            >
              <option value="incoming">Incoming</option>
              <option value="outgoing">Outgoing</option>
            </SelectField>
            <SelectField
              label="For"
              value={draft.forEmployeeId}
              onChange={(v) => set('forEmployeeId', v)}
            >
              <option value="">No one in particular</option>
              {(people ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              {draft.forEmployeeId && !(people ?? []).some((p) => p.id === draft.forEmployeeId) ? (
                <option value={draft.forEmployeeId}>
                  {names.get(draft.forEmployeeId) ?? 'Someone no longer in People'}
                </option>
              ) : null}
            </SelectField>
            <SelectField
              label="Outcome"
              value={draft.outcome}
              onChange={(v) => set('outcome', v as CallOutcome)}
            >
              {CALL_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o]}
                </option>
              ))}
            </SelectField>
            <label className="field wide">
              <span>Subject</span>
              <input value={draft.subject} onChange={(e) => set('subject', e.target.value)} />
            </label>
            <SelectField
              label="Message kind"
              value={draft.followUp}
              onChange={(v) => set('followUp', v as CallFollowUp)}
            >
              {CALL_FOLLOW_UPS.map((f) => (
                <option key={f} value={f}>
                  {FOLLOW_UP_LABELS[f]}
                </option>
              ))}
            </SelectField>
            <label className="call-urgent">
              <input
                type="checkbox"
                checked={draft.urgent}
                onChange={(e) => set('urgent', e.target.checked)}
              />{' '}
              Urgent
            </label>
            <label className="field wide">
              <span>Message or notes</span>
              <textarea
                rows={4}
                value={draft.message}
                onChange={(e) => set('message', e.target.value)}
              />
            </label>
            <label className="field">
              <span>Time</span>
              <input
                type="datetime-local"
                value={draft.takenAt}
                onChange={(e) => set('takenAt', e.target.value)}
              />
            </label>
            <label className="field">
              <span>Duration (minutes)</span>
              <input
                type="number"
                min={0}
                max={1440}
                value={draft.duration}
                onChange={(e) => set('duration', e.target.value)}
              />
            </label>
          </div>
          <FormError error={save.error} />
          <div className="actions" style={{ marginTop: 12 }}>
            <button type="submit" className="btn btn-primary" disabled={!dirty || save.busy}>
              Save changes
            </button>
          </div>
        </form>
        <section aria-labelledby="call-caller-h">
          {/* The page's H2 over the card, whose entries are H3 (no jump from H1 to H3). */}
          <h2 id="call-caller-h" className="call-section-h">
            {call.direction === 'incoming' ? 'Who called' : 'Who was called'}
          </h2>
          <CallerCardPanel
            card={card}
            chosen={
              call.callerTable && call.callerId ? `${call.callerTable}:${call.callerId}` : undefined
            }
            onChoose={() => undefined}
            callerName={call.caller}
          />
        </section>
      </div>
    </div>
  );
}
