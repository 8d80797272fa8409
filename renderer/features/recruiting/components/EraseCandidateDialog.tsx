/** Asks before erasing a candidate and everything about them, then erases. */
import { useState } from 'react';
import { type Candidate } from '../../../../shared/domain/recruiting';
import { navigate } from '../../../core/router';
import { useToast } from '../../../ui/Toast';
import { eraseCandidate } from '../privacy';
import { Modal } from '../../../ui/Modal';
import { errorMessage } from '../../../../shared/lib/errors';

export function EraseDialog({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const toast = useToast((s) => s.show);
  const [typed, setTyped] = useState('');
  return (
    <Modal title={`Erase ${candidate.name}?`} onClose={onClose}>
      <p>
        This permanently deletes the candidate, their notes, interviews, scorecards, calendar
        entries and files. It cannot be undone; the log only records that an erasure happened.
      </p>
      <label className="field">
        <span>Type ERASE to confirm</span>
        <input value={typed} onChange={(e) => setTyped(e.target.value)} autoFocus />
      </label>
      <div className="actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={typed.trim().toUpperCase() !== 'ERASE'}
          onClick={() => {
            eraseCandidate(candidate.id)
              .then(() => {
                toast('Candidate erased');
                navigate('recruiting');
              })
              .catch((e: unknown) => toast(errorMessage(e)));
          }}
        >
          Erase permanently
        </button>
      </div>
    </Modal>
  );
}
