/** A candidate's interviews: when and where, the per-interviewer scorecard buttons, and scheduling a new one. */
import { useState } from 'react';
import type { Candidate, Interview } from '../../../../shared/domain/recruiting';
import { InterviewForm } from './InterviewForm';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function CandidateInterviews({
  candidate,
  interviews,
  names,
  onReschedule,
  onCancel,
  onScorecard,
}: {
  candidate: Candidate;
  interviews: readonly Interview[];
  names: ReadonlyMap<string, string>;
  onReschedule: (interviewId: string) => void;
  onCancel: (interviewId: string) => void;
  onScorecard: (interviewId: string, interviewerId: string) => void;
}) {
  const [scheduling, setScheduling] = useState(false);
  return (
    <section className="card" aria-labelledby="rec-interviews">
      <h3 id="rec-interviews">Interviews</h3>
      {interviews.length === 0 ? <p className="muted">No interviews yet.</p> : null}
      <ul className="list-plain">
        {interviews.map((i) => (
          <li key={i.id} style={{ display: 'block' }}>
            <strong>{when(i.start)}</strong> ·{' '}
            {Math.round((Date.parse(i.end) - Date.parse(i.start)) / 60000)} min · {i.kind}
            {i.location ? ` · ${i.location}` : ''}
            {i.callDetails ? ` · ${i.callDetails}` : ''}
            <div>
              <button type="button" className="btn" onClick={() => onReschedule(i.id)}>
                Reschedule…
              </button>
              <button type="button" className="btn" onClick={() => onCancel(i.id)}>
                Cancel interview…
              </button>
              {i.interviewerIds.map((pid) => {
                const card = (i.scorecards ?? []).find((s) => s.interviewerId === pid);
                return (
                  <button
                    key={pid}
                    type="button"
                    className="btn"
                    onClick={() => onScorecard(i.id, pid)}
                  >
                    {/* The recommendation is confidential: shown in the dialog, on purpose. */}
                    {card
                      ? `Scorecard: ${names.get(pid) ?? 'Unknown'} (filed)`
                      : i.sealed
                        ? `Scorecard: ${names.get(pid) ?? 'Unknown'}`
                        : `Scorecard for ${names.get(pid) ?? 'Unknown'}`}
                  </button>
                );
              })}
            </div>
          </li>
        ))}
      </ul>
      {scheduling ? (
        <InterviewForm candidate={candidate} onDone={() => setScheduling(false)} />
      ) : (
        <button type="button" className="btn" onClick={() => setScheduling(true)}>
          Schedule interview
        </button>
      )}
    </section>
  );
}
