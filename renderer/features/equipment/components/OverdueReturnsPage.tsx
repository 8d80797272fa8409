/** `#/equipment/overdue`: items still out after their due-back day, most overdue first; each row opens the item (issue 12.2). */
import { CheckCircle2 } from 'lucide-react';
import { today } from '../../../../shared/lib/dates';
import { hrefFor, navigate } from '../../../core/router';
import { useDbQuery } from '../../../db/hooks';
import { EmptyState } from '../../../ui/EmptyState';
import { listOverdueReturns } from '../handovers';
import { useEquipmentDate } from './equipmentFormat';
import { EquipmentTabs } from './EquipmentTabs';
import './handovers.css';

export function OverdueReturnsPage() {
  const day = today();
  const rows = useDbQuery((db) => listOverdueReturns(day, db), [day]);
  const date = useEquipmentDate();
  return (
    <div className="page">
      <EquipmentTabs current="overdue" />
      <header className="page-header">
        <h1>Overdue returns</h1>
      </header>
      <div style={{ display: 'grid', gap: 16 }}>
        {rows === undefined ? (
          <p className="muted">Loading…</p>
        ) : rows.length === 0 ? (
          <EmptyState icon={CheckCircle2} title="No overdue returns">
            <p>
              Everything lent out with a due-back date is back, or not due yet. Items due back today
              are not overdue until tomorrow.
            </p>
          </EmptyState>
        ) : (
          <>
            <p className="muted" style={{ margin: 0 }}>
              {rows.length} item{rows.length === 1 ? ' is' : 's are'} still out after the due-back
              day, most overdue first. Open an item to check it in.
            </p>
            <div className="table-wrap">
              <table className="data-table" aria-label="Overdue returns">
                <thead>
                  <tr>
                    <th scope="col">Asset tag</th>
                    <th scope="col">Item</th>
                    <th scope="col">Held by</th>
                    <th scope="col">Since</th>
                    <th scope="col">Due back</th>
                    <th scope="col" className="num">
                      Days overdue
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr
                      key={r.equipmentId}
                      className="eq-row-link"
                      onClick={() => navigate('equipment', r.equipmentId)}
                    >
                      <td>{r.assetTag ?? '—'}</td>
                      <td>
                        <a
                          href={hrefFor('equipment', r.equipmentId)}
                          onClick={(e) => e.stopPropagation()}
                        >
                          {r.name}
                        </a>
                      </td>
                      <td>
                        {r.holder.personId ? (
                          <a
                            href={hrefFor('people', r.holder.personId)}
                            onClick={(e) => e.stopPropagation()}
                          >
                            {r.holderName}
                          </a>
                        ) : (
                          r.holderName
                        )}
                      </td>
                      <td>{date(r.since)}</td>
                      <td>{date(r.dueBack)}</td>
                      <td className="num">
                        <span className="badge badge-danger">{r.daysOverdue}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
