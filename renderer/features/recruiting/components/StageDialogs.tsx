/** The dialogs a stage move may need: a rejection reason, the hire offer, the stage editor. */
import { useState } from 'react';
import { today } from '../../../../shared/lib/dates';
import { newId } from '../../../../shared/lib/ids';
import type { Candidate, Position, StageConfig } from '../../../../shared/domain/recruiting';
import { isBuiltInStage } from '../../../../shared/domain/recruiting';
import { saveStages } from '../repository';
import { Modal } from '../../../ui/Modal';
import { FormDialog } from '../../../ui/FormDialog';

export function RejectDialog({ candidate, onConfirm, onClose }: { candidate: Candidate; onConfirm: (reason: string) => void; onClose: () => void }) {
  const [reason, setReason] = useState('');
  return (
    <Modal title={`Reject ${candidate.name}`} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) onConfirm(reason.trim());
        }}
      >
        <label className="field">
          <span>Reason for rejecting</span>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} required autoFocus maxLength={500} />
        </label>
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-danger" disabled={!reason.trim()}>
            Reject candidate
          </button>
        </div>
      </form>
    </Modal>
  );
}

export interface HireChoice {
  createEmployee: boolean;
  startDate: string;
  title: string;
  department: string;
}

export function HireDialog({
  candidate,
  position,
  onConfirm,
  onClose,
}: {
  candidate: Candidate;
  position: Position | undefined;
  onConfirm: (choice: HireChoice) => void;
  onClose: () => void;
}) {
  const [startDate, setStartDate] = useState(today());
  const [title, setTitle] = useState(position?.title ?? '');
  const [department, setDepartment] = useState(position?.department ?? '');
  return (
    <Modal title={`Hire ${candidate.name}`} onClose={onClose}>
      <p>Create the employee record in People from the candidate's details?</p>
      <dl className="muted">
        <div>
          Name: {candidate.name} · Email: {candidate.email}
          {candidate.phone ? ` · Phone: ${candidate.phone}` : ''}
        </div>
      </dl>
      <div className="form-grid">
        <label className="field">
          <span>Job title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>Department</span>
          <input value={department} onChange={(e) => setDepartment(e.target.value)} />
        </label>
        <label className="field">
          <span>Start date</span>
          <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} required />
        </label>
      </div>
      <div className="actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn" onClick={() => onConfirm({ createEmployee: false, startDate, title, department })}>
          Hire without employee record
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!startDate}
          onClick={() => onConfirm({ createEmployee: true, startDate, title, department })}
        >
          Create employee record
        </button>
      </div>
    </Modal>
  );
}

export function StagesDialog({ stages, onClose }: { stages: StageConfig[]; onClose: () => void }) {
  const [list, setList] = useState(stages);
  const flowEnd = list.length - 2;
  const move = (i: number, d: -1 | 1) => {
    const j = i + d;
    if (j < 0 || j >= flowEnd) return;
    const next = [...list];
    [next[i], next[j]] = [next[j]!, next[i]!];
    setList(next);
  };
  return (
    <FormDialog
      title="Pipeline stages"
      submitLabel="Save stages"
      onClose={onClose}
      onSubmit={async () => {
        await saveStages(list);
        onClose();
      }}
    >
      <p className="muted">Rename stages or add your own between Applied and Hired. Hired and Rejected stay last.</p>
      <ol className="list-plain">
        {list.map((s, i) => (
          <li key={s.id} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <input
              aria-label={`Name of stage ${i + 1}`}
              value={s.label}
              onChange={(e) => setList(list.map((x) => (x.id === s.id ? { ...x, label: e.target.value } : x)))}
              className="input"
            />
            {i < flowEnd && i > 0 ? (
              <>
                <button type="button" className="btn" aria-label={`Move ${s.label} up`} onClick={() => move(i, -1)} disabled={i <= 1}>
                  ↑
                </button>
                <button type="button" className="btn" aria-label={`Move ${s.label} down`} onClick={() => move(i, 1)} disabled={i >= flowEnd - 1}>
                  ↓
                </button>
              </>
            ) : null}
            {!isBuiltInStage(s.id) ? (
              <button type="button" className="btn" aria-label={`Remove ${s.label}`} onClick={() => setList(list.filter((x) => x.id !== s.id))}>
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn"
        onClick={() => {
          const next = [...list];
          next.splice(flowEnd, 0, { id: `custom-${newId()}`.slice(0, 60), label: `New stage ${list.length - 5}` });
          setList(next);
        }}
      >
        Add stage
      </button>
    </FormDialog>
  );
}
