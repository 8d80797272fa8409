/**
 * One candidate: details, stage, files, the notes timeline, interviews with scorecards,
 * confidential fields behind Show, printables, and the data-protection actions (export, erase).
 * Each section is its own component; this page loads the data and owns which dialog is open.
 */
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { useEmployees } from '../../people';
import { useCandidate, useInterviewsForCandidate, usePositions, useStages } from '../hooks';
import { CandidateEditForm } from './CandidateForm';
import { CandidateFiles } from './CandidateFiles';
import { ScorecardDialog } from './ScorecardDialog';
import { useStageMover } from './useStageMover';
import { Timeline } from './CandidateTimeline';
import { OfferLetterDialog } from './OfferLetterDialog';
import { EraseDialog } from './EraseCandidateDialog';
import { CancelInterviewDialog } from './CancelInterviewDialog';
import { RescheduleInterviewDialog } from './RescheduleInterviewDialog';
import { CandidateHeader } from './CandidateHeader';
import { CandidateConfidential } from './CandidateConfidential';
import { CandidateInterviews } from './CandidateInterviews';
import { CandidatePrintSection } from './CandidatePrintSection';
import { CandidatePrivacy } from './CandidatePrivacy';

export function CandidatePage({ id }: { id: string }) {
  const candidate = useCandidate(id);
  const positions = usePositions();
  const stages = useStages();
  const interviews = useInterviewsForCandidate(id);
  const employees = useEmployees();
  const mover = useStageMover(stages, positions);
  const [rescheduling, setRescheduling] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [scorecard, setScorecard] = useState<{ interviewId: string; interviewerId: string } | null>(
    null,
  );
  const [offer, setOffer] = useState(false);
  const [erasing, setErasing] = useState(false);

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
  const find = (interviewId: string | undefined) =>
    interviewId ? interviews?.find((i) => i.id === interviewId) : undefined;
  const rescheduleTarget = find(rescheduling ?? undefined);
  const cancelTarget = find(cancelling ?? undefined);
  const scoreInterview = find(scorecard?.interviewId);

  return (
    <div>
      <CandidateHeader
        candidate={candidate}
        position={position}
        stages={stages ?? []}
        onMove={(stage) => mover.request(candidate, stage)}
      />
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
            <CandidateConfidential candidate={candidate} />
          </section>
          <CandidateInterviews
            candidate={candidate}
            interviews={interviews ?? []}
            names={names}
            onReschedule={setRescheduling}
            onCancel={setCancelling}
            onScorecard={(interviewId, interviewerId) =>
              setScorecard({ interviewId, interviewerId })
            }
          />
          <CandidateFiles candidate={candidate} />
        </div>
        <div>
          <CandidatePrintSection
            candidate={candidate}
            position={position}
            stages={stages ?? []}
            interviews={interviews ?? []}
            names={names}
            onOffer={() => setOffer(true)}
          />
          <Timeline candidate={candidate} />
          <CandidatePrivacy candidate={candidate} onErase={() => setErasing(true)} />
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
        <RescheduleInterviewDialog
          candidate={candidate}
          interview={rescheduleTarget}
          onClose={() => setRescheduling(null)}
        />
      ) : null}
      {cancelTarget ? (
        <CancelInterviewDialog interview={cancelTarget} onClose={() => setCancelling(null)} />
      ) : null}
      {erasing ? <EraseDialog candidate={candidate} onClose={() => setErasing(false)} /> : null}
    </div>
  );
}
