/**
 * "Equipment held" (item and tag, since, due back) on an employee's page in People (`#/people/<id>`, issue 12.2). It sits above
 * both features: People never imports Equipment; its route puts this section into the
 * employee page's `extraSections` slot.
 * A member of staff who is leaving (an end date is set) sees what they must return before
 * their last day, flagged; one who has left and still holds something is flagged too.
 */
import { AlertTriangle } from 'lucide-react';
import { formatDate, today } from '../../shared/lib/dates';
import { hrefFor } from '../core/router';
import { useCompanyProfile } from '../core/settingsHooks';
import { useDbQuery } from '../db/hooks';
import { listEquipmentHeldBy } from '../features/equipment';
import { useEmployee, type Employee } from '../features/people';
import '../features/equipment/components/handovers.css';

function leavingNotice(
  employee: Employee | null | undefined,
  count: number,
  day: string,
  date: (d: string) => string,
): string | null {
  if (!employee?.endDate || count === 0) return null;
  const things = count === 1 ? 'this item' : `these ${count} items`;
  if (employee.endDate >= day) return `Leaving: ${employee.name} must return ${things} before their last day, ${date(employee.endDate)}.`;
  return `${employee.name} left on ${date(employee.endDate)} and has not returned ${things}.`;
}

export function EmployeeEquipmentSection({ personId }: { personId: string }) {
  const employee = useEmployee(personId);
  const rows = useDbQuery((db) => listEquipmentHeldBy(personId, db), [personId]);
  const day = today();
  const { locale } = useCompanyProfile();
  const date = (d: string) => formatDate(d, locale);
  const notice = leavingNotice(employee, rows?.length ?? 0, day, date);
  return (
    <section className="card eq-held" aria-labelledby="eq-held-h">
      <h3 id="eq-held-h">Equipment held</h3>
      {notice ? (
        <p className="eq-leaving" role="status">
          <AlertTriangle size={14} aria-hidden="true" /> <strong>{notice}</strong>
        </p>
      ) : null}
      {rows === undefined ? (
        <p className="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted">
          Holds no equipment. Items checked out to this person from an item's page in{' '}
          <a href={hrefFor('equipment')}>Equipment</a> show here.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-label="Equipment held">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Since</th>
                <th scope="col">Due back</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const overdue = !!r.dueBack && r.dueBack < day;
                const afterLastDay = !!employee?.endDate && (!r.dueBack || r.dueBack > employee.endDate);
                return (
                  <tr key={r.equipmentId}>
                    <td>
                      <a href={hrefFor('equipment', r.equipmentId)}>{r.name}</a>
                      {r.assetTag ? <span className="muted eq-tag"> {r.assetTag}</span> : null}
                    </td>
                    <td className="eq-nowrap">{date(r.since)}</td>
                    <td>
                      <span className="eq-nowrap">{r.dueBack ? date(r.dueBack) : employee?.endDate ? `by ${date(employee.endDate)}` : '—'}</span>{' '}
                      {overdue ? <span className="badge badge-danger">Overdue</span> : null}
                      {!overdue && afterLastDay && r.dueBack ? <span className="badge badge-warn">After last day</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
