/**
 * The employee directory (archived staff hidden unless asked), an org view by department
 * (manager → reports), and training that expires within 60 days.
 */
import { useMemo, useState } from 'react';
import { today } from '../../../../shared/lib/dates';
import { navigate } from '../../../core/router';
import { readPersonBadges, type PersonBadge } from '../../../core/personBadges';
import { useDbQuery } from '../../../db/hooks';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useToast } from '../../../ui/Toast';
import { FormDialog } from '../../../ui/FormDialog';
import { useAllTraining, useEmployees } from '../hooks';
import { employeeRepository } from '../repository';
import { EmployeeFields } from './EmployeeFields';
import { expiringTraining, isArchived, orgTree, type Employee, type OrgNode } from '../index';

function Tree({ nodes }: { nodes: OrgNode<Employee>[] }) {
  return (
    <ul className="ppl-tree">
      {nodes.map((n) => (
        <li key={n.employee.id}>
          <a href={`#/people/${encodeURIComponent(n.employee.id)}`}>{n.employee.name}</a>
          {n.employee.title ? <span className="muted"> · {n.employee.title}</span> : null}
          {n.reports.length ? <Tree nodes={n.reports} /> : null}
        </li>
      ))}
    </ul>
  );
}

const NEW_EMPLOYEE_FIELDS = ['name', 'email', 'title', 'department', 'startDate'] as const;

function NewEmployeeDialog({ onClose }: { onClose: () => void }) {
  const [v, setV] = useState({ name: '', email: '', title: '', department: '', startDate: '' });
  const toast = useToast((s) => s.show);
  return (
    <FormDialog
      title="New employee"
      submitLabel="Add employee"
      onClose={onClose}
      onSubmit={async () => {
        const emp = await employeeRepository.create({ ...v, startDate: v.startDate || undefined });
        toast(`Added ${emp.name}`);
        onClose();
        navigate('people', emp.id);
      }}
    >
      <EmployeeFields fields={NEW_EMPLOYEE_FIELDS} value={v} onChange={setV} />
    </FormDialog>
  );
}

export function Directory() {
  const employees = useEmployees();
  const training = useAllTraining();
  const [showArchived, setShowArchived] = useState(false);
  const [view, setView] = useState<'list' | 'org'>('list');
  const [adding, setAdding] = useState(false);
  const byId = useMemo(() => new Map((employees ?? []).map((e) => [e.id, e])), [employees]);
  const shown = (employees ?? []).filter((e) => showArchived || !isArchived(e));
  // Notes other modules put on a person's row (open messages, tasks due) through core/personBadges.
  const badges = useDbQuery((db) => readPersonBadges(db), []);
  const badgesOf = (e: Employee): PersonBadge[] => badges?.get(e.id) ?? [];
  // "Open items" (open messages, tasks) sits right after the name, so it is in view without
  // scrolling sideways at 1024 px; the long columns (phone, email) come last, and the start date
  // is one choice away in Columns, so at 1920 px every shown column fits.
  const columns: GridColumn<Employee>[] = [
    { id: 'name', header: 'Name', value: (e) => e.name, minWidth: '9rem' },
    {
      id: 'badges',
      header: 'Open items',
      value: (e) => badgesOf(e).map((b) => b.label).join(', '),
      cell: (e) => (
        <span className="ppl-badges">
          {badgesOf(e).map((b) => (
            <a key={b.key} href={b.href} className={`badge${b.tone === 'info' ? '' : ' badge-warn'}`} title={b.description} aria-label={b.description ? `${b.label}: ${b.description}` : b.label}>
              {b.label}
            </a>
          ))}
        </span>
      ),
    },
    { id: 'title', header: 'Title', value: (e) => e.title ?? '' },
    { id: 'department', header: 'Department', value: (e) => e.department ?? '', filter: 'select' },
    { id: 'manager', header: 'Manager', value: (e) => (e.managerId ? (byId.get(e.managerId)?.name ?? '') : '') },
    { id: 'status', header: 'Status', value: (e) => (isArchived(e) ? 'Archived' : e.status === 'on-leave' ? 'On leave' : 'Active'), filter: 'select', width: '6.5rem' },
    { id: 'phone', header: 'Phone', value: (e) => [e.phone, e.extension ? `ext. ${e.extension}` : ''].filter(Boolean).join(' '), width: '10rem' },
    { id: 'email', header: 'Work email', value: (e) => e.email ?? '' },
    { id: 'start', header: 'Start date', value: (e) => e.startDate ?? '', defaultHidden: true },
  ];
  const departments = useMemo(() => {
    const m = new Map<string, Employee[]>();
    for (const e of shown) {
      const d = e.department || 'No department';
      m.set(d, [...(m.get(d) ?? []), e]);
    }
    return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [shown]);
  const expiring = expiringTraining(training ?? [], today(), 60).filter((r) => {
    const e = byId.get(r.employeeId);
    return e && !isArchived(e);
  });

  return (
    <>
      <div className="ppl-toolbar">
        <div role="group" aria-label="View">
          <button type="button" className="btn" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            Directory
          </button>
          <button type="button" className="btn" aria-pressed={view === 'org'} onClick={() => setView('org')}>
            Org chart
          </button>
        </div>
        <label style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          Show archived
        </label>
        <span style={{ flex: 1 }} />
        <a className="btn" href="#/people/import">
          Import employees
        </a>
        <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
          New employee
        </button>
      </div>
      {view === 'list' ? (
        <DataGrid
          id="people-directory"
          label="Employees"
          rows={shown}
          columns={columns}
          getRowId={(e) => e.id}
          onActivate={(e) => navigate('people', e.id)}
          exportName="employees"
          empty={<p className="muted">No employees yet. Add one with New employee, or import a staff list.</p>}
        />
      ) : (
        <div className="grid-cards">
          {departments.map(([dept, people]) => (
            <section key={dept} className="card" aria-label={`${dept} department`}>
              <h3>{dept}</h3>
              <Tree nodes={orgTree(people)} />
            </section>
          ))}
        </div>
      )}
      <section className="card" aria-labelledby="ppl-expiring" style={{ marginTop: 16 }}>
        <h2 id="ppl-expiring">Training expiring within 60 days</h2>
        {expiring.length === 0 ? <p className="muted">No training expires in the next 60 days.</p> : null}
        <ul className="list-plain">
          {expiring.map((r) => (
            <li key={r.id}>
              <a href={`#/people/${encodeURIComponent(r.employeeId)}`}>{byId.get(r.employeeId)?.name}</a> · {r.title} · expires {r.expiryDate}
              {r.expiryDate! < today() ? <span className="badge badge-warn"> expired</span> : null}
            </li>
          ))}
        </ul>
      </section>
      {adding ? <NewEmployeeDialog onClose={() => setAdding(false)} /> : null}
    </>
  );
}
