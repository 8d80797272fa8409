/**
 * New or edit event (issue 13.2–13.5): title, whose diary, attendees (staff) and guests
 * (candidates, outside contacts: name and email), room, location, all day, start and end with
 * their time zone, repeats, notes, colour, private, reminder. Clashes for every attendee and
 * the room show live while the form is filled in — for a repeating event, of every upcoming
 * occurrence (a year ahead), grouped by occurrence; saving with clashes asks "Save anyway".
 * Changing or deleting one occurrence of a repeating event first asks which occurrences, and
 * the save checks what that choice changes (one occurrence, or the series from there on).
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { AlertTriangle } from 'lucide-react';
import { EVENT_CATEGORIES, OFFICE_DIARY, type CalendarEvent, type DiaryKey, type EventCategory } from '../../../../shared/domain/calendar';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormDialog } from '../../../ui/FormDialog';
import { Modal } from '../../../ui/Modal';
import { useToast } from '../../../ui/Toast';
import { searchGuests, type GuestMatch } from '../../../core/guestDirectory';
import { useDbQuery } from '../../../db/hooks';
import { useActiveEmployees } from '../../people';
import { checkProposalClashes, formatDiarySpan, type ClashProposal, type ClashReport, type ClashWarning } from '../clashes';
import { createEvent, deleteEvent, updateEvent, type OccurrenceRef, type RecurrenceScope } from '../events';
import { useEvent } from '../hooks';
import { useRooms } from './calendarHooks';
import {
  REMINDER_CHOICES,
  eventToForm,
  formInstants,
  formToDraft,
  newEventForm,
  sameRecurrence,
  seriesTextFields,
  timeZoneNames,
  withStartDate,
  withStartTime,
  alignToFirstOccurrence,
  type EventForm,
  type GuestForm,
} from './eventForm';
import { clashSeriesFor } from './clashSeries';
import { seatsText } from './calendarView';
import { RecurrenceFields } from './RecurrenceFields';
import { ConfirmDialog, ScopeDialog } from './ScopeDialog';
import { SelectField } from '../../../ui/SelectField';

/** What the dialog opens on. Wall times are in the office zone. */
export type EventDialogTarget =
  | { mode: 'new'; start: string; end: string; allDay: boolean; diary?: DiaryKey | undefined }
  | { mode: 'edit'; eventId: string; occurrence?: { recurrenceId: string; start: string; end: string } | undefined };

const CATEGORY_LABEL = (c: string) => c.charAt(0).toUpperCase() + c.slice(1);

/** A question the save waits on (a promise the user's click resolves). */
function useQuestion<T>() {
  const [pending, setPending] = useState<{ resolve: (v: T | null) => void } | null>(null);
  const ask = () => new Promise<T | null>((resolve) => setPending({ resolve }));
  const answer = (v: T | null) => {
    pending?.resolve(v);
    setPending(null);
  };
  return { pending: pending !== null, ask, answer };
}

export function EventDialog({
  target,
  officeZone,
  defaultReminderMinutes,
  currentUserId,
  locale,
  onClose,
}: {
  target: EventDialogTarget;
  officeZone: string;
  defaultReminderMinutes?: number | undefined;
  currentUserId?: string | undefined;
  locale: string;
  onClose: () => void;
}) {
  const event = useEvent(target.mode === 'edit' ? target.eventId : undefined);
  if (target.mode === 'edit') {
    if (event === undefined) return null;
    if (event === null)
      return (
        <Modal title="Event not found" onClose={onClose}>
          <p>This event was deleted or never existed.</p>
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={onClose}>
              Close
            </button>
          </div>
        </Modal>
      );
    return <EventForm_ key={event.id} target={target} event={event} officeZone={officeZone} locale={locale} onClose={onClose} />;
  }
  const diary = target.diary;
  const initial = newEventForm({
    start: target.start,
    end: target.end,
    allDay: target.allDay,
    officeZone,
    // From the office calendar's column: nobody's (the office's own); else that person, or the PC's user.
    ownerId: diary === OFFICE_DIARY ? undefined : diary?.startsWith('person:') ? diary.slice(7) : currentUserId,
    roomId: diary?.startsWith('room:') ? diary.slice(5) : undefined,
    reminderMinutes: defaultReminderMinutes,
  });
  return <EventForm_ target={target} initial={initial} officeZone={officeZone} locale={locale} onClose={onClose} />;
}

