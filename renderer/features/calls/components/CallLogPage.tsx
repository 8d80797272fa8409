/**
 * `#/calls`: the call log (issue 14.3) — by day (← / → through the days), by person (whom the
 * calls were for), by contact (a number, or a caller picked by name) and a search over caller,
 * company, subject, message and number. One virtualized grid; a row opens the call.
 */
import { ChevronLeft, ChevronRight, PhoneCall } from 'lucide-react';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { addDays, isIsoDate, today } from '../../../../shared/lib/dates';
import { searchCallersByName, type PhoneMatch } from '../../../core/phoneDirectory';
import { navigate } from '../../../core/router';
import { EmptyState } from '../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useEmployees } from '../../people';
import type { Call } from '../../../../shared/domain/calls';
import { describeNumber, displayNumber } from '../callerCard';
import { useCallSearch, useCallsForContact, useCallsForPerson, useCallsOnDay } from '../hooks';
import {
  CALLER_TABLE_LABELS,
  DIRECTION_LABELS,
  FOLLOW_UP_LABELS,
  OUTCOME_LABELS,
  messageStateLabel,
} from '../labels';
import type { CallerRef } from '../lists';
import { openCallForm } from '../store';
import { CallsTabs } from './CallsTabs';
import { SelectField } from '../../../ui/SelectField';
import { useCallFormat } from './callFormat';
import './calls.css';

type View = 'day' | 'person' | 'contact' | 'search';
const VIEWS: readonly [View, string][] = [
  ['day', 'By day'],
  ['person', 'By person'],
  ['contact', 'By contact'],
  ['search', 'Search'],
];

