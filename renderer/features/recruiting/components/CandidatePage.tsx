/**
 * One candidate: details, stage, files, the notes timeline, interviews with scorecards,
 * confidential fields behind Show, printables, and the data-protection actions (export, erase).
 */
import { useState } from 'react';
import { stageLabel } from '../../../../shared/domain/recruiting';
import { today } from '../../../../shared/lib/dates';
import { formatMoney } from '../../../../shared/lib/money';
import { getPlatform } from '../../../platform';
import { EmptyState } from '../../../ui/EmptyState';
import { useToast } from '../../../ui/Toast';
import { useEmployees } from '../../people';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useCandidate, useInterviewsForCandidate, usePositions, useStages } from '../hooks';
import { candidateSummaryHtml, printRequest } from '../print';
import { exportCandidateData } from '../privacy';
import { CandidateEditForm } from './CandidateForm';
import { CandidateFiles } from './CandidateFiles';
import { InterviewForm } from './InterviewForm';
import { Modal } from '../../../ui/Modal';
import { ScorecardDialog } from './ScorecardDialog';
import { useStageMover } from './useStageMover';
import { usePrintDocument, type PrintMode } from '../../../ui/printing';
import { Timeline } from './CandidateTimeline';
import { OfferLetterDialog } from './OfferLetterDialog';
import { EraseDialog } from './EraseCandidateDialog';
import { CancelInterviewDialog } from './CancelInterviewDialog';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function CandidatePage({ id }: { id: string }) {
  const candidate = useCandidate(id);
  const positions = usePositions();
  const stages = useStages();
  const interviews = useInterviewsForCandidate(id);
  const employees = useEmployees();
  const company = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const mover = useStageMover(stages, positions);
  const [moveTo, setMoveTo] = useState('');
  const [scheduling, setScheduling] = useState(false);
  const [rescheduling, setRescheduling] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [scorecard, setScorecard] = useState<{ interviewId: string; interviewerId: string } | null>(
    null,
  );
  const [offer, setOffer] = useState(false);
  const [erasing, setErasing] = useState(false);
  const printDocument = usePrintDocument();
  const [showConfidential, setShowConfidential] = useState(false);

  if (candidate === undefined) return <p className="muted">Loading…</p>;
  if (candidate === null) {
    return (
      <EmptyState title="Candidate not found">
        <p>
          They may have been erased. <a href="#/recruiting">Back to the pipeline</a>
        </p>
      </EmptyState>
    );
  }
  const position = positions?.find((p) => p.id === candidate.positionId);
  const names = new Map((employees ?? []).map((e) => [e.id, e.name]));
  const printSummary = (mode: PrintMode) => {
    const html = candidateSummaryHtml(
      candidate,
      position,
      stages ?? [],
      interviews ?? [],
      names,
      company,
      today(),
    );
    void printDocument(mode, printRequest(html, `Candidate summary - ${candidate.name}`, company), {
      what: `Candidate summary for ${candidate.name}`,
    });
  };
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
  const rescheduleTarget = rescheduling
    ? interviews?.find((i) => i.id === rescheduling)
    : undefined;
  const cancelTarget = cancelling ? interviews?.find((i) => i.id === cancelling) : undefined;
  const scoreInterview = scorecard
    ? interviews?.find((i) => i.id === scorecard.interviewId)
    : undefined;

  return (
    <div>
      <header className="page-header">
        <h2 style={{ margin: 0 }}>{candidate.name}</h2>
        <span className="badge">{stageLabel(stages ?? [], candidate.stage)}</span>
        {position ? <span className="muted">{position.title}</span> : null}
        {candidate.employeeId ? (
          <a
            href={`#/people/${encodeURIComponent(candidate.employeeId)}`}
            className="badge badge-ok"
          >
            Employee record
          </a>
        ) : null}
        <span className="spacer" />
        <label className="field" style={{ flexDirection: 'row', alignItems: 'center', gap: 6 }}>
          <span>Move to…</span>
          <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
            <option value="">Pick a stage</option>
            {(stages ?? [])
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
            mover.request(candidate, moveTo);
            setMoveTo('');
          }}
        >
          Move
        </button>
      </header>
      {candidate.stage === 'Rejected' && candidate.rejectedReason ? (
        <p>Rejected: {candidate.rejectedReason}</p>
      ) : null}
      <div className="rec-detail">
        <div>
          <section className="card" aria-label="Details">
            <CandidateEditForm
              key={candidate.updatedAt}
              candidate={candidate}
              positions={positions ?? []}
            />
            <div className="rec-confidential">
              <strong>Confidential</strong>{' '}
              <button
                type="button"
                className="btn"
                aria-pressed={showConfidential}
                onClick={() => setShowConfidential(!showConfidential)}
              >
                {showConfidential ? 'Hide' : 'Show'}
              </button>
              {showConfidential ? (
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
          </section>
          <section className="card" aria-labelledby="rec-interviews">
            <h3 id="rec-interviews">Interviews</h3>
            {(interviews ?? []).length === 0 ? <p className="muted">No interviews yet.</p> : null}
            <ul className="list-plain">
              {(interviews ?? []).map((i) => (
                <li key={i.id} style={{ display: 'block' }}>
                  <strong>{when(i.start)}</strong> ·{' '}
                  {Math.round((Date.parse(i.end) - Date.parse(i.start)) / 60000)} min · {i.kind}
                  {i.location ? ` · ${i.location}` : ''}
                  {i.callDetails ? ` · ${i.callDetails}` : ''}
                  <div>
                    <button type="button" className="btn" onClick={() => setRescheduling(i.id)}>
                      Reschedule…
                    </button>
                    <button type="button" className="btn" onClick={() => setCancelling(i.id)}>
                      Cancel interview…
                    </button>
                    {i.interviewerIds.map((pid) => {
                      const card = (i.scorecards ?? []).find((s) => s.interviewerId === pid);
                      return (
                        <button
                          key={pid}
                          type="button"
                          className="btn"
                          onClick={() => setScorecard({ interviewId: i.id, interviewerId: pid })}
                        >
                          {card
                            ? `Scorecard: ${names.get(pid) ?? 'Unknown'} (${card.recommendation})`
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
          <CandidateFiles candidate={candidate} />
        </div>
        <div>
          <section className="card" aria-labelledby="rec-print">
            <h3 id="rec-print">Print</h3>
            <div className="rec-actions" style={{ justifyContent: 'flex-start' }}>
              <button type="button" className="btn" onClick={() => setOffer(true)}>
                Offer letter…
              </button>
              <button type="button" className="btn" onClick={() => printSummary('print')}>
                Print summary…
              </button>
              <button type="button" className="btn" onClick={() => printSummary('pdf')}>
                Summary as PDF…
              </button>
            </div>
          </section>
          <Timeline candidate={candidate} />
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
              <button type="button" className="btn btn-danger" onClick={() => setErasing(true)}>
                Erase candidate
              </button>
            </div>
          </section>
        </div>
      </div>
      {mover.dialog}
      {scorecard && scoreInterview ? (
        <ScorecardDialog
          interview={scoreInterview}
          interviewerId={scorecard.interviewerId}
          interviewerName={names.get(scorecard.interviewerId) ?? 'Unknown'}
          onClose={() => setScorecard(null)}
        />
      ) : null}
      {offer ? (
        <OfferLetterDialog
          candidate={candidate}
          positionTitle={position?.title ?? ''}
          department={position?.department ?? ''}
          knownStartDate={employees?.find((e) => e.id === candidate.employeeId)?.startDate}
          onClose={() => setOffer(false)}
        />
      ) : null}
      {rescheduleTarget ? (
        <Modal
          title={`Reschedule interview with ${candidate.name}`}
          onClose={() => setRescheduling(null)}
          size="large"
        >
          <InterviewForm
            candidate={candidate}
            interview={rescheduleTarget}
            onDone={() => setRescheduling(null)}
          />
        </Modal>
      ) : null}
      {cancelTarget ? (
        <CancelInterviewDialog interview={cancelTarget} onClose={() => setCancelling(null)} />
      ) : null}
      {erasing ? <EraseDialog candidate={candidate} onClose={() => setErasing(false)} /> : null}
    </div>
  );
}
