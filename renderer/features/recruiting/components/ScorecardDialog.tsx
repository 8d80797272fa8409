/** One interviewer's scorecard: criteria rated 1–5, a recommendation and notes. */
import { useState } from 'react';
import { RECOMMENDATIONS, RECOMMENDATION_LABELS, SCORECARD_CRITERIA, type Interview, type Scorecard } from '../../../../shared/domain/recruiting';
import { useToast } from '../../../ui/Toast';
import { saveScorecard } from '../repository';
import { Modal } from '../../../ui/Modal';
import { errorMessage } from '../../../../shared/lib/errors';

export function ScorecardDialog({ interview, interviewerId, interviewerName, onClose }: { interview: Interview; interviewerId: string; interviewerName: string; onClose: () => void }) {
  const existing = (interview.scorecards ?? []).find((s) => s.interviewerId === interviewerId);
  const [ratings, setRatings] = useState<Record<string, number>>(existing?.ratings ?? {});
  const [recommendation, setRecommendation] = useState<Scorecard['recommendation'] | ''>(existing?.recommendation ?? '');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const toast = useToast((s) => s.show);
  return (
    <Modal title={`Scorecard: ${interviewerName}`} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!recommendation) {
            setError('Pick a recommendation');
            return;
          }
          saveScorecard(interview.id, { interviewerId, ratings, recommendation, notes: notes || undefined })
            .then(() => {
              toast('Scorecard saved');
              onClose();
            })
            .catch((err: unknown) => setError(errorMessage(err)));
        }}
      >
        <div className="form-grid">
          {SCORECARD_CRITERIA.map((c) => (
            <label key={c} className="field">
              <span>{c}</span>
              <select value={ratings[c] ?? ''} onChange={(e) => {
                  const next = { ...ratings };
                  if (e.target.value) next[c] = Number(e.target.value);
                  else delete next[c];
                  setRatings(next);
                }}>
                <option value="">–</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label className="field">
            <span>Recommendation</span>
            <select value={recommendation} onChange={(e) => setRecommendation(e.target.value as Scorecard['recommendation'])}>
              <option value="">Pick…</option>
              {RECOMMENDATIONS.map((r) => (
                <option key={r} value={r}>
                  {RECOMMENDATION_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="field">
          <span>Scorecard notes</span>
          <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </label>
        {error ? (
          <p className="error-box" role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            Save scorecard
          </button>
        </div>
      </form>
    </Modal>
  );
}
