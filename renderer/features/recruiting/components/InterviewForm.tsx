/**
 * Scheduling an interview: date, time, length, interviewers, room, place or call details.
 * Clashes of every interviewer and of the room with anything in their diaries (meetings,
 * recurring ones included, other interviews, bookings) come from the calendar's one clash
 * check and are shown as a warning while typing; saving is still allowed. Times are in the
 * office's zone. Given an existing interview, the same form reschedules it.
 */
import { useEffect, useId, useState } from 'react';
import type { Candidate, Interview } from '../../../../shared/domain/recruiting';
import { utcToWall, wallToUtc } from '../../../../shared/calendar';
import { today } from '../../../../shared/lib/dates';
import { useActiveEmployees } from '../../people';
import { checkClashes, useCalendarSettings, useRooms, type ClashWarning } from '../../calendar';
import { useToast } from '../../../ui/Toast';
import { rescheduleInterview, scheduleInterview } from '../interviews';
import { FormError, useSubmit } from '../../../ui/FormDialog';

function toInstant(date: string, time: string, zone: string | undefined): string | null {
  if (!zone || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  try {
    return wallToUtc(`${date}T${time}:00`, zone);
  } catch {
    return null;
  }
}

/** An instant as the office-zone date and time the inputs show. */
function wallParts(iso: string, zone: string): { date: string; time: string } {
  const wall = utcToWall(iso, zone);
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

export function InterviewForm({ candidate, interview, onDone }: { candidate: Candidate; interview?: Interview; onDone: () => void }) {
  const zone = useCalendarSettings()?.officeTimeZone;
  if (zone === undefined) return <p className="muted">Loading…</p>;
  return <InterviewFormFields key={zone} zone={zone} candidate={candidate} interview={interview} onDone={onDone} />;
}

function InterviewFormFields({ zone, candidate, interview, onDone }: { zone: string; candidate: Candidate; interview?: Interview | undefined; onDone: () => void }) {
  const employees = useActiveEmployees();
  const rooms = useRooms();
  const toast = useToast((s) => s.show);
  const initial = interview ? wallParts(interview.start, zone) : { date: today(), time: '10:00' };
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [minutes, setMinutes] = useState(interview ? String(Math.round((Date.parse(interview.end) - Date.parse(interview.start)) / 60_000)) : '60');
  const [kind, setKind] = useState<'onsite' | 'phone' | 'video'>(interview?.kind ?? 'onsite');
  const [roomId, setRoomId] = useState(interview?.roomId ?? '');
  const [location, setLocation] = useState(interview?.location ?? '');
  const [callDetails, setCallDetails] = useState(interview?.callDetails ?? '');
  const [interviewers, setInterviewers] = useState<string[]>(interview?.interviewerIds ?? []);
  const [clashes, setClashes] = useState<ClashWarning[]>([]);
  const roomFieldId = useId();

  const interviewId = interview?.id;
  const start = toInstant(date, time, zone);
  const length = Number(minutes);
  const end = start && length > 0 ? new Date(Date.parse(start) + length * 60_000).toISOString() : null;

  useEffect(() => {
    let live = true;
    if (!start || !end || (interviewers.length === 0 && !roomId)) {
      Promise.resolve().then(() => live && setClashes([]));
    } else {
      // The interview being moved is not a clash with itself.
      checkClashes({ start, end, personIds: interviewers, roomId: roomId || undefined, ignore: interviewId ? { source: 'interview', id: interviewId } : undefined })
        .then((c) => live && setClashes(c))
        .catch(() => live && setClashes([]));
    }
    return () => {
      live = false;
    };
  }, [start, end, interviewers, roomId, interviewId]);

  // The interview's own room is offered even when the room has since been made inactive.
  const roomOptions = (rooms ?? []).some((r) => r.id === roomId) || !roomId ? (rooms ?? []) : [...(rooms ?? []), { id: roomId, name: 'A room no longer in use' }];
  const pcZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { error, submit } = useSubmit(async () => {
    if (!start || !end) throw new Error('Enter a date, a start time and a length in minutes');
    const roomName = roomOptions.find((r) => r.id === roomId)?.name;
    // A room with no place typed: the room's name is the place (the printed schedule shows it).
    const place = location.trim() || (roomId && roomName && kind === 'onsite' ? roomName : location);
    const fields = { start, end, kind, location: place, callDetails, roomId, interviewerIds: interviewers };
    if (interview) await rescheduleInterview(interview.id, fields);
    else await scheduleInterview({ candidateId: candidate.id, ...fields });
    const verb = interview ? 'rescheduled' : 'scheduled';
    toast(clashes.length ? `Interview ${verb} (with a calendar clash)` : `Interview ${verb}`);
    onDone();
  });
  return (
    <form
      aria-label={interview ? 'Reschedule interview' : 'Schedule interview'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="form-grid">
        <label className="field">
          <span>Interview date</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label className="field">
          <span>Start time{zone !== pcZone ? ` (${zone})` : ''}</span>
          <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
        </label>
        <label className="field">
          <span>Length (minutes)</span>
          <input type="number" min={5} max={600} step={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} required />
        </label>
        <label className="field">
          <span>Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="onsite">On site</option>
            <option value="phone">Phone</option>
            <option value="video">Video</option>
          </select>
        </label>
        <div className="field">
          {/* A <label for> beside the select: its name is the caption alone, not the rooms listed. */}
          <label className="rec-field-caption" htmlFor={roomFieldId}>
            Room
          </label>
          <select id={roomFieldId} value={roomId} onChange={(e) => setRoomId(e.target.value)}>
            <option value="">No room</option>
            {roomOptions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <label className="field">
          <span>Place</span>
          <input value={location} onChange={(e) => setLocation(e.target.value)} />
        </label>
        <label className="field">
          <span>Call details</span>
          <input value={callDetails} onChange={(e) => setCallDetails(e.target.value)} placeholder="Link or dial-in" />
        </label>
      </div>
      <fieldset className="card">
        <legend>Interviewers</legend>
        {(employees ?? []).length === 0 ? <p className="muted">Add employees in People to pick interviewers.</p> : null}
        {(employees ?? []).map((emp) => (
          <label key={emp.id} style={{ display: 'inline-flex', gap: 4, marginRight: 12 }}>
            <input
              type="checkbox"
              checked={interviewers.includes(emp.id)}
              onChange={(e) => setInterviewers(e.target.checked ? [...interviewers, emp.id] : interviewers.filter((x) => x !== emp.id))}
            />
            {emp.name}
          </label>
        ))}
      </fieldset>
      {clashes.length > 0 ? (
        <div className="rec-warning" role="alert">
          <strong>Calendar clash:</strong>
          <ul>
            {clashes.map((c) => (
              <li key={`${c.diary}-${c.item.key}`}>{c.message}</li>
            ))}
          </ul>
          You can still {interview ? 'reschedule' : 'schedule'} the interview.
        </div>
      ) : null}
      <FormError error={error} />
      <div className="rec-actions">
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          {interview ? (clashes.length ? 'Reschedule anyway' : 'Save new time') : clashes.length ? 'Schedule anyway' : 'Schedule interview'}
        </button>
      </div>
    </form>
  );
}
