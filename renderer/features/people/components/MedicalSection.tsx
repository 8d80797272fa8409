/** Medical notes (sick notes, fitness for work, adjustments): confidential HR records, shown only with the rest of the confidential file. */
import { useState } from 'react';
import { today } from '../../../../shared/lib/dates';
import { useToast } from '../../../ui/Toast';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { hrRecordRepository } from '../repository';
import { type Employee, type HrRecord } from '../index';

export function Medical({ employee, records }: { employee: Employee; records: HrRecord[] }) {
  const toast = useToast((s) => s.show);
  const list = records.filter((r) => r.kind === 'medical');
  const [v, setV] = useState({ title: '', date: today(), details: '' });
  const { error, submit } = useSubmit(async () => {
    await hrRecordRepository.create({
      employeeId: employee.id,
      kind: 'medical',
      date: v.date,
      title: v.title,
      details: v.details,
    });
    toast('Medical note added');
    setV({ title: '', date: today(), details: '' });
  });
  return (
    <section aria-labelledby="ppl-medical">
      <h4 id="ppl-medical">Medical notes</h4>
      {list.length === 0 ? <p className="muted">None.</p> : null}
      <ul className="list-plain">
        {list.map((r) => (
          <li key={r.id}>
            <strong>{r.title}</strong> · {r.date}
            {r.details ? <div className="ppl-prewrap">{r.details}</div> : null}
          </li>
        ))}
      </ul>
      <form
        aria-label="New medical note"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          <label className="field">
            <span>Note</span>
            <input value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} required />
          </label>
          <label className="field">
            <span>Date</span>
            <input type="date" value={v.date} onChange={(e) => setV({ ...v, date: e.target.value })} required />
          </label>
          <label className="field wide">
            <span>Details</span>
            <textarea rows={2} value={v.details} onChange={(e) => setV({ ...v, details: e.target.value })} />
          </label>
        </div>
        <FormError error={error} />
        <button type="submit" className="btn">
          Add medical note
        </button>
      </form>
    </section>
  );
}
