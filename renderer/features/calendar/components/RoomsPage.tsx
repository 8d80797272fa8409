/**
 * `#/calendar/rooms` (issue 13): the meeting rooms — name, capacity, where, equipment in the
 * room, active — added and edited in a keyboard-first dialog (Enter saves, Esc closes). A room
 * taken out of use is deactivated, not deleted: its bookings stay in its diary, pickers stop
 * offering it. "Room diary" opens the calendar with that room's column ticked.
 */
import { DoorOpen, Plus } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Room } from '../../../../shared/domain/calendar';
import { diaryKey } from '../../../../shared/domain/calendar';
import { errorMessage } from '../../../../shared/lib/errors';
import { navigate } from '../../../core/router';
import { EmptyState } from '../../../ui/EmptyState';
import { FormDialog } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { useRooms } from '../hooks';
import { roomRepository } from '../rooms';
import { useCalendarUi } from '../store';
import './rooms.css';

type Editing = { mode: 'new' } | { mode: 'edit'; room: Room };

function RoomDialog({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const toast = useToast((s) => s.show);
  const room = editing.mode === 'edit' ? editing.room : undefined;
  const [name, setName] = useState(room?.name ?? '');
  const [capacity, setCapacity] = useState(room?.capacity !== undefined ? String(room.capacity) : '');
  const [location, setLocation] = useState(room?.location ?? '');
  const [features, setFeatures] = useState(room?.features ?? '');
  const [notes, setNotes] = useState(room?.notes ?? '');
  const [active, setActive] = useState(room?.active ?? true);

  const save = async () => {
    const trimmed = capacity.trim();
    if (trimmed && !/^\d+$/.test(trimmed)) throw new Error('Capacity is a whole number of people, e.g. 8.');
    const draft = {
      name: name.trim(),
      capacity: trimmed ? Number(trimmed) : undefined,
      location: location.trim(),
      features: features.trim(),
      notes: notes.trim(),
      active,
    };
    if (!draft.name) throw new Error('Give the room a name, e.g. Room 2 or Board room.');
    if (room) {
      await roomRepository.update(room.id, draft);
      toast(`${draft.name} saved`);
    } else {
      await roomRepository.create(draft);
      toast(`${draft.name} added`);
    }
    onClose();
  };

  return (
    <FormDialog title={room ? `Edit ${room.name}` : 'Add a room'} submitLabel={room ? 'Save room' : 'Add room'} onSubmit={save} onClose={onClose} noValidate>
      <div className="rooms-form">
        <label className="field">
          <span>Room name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required autoFocus autoComplete="off" />
        </label>
        <label className="field">
          <span>Capacity</span>
          <input value={capacity} onChange={(e) => setCapacity(e.target.value)} inputMode="numeric" maxLength={5} placeholder="People, e.g. 8" />
        </label>
        <label className="field">
          <span>Where</span>
          <input value={location} onChange={(e) => setLocation(e.target.value)} maxLength={200} placeholder="e.g. 2nd floor, east wing" />
        </label>
        <label className="field">
          <span>Equipment in the room</span>
          <input value={features} onChange={(e) => setFeatures(e.target.value)} maxLength={500} placeholder="e.g. Screen, whiteboard, conference phone" />
        </label>
        <label className="field wide">
          <span>Notes</span>
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} maxLength={2000} />
        </label>
        <label className="rooms-check">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          In use (offered when booking)
        </label>
      </div>
    </FormDialog>
  );
}

export function RoomsPage() {
  const rooms = useRooms({ includeInactive: true });
  const toast = useToast((s) => s.show);
  const toggleDiary = useCalendarUi((s) => s.toggleDiary);
  const [editing, setEditing] = useState<Editing | null>(null);

  // N adds a room, as N adds an event on the calendar (not while typing or in a dialog).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (editing || e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'n' && e.key !== 'N')) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.closest('[role="dialog"]'))) return;
      e.preventDefault();
      setEditing({ mode: 'new' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing]);

  const setActive = async (room: Room, active: boolean) => {
    try {
      await roomRepository.update(room.id, { active });
      toast(active ? `${room.name} is in use again` : `${room.name} deactivated: its bookings stay, new ones cannot pick it`);
    } catch (e) {
      toast(`${room.name} could not be changed: ${errorMessage(e)}`);
    }
  };

  const openDiary = (room: Room) => {
    toggleDiary(diaryKey('room', room.id), true);
    navigate('calendar');
  };

  const active = rooms?.filter((r) => r.active).length ?? 0;
  return (
    <div className="page rooms-page">
      <nav className="rooms-crumbs" aria-label="Breadcrumb">
        <a href="#/calendar">Calendar</a> <span aria-hidden="true">›</span> <span aria-current="page">Rooms</span>
      </nav>
      <header className="page-header">
        <h1>Rooms</h1>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => setEditing({ mode: 'new' })} aria-keyshortcuts="N">
          <Plus size={16} aria-hidden="true" /> Add room
        </button>
      </header>
      {rooms === undefined ? (
        <p className="muted">Loading…</p>
      ) : rooms.length === 0 ? (
        <EmptyState
          icon={DoorOpen}
          title="No rooms yet"
          actions={
            <button type="button" className="btn btn-primary" onClick={() => setEditing({ mode: 'new' })}>
              Add the first room
            </button>
          }
        >
          <p>
            Add the office&rsquo;s meeting rooms to book them with events and interviews. Each room gets a diary of its own, so a double
            booking is warned about.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="muted" style={{ margin: '0 0 8px' }}>
            {active} room{active === 1 ? '' : 's'} in use
            {rooms.length > active ? `, ${rooms.length - active} deactivated (kept for their bookings)` : ''}.
          </p>
          <div className="table-wrap">
            <table className="data-table rooms-table" aria-label="Rooms">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col" className="num">
                    Capacity
                  </th>
                  <th scope="col">Where</th>
                  <th scope="col">Equipment in the room</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rooms.map((r) => (
                  <tr key={r.id} className={r.active ? undefined : 'rooms-inactive'}>
                    <td className="rooms-name">{r.name}</td>
                    <td className="num">{r.capacity ?? '—'}</td>
                    <td>{r.location ?? '—'}</td>
                    <td className="rooms-features">{r.features ?? '—'}</td>
                    <td>{r.active ? <span className="badge">In use</span> : <span className="badge badge-muted">Deactivated</span>}</td>
                    <td className="rooms-actions-cell">
                      <div className="rooms-actions">
                        <a
                          href="#/calendar"
                          aria-label={`Room diary: ${r.name}`}
                          onClick={(e) => {
                            e.preventDefault();
                            openDiary(r);
                          }}
                        >
                          Room diary
                        </a>
                        <button type="button" className="btn" aria-label={`Edit ${r.name}`} onClick={() => setEditing({ mode: 'edit', room: r })}>
                          Edit
                        </button>
                        {r.active ? (
                          <button type="button" className="btn" aria-label={`Deactivate ${r.name}`} onClick={() => void setActive(r, false)}>
                            Deactivate
                          </button>
                        ) : (
                          <button type="button" className="btn" aria-label={`Reactivate ${r.name}`} onClick={() => void setActive(r, true)}>
                            Reactivate
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {editing ? <RoomDialog key={editing.mode === 'edit' ? editing.room.id : 'new'} editing={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
