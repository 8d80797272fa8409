/**
 * One employee: work details, training, and the confidential file (salary, personal details,
 * emergency contact, confidential notes, disciplinary records) that stays hidden until
 * "Show" is pressed and hides again when the record is left (the page remounts per id).
 */
import { useState } from 'react';
import { defaultPageSize, renderWarningLetterHtml } from '../../../../shared/documents';
import { formatMoney, parseMoney } from '../../../../shared/lib/money';
import { today } from '../../../../shared/lib/dates';
import { navigate } from '../../../core/router';
import { usePrintDocument } from '../../../ui/printing';
import { EmptyState } from '../../../ui/EmptyState';
import { useToast } from '../../../ui/Toast';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useEmployee, useEmployees, useHrRecords } from '../hooks';
import { EmployeeFields } from './EmployeeFields';
import { FormError } from '../../../ui/FormDialog';
import { hrRecordRepository, reinstateEmployee, terminateEmployee, updateEmployee } from '../repository';
import { DISCIPLINARY_STEP_LABELS, DISCIPLINARY_STEPS, isArchived, nextDisciplinaryStep, type DisciplinaryStep, type Employee, type HrRecord } from '../index';
import { errorMessage } from '../../../../shared/lib/errors';

const DETAIL_FIELDS = ['name', 'title', 'department', 'managerId', 'startDate', 'email', 'phone', 'extension'] as const;
const CONFIDENTIAL_FIELDS = ['salary', 'salaryPeriod', 'birthDate', 'emergencyContact', 'homeAddress', 'confidentialNotes'] as const;

function DetailsForm({ employee }: { employee: Employee }) {
  const employees = useEmployees();
  const toast = useToast((s) => s.show);
  const [error, setError] = useState<string | null>(null);
  const [v, setV] = useState({
    name: employee.name,
    email: employee.email ?? '',
    phone: employee.phone ?? '',
    extension: employee.extension ?? '',
    title: employee.title ?? '',
    department: employee.department ?? '',
    managerId: employee.managerId ?? '',
    startDate: employee.startDate ?? '',
  });
  return (
    <form
      aria-label="Employee details"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        updateEmployee(employee.id, { ...v, managerId: v.managerId || undefined, startDate: v.startDate || undefined })
          .then(() => toast('Employee saved'))
          .catch((err: unknown) => setError(errorMessage(err)));
      }}
    >
      <EmployeeFields
        fields={DETAIL_FIELDS}
        value={v}
        onChange={setV}
        managers={(employees ?? []).filter((e) => e.id !== employee.id && !isArchived(e))}
      />
      <FormError error={error} />
      <div className="ppl-actions">
        <button type="button" className="btn" onClick={() => navigate('people')}>
          Back to directory
        </button>
        <button type="submit" className="btn btn-primary">
          Save employee
        </button>
      </div>
    </form>
  );
}

function ConfidentialFields({ employee }: { employee: Employee }) {
  const company = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const [error, setError] = useState<string | null>(null);
  const [v, setV] = useState({
    salary: employee.salaryCents !== undefined ? formatMoney(employee.salaryCents, company.currency, company.locale) : '',
    salaryPeriod: (employee.salaryPeriod ?? 'year') as string,
    birthDate: employee.birthDate ?? '',
    homeAddress: employee.homeAddress ?? '',
    emergencyContact: employee.emergencyContact ?? '',
    confidentialNotes: employee.confidentialNotes ?? '',
  });
  return (
    <form
      aria-label="Confidential details"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        let salaryCents: number | undefined;
        if (v.salary.trim()) {
          const parsed = parseMoney(v.salary, company.currency, company.locale);
          if (parsed === null || parsed < 0) {
            setError('Enter the salary as an amount, like 52,000');
            return;
          }
          salaryCents = parsed;
        }
        updateEmployee(employee.id, {
          salaryCents,
          salaryPeriod: salaryCents !== undefined ? (v.salaryPeriod as Employee['salaryPeriod']) : undefined,
          birthDate: v.birthDate || undefined,
          homeAddress: v.homeAddress,
          emergencyContact: v.emergencyContact,
          confidentialNotes: v.confidentialNotes,
        })
          .then(() => toast('Confidential details saved'))
          .catch((err: unknown) => setError(errorMessage(err)));
      }}
    >
      <EmployeeFields fields={CONFIDENTIAL_FIELDS} value={v} onChange={setV} />
      <FormError error={error} />
      <button type="submit" className="btn">
        Save confidential details
      </button>
    </form>
  );
}

