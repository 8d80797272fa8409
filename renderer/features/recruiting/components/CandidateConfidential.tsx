/**
 * A candidate's confidential fields (expected salary, private notes), hidden until shown on
 * purpose: Show opens them for an office manager (sealed at rest with a passphrase set) and
 * writes an audit entry; staff are told they cannot see them.
 */
import { useState } from 'react';
import type { Candidate } from '../../../../shared/domain/recruiting';
import { formatMoney } from '../../../../shared/lib/money';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useRevealed } from '../../../db/useRevealed';

export function CandidateConfidential({ candidate }: { candidate: Candidate }) {
  const company = useCompanyProfile();
  const [show, setShow] = useState(false);
  const revealed = useRevealed<Candidate>('candidates', [candidate], show);
  const opened = revealed.opened.get(candidate.id);
  return (
    <div className="rec-confidential">
      <strong>Confidential</strong>{' '}
      <button type="button" className="btn" aria-pressed={show} onClick={() => setShow(!show)}>
        {show ? 'Hide' : 'Show'}
      </button>
      {!show ? (
        <p className="muted">Expected salary and private notes are hidden.</p>
      ) : revealed.error ? (
        <p className="error-box" role="alert">
          {revealed.error}
        </p>
      ) : !opened ? (
        <p className="muted">Opening…</p>
      ) : (
        <dl>
          <dt>Expected salary</dt>
          <dd>
            {opened.expectedSalaryCents !== undefined
              ? formatMoney(opened.expectedSalaryCents, company.currency, company.locale)
              : '—'}
          </dd>
          <dt>Private notes</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{opened.privateNotes ?? '—'}</dd>
        </dl>
      )}
    </div>
  );
}
