/**
 * One employee: work details, training, and the confidential file (salary, personal details,
 * emergency contact, confidential notes, disciplinary records) that stays hidden until
 * "Show" is pressed and hides again when the record is left (the page remounts per id).
 * `extraSections` is a slot for pages above People (e.g. the equipment someone holds), so
 * People itself never imports those features.
 */
import { useState, type ReactNode } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { useEmployee, useHrRecords } from '../hooks';
import { isArchived } from '../index';
import { DetailsForm } from './EmployeeDetailsForm';
import { ConfidentialFields } from './ConfidentialFields';
import { Disciplinary } from './DisciplinarySection';
import { Training } from './TrainingSection';
import { Termination } from './TerminationSection';

export function EmployeePage({ id, extraSections }: { id: string; extraSections?: ReactNode }) {
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
              <>
                <ConfidentialFields key={employee.updatedAt} employee={employee} />
                <Disciplinary employee={employee} records={records ?? []} />
              </>
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
