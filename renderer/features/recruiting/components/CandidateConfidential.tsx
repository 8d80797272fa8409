/** A candidate's confidential fields (expected salary, private notes), hidden until shown on purpose. */
import { useState } from 'react';
import type { Candidate } from '../../../../shared/domain/recruiting';
import { formatMoney } from '../../../../shared/lib/money';
import { useCompanyProfile } from '../../../core/settingsHooks';

export function CandidateConfidential({ candidate }: { candidate: Candidate }) {
  const company = useCompanyProfile();
  const [show, setShow] = useState(false);
  return (
    <div className="rec-confidential">
      <strong>Confidential</strong>{' '}
      <button type="button" className="btn" aria-pressed={show} onClick={() => setShow(!show)}>
        {show ? 'Hide' : 'Show'}
      </button>
      {show ? (
        <dl>
          <dt>Expected salary</dt>
          <dd>
            {candidate.expectedSalaryCents !== undefined
              ? formatMoney(candidate.expectedSalaryCents, company.currency, company.locale)
              : '—'}
          </dd>
          <dt>Private notes</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{candidate.privateNotes ?? '—'}</dd>
        </dl>
      ) : (
        <p className="muted">Expected salary and private notes are hidden.</p>
      )}
    </div>
  );
}
