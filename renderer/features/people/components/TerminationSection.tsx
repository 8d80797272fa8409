/** Ending employment (last day, reason, archive) and reinstating. */
import { useState } from 'react';
import { today } from '../../../../shared/lib/dates';
import { useToast } from '../../../ui/Toast';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { reinstateEmployee, terminateEmployee } from '../repository';
import { isArchived, type Employee } from '../index';

export function Termination({ employee }: { employee: Employee }) {
  const toast = useToast((s) => s.show);
  const [endDate, setEndDate] = useState(today());
  const [reason, setReason] = useState('');
  const { error, submit } = useSubmit(async () => {
    await terminateEmployee(employee.id, { endDate, reason });
    toast('Employee archived');
  });
  if (isArchived(employee)) {
    return (
      <section className="card" aria-labelledby="ppl-term">
        <h3 id="ppl-term">Archived</h3>
        <p>
          Left on {employee.endDate ?? 'an unknown date'}. This employee is hidden from the
          directory unless “Show archived” is on.
        </p>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void reinstateEmployee(employee.id).then(() => toast('Employee reinstated'))
          }
        >
          Reinstate
        </button>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="ppl-term">
      <h3 id="ppl-term">Termination</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          <label className="field">
            <span>End date</span>
            <input
              type="date"
              value={endDate}
              onChange={(e) => setEndDate(e.target.value)}
              required
            />
          </label>
          <label className="field">
            <span>Reason</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} required />
          </label>
        </div>
        <FormError error={error} />
        <button type="submit" className="btn btn-danger" disabled={!reason.trim()}>
          Terminate and archive
        </button>
      </form>
    </section>
  );
}
