/**
 * Scheduling an interview: date, time, length, interviewers, place or call details. Clashes
 * with the interviewers' other events and interviews are shown as a warning while typing;
 * saving is still allowed. Given an existing interview, the same form reschedules it.
 */
import { useEffect, useState } from 'react';
import type { Clash } from '../../../../shared/domain/clash';
import type { Candidate, Interview } from '../../../../shared/domain/recruiting';
import { today } from '../../../../shared/lib/dates';
import { useActiveEmployees } from '../../people';
import { useToast } from '../../../ui/Toast';
import { findInterviewerClashes, rescheduleInterview, scheduleInterview } from '../interviews';
import { FormError, useSubmit } from '../../../ui/FormDialog';

function toInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const d = new Date(`${date}T${time}:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as the local date and time the inputs show. */
function localParts(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

const fmt = (iso: string, allDay?: boolean) =>
  allDay ? `${iso} (all day)` : new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function InterviewForm({ candidate, interview, onDone }: { candidate: Candidate; interview?: Interview; onDone: () => void }) {
  const employees = useActiveEmployees();
  const toast = useToast((s) => s.show);
  const initial = interview ? localParts(interview.start) : { date: today(), time: '10:00' };
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [minutes, setMinutes] = useState(interview ? String(Math.round((Date.parse(interview.end) - Date.parse(interview.start)) / 60_000)) : '60');
  const [kind, setKind] = useState<'onsite' | 'phone' | 'video'>(interview?.kind ?? 'onsite');
  const [location, setLocation] = useState(interview?.location ?? '');
  const [callDetails, setCallDetails] = useState(interview?.callDetails ?? '');
  const [interviewers, setInterviewers] = useState<string[]>(interview?.interviewerIds ?? []);
  const [clashes, setClashes] = useState<Clash[]>([]);

  const interviewId = interview?.id;
  const start = toInstant(date, time);
  const length = Number(minutes);
  const end = start && length > 0 ? new Date(Date.parse(start) + length * 60_000).toISOString() : null;

  useEffect(() => {
    let live = true;
    if (!start || !end || interviewers.length === 0) {
      Promise.resolve().then(() => live && setClashes([]));
    } else {
      // The interview being moved and its own calendar entry are not clashes.
      findInterviewerClashes({ start, end, interviewerIds: interviewers, ignoreInterviewId: interviewId })
        .then((c) => live && setClashes(c))
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [start, end, interviewers, interviewId]);

  const names = new Map((employees ?? []).map((e) => [e.id, e.name]));
  const { error, submit } = useSubmit(async () => {
    if (!start || !end) throw new Error('Enter a date, a start time and a length in minutes');
    const fields = { start, end, kind, location, callDetails, interviewerIds: interviewers };
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
          <span>Start time</span>
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
              <li key={`${c.personId}-${c.slot.source}-${c.slot.id}`}>
                {names.get(c.personId) ?? 'An interviewer'} is busy with “{c.slot.title}” ({fmt(c.slot.start, c.slot.allDay)} – {fmt(c.slot.end, c.slot.allDay)})
              </li>
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