function Disciplinary({ employee, records }: { employee: Employee; records: HrRecord[] }) {
  const company = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const printDocument = usePrintDocument();
  const list = records.filter((r) => r.kind === 'disciplinary');
  const [v, setV] = useState({ step: nextDisciplinaryStep(list) as DisciplinaryStep, date: today(), title: '', details: '', acknowledgedDate: '' });
  const [error, setError] = useState<string | null>(null);
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
        pageSize: defaultPageSize(company.locale),
      },
      company,
    );
    const req = { html, title: `Warning letter - ${employee.name}`, pageSize: defaultPageSize(company.locale) };
    void printDocument(mode, req, { what: `Warning letter for ${employee.name}`, onError: setError });
  };
  return (
    <section aria-labelledby="ppl-disc">
      <h4 id="ppl-disc">Disciplinary records</h4>
      {list.length === 0 ? <p className="muted">None.</p> : null}
      <ul className="list-plain">
        {list.map((r) => (
          <li key={r.id}>
            <strong>{r.step ? DISCIPLINARY_STEP_LABELS[r.step] : 'Disciplinary'}</strong> · {r.date} · {r.title}
            {r.details ? <div style={{ whiteSpace: 'pre-wrap' }}>{r.details}</div> : null}
            <div className="muted">Acknowledged: {r.acknowledgedDate ?? 'not yet'}</div>
            <div className="ppl-actions">
              {!r.acknowledgedDate ? (
                <button type="button" className="btn" onClick={() => void updateHrAck(r.id).catch((e: unknown) => toast(errorMessage(e)))}>
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
          setError(null);
          hrRecordRepository.create({ employeeId: employee.id, kind: 'disciplinary', date: v.date, title: v.title, details: v.details, step: v.step, acknowledgedDate: v.acknowledgedDate || undefined })
            .then(() => {
              toast('Disciplinary record added');
              setV({ ...v, title: '', details: '', acknowledgedDate: '', step: nextDisciplinaryStep([...list, { kind: 'disciplinary', step: v.step, deletedAt: null }]) });
            })
            .catch((err: unknown) => setError(errorMessage(err)));
        }}
      >
        <div className="form-grid">
          <label className="field">
            <span>Step</span>
            <select value={v.step} onChange={(e) => setV({ ...v, step: e.target.value as DisciplinaryStep })}>
              {DISCIPLINARY_STEPS.map((s) => (
                <option key={s} value={s}>
                  {DISCIPLINARY_STEP_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Date</span>
            <input type="date" value={v.date} onChange={(e) => setV({ ...v, date: e.target.value })} required />
          </label>
          <label className="field">
            <span>Concerning</span>
            <input value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} required />
          </label>
          <label className="field">
            <span>Acknowledged on</span>
            <input type="date" value={v.acknowledgedDate} onChange={(e) => setV({ ...v, acknowledgedDate: e.target.value })} />
          </label>
          <label className="field wide">
            <span>Details</span>
            <textarea rows={2} value={v.details} onChange={(e) => setV({ ...v, details: e.target.value })} />
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

async function updateHrAck(id: string) {
  await hrRecordRepository.update(id, { acknowledgedDate: today() });
}

function Training({ employee, records }: { employee: Employee; records: HrRecord[] }) {
  const toast = useToast((s) => s.show);
  const list = records.filter((r) => r.kind === 'training');
  const [v, setV] = useState({ title: '', date: today(), expiryDate: '' });
  const [error, setError] = useState<string | null>(null);
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
          setError(null);
          hrRecordRepository.create({ employeeId: employee.id, kind: 'training', title: v.title, date: v.date, expiryDate: v.expiryDate || undefined })
            .then(() => {
              toast('Training recorded');
              setV({ title: '', date: today(), expiryDate: '' });
            })
            .catch((err: unknown) => setError(errorMessage(err)));
        }}
      >
        <div className="form-grid">
          <label className="field">
            <span>Course</span>
            <input value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} required />
          </label>
          <label className="field">
            <span>Completed on</span>
            <input type="date" value={v.date} onChange={(e) => setV({ ...v, date: e.target.value })} required />
          </label>
          <label className="field">
            <span>Expires on</span>
            <input type="date" value={v.expiryDate} onChange={(e) => setV({ ...v, expiryDate: e.target.value })} />
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

function Termination({ employee }: { employee: Employee }) {
  const toast = useToast((s) => s.show);
  const [endDate, setEndDate] = useState(today());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (isArchived(employee)) {
    return (
      <section className="card" aria-labelledby="ppl-term">
        <h3 id="ppl-term">Archived</h3>
        <p>
          Left on {employee.endDate ?? 'an unknown date'}. This employee is hidden from the directory unless “Show archived” is on.
        </p>
        <button type="button" className="btn" onClick={() => void reinstateEmployee(employee.id).then(() => toast('Employee reinstated'))}>
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
          setError(null);
          terminateEmployee(employee.id, { endDate, reason })
            .then(() => toast('Employee archived'))
            .catch((err: unknown) => setError(errorMessage(err)));
        }}
      >
        <div className="form-grid">
          <label className="field">
            <span>End date</span>
            <input type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} required />
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

export function EmployeePage({ id }: { id: string }) {
  const employee = useEmployee(id);
  const records = useHrRecords(id);
  const [show, setShow] = useState(false);
  if (employee === undefined) return <p className="muted">Loading…</p>;
  if (employee === null) {
    return (
      <EmptyState title="Employee not found">
        <p>
          <a href="#/people">Back to the directory</a>
        </p>
      </EmptyState>
    );
  }
  return (
    <div>
      <header className="page-header">
        <h2 style={{ margin: 0 }}>{employee.name}</h2>
        {employee.title ? <span className="muted">{employee.title}</span> : null}
        {isArchived(employee) ? <span className="badge badge-warn">Archived</span> : null}
        {employee.candidateId ? (
          <a className="badge" href={`#/recruiting/candidate/${encodeURIComponent(employee.candidateId)}`}>
            Hired through recruiting
          </a>
        ) : null}
      </header>
      <div className="ppl-detail">
        <div>
          <section className="card">
            <DetailsForm key={employee.updatedAt} employee={employee} />
          </section>
          <section className="card ppl-confidential" aria-labelledby="ppl-conf">
            <h3 id="ppl-conf">Confidential</h3>
            <p className="muted">Salary, personal details, emergency contact, confidential notes and disciplinary records.</p>
            <button type="button" className="btn" aria-pressed={show} onClick={() => setShow(!show)}>
              {show ? 'Hide confidential' : 'Show confidential'}
            </button>
            {show ? (
              <>
                <ConfidentialFields key={employee.updatedAt} employee={employee} />
                <Disciplinary employee={employee} records={records ?? []} />
              </>
            ) : null}
          </section>
        </div>
        <div>
          <Training employee={employee} records={records ?? []} />
          <Termination employee={employee} />
        </div>
      </div>
    </div>
  );
}
