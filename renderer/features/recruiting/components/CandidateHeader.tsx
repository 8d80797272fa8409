/** The candidate's name, stage and links at the top of the page, with the "Move to…" control. */
import { useState } from 'react';
import {
  stageLabel,
  type Candidate,
  type Position,
  type StageConfig,
} from '../../../../shared/domain/recruiting';

export function CandidateHeader({
  candidate,
  position,
  stages,
  onMove,
}: {
  candidate: Candidate;
  position: Position | undefined;
  stages: readonly StageConfig[];
  onMove: (stage: string) => void;
}) {
  const [moveTo, setMoveTo] = useState('');
  return (
    <header className="page-header">
      <h2 style={{ margin: 0 }}>{candidate.name}</h2>
      <span className="badge">{stageLabel(stages, candidate.stage)}</span>
      {position ? <span className="muted">{position.title}</span> : null}
      {candidate.employeeId ? (
        <a href={`#/people/${encodeURIComponent(candidate.employeeId)}`} className="badge badge-ok">
          Employee record
        </a>
      ) : null}
      <span className="spacer" />
      <label className="field" style={{ flexDirection: 'row', alignItems: 'center', gap: 6 }}>
        <span>Move to…</span>
        <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
          <option value="">Pick a stage</option>
          {stages
            .filter((s) => s.id !== candidate.stage)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
        </select>
      </label>
      <button
        type="button"
        className="btn"
        disabled={!moveTo}
        onClick={() => {
          onMove(moveTo);
          setMoveTo('');
        }}
      >
        Move
      </button>
    </header>
  );
}