export function CallLogPage() {
  const [view, setView] = useState<View>('day');
  const [day, setDay] = useState(today());
  const [personId, setPersonId] = useState('');
  const [contactText, setContactText] = useState('');
  const [contactPick, setContactPick] = useState<PhoneMatch | null>(null);
  const [contactSuggestions, setContactSuggestions] = useState<PhoneMatch[]>([]);
  // The suggestion ↑/↓ point at (-1: none); Enter takes it (combobox pattern).
  const [activeSuggestion, setActiveSuggestion] = useState(-1);
  const searchSeq = useRef(0);
  const [query, setQuery] = useState('');
  const people = useEmployees();
  const fmt = useCallFormat();
  const names = useMemo(() => new Map((people ?? []).map((p) => [p.id, p.name])), [people]);

  const validDay = isIsoDate(day) ? day : today();
  const number = view === 'contact' && !contactPick ? describeNumber(contactText) : null;
  const contactRef: CallerRef | undefined = contactPick
    ? {
        callerTable: contactPick.table,
        callerId: contactPick.id,
        ...(describeNumber(contactPick.phone)
          ? { phoneKey: describeNumber(contactPick.phone)!.e164 }
          : {}),
        // A contact's calls come from/to any of their numbers, not just the first.
        ...(contactPick.phoneKeys ? { phoneKeys: contactPick.phoneKeys } : {}),
      }
    : number
      ? { phoneKey: number.e164 }
      : undefined;

  const byDay = useCallsOnDay(view === 'day' ? validDay : '');
  const byPerson = useCallsForPerson(view === 'person' ? personId || undefined : undefined);
  const byContact = useCallsForContact(view === 'contact' ? contactRef : undefined);
  const bySearch = useCallSearch(view === 'search' ? query : '');
  const rows =
    view === 'day'
      ? byDay
      : view === 'person'
        ? byPerson
        : view === 'contact'
          ? byContact
          : bySearch;

  const now = useMemo(() => new Date(), [rows]); // eslint-disable-line react-hooks/exhaustive-deps
  const columns = useMemo<GridColumn<Call>[]>(
    () => [
      {
        id: 'time',
        header: view === 'day' ? 'Time' : 'When',
        value: (c) => c.takenAt,
        cell: (c) => (view === 'day' ? fmt.time(c.takenAt) : fmt.dayTime(c.takenAt)),
        width: view === 'day' ? '6rem' : '11rem',
      },
      {
        id: 'direction',
        header: 'In/out',
        value: (c) => DIRECTION_LABELS[c.direction],
        width: '4.5rem',
      },
      {
        id: 'caller',
        header: 'Caller',
        value: (c) => c.caller,
        cell: (c) =>
          c.callerTable ? (
            <span title={CALLER_TABLE_LABELS[c.callerTable]}>{c.caller}</span>
          ) : (
            c.caller
          ),
      },
      { id: 'company', header: 'Company', value: (c) => c.company ?? '' },
      {
        id: 'number',
        header: 'Number',
        value: (c) => (c.phone ? displayNumber(c.phone) : ''),
        width: '9rem',
      },
      {
        id: 'for',
        header: 'For',
        value: (c) => (c.forEmployeeId ? (names.get(c.forEmployeeId) ?? '') : ''),
      },
      { id: 'subject', header: 'Subject', value: (c) => c.subject ?? '' },
      { id: 'outcome', header: 'Outcome', value: (c) => OUTCOME_LABELS[c.outcome], width: '8rem' },
      {
        id: 'duration',
        header: 'Minutes',
        value: (c) => c.durationMinutes ?? null,
        align: 'right',
        width: '5rem',
      },
      {
        id: 'message',
        header: 'Message',
        value: (c) => messageStateLabel(c, now),
        cell: (c) => {
          const label = messageStateLabel(c, now);
          if (!label) return '';
          const cls =
            label === 'Called back'
              ? 'call-state-done'
              : label.includes('over a day')
                ? 'call-state-stale'
                : 'call-state-open';
          return (
            <span className={cls} title={FOLLOW_UP_LABELS[c.followUp]}>
              {label}
            </span>
          );
        },
        width: '10rem',
      },
    ],
    [view, names, now, fmt.time, fmt.dayTime], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const pickContact = (text: string) => {
    setContactText(text);
    setContactPick(null);
    setActiveSuggestion(-1);
    const seq = ++searchSeq.current;
    if (describeNumber(text) || text.trim().length < 2) {
      setContactSuggestions([]);
      return;
    }
    // Only the latest search's answer is shown (an earlier, slower one is dropped).
    searchCallersByName(text, 8).then(
      (found) => seq === searchSeq.current && setContactSuggestions(found),
      () => seq === searchSeq.current && setContactSuggestions([]),
    );
  };
  const choose = (s: PhoneMatch) => {
    searchSeq.current += 1;
    setContactPick(s);
    setContactSuggestions([]);
    setActiveSuggestion(-1);
  };
  const suggesting = !contactPick && contactSuggestions.length > 0;
  const onContactKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!suggesting) return;
    const n = contactSuggestions.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActiveSuggestion((i) => (i < 0 ? (step > 0 ? 0 : n - 1) : (i + step + n) % n));
    } else if (e.key === 'Enter' && activeSuggestion >= 0 && contactSuggestions[activeSuggestion]) {
      e.preventDefault();
      choose(contactSuggestions[activeSuggestion]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setContactSuggestions([]);
      setActiveSuggestion(-1);
    }
  };

  const emptyText =
    view === 'day'
      ? `No calls on ${fmt.day(validDay)}.`
      : view === 'person'
        ? personId
          ? 'No calls for this person yet.'
          : 'Choose a person to see the calls for them.'
        : view === 'contact'
          ? contactRef
            ? 'No calls with this caller yet.'
            : 'Type a number, or a name and pick the caller.'
          : query.trim()
            ? `No call matches “${query.trim()}”.`
            : 'Type a name, company, subject, words of a message or digits of a number.';

  return (
    <div className="page">
      <CallsTabs current="" />
      <header className="page-header">
        <h1>Calls</h1>
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => openCallForm()}
          aria-keyshortcuts="F2 Control+Shift+L"
        >
          <PhoneCall size={16} aria-hidden="true" /> Log a call <kbd className="calls-kbd">F2</kbd>
        </button>
      </header>
      <div className="calls-toolbar">
        <div className="calls-segmented" role="group" aria-label="Show calls">
          {VIEWS.map(([id, label]) => (
            <button key={id} type="button" aria-pressed={view === id} onClick={() => setView(id)}>
              {label}
            </button>
          ))}
        </div>
        {view === 'day' ? (
          <>
            <button
              type="button"
              className="btn"
              aria-label="Previous day"
              onClick={() => setDay(addDays(validDay, -1))}
            >
              <ChevronLeft size={16} aria-hidden="true" />
            </button>
            <label className="field">
              <span>Day</span>
              <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
            </label>
            <button
              type="button"
              className="btn"
              aria-label="Next day"
              onClick={() => setDay(addDays(validDay, 1))}
            >
              <ChevronRight size={16} aria-hidden="true" />
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => setDay(today())}
              disabled={validDay === today()}
            >
              Today
            </button>
            <span className="muted">{fmt.day(validDay)}</span>
          </>
        ) : null}
        {view === 'person' ? (
          <SelectField
            label="Calls for"
            value={personId}
            onChange={(v) => setPersonId(v)}
          >
            <option value="">
              {people?.length === 0 ? 'Nobody in People yet' : 'Choose a person…'}
            </option>
            {(people ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {view === 'contact' ? (
          <div className="field call-caller-field" style={{ minWidth: 280 }}>
            <label htmlFor="calls-contact">Caller’s number or name</label>
            <input
              id="calls-contact"
              value={contactPick ? contactPick.name : contactText}
              onChange={(e) => pickContact(e.target.value)}
              onKeyDown={onContactKey}
              autoComplete="off"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={suggesting}
              aria-controls="calls-contact-list"
              {...(suggesting && activeSuggestion >= 0
                ? { 'aria-activedescendant': `calls-contact-opt-${activeSuggestion}` }
                : {})}
            />
            {number ? <small className="muted">{number.formatted}</small> : null}
            {contactPick ? (
              <small className="muted">
                {contactPick.role}{' '}
                <button type="button" className="btn" onClick={() => pickContact('')}>
                  Clear
                </button>
              </small>
            ) : null}
            {suggesting ? (
              <ul
                className="call-suggestions"
                id="calls-contact-list"
                role="listbox"
                aria-label="Callers"
              >
                {contactSuggestions.map((s, i) => (
                  <li
                    key={`${s.table}:${s.id}`}
                    id={`calls-contact-opt-${i}`}
                    role="option"
                    aria-selected={i === activeSuggestion}
                    className={`call-option${i === activeSuggestion ? ' is-active' : ''}`}
                    // Keep focus in the input; a click takes the caller.
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(s)}
                  >
                    {s.name} <span className="muted">— {s.role}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {view === 'search' ? (
          <label className="field" style={{ minWidth: 320 }}>
            <span>Search the whole log</span>
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoFocus
            />
          </label>
        ) : null}
      </div>
      {rows === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <DataGrid
          id="calls.log"
          label="Calls"
          rows={rows}
          columns={columns}
          getRowId={(c) => c.id}
          onActivate={(c) => navigate('calls', c.id)}
          exportName="calls"
          empty={
            <EmptyState icon={PhoneCall} title={emptyText}>
              <p>Press F2 (or Ctrl+Shift+L) on any screen to log a call as it comes in.</p>
            </EmptyState>
          }
        />
      )}
    </div>
  );
}
