/** Rescheduling an interview: the interview form, in a dialog, for an existing interview. */
import type { Candidate, Interview } from '../../../../shared/domain/recruiting';
import { Modal } from '../../../ui/Modal';
import { InterviewForm } from './InterviewForm';

export function RescheduleInterviewDialog({
  candidate,
  interview,
  onClose,
}: {
  candidate: Candidate;
  interview: Interview;
  onClose: () => void;
}) {
  return (
    <Modal title={`Reschedule interview with ${candidate.name}`} onClose={onClose} size="large">
      <InterviewForm candidate={candidate} interview={interview} onDone={onClose} />
    </Modal>
  );
}
