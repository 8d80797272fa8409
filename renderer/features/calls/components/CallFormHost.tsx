/**
 * The quick call form (issue 14.3), mounted once by the shell: F2 or Ctrl+Shift+L from any
 * screen (or Log a call… in the menu and the command palette) opens it. The number is read as
 * it is typed (E.164 and the office's way of writing it) and looked up; the caller card beside
 * the form shows who it is. Enter or Ctrl+Enter saves, Esc closes (asking first when something
 * was typed). After saving, a notice offers Open and, for a message, Make call-back task.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import {
  CALL_FOLLOW_UPS,
  CALL_OUTCOMES,
  type Call,
  type CallFollowUp,
  type CallOutcome,
} from '../../../../shared/domain/calls';
import { errorMessage } from '../../../../shared/lib/errors';
import { searchCallersByName, type PhoneMatch } from '../../../core/phoneDirectory';
import { hrefFor } from '../../../core/router';
import { onMenuCommand } from '../../../platform';
import { FormDialog } from '../../../ui/FormDialog';
import { useCalendarSettings } from '../../calendar';
import { useActiveEmployees } from '../../people';
import { useVendor } from '../../vendors';
import type { Task } from '../../tasks';
import { makeCallBackTask } from '../callBackTask';
import { describeNumber, numberProblem } from '../callerCard';
import { callerFillFor } from '../callerFill';
import { callFormProblems, defaultTakenBy, type CallFormField } from '../callFormCheck';
import { useCallerCard } from '../hooks';
import { FOLLOW_UP_LABELS, OUTCOME_LABELS } from '../labels';
import { logCall } from '../logCall';
import {
  openCallForm,
  useCallFormStore,
  type CallFormDraft,
  type CallFormPrefill,
} from '../store';
import { CallerCardPanel } from './CallerCardPanel';
import { SelectField } from '../../../ui/SelectField';
import { fromLocalInput, toLocalInput } from './callFormat';
import './calls.css';
import './callForm.css';

/** F2, or Ctrl+Shift+L (Cmd+Shift+L on a Mac). */
export function isCallFormShortcut(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  if (e.key === 'F2' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey) return true;
  return (
    (e.ctrlKey || e.metaKey) &&
    e.shiftKey &&
    !e.altKey &&
    (e.code === 'KeyL' || e.key.toLowerCase() === 'l')
  );
}

const FORM_CLASS = 'call-form-modal';

export function CallFormHost() {
  const open = useCallFormStore((s) => s.open);
  const session = useCallFormStore((s) => s.session);
  const prefill = useCallFormStore((s) => s.prefill);
  const resume = useCallFormStore((s) => s.resume);
  const kept = useCallFormStore((s) => s.draft !== null);
  const close = useCallFormStore((s) => s.close);
  const putAside = useCallFormStore((s) => s.putAside);
  const [saved, setSaved] = useState<Call | null>(null);
  const dismiss = useCallback(() => setSaved(null), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isCallFormShortcut(e) || e.repeat) return;
      // Another dialog (the palette, a form) keeps its keys; ours just takes the focus back.
      const active = document.activeElement;
      const dialog =
        active instanceof Element
          ? active.closest('dialog[open]')
          : document.querySelector('dialog[open]');
      if (dialog && !dialog.classList.contains(FORM_CLASS)) return;
      e.preventDefault();
      if (useCallFormStore.getState().open) {
        document.querySelector<HTMLInputElement>(`.${FORM_CLASS} input[name="phone"]`)?.focus();
        return;
      }
      openCallForm();
    };
    window.addEventListener('keydown', onKey);
    const offMenu = onMenuCommand('log-call', () => openCallForm());
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, []);

  return (
    <>
      {open ? (
        <CallForm
          key={session}
          prefill={prefill}
          resume={resume}
          onClose={close}
          onPutAside={(draft) => {
            putAside(draft);
            setSaved(null);
          }}
          onSaved={(call) => {
            close();
            setSaved(call);
          }}
        />
      ) : null}
      <SavedNotice call={saved} onDone={dismiss} />
      {kept && !open ? <KeptNotice /> : null}
    </>
  );
}

