/**
 * `#/calendar/find-time` (issue 13.5): pick people, a room and a length; the next free times
 * within everyone's working hours (their diary profiles, else the office's) are listed in the
 * office zone, and one click on a time books it as a meeting — owned by the first person
 * picked, the others attending, in the room — with a link to open it in the calendar.
 */
import { CalendarCheck, CalendarSearch } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { utcToWall, wallToUtc } from '../../../../shared/calendar';
import { today } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import { EmptyState } from '../../../ui/EmptyState';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { useActiveEmployees } from '../../people';
import { findFreeSlotsFor, formatDiarySpan } from '../clashes';
import { createEvent } from '../events';
import { useCalendarSettings, useRooms } from '../hooks';
import './findTime.css';

const FIND_TIME_DURATIONS: readonly { minutes: number; label: string }[] = [
  { minutes: 15, label: '15 minutes' },
  { minutes: 30, label: '30 minutes' },
  { minutes: 45, label: '45 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: 90, label: '1 hour 30 minutes' },
  { minutes: 120, label: '2 hours' },
  { minutes: 180, label: '3 hours' },
  { minutes: 240, label: '4 hours' },
];

const SEARCH_DAYS = 14;
const SLOT_LIMIT = 12;

interface Slot {
  start: string;
  end: string;
}

export function FindTimePage() {
  const settings = useCalendarSettings();
  const employees = useActiveEmployees();
  const rooms = useRooms();
  const { locale } = useCompanyProfile();
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [roomId, setRoomId] = useState('');
  const [minutes, setMinutes] = useState(60);
  const [fromDate, setFromDate] = useState(today());
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [booked, setBooked] = useState<{ id: string; title: string; slot: Slot; roomName?: string | undefined } | null>(null);
  // Bumped after a booking so the list is worked out again even where the live read misses the write.
  const [searchRun, setSearchRun] = useState(0);
  // Selects are named by a <label for> beside them, so the name is the caption, not the options' text.
  const ids = useId();

  const zone = settings?.officeTimeZone;
  // From the start of the chosen day in the office zone, never before now.
  const from = useMemo(() => {
    if (!zone || !/^\d{4}-\d{2}-\d{2}$/.test(fromDate)) return null;
    const dayStart = wallToUtc(`${fromDate}T00:00:00`, zone);
    const now = new Date();
    now.setSeconds(0, 0);
    return dayStart > now.toISOString() ? dayStart : now.toISOString();
  }, [zone, fromDate]);
  const searching = from !== null && (personIds.length > 0 || roomId !== '');
  const found = useDbQuery(
    async (d): Promise<{ slots: Slot[]; error?: string }> => {
      if (!searching || !from) return { slots: [] };
      try {
        return { slots: await findFreeSlotsFor({ personIds, roomId: roomId || undefined, durationMinutes: minutes, from, days: SEARCH_DAYS, limit: SLOT_LIMIT }, d) };
      } catch (e) {
        return { slots: [], error: e instanceof Error ? e.message : String(e) };
      }
    },
    [searching, from, personIds.join(','), roomId, minutes, searchRun],
  );
  const slots = found?.slots;

  const byId = new Map((employees ?? []).map((e) => [e.id, e]));
  const shown = (employees ?? []).filter((e) => e.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const togglePerson = (id: string, on: boolean) => {
    setPersonIds((ids) => (on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id)));
    setChosen(null);
  };
  const span = (s: Slot) => (zone ? formatDiarySpan(s, zone, locale) : s.start);
  const roomName = rooms?.find((r) => r.id === roomId)?.name;

  return (
    <div className="page find-time">
      <nav className="find-time-crumbs" aria-label="Breadcrumb">
        <a href="#/calendar">Calendar</a> <span aria-hidden="true">›</span> <span aria-current="page">Find a time</span>
      </nav>
      <header className="page-header">
        <h1>Find a time</h1>
      </header>
      <form className="card find-time-form" aria-label="What to find" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="find-time-people">
          <legend>People</legend>
          {(employees ?? []).length > 8 ? (
            <label className="field">
              <span>Filter people</span>
              <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </label>
          ) : null}
          {employees !== undefined && employees.length === 0 ? <p className="muted">Add employees in People to find a time for them.</p> : null}
          <div className="find-time-people-list" role="group" aria-label="People to meet">
            {shown.map((e) => (
              <label key={e.id} className="find-time-person">
                <input type="checkbox" checked={personIds.includes(e.id)} onChange={(ev) => togglePerson(e.id, ev.target.checked)} />
                <span>{e.name}</span>
                {e.title ? <span className="muted"> · {e.title}</span> : null}
              </label>
            ))}
          </div>
          {personIds.length > 0 ? (
            <p className="muted find-time-owner">
              Owner: {byId.get(personIds[0]!)?.name ?? 'the first person picked'}
              {personIds.length > 1 ? `; with ${personIds.slice(1).map((id) => byId.get(id)?.name ?? 'someone').join(', ')}` : ''}
            </p>
          ) : null}
        </fieldset>
        <div className="find-time-options">
          <div className="field">
            <label className="find-time-caption" htmlFor={`${ids}-room`}>
              Room
            </label>
            <select
              id={`${ids}-room`}
              value={roomId}
              onChange={(e) => {
                setRoomId(e.target.value);
                setChosen(null);
              }}
            >
              <option value="">No room</option>
              {(rooms ?? []).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                  {r.capacity ? ` (${r.capacity} seats)` : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="find-time-caption" htmlFor={`${ids}-length`}>
              Length
            </label>
            <select
              id={`${ids}-length`}
              value={minutes}
              onChange={(e) => {
                setMinutes(Number(e.target.value));
                setChosen(null);
              }}
            >
              {FIND_TIME_DURATIONS.map((d) => (
                <option key={d.minutes} value={d.minutes}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
          <label className="field">
            <span>From</span>
            <input
              type="date"
              value={fromDate}
              min={today()}
              onChange={(e) => {
                setFromDate(e.target.value);
                setChosen(null);
              }}
            />
          </label>
        </div>
      </form>

      {booked ? (
        <div className="card find-time-booked" role="status">
          <CalendarCheck size={20} aria-hidden="true" />
          <span>
            Booked “{booked.title}”, {span(booked.slot)}
            {booked.roomName ? ` in ${booked.roomName}` : ''}.
          </span>
          <a href={`#/calendar/event/${booked.id}`}>Open in calendar</a>
        </div>
      ) : null}

      <section className="find-time-results" aria-label="Free times">
        <h2>Free times</h2>
        {zone ? <p className="muted">Times in {zone}, within everyone’s working hours.</p> : null}
        {!searching ? (
          <EmptyState icon={CalendarSearch} title="Pick who is meeting">
            <p>Tick the people (and a room, if you need one); the next free times appear here.</p>
          </EmptyState>
        ) : slots === undefined ? (
          <p className="muted">Looking…</p>
        ) : found?.error ? (
          <p className="field-error" role="alert">
            The free times could not be worked out: {found.error}
          </p>
        ) : slots.length === 0 ? (
          <EmptyState icon={CalendarSearch} title={`No free slot in the next ${SEARCH_DAYS} working days`}>
            <p>Try a shorter length, fewer people, another room or a later start date.</p>
          </EmptyState>
        ) : (
          <ul className="find-time-slots">
            {slots.map((s) => {
              const isChosen = chosen?.start === s.start && chosen.end === s.end;
              return (
                <li key={s.start}>
                  <button type="button" className={`btn find-time-slot${isChosen ? ' is-chosen' : ''}`} aria-pressed={isChosen} onClick={() => setChosen(isChosen ? null : s)}>
                    {span(s)}
                  </button>
                  {isChosen && zone ? (
                    <BookSlot
                      slot={s}
                      label={span(s)}
                      zone={zone}
                      personIds={personIds}
                      roomId={roomId}
                      onCancel={() => setChosen(null)}
                      onBooked={(id, title) => {
                        setBooked({ id, title, slot: s, roomName });
                        setChosen(null);
                        setSearchRun((n) => n + 1);
                      }}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

function BookSlot({
  slot,
  label,
  zone,
  personIds,
  roomId,
  onCancel,
  onBooked,
}: {
  slot: Slot;
  label: string;
  zone: string;
  personIds: readonly string[];
  roomId: string;
  onCancel: () => void;
  onBooked: (id: string, title: string) => void;
}) {
  const [title, setTitle] = useState('Meeting');
  const { error, submit } = useSubmit(async () => {
    const [ownerId, ...others] = personIds;
    const event = await createEvent({
      title: title.trim() || 'Meeting',
      kind: 'meeting',
      allDay: false,
      start: utcToWall(slot.start, zone),
      end: utcToWall(slot.end, zone),
      timeZone: zone,
      ...(ownerId ? { ownerId } : {}),
      attendeeIds: others,
      ...(roomId ? { roomId } : {}),
    });
    onBooked(event.id, event.title);
  });
  return (
    <form
      className="find-time-book"
      aria-label={`Book ${label}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label className="field">
        <span>Title</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} autoFocus required />
      </label>
      <button type="submit" className="btn btn-primary">
        Book
      </button>
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
      <FormError error={error} />
    </form>
  );
}
