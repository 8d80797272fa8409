/** Training records with their expiry dates. */
import { useState } from 'react';
import { today } from '../../../../shared/lib/dates';
import { useToast } from '../../../ui/Toast';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { hrRecordRepository } from '../repository';
import { type Employee, type HrRecord } from '../index';

export function Training({ employee, records }: { employee: Employee; records: HrRecord[] }) {
  const toast = useToast((s) => s.show);
  const list = records.filter((r) => r.kind === 'training');
  const [v, setV] = useState({ title: '', date: today(), expiryDate: '' });
  const { error, submit } = useSubmit(async () => {
    await hrRecordRepository.create({
      employeeId: employee.id,
      kind: 'training',
      title: v.title,
      date: v.date,
      expiryDate: v.expiryDate || undefined,
    });
    toast('Training recorded');
    setV({ title: '', date: today(), expiryDate: '' });
  });
  return (
    <section className="card" aria-labelledby="ppl-training">
      <h3 id="ppl-training">Training</h3>
      {list.length === 0 ? <p className="muted">No training recorded.</p> : null}
      <ul className="list-plain">
        {list.map((r) => (
          <li key={r.id}>
            {r.title} · {r.date}
            {r.expiryDate ? ` · expires ${r.expiryDate}` : ''}
          </li>
        ))}
      </ul>
      <form
        aria-label="New training record"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          <label className="field">
            <span>Course</span>
            <input
              value={v.title}
              onChange={(e) => setV({ ...v, title: e.target.value })}
              required
            />
          </label>
          <label className="field">
            <span>Completed on</span>
            <input
              type="date"
              value={v.date}
              onChange={(e) => setV({ ...v, date: e.target.value })}
              required
            />
          </label>
          <label className="field">
            <span>Expires on</span>
            <input
              type="date"
              value={v.expiryDate}
              onChange={(e) => setV({ ...v, expiryDate: e.target.value })}
            />
          </label>
        </div>
        <FormError error={error} />
        <button type="submit" className="btn">
          Add training
        </button>
      </form>
    </section>
  );
}