/** A fresh form's values from what the opening knows. */
function startFrom(prefill: CallFormPrefill): CallFormDraft {
  return {
    direction: prefill.direction ?? 'incoming',
    phone: prefill.phone ?? '',
    caller: prefill.caller ?? '',
    callerTyped: Boolean(prefill.caller),
    company: prefill.company ?? '',
    companyTyped: Boolean(prefill.company),
    forEmployeeId: prefill.forEmployeeId ?? '',
    subject: prefill.subject ?? '',
    outcome: 'talked',
    message: '',
    followUp: prefill.followUp ?? 'none',
    urgent: false,
    takenAt: toLocalInput(new Date()),
    duration: '',
    takenBy: '',
    takenByChosen: false,
  };
}

function CallForm({
  prefill,
  resume,
  onClose,
  onSaved,
  onPutAside,
}: {
  prefill: CallFormPrefill;
  /** A form put aside earlier (to add the caller to contacts), given back whole. */
  resume: CallFormDraft | null;
  onClose: () => void;
  onSaved: (call: Call) => void;
  onPutAside: (draft: CallFormDraft) => void;
}) {
  const base = useId();
  const people = useActiveEmployees();
  const [init] = useState(() => resume ?? startFrom(prefill));
  const [direction, setDirection] = useState<Call['direction']>(init.direction);
  const [phone, setPhone] = useState(init.phone);
  const [caller, setCaller] = useState(init.caller);
  /** The caller's name was typed or picked (a matched number no longer overwrites it). */
  const [callerTyped, setCallerTyped] = useState(init.callerTyped);
  const [picked, setPicked] = useState<PhoneMatch | null>(null);
  const [chosenKey, setChosenKey] = useState<string | undefined>(
    prefill.callerTable && prefill.callerId
      ? `${prefill.callerTable}:${prefill.callerId}`
      : undefined,
  );
  const [company, setCompany] = useState(init.company);
  const [companyTyped, setCompanyTyped] = useState(init.companyTyped);
  const [forId, setForId] = useState(init.forEmployeeId);
  const [subject, setSubject] = useState(init.subject);
  const [outcome, setOutcome] = useState<CallOutcome>(init.outcome);
  const [message, setMessage] = useState(init.message);
  const [followUp, setFollowUp] = useState<CallFollowUp>(init.followUp);
  const [urgent, setUrgent] = useState(init.urgent);
  const [takenAt, setTakenAt] = useState(init.takenAt);
  const [duration, setDuration] = useState(init.duration);
  const [takenBy, setTakenBy] = useState(init.takenBy);
  /** "Taken by" was chosen by hand (the current user no longer fills it). */
  const [takenByChosen, setTakenByChosen] = useState(init.takenByChosen);
  const settings = useCalendarSettings();
  const me = defaultTakenBy(settings?.currentUserId, people);
  useEffect(() => {
    if (!takenByChosen && me) setTakenBy((now) => now || me);
  }, [me, takenByChosen]);
  const [suggestions, setSuggestions] = useState<PhoneMatch[]>([]);
  const [showSuggestions, setShowSuggestions] = useState(false);
  /** Why the last save was refused, by field (cleared as the field is changed). */
  const [problems, setProblems] = useState<Partial<Record<CallFormField, string>>>({});
  const fieldId = (f: CallFormField) => `${base}-${f}`;
  const errorId = (f: CallFormField) => `${base}-${f}-error`;
  const fixed = (f: CallFormField) =>
    problems[f] && setProblems(({ [f]: _gone, ...rest }) => rest);
  const invalidProps = (f: CallFormField, describedBy?: string) => ({
    id: fieldId(f),
    'aria-invalid': problems[f] ? true : undefined,
    'aria-describedby':
      [describedBy, problems[f] ? errorId(f) : undefined].filter(Boolean).join(' ') || undefined,
  });
  const fieldError = (f: CallFormField) =>
    problems[f] ? (
      <small id={errorId(f)} className="call-field-error">
        {problems[f]}
      </small>
    ) : null;

  const number = describeNumber(phone);
  const e164 = number?.e164 ?? null;
  const card = useCallerCard(e164 ?? (phone.trim() ? phone : ''));
  const entries = card?.entries ?? [];
  const chosen =
    entries.find((e) => `${e.match.table}:${e.match.id}` === chosenKey) ??
    (picked ? undefined : entries[0]);
  const match: PhoneMatch | undefined = picked ?? chosen?.match;

  // A matched number names the caller and the company unless typed: a contact's name and
  // organization; a vendor as the company with its person (its contact with this number, else
  // its contact name) as the caller.
  const vendor = useVendor(match?.table === 'vendors' ? match.id : undefined);
  const fill = match
    ? callerFillFor(
        match,
        entries.map((e) => e.match),
        vendor?.id === match.id ? vendor.contactName : undefined,
      )
    : null;
  useEffect(() => {
    if (!fill) return;
    if (!callerTyped) setCaller(fill.caller);
    if (!companyTyped) setCompany(fill.company);
  }, [match?.table, match?.id, fill?.caller, fill?.company]); // eslint-disable-line react-hooks/exhaustive-deps

  // Name suggestions while typing the caller.
  useEffect(() => {
    const q = caller.trim();
    if (!callerTyped || q.length < 2 || picked) {
      setSuggestions([]);
      return;
    }
    let cancelled = false;
    const timer = window.setTimeout(() => {
      searchCallersByName(q, 6).then(
        (found) => !cancelled && setSuggestions(found),
        () => !cancelled && setSuggestions([]),
      );
    }, 80);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [caller, callerTyped, picked]);

  const pick = (m: PhoneMatch) => {
    setPicked(m);
    // A vendor picked by name is the company; its person (when known) becomes the caller.
    const person = m.table !== 'vendors';
    setCaller(person ? m.name : '');
    setCallerTyped(person);
    if (!companyTyped) setCompany(callerFillFor(m, [m]).company);
    if (!phone.trim() && m.phone) setPhone(m.phone);
    setShowSuggestions(false);
  };

  // The dialog focuses its first control when it opens; the number is where a call starts.
  const phoneRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      phoneRef.current?.focus();
      // A form given back holds typed text: closing it asks first, as when it was typed.
      if (resume) phoneRef.current?.form?.dispatchEvent(new Event('input', { bubbles: true }));
    });
    return () => cancelAnimationFrame(frame);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  /** The form as it stands, to put aside. */
  const draftNow = (): CallFormDraft => ({
    direction,
    phone,
    caller,
    callerTyped,
    company,
    companyTyped,
    forEmployeeId: forId,
    subject,
    outcome,
    message,
    followUp,
    urgent,
    takenAt,
    duration,
    takenBy,
    takenByChosen,
  });

  const isMessage = followUp !== 'none';
  const phoneStatus = !phone.trim()
    ? null
    : number
      ? `${number.e164} · ${number.formatted}`
      : numberProblem(phone) === 'local-only'
        ? 'Not a full number — add the area code.'
        : 'Not a valid phone number for this office’s country — check the digits, or start with + and the country code.';

  return (
    <FormDialog
      title="Log a call"
      submitLabel={isMessage ? 'Save message' : 'Save call'}
      size="large"
      className={FORM_CLASS}
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        const at = fromLocalInput(takenAt);
        const found = callFormProblems({
          phone,
          e164,
          caller,
          matched: Boolean(match),
          takenAt: at,
          duration,
        });
        setProblems(Object.fromEntries(found.map((p) => [p.field, p.message])));
        if (found.length || !at) {
          // The first field to fix takes the focus; its message is read with it.
          const first = found[0]?.field ?? 'takenAt';
          requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
          return;
        }
        const minutes = duration.trim() === '' ? undefined : Number(duration);
        const call = await logCall({
          direction,
          // A vendor with no person known is the caller itself.
          caller: caller.trim() || (match ? match.name : ''),
          company: company.trim(),
          phone: phone.trim(),
          ...(match ? { callerTable: match.table, callerId: match.id } : {}),
          subject: subject.trim(),
          outcome,
          durationMinutes: minutes,
          forEmployeeId: forId || undefined,
          takenByEmployeeId: takenBy || undefined,
          message: message.trim(),
          followUp,
          urgent,
          takenAt: at,
        });
        onSaved(call);
      }}
    >
      <div
        className="call-form"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.currentTarget.closest('form')?.requestSubmit();
          }
        }}
      >
        <div className="call-fields">
          <fieldset className="call-direction">
            <legend>Direction</legend>
            <label>
              <input
                type="radio"
                name={`${base}-dir`}
                checked={direction === 'incoming'}
                onChange={() => setDirection('incoming')}
              />{' '}
              Incoming
            </label>
            <label>
              <input
                type="radio"
                name={`${base}-dir`}
                checked={direction === 'outgoing'}
                onChange={() => setDirection('outgoing')}
              />{' '}
              Outgoing
            </label>
          </fieldset>
          <div className="form-grid">
            <label className="field">
              <span>Number</span>
              <input
                ref={phoneRef}
                name="phone"
                type="tel"
                autoComplete="off"
                value={phone}
                {...invalidProps('phone', `${base}-phone-status`)}
                aria-invalid={Boolean(problems.phone) || (phone.trim() !== '' && !e164)}
                onChange={(e) => {
                  setPhone(e.target.value);
                  fixed('phone');
                  fixed('caller');
                  setChosenKey(undefined);
                  if (picked && !picked.phone) setPicked(null);
                }}
              />
              <small
                id={`${base}-phone-status`}
                className={`call-phone-status${phone.trim() && !e164 ? ' is-invalid' : ''}`}
                aria-live="polite"
              >
                {phoneStatus}
              </small>
              {fieldError('phone')}
            </label>
            <div className="field call-caller-field">
              <label htmlFor={fieldId('caller')}>Caller</label>
              <input
                {...invalidProps('caller')}
                autoComplete="off"
                value={caller}
                role="combobox"
                aria-expanded={showSuggestions && suggestions.length > 0}
                aria-controls={`${base}-suggest`}
                aria-autocomplete="list"
                onFocus={() => setShowSuggestions(true)}
                onChange={(e) => {
                  setCaller(e.target.value);
                  fixed('caller');
                  setCallerTyped(e.target.value.trim() !== '');
                  setPicked(null);
                  setShowSuggestions(true);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Escape' && showSuggestions && suggestions.length) {
                    e.preventDefault();
                    setShowSuggestions(false);
                  }
                }}
              />
              {fieldError('caller')}
              {showSuggestions && suggestions.length ? (
                <ul
                  id={`${base}-suggest`}
                  className="call-suggestions"
                  role="listbox"
                  aria-label="Known callers"
                >
                  {suggestions.map((s) => (
                    <li key={`${s.table}:${s.id}`} role="option" aria-selected={false}>
                      <button type="button" onClick={() => pick(s)}>
                        {s.name}{' '}
                        <span className="muted">
                          — {s.role}
                          {s.phone ? ` · ${s.phone}` : ''}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
            <label className="field">
              <span>Company</span>
              <input
                value={company}
                onChange={(e) => {
                  setCompany(e.target.value);
                  setCompanyTyped(e.target.value.trim() !== '');
                }}
              />
            </label>
            <SelectField label="For" value={forId} onChange={(v) => setForId(v)}>
              <option value="">
                {people?.length === 0 ? 'Nobody in People yet' : 'No one in particular'}
              </option>
              {(people ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.department ? ` — ${p.department}` : ''}
                </option>
              ))}
            </SelectField>
            <label className="field wide">
              <span>Subject</span>
              <input value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} />
            </label>
            <SelectField
              label="Outcome"
              value={outcome}
              onChange={(v) => setOutcome(v as CallOutcome)}
            >
              {CALL_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o]}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Message kind"
              value={followUp}
              onChange={(v) => setFollowUp(v as CallFollowUp)}
            >
              {CALL_FOLLOW_UPS.map((f) => (
                <option key={f} value={f}>
                  {FOLLOW_UP_LABELS[f]}
                </option>
              ))}
            </SelectField>
            <label className="field wide">
              <span>{isMessage ? 'Message' : 'Notes'}</span>
              <textarea
                rows={3}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
                maxLength={4000}
              />
            </label>
            <label className="call-urgent">
              <input
                type="checkbox"
                checked={urgent}
                onChange={(e) => setUrgent(e.target.checked)}
              />{' '}
              Urgent
            </label>
            <SelectField
              label="Taken by"
              value={takenBy}
              onChange={(v) => {
                setTakenBy(v);
                setTakenByChosen(true);
              }}
            >
              <option value="">—</option>
              {(people ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            <label className="field">
              <span>Time</span>
              <input
                type="datetime-local"
                {...invalidProps('takenAt')}
                value={takenAt}
                onChange={(e) => {
                  setTakenAt(e.target.value);
                  fixed('takenAt');
                }}
              />
              {fieldError('takenAt')}
            </label>
            <label className="field">
              <span>Duration (minutes)</span>
              <input
                type="number"
                min={0}
                max={1440}
                step={1}
                inputMode="numeric"
                {...invalidProps('duration')}
                value={duration}
                onChange={(e) => {
                  setDuration(e.target.value);
                  fixed('duration');
                }}
              />
              {fieldError('duration')}
            </label>
          </div>
          <p className="muted call-keys">Enter or Ctrl+Enter saves · Esc closes</p>
        </div>
        <CallerCardPanel
          card={picked && !e164 ? undefined : card}
          chosen={match ? `${match.table}:${match.id}` : undefined}
          onChoose={setChosenKey}
          callerName={caller}
          onAddContact={() => onPutAside(draftNow())}
        />
      </div>
    </FormDialog>
  );
}

/**
 * While a call form is put aside (the caller being added to contacts): a reminder that it is
 * kept, with the way back. Dismissing the reminder keeps the form for F2.
 */
function KeptNotice() {
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <div className="call-notice call-notice-kept" role="status">
      <span>The call you were logging is kept — F2 takes you back to it.</span>
      <button type="button" className="btn" onClick={() => openCallForm()}>
        Back to the call
      </button>
      <button
        type="button"
        className="btn call-notice-close"
        aria-label="Hide this reminder"
        onClick={() => setHidden(true)}
      >
        ×
      </button>
    </div>
  );
}

