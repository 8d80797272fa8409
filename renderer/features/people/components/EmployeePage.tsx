/**
 * One employee: work details, training, and the confidential file (salary, personal details,
 * emergency contact, confidential notes, disciplinary records) that stays hidden until
 * "Show" is pressed and hides again when the record is left (the page remounts per id).
 * `extraSections` is a slot for pages above People (e.g. the equipment someone holds), so
 * People itself never imports those features.
 */
import { useState, type ReactNode } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { useRevealed } from '../../../db/useRevealed';
import { useEmployee, useHrRecords } from '../hooks';
import { isArchived, isConfidentialRecord, type Employee, type HrRecord } from '../index';
import { DetailsForm } from './EmployeeDetailsForm';
import { ConfidentialFields } from './ConfidentialFields';
import { Disciplinary } from './DisciplinarySection';
import { Training } from './TrainingSection';
import { Termination } from './TerminationSection';
import { Medical } from './MedicalSection';

export function EmployeePage({ id, extraSections }: { id: string; extraSections?: ReactNode }) {
  const employee = useEmployee(id);
  const records = useHrRecords(id);
  const [show, setShow] = useState(false);
  // Shown on purpose: each confidential record is opened (and its opening audited) once per Show.
  const people = useRevealed<Employee>('employees', employee ? [employee] : undefined, show);
  const confidentialRecords = (records ?? []).filter((r) => isConfidentialRecord('hrRecords', r));
  const hr = useRevealed<HrRecord>('hrRecords', records ? confidentialRecords : undefined, show);
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
          <a
            className="badge"
            href={`#/recruiting/candidate/${encodeURIComponent(employee.candidateId)}`}
          >
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
            <p className="muted">
              Salary, personal details, emergency contact, confidential notes and disciplinary
              records.
            </p>
            <button
              type="button"
              className="btn"
              aria-pressed={show}
              onClick={() => setShow(!show)}
            >
              {show ? 'Hide confidential' : 'Show confidential'}
            </button>
            {show ? (
              <ConfidentialFile
                employee={people.opened.get(employee.id)}
                records={confidentialRecords.map((r) => hr.opened.get(r.id) ?? r)}
                ready={people.ready && hr.ready}
                error={people.error ?? hr.error}
              />
            ) : null}
          </section>
        </div>
        <div>
          {extraSections}
          <Training employee={employee} records={records ?? []} />
          <Termination employee={employee} />
        </div>
      </div>
    </div>
  );
}

function ConfidentialFile({
  employee,
  records,
  ready,
  error,
}: {
  employee: Employee | undefined;
  records: HrRecord[];
  ready: boolean;
  error: string | null;
}) {
  if (error) {
    return (
      <p className="error-box" role="alert">
        {error}
      </p>
    );
  }
  if (!employee || !ready) return <p className="muted">Opening…</p>;
  return (
    <>
      <ConfidentialFields key={employee.updatedAt} employee={employee} />
      <Disciplinary employee={employee} records={records} />
      <Medical employee={employee} records={records} />
    </>
  );
}
