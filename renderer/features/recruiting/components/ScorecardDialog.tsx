/** One interviewer's scorecard: criteria rated 1–5, a recommendation and notes. */
import { useState } from 'react';
import {
  RECOMMENDATIONS,
  RECOMMENDATION_LABELS,
  SCORECARD_CRITERIA,
  type Interview,
  type Scorecard,
} from '../../../../shared/domain/recruiting';
import { useToast } from '../../../ui/Toast';
import { useRevealed } from '../../../db/useRevealed';
import { saveScorecard } from '../interviews';
import { FormDialog } from '../../../ui/FormDialog';

interface ScorecardProps {
  interview: Interview;
  interviewerId: string;
  interviewerName: string;
  onClose: () => void;
}

/**
 * Scorecards are confidential: opening the dialog on a scored interview opens them for an
 * office manager (audited); staff may file their own without seeing the others.
 */
export function ScorecardDialog(props: ScorecardProps) {
  const { interview } = props;
  const scored = Boolean(interview.sealed || interview.scorecards?.length);
  const revealed = useRevealed<Interview>('interviews', [interview], scored);
  const opened = revealed.opened.get(interview.id);
  if (scored && !opened && !revealed.error) return null;
  const existing = (opened ?? interview).scorecards?.find((s) => s.interviewerId === props.interviewerId);
  return <ScorecardForm {...props} existing={revealed.error ? undefined : existing} notice={revealed.error} />;
}

function ScorecardForm({
  interview,
  interviewerId,
  interviewerName,
  onClose,
  existing,
  notice,
}: ScorecardProps & { existing: Scorecard | undefined; notice: string | null }) {
  const [ratings, setRatings] = useState<Record<string, number>>(existing?.ratings ?? {});
  const [recommendation, setRecommendation] = useState<Scorecard['recommendation'] | ''>(
    existing?.recommendation ?? '',
  );
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const toast = useToast((s) => s.show);
  return (
    <FormDialog
      title={`Scorecard: ${interviewerName}`}
      submitLabel="Save scorecard"
      onClose={onClose}
      onSubmit={async () => {
        if (!recommendation) throw new Error('Pick a recommendation');
        await saveScorecard(interview.id, {
          interviewerId,
          ratings,
          recommendation,
          notes: notes || undefined,
        });
        toast('Scorecard saved');
        onClose();
      }}
    >
      {notice ? (
        <p className="muted" role="note">
          {notice} You can file your own scorecard; the ones already filed stay as they are.
        </p>
      ) : null}
      <div className="form-grid">
        {SCORECARD_CRITERIA.map((c) => (
          <label key={c} className="field">
            <span>{c}</span>
            <select
              value={ratings[c] ?? ''}
              onChange={(e) => {
                const next = { ...ratings };
                if (e.target.value) next[c] = Number(e.target.value);
                else delete next[c];
                setRatings(next);
              }}
            >
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
          <select
            value={recommendation}
            onChange={(e) => setRecommendation(e.target.value as Scorecard['recommendation'])}
          >
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
    </FormDialog>
  );
}