/** "Call logged" with Open and, for a message, Make call-back task; stays 10 s or until used. */
function SavedNotice({ call, onDone }: { call: Call | null; onDone: () => void }) {
  const [task, setTask] = useState<Task | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hovered = useRef(false);
  useEffect(() => {
    setTask(null);
    setError(null);
    if (!call) return;
    const timer = window.setInterval(() => {
      if (!hovered.current) onDone();
    }, 10_000);
    return () => window.clearInterval(timer);
  }, [call, onDone]);
  if (!call) return null;
  const isMessage = call.followUp !== 'none';
  return (
    <div
      className="call-notice"
      role="status"
      onMouseEnter={() => (hovered.current = true)}
      onMouseLeave={() => (hovered.current = false)}
      onFocus={() => (hovered.current = true)}
      onBlur={() => (hovered.current = false)}
    >
      <span>
        {isMessage ? `Message from ${call.caller} saved` : `Call with ${call.caller} logged`}
      </span>
      <a
        className="btn"
        href={hrefFor('calls', call.id)}
        onClick={() => {
          onDone();
        }}
      >
        Open
      </a>
      {isMessage ? (
        task ? (
          <a className="btn" href={hrefFor('tasks', task.id)} onClick={onDone}>
            Open task
          </a>
        ) : (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              makeCallBackTask(call.id).then(
                (t) => {
                  setTask(t);
                  setBusy(false);
                },
                (e: unknown) => {
                  setError(errorMessage(e));
                  setBusy(false);
                },
              );
            }}
          >
            Make call-back task
          </button>
        )
      ) : null}
      {task ? <span className="muted">Task “{task.title}” made</span> : null}
      {error ? <span role="alert">{error}</span> : null}
      <button type="button" className="btn call-notice-close" aria-label="Dismiss" onClick={onDone}>
        ×
      </button>
    </div>
  );
}
