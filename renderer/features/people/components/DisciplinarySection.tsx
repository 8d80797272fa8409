/** Disciplinary records with the next step suggested, acknowledgements, and the warning letter to print. */
import { useState } from 'react';
import { defaultPageSize, renderWarningLetterHtml } from '../../../../shared/documents';
import { today } from '../../../../shared/lib/dates';
import { usePrintDocument } from '../../../ui/printing';
import { useToast } from '../../../ui/Toast';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { hrRecordRepository } from '../repository';
import {
  DISCIPLINARY_STEP_LABELS,
  DISCIPLINARY_STEPS,
  nextDisciplinaryStep,
  type DisciplinaryStep,
  type Employee,
  type HrRecord,
} from '../index';
import { errorMessage } from '../../../../shared/lib/errors';

async function updateHrAck(id: string) {
  await hrRecordRepository.update(id, { acknowledgedDate: today() });
}

export function Disciplinary({ employee, records }: { employee: Employee; records: HrRecord[] }) {
  const company = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const printDocument = usePrintDocument();
  const list = records.filter((r) => r.kind === 'disciplinary');
  const [v, setV] = useState({
    step: nextDisciplinaryStep(list) as DisciplinaryStep,
    date: today(),
    title: '',
    details: '',
    acknowledgedDate: '',
  });
  const { error, setError, submit } = useSubmit(async () => {
    await hrRecordRepository.create({
      employeeId: employee.id,
      kind: 'disciplinary',
      date: v.date,
      title: v.title,
      details: v.details,
      step: v.step,
      acknowledgedDate: v.acknowledgedDate || undefined,
    });
    toast('Disciplinary record added');
    setV({
      ...v,
      title: '',
      details: '',
      acknowledgedDate: '',
      step: nextDisciplinaryStep([
        ...list,
        { kind: 'disciplinary', step: v.step, deletedAt: null },
      ]),
    });
  });
  const print = (r: HrRecord, mode: 'print' | 'pdf') => {
    const html = renderWarningLetterHtml(
      {
        date: today(),
        employeeName: employee.name,
        employeeTitle: employee.title,
        step: r.step ?? 'written',
        recordDate: r.date,
        recordTitle: r.title,
        details: r.details,
        pageSize: defaultPageSize(company),
      },
      company,
    );
    const req = {
      html,
      title: `Warning letter - ${employee.name}`,
      pageSize: defaultPageSize(company),
    };
    void printDocument(mode, req, {
      what: `Warning letter for ${employee.name}`,
      onError: setError,
    });
  };
  return (
    <section aria-labelledby="ppl-disc">
      <h4 id="ppl-disc">Disciplinary records</h4>
      {list.length === 0 ? <p className="muted">None.</p> : null}
      <ul className="list-plain">
        {list.map((r) => (
          <li key={r.id}>
            <strong>{r.step ? DISCIPLINARY_STEP_LABELS[r.step] : 'Disciplinary'}</strong> · {r.date}{' '}
            · {r.title}
            {r.details ? <div style={{ whiteSpace: 'pre-wrap' }}>{r.details}</div> : null}
            <div className="muted">Acknowledged: {r.acknowledgedDate ?? 'not yet'}</div>
            <div className="ppl-actions">
              {!r.acknowledgedDate ? (
                <button
                  type="button"
                  className="btn"
                  onClick={() =>
                    void updateHrAck(r.id).catch((e: unknown) => toast(errorMessage(e)))
                  }
                >
                  Record acknowledgement today
                </button>
              ) : null}
              <button type="button" className="btn" onClick={() => print(r, 'print')}>
                Print warning letter…
              </button>
              <button type="button" className="btn" onClick={() => print(r, 'pdf')}>
                Warning letter as PDF…
              </button>
            </div>
          </li>
        ))}
      </ul>
      <form
        aria-label="New disciplinary record"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          <label className="field">
            <span>Step</span>
            <select
              value={v.step}
              onChange={(e) => setV({ ...v, step: e.target.value as DisciplinaryStep })}
            >
              {DISCIPLINARY_STEPS.map((s) => (
                <option key={s} value={s}>
                  {DISCIPLINARY_STEP_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Date</span>
            <input
              type="date"
              value={v.date}
              onChange={(e) => setV({ ...v, date: e.target.value })}
              required
            />
          </label>
          <label className="field">
            <span>Concerning</span>
            <input
              value={v.title}
              onChange={(e) => setV({ ...v, title: e.target.value })}
              required
            />
          </label>
          <label className="field">
            <span>Acknowledged on</span>
            <input
              type="date"
              value={v.acknowledgedDate}
              onChange={(e) => setV({ ...v, acknowledgedDate: e.target.value })}
            />
          </label>
          <label className="field wide">
            <span>Details</span>
            <textarea
              rows={2}
              value={v.details}
              onChange={(e) => setV({ ...v, details: e.target.value })}
            />
          </label>
        </div>
        <FormError error={error} />
        <button type="submit" className="btn">
          Add disciplinary record
        </button>
      </form>
    </section>
  );
}