function EventForm_({
  target,
  event,
  initial,
  officeZone,
  locale,
  onClose,
}: {
  target: EventDialogTarget;
  event?: CalendarEvent;
  initial?: EventForm;
  officeZone: string;
  locale: string;
  onClose: () => void;
}) {
  const occurrence = target.mode === 'edit' ? target.occurrence : undefined;
  const [form, setForm] = useState<EventForm>(() => initial ?? eventToForm(event!, officeZone, occurrence));
  const set = (patch: Partial<EventForm>) => setForm((f) => ({ ...f, ...patch }));
  const [initialForm] = useState(() => form);
  const initialRecurrence = initialForm.recurrence;
  const people = useActiveEmployees();
  const rooms = useRooms();
  const toast = useToast((s) => s.show);
  const recurring = !!event?.rrule || (event?.rdates.length ?? 0) > 0;
  const ids = useId();

  // Live clash check for the owner, every attendee and the room; a repeating event's series.
  const personIds = useMemo(() => [...new Set([form.ownerId, ...form.attendeeIds].filter(Boolean))], [form.ownerId, form.attendeeIds]);
  /** What the clash check is asked: `scope` once chosen at save (absent: the whole event). */
  // A new or changed weekly repeat starts on its first chosen day (the real first occurrence).
  const planned = !event || !sameRecurrence(form.recurrence, initialRecurrence) ? alignToFirstOccurrence(form) : form;
  const proposalFor = (scope?: RecurrenceScope): ClashProposal | null => {
    const span = formInstants(planned);
    if (!span) return null;
    let series: ReturnType<typeof clashSeriesFor>;
    try {
      const draft = formToDraft(planned, event);
      if (event && sameRecurrence(form.recurrence, initialRecurrence)) draft.rrule = event.rrule;
      series = clashSeriesFor(draft, event, occurrence, scope);
    } catch {
      // A repeat the form cannot build yet (no weekday picked…): the span alone until it can.
      series = undefined;
    }
    const base = { start: span.start, end: span.end, personIds, roomId: form.roomId || undefined };
    if (!event) return series ? { ...base, series: series.series } : base;
    if (!series) return { ...base, ignore: { source: 'event', id: event.id, recurrenceId: occurrence?.recurrenceId } };
    // The series is checked against everything but itself.
    const now = new Date().toISOString();
    return { ...base, series: series.series, ignore: { source: 'event', id: event.id }, ...(series.fromShown ? { from: span.start > now ? span.start : now } : {}) };
  };
  const liveProposal = proposalFor();
  const clashKey = liveProposal ? JSON.stringify(liveProposal) : '';
  const [clashes, setClashes] = useState<{ key: string; report: ClashReport | null; error?: string }>({ key: '', report: null });
  useEffect(() => {
    if (!clashKey) return;
    const proposal = JSON.parse(clashKey) as ClashProposal;
    let stale = false;
    const timer = window.setTimeout(() => {
      checkProposalClashes(proposal)
        .then((report) => !stale && setClashes({ key: clashKey, report }))
        .catch((e: unknown) => !stale && setClashes({ key: clashKey, report: null, error: errorMessage(e) }));
    }, 250);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [clashKey]);
  const liveReport = clashes.key === clashKey ? clashes.report : null;

  const clashQuestion = useQuestion<true>();
  const scopeQuestion = useQuestion<RecurrenceScope>();
  const [deleting, setDeleting] = useState(false);

  async function save() {
    if (!form.title.trim()) throw new Error('Enter a title.');
    if (!timeZoneNames().includes(form.timeZone) && !form.allDay) throw new Error(`Pick a time zone from the list (“${form.timeZone}” is not one).`);
    const draft = formToDraft(planned, event);
    // An untouched repeat keeps its stored rule text (so one occurrence can be changed on its own).
    if (event && sameRecurrence(form.recurrence, initialRecurrence)) draft.rrule = event.rrule;
    const when = formInstants(planned);
    if (!when) throw new Error('Enter the start and end dates and times.');
    if (when.end <= when.start) throw new Error('The event ends before it starts.');
    let ref: OccurrenceRef | undefined;
    if (event && recurring && occurrence) {
      const scope = await scopeQuestion.ask();
      if (!scope) return;
      // The start and end are this occurrence's new times: "all" moves every occurrence by
      // the same change, "following" starts the new series there (events.ts).
      ref = { recurrenceId: occurrence.recurrenceId, scope };
    }
    // Fresh check at save time (the live one may be a moment old), of what the chosen scope changes.
    const proposal = proposalFor(ref?.scope);
    const report = proposal ? await checkProposalClashes(proposal) : null;
    const warnings = report?.warnings ?? [];
    setClashes({ key: clashKey, report });
    if (warnings.length) {
      const go = await clashQuestion.ask();
      if (!go) return;
    }
    // From an occurrence with its own changes, a save to the series sends the series only what was edited.
    const hasOverride = !!occurrence && !!event?.overrides.some((o) => o.recurrenceId === occurrence.recurrenceId);
    if (event) await updateEvent(event.id, hasOverride && ref && ref.scope !== 'this' ? seriesTextFields(draft, form, initialForm, event) : draft, ref);
    else await createEvent(draft);
    const clashing = report?.until !== undefined ? byOccurrence(warnings).length : 0;
    const clashNote = clashing
      ? ` — ${clashing === 1 ? '1 occurrence clashes' : `${clashing} occurrences clash`}`
      : warnings.length
        ? ` — clashes with ${warnings.length === 1 ? '1 entry' : `${warnings.length} entries`}`
        : '';
    toast(`${event ? 'Saved' : 'Added'} “${draft.title}”${clashNote}.`);
    onClose();
  }

  async function remove(scope?: RecurrenceScope) {
    if (!event) return;
    try {
      await deleteEvent(event.id, scope && occurrence ? { recurrenceId: occurrence.recurrenceId, scope } : undefined);
      toast(`Deleted “${event.title}”${scope === 'this' ? ' (this occurrence)' : scope === 'following' ? ' (this and following)' : ''}.`);
      onClose();
    } catch (e) {
      setDeleting(false);
      toast(errorMessage(e));
    }
  }

  const title = event ? (occurrence && recurring ? 'Edit event (one occurrence shown)' : 'Edit event') : 'New event';
  const staff = people ?? [];
  const nameOf = (id: string) => staff.find((p) => p.id === id)?.name ?? 'Someone no longer in People';
  const zones = useMemo(() => timeZoneNames(), []);
  const activeRooms = (rooms ?? []).filter((r) => r.active || r.id === form.roomId);

  return (
    <>
      <FormDialog title={title} submitLabel={event ? 'Save' : 'Add event'} onSubmit={save} onClose={onClose} size="large" className="cal-event-dialog" noValidate>
        <div className="cal-form-grid">
          <div className="cal-form-col">
            <label className="field">
              <span>Title</span>
              <input value={form.title} onChange={(e) => set({ title: e.target.value })} autoFocus maxLength={200} />
            </label>
            <div className="cal-row">
              <SelectField label="Whose diary" className="field cal-grow" value={form.ownerId} onChange={(ownerId) => set({ ownerId })}>
                <option value="">Nobody’s (a room booking or the office’s)</option>
                {staff.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Room" className="field cal-grow" value={form.roomId} onChange={(roomId) => set({ roomId })}>
                <option value="">No room</option>
                {activeRooms.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                    {r.capacity ? ` (${seatsText(r.capacity)})` : ''}
                  </option>
                ))}
              </SelectField>
            </div>
            <AttendeePicker staff={staff} value={form.attendeeIds} ownerId={form.ownerId} nameOf={nameOf} onChange={(attendeeIds) => set({ attendeeIds })} />
            <GuestList value={form.guests} onChange={(guests) => set({ guests })} />
            <label className="field">
              <span>Location</span>
              <input value={form.location} onChange={(e) => set({ location: e.target.value })} maxLength={200} />
            </label>
            <label className="field">
              <span>Notes</span>
              <textarea rows={3} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />
            </label>
          </div>
          <div className="cal-form-col">
            <label className="cal-inline">
              <input type="checkbox" checked={form.allDay} onChange={(e) => set({ allDay: e.target.checked })} />
              All day
            </label>
            <div className="cal-row">
              <label className="field">
                <span>Start date</span>
                <input
                  type="date"
                  value={form.startDate}
                  // Keep the length (the end moves as many days); a default repeat day follows the start.
                  onChange={(e) => setForm((f) => withStartDate(f, e.target.value))}
                />
              </label>
              {form.allDay ? null : (
                <label className="field">
                  <span>Start time</span>
                  <input type="time" value={form.startTime} onChange={(e) => setForm((f) => withStartTime(f, e.target.value))} />
                </label>
              )}
            </div>
            <div className="cal-row">
              <label className="field">
                <span>{form.allDay ? 'Last day' : 'End date'}</span>
                <input type="date" value={form.endDate} onChange={(e) => set({ endDate: e.target.value })} />
              </label>
              {form.allDay ? null : (
                <label className="field">
                  <span>End time</span>
                  <input type="time" value={form.endTime} onChange={(e) => set({ endTime: e.target.value })} />
                </label>
              )}
            </div>
            {form.allDay ? null : (
              <label className="field">
                <span>Time zone</span>
                <input list={`${ids}-zones`} value={form.timeZone} onChange={(e) => set({ timeZone: e.target.value })} spellCheck={false} autoComplete="off" />
                <datalist id={`${ids}-zones`}>
                  {zones.map((z) => (
                    <option key={z} value={z} />
                  ))}
                </datalist>
                {form.timeZone !== officeZone ? <small className="muted">The office is on {officeZone}; the calendar shows this event in office time with its own time beside it.</small> : null}
              </label>
            )}
            <RecurrenceFields value={form.recurrence} onChange={(recurrence) => set({ recurrence })} locale={locale} />
            <fieldset className="cal-colours">
              <legend>Colour</legend>
              {EVENT_CATEGORIES.map((c) => (
                <label key={c} className={`cal-swatch cal-cat-${c}`} title={CATEGORY_LABEL(c)}>
                  <input type="radio" name={`${ids}-colour`} checked={form.category === c} onChange={() => set({ category: c as EventCategory })} />
                  <span className="sr-only">{CATEGORY_LABEL(c)}</span>
                </label>
              ))}
            </fieldset>
            <div className="cal-row">
              <SelectField label="Reminder" className="field cal-grow" value={form.reminder} onChange={(reminder) => set({ reminder })}>
                {REMINDER_CHOICES.map((r) => (
                  <option key={r.label} value={r.minutes === null ? '' : String(r.minutes)}>
                    {r.label}
                  </option>
                ))}
              </SelectField>
              <label className="cal-inline cal-private">
                <input type="checkbox" checked={form.private} onChange={(e) => set({ private: e.target.checked })} />
                Private
              </label>
            </div>
            {form.private ? <p className="muted cal-hint">Only the diary’s owner and the people allowed to see their diary read it; everyone else sees “Busy”.</p> : null}
          </div>
        </div>
        <ClashList report={liveReport} error={clashes.key === clashKey ? clashes.error : undefined} officeZone={officeZone} locale={locale} />
        {clashQuestion.pending ? (
          <ClashConfirm report={liveReport} onAnswer={(go) => clashQuestion.answer(go ? true : null)} />
        ) : null}
        {event ? (
          <div className="cal-delete-row">
            <button type="button" className="btn btn-danger" onClick={() => setDeleting(true)}>
              Delete…
            </button>
          </div>
        ) : null}
      </FormDialog>
      {scopeQuestion.pending ? <ScopeDialog action="change" title={form.title || event?.title || ''} onChoose={(s) => scopeQuestion.answer(s)} onCancel={() => scopeQuestion.answer(null)} /> : null}
      {deleting && event ? (
        recurring && occurrence ? (
          <ScopeDialog action="delete" title={event.title} onChoose={(s) => void remove(s)} onCancel={() => setDeleting(false)} />
        ) : (
          <ConfirmDialog title="Delete event" message={`Delete “${event.title}”${recurring ? ' and every occurrence' : ''}?`} confirmLabel="Delete" danger onConfirm={() => void remove()} onCancel={() => setDeleting(false)} />
        )
      ) : null}
    </>
  );
}

