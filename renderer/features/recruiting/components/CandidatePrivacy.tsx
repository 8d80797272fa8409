/** Data protection for one candidate: consent and retention dates, the subject-access export, and erasure. */
import type { Candidate } from '../../../../shared/domain/recruiting';
import { getPlatform } from '../../../platform';
import { useToast } from '../../../ui/Toast';
import { exportCandidateData } from '../privacy';

export function CandidatePrivacy({
  candidate,
  onErase,
}: {
  candidate: Candidate;
  onErase: () => void;
}) {
  const toast = useToast((s) => s.show);
  const exportData = async () => {
    const data = await exportCandidateData(candidate.id);
    const bytes = new TextEncoder().encode(JSON.stringify(data, null, 2));
    const safe = candidate.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'candidate';
    const saved = await getPlatform().saveFile(bytes, {
      suggestedName: `${safe} - data export.json`,
      mimeType: 'application/json',
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    if (saved) toast('Candidate data exported');
  };
  return (
    <section className="card" aria-labelledby="rec-privacy">
      <h3 id="rec-privacy">Data protection</h3>
      <p className="muted">
        Consent: {candidate.consentDate ?? 'not recorded'} · Keep until:{' '}
        {candidate.retentionDate ?? 'not set'}
      </p>
      <div className="rec-actions" style={{ justifyContent: 'flex-start' }}>
        <button
          type="button"
          className="btn"
          onClick={() => void exportData().catch((e: unknown) => toast(String(e)))}
        >
          Export candidate data
        </button>
        <button type="button" className="btn btn-danger" onClick={onErase}>
          Erase candidate
        </button>
      </div>
    </section>
  );
}
