/** Asks before cancelling an interview (and its calendar entry). */
import { type Interview } from '../../../../shared/domain/recruiting';
import { useToast } from '../../../ui/Toast';
import { cancelInterview } from '../interviews';
import { Modal } from '../../../ui/Modal';
import { FormError, useSubmit } from '../../../ui/FormDialog';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function CancelInterviewDialog({
  interview,
  onClose,
}: {
  interview: Interview;
  onClose: () => void;
}) {
  const toast = useToast((s) => s.show);
  const { error, busy, submit } = useSubmit(async () => {
    await cancelInterview(interview.id);
    toast('Interview cancelled');
    onClose();
  });
  const scored = (interview.scorecards ?? []).length;
  return (
    <Modal title="Cancel this interview?" onClose={onClose}>
      <p>
        The interview on {when(interview.start)} and its calendar entry are removed.
        {scored > 0
          ? ` Its ${scored} scorecard(s) are kept with the cancelled interview, read-only, and included in a data export.`
          : ''}
      </p>
      <FormError error={error} />
      <div className="actions">
        <button type="button" className="btn" onClick={onClose} autoFocus>
          Keep interview
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={busy}
          onClick={() => void submit()}
        >
          Cancel interview
        </button>
      </div>
    </Modal>
  );
}