/** Warnings by the proposal's occurrence they are about, in order. */
function byOccurrence(warnings: readonly ClashWarning[]): { occurrence: ClashWarning['occurrence']; warnings: ClashWarning[] }[] {
  const groups = new Map<string, { occurrence: ClashWarning['occurrence']; warnings: ClashWarning[] }>();
  for (const w of warnings) {
    const key = `${w.occurrence.start}|${w.occurrence.end}`;
    const g = groups.get(key);
    if (g) g.warnings.push(w);
    else groups.set(key, { occurrence: w.occurrence, warnings: [w] });
  }
  return [...groups.values()];
}

/** How many occurrences' clashes are listed before "and N more". */
const SHOWN_OCCURRENCES = 8;

function ClashList({ report, error, officeZone, locale }: { report: ClashReport | null; error?: string | undefined; officeZone: string; locale: string }) {
  const warnings = report?.warnings ?? [];
  const series = report?.until !== undefined;
  const groups = series ? byOccurrence(warnings) : [];
  const untilDay = report?.until ? new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: officeZone }).format(new Date(report.until)) : '';
  return (
    <div className="cal-clashes" role="status" aria-live="polite" aria-label="Clashes">
      {error ? <p className="muted">The clash check could not run: {error}</p> : null}
      {warnings.length && series ? (
        <div className="cal-clash-box">
          <p className="cal-clash-title">
            <AlertTriangle size={16} aria-hidden="true" />{' '}
            {groups.length === 1 ? '1' : groups.length} of the next {report!.occurrences === 1 ? 'occurrence' : `${report!.occurrences} occurrences`} {groups.length === 1 ? 'clashes' : 'clash'}
          </p>
          <ul className="cal-clash-groups" aria-label="Occurrences that clash">
            {groups.slice(0, SHOWN_OCCURRENCES).map((g) => (
              <li key={`${g.occurrence.start}|${g.occurrence.end}`}>
                <span className="cal-clash-when">{formatDiarySpan(g.occurrence, officeZone, locale)}</span>
                <ul>
                  {g.warnings.map((w) => (
                    <li key={`${w.diary}|${w.item.key}`}>{w.message}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {groups.length > SHOWN_OCCURRENCES ? (
            <p className="muted cal-clash-more">
              …and {groups.length - SHOWN_OCCURRENCES} more {groups.length - SHOWN_OCCURRENCES === 1 ? 'occurrence clashes' : 'occurrences clash'}.
            </p>
          ) : null}
          <p className="muted cal-clash-more">
            {report!.capped ? `Checked the first ${report!.occurrences} occurrences (to ${untilDay} at most).` : `Checked every occurrence to ${untilDay}.`}
          </p>
        </div>
      ) : warnings.length ? (
        <div className="cal-clash-box">
          <p className="cal-clash-title">
            <AlertTriangle size={16} aria-hidden="true" /> {warnings.length === 1 ? '1 clash' : `${warnings.length} clashes`}
          </p>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.diary}|${w.item.key}`}>{w.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function ClashConfirm({ report, onAnswer }: { report: ClashReport | null; onAnswer: (go: boolean) => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.closest('.discard-prompt')?.scrollIntoView({ block: 'nearest' });
  }, []);
  const warnings = report?.warnings ?? [];
  const occurrences = report?.until !== undefined ? byOccurrence(warnings).length : 0;
  const count = warnings.length;
  return (
    <div className="discard-prompt" role="alertdialog" aria-label="Save with clashes?">
      <p>
        {occurrences
          ? `${occurrences === 1 ? 'One occurrence clashes' : `${occurrences} occurrences clash`} with other entries (listed above). Save anyway?`
          : `This time clashes with ${count === 1 ? 'another entry' : `${count} other entries`} (listed above). Save anyway?`}
      </p>
      <div className="actions">
        <button type="button" className="btn" onClick={() => onAnswer(false)}>
          Go back
        </button>
        <button ref={ref} type="button" className="btn btn-primary" onClick={() => onAnswer(true)}>
          Save anyway
        </button>
      </div>
    </div>
  );
}

function Chip({ children, onRemove, removeLabel }: { children: ReactNode; onRemove: () => void; removeLabel: string }) {
  return (
    <li className="cal-chip">
      <span>{children}</span>
      <button type="button" aria-label={removeLabel} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}

function AttendeePicker({
  staff,
  value,
  ownerId,
  nameOf,
  onChange,
}: {
  staff: { id: string; name: string }[];
  value: string[];
  ownerId: string;
  nameOf: (id: string) => string;
  onChange: (ids: string[]) => void;
}) {
  const id = useId();
  const left = staff.filter((p) => !value.includes(p.id) && p.id !== ownerId);
  return (
    <div className="field">
      <label htmlFor={id}>
        <span className="cal-caption">Attendees (staff)</span>
      </label>
      {value.length ? (
        <ul className="cal-chips" aria-label="Attendees">
          {value.map((a) => (
            <Chip key={a} onRemove={() => onChange(value.filter((x) => x !== a))} removeLabel={`Remove ${nameOf(a)}`}>
              {nameOf(a)}
            </Chip>
          ))}
        </ul>
      ) : null}
      <select
        id={id}
        value=""
        onChange={(e) => {
          if (e.target.value) onChange([...value, e.target.value]);
        }}
      >
        <option value="">{left.length ? 'Add an attendee…' : value.length ? 'Everyone is added' : 'No one else to add'}</option>
        {left.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const GUEST_KINDS: { id: GuestForm['kind']; label: string }[] = [
  { id: 'contact', label: 'Contact' },
  { id: 'candidate', label: 'Candidate' },
  { id: 'other', label: 'Other' },
];

/** Candidates and outside contacts whose name or email holds what is typed (the guest directory's sources). */
function useGuestMatches(text: string, taken: readonly GuestForm[]): GuestMatch[] {
  const wanted = text.trim();
  const found = useDbQuery((db) => (wanted ? searchGuests(db, wanted, 8) : Promise.resolve([])), [wanted]);
  return useMemo(
    () => (found ?? []).filter((m) => !taken.some((g) => (g.id === m.id && g.kind === m.kind) || (!!m.email && g.email.toLowerCase() === m.email.toLowerCase()))),
    [found, taken],
  );
}

function GuestList({ value, onChange }: { value: GuestForm[]; onChange: (guests: GuestForm[]) => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [kind, setKind] = useState<GuestForm['kind']>('contact');
  /** The directory record picked, while the name is still the one picked. */
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState('');
  const [listOpen, setListOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const ids = useId();
  const listId = `${ids}-guest-matches`;
  const matches = useGuestMatches(picked ? '' : name, value);
  const showList = listOpen && matches.length > 0;
  const emailRef = useRef<HTMLInputElement>(null);

  const pick = (m: GuestMatch) => {
    setName(m.name);
    setEmail(m.email ?? '');
    setKind(m.kind);
    setPicked({ id: m.id, name: m.name });
    setListOpen(false);
    setActive(-1);
    setError('');
    // Without an email on file, the email is what is left to type.
    if (!m.email) emailRef.current?.focus();
  };
  const add = () => {
    if (!name.trim()) return setError('Enter the guest’s name.');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return setError('Enter the guest’s email, like ann@example.com.');
    const id = picked && picked.name === name ? picked.id : undefined;
    onChange([...value, { kind, name: name.trim(), email: email.trim(), ...(id ? { id } : {}) }]);
    setName('');
    setEmail('');
    setPicked(null);
    setListOpen(false);
    setActive(-1);
    setError('');
  };
  return (
    <fieldset className="cal-guests">
      <legend>Guests (candidates, outside contacts)</legend>
      {value.length ? (
        <ul className="cal-chips" aria-label="Guests">
          {value.map((g, i) => (
            <Chip key={`${g.email}-${i}`} onRemove={() => onChange(value.filter((_, j) => j !== i))} removeLabel={`Remove ${g.name}`}>
              {g.name} &lt;{g.email}&gt; <span className="muted">{GUEST_KINDS.find((k) => k.id === g.kind)?.label}</span>
            </Chip>
          ))}
        </ul>
      ) : null}
      <div className="cal-row cal-guest-add">
        <div className="cal-guest-name">
          <input
            className="input"
            role="combobox"
            aria-label="Guest name"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listId}
            aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
            placeholder="Name — type to find a candidate or contact"
            autoComplete="off"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              if (picked && e.target.value !== picked.name) setPicked(null);
              setListOpen(true);
              setActive(-1);
            }}
            onBlur={() => setListOpen(false)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && matches.length) {
                e.preventDefault();
                setListOpen(true);
                setActive((i) => Math.min(i + 1, matches.length - 1));
              } else if (e.key === 'ArrowUp' && showList) {
                e.preventDefault();
                setActive((i) => Math.max(i - 1, 0));
              } else if (e.key === 'Escape' && showList) {
                // Closes the suggestions, not the dialog.
                e.preventDefault();
                setListOpen(false);
                setActive(-1);
              } else if (e.key === 'Enter' && showList && active >= 0) {
                e.preventDefault();
                pick(matches[active]!);
              } else if (e.key === 'Enter' && (name || email)) {
                e.preventDefault();
                add();
              }
            }}
          />
          {showList ? (
            <ul id={listId} role="listbox" aria-label="Matching candidates and contacts" className="cal-guest-matches">
              {matches.map((m, i) => (
                <li
                  key={`${m.kind}:${m.id}`}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  // Picking before the name field loses focus (which closes the list).
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(m);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <span className="cal-guest-match-name">{m.name}</span>
                  <span className="muted">
                    {[m.email, m.detail, m.kind === 'candidate' ? 'Candidate' : 'Contact'].filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <input
          ref={emailRef}
          className="input"
          aria-label="Guest email"
          placeholder="Email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (name || email)) {
              e.preventDefault();
              add();
            }
          }}
        />
        <select className="input" aria-label="Guest is a" value={kind} onChange={(e) => setKind(e.target.value as GuestForm['kind'])}>
          {GUEST_KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
        <button type="button" className="btn" onClick={add}>
          Add guest
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
