/**
 * One place that moves candidates between stages, for the board, the table and the record:
 * Rejected asks for a reason, Hired offers to create the employee; every outcome is
 * announced (toast + the board's live region).
 */
import { useState, type ReactNode } from 'react';
import { checkStageMove, stageLabel, type Candidate, type Position, type StageConfig } from '../../../../shared/domain/recruiting';
import { useToast } from '../../../ui/Toast';
import { hireCandidate, moveCandidate } from '../pipeline';
import { HireDialog, RejectDialog } from './StageDialogs';
import { errorMessage } from '../../../../shared/lib/errors';

export function useStageMover(stages: readonly StageConfig[] | undefined, positions: readonly Position[] | undefined, announce?: (msg: string) => void) {
  const toast = useToast((s) => s.show);
  const [pending, setPending] = useState<{ candidate: Candidate; to: string } | null>(null);
  const say = (msg: string) => {
    toast(msg);
    announce?.(msg);
  };
  const fail = (e: unknown) => say(errorMessage(e));

  const request = (candidate: Candidate, to: string) => {
    if (!stages) return;
    const check = checkStageMove(candidate, to, stages);
    if (!check.ok) {
      say(check.message);
      return;
    }
    if (check.needsReason || check.offersHire) {
      setPending({ candidate, to });
      return;
    }
    moveCandidate(candidate.id, to)
      .then(() => say(`${candidate.name} moved to ${stageLabel(stages, to)}`))
      .catch(fail);
  };

  let dialog: ReactNode = null;
  if (pending && stages) {
    const { candidate, to } = pending;
    const close = () => {
      setPending(null);
      say(`${candidate.name} stays in ${stageLabel(stages, candidate.stage)}`);
    };
    if (to === 'Rejected') {
      dialog = (
        <RejectDialog
          candidate={candidate}
          onClose={close}
          onConfirm={(reason) => {
            setPending(null);
            moveCandidate(candidate.id, 'Rejected', { reason })
              .then(() => say(`${candidate.name} rejected`))
              .catch(fail);
          }}
        />
      );
    } else {
      dialog = (
        <HireDialog
          candidate={candidate}
          position={positions?.find((p) => p.id === candidate.positionId)}
          onClose={close}
          onConfirm={(choice) => {
            setPending(null);
            hireCandidate(candidate.id, choice)
              .then((r) => say(r.employee ? `${candidate.name} hired; employee record created in People` : `${candidate.name} hired`))
              .catch(fail);
          }}
        />
      );
    }
  }
  return { request, dialog };
}
