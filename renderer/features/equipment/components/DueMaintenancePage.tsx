/**
 * `#/equipment/maintenance`: maintenance overdue and due across all items (issue 12.4), from
 * `listDueMaintenance` (the same read as the Dashboard's "maintenance due this week"): status,
 * the domain's reason, the item (a link to its page), the plan and its vendor, and "Mark done…"
 * from the row.
 */
import { useState } from 'react';
import { Wrench } from 'lucide-react';
import { addDays, today } from '../../../../shared/lib/dates';
import { hrefFor } from '../../../core/router';
import { useDbQuery } from '../../../db/hooks';
import { EmptyState } from '../../../ui/EmptyState';
import { useVendors } from '../../vendors';
import { equipmentMeterRepository } from '../meters';
import { listDueMaintenance, maintenancePlanRepository, type DueMaintenanceRow } from '../plans';
import { useEquipmentDate } from './equipmentFormat';
import { EquipmentTabs } from './EquipmentTabs';
import { DueBadge, MarkDoneDialog } from './MaintenanceDialogs';
import './maintenance.css';

const WINDOWS = [
  { days: 7, label: 'Due within a week' },
  { days: 14, label: 'Due within 2 weeks' },
  { days: 30, label: 'Due within 30 days' },
] as const;

function RowMarkDone({ row, onClose }: { row: DueMaintenanceRow; onClose: () => void }) {
  const data = useDbQuery(
    async (d) => {
      const plan = await maintenancePlanRepository.get(row.planId, d);
      const meter = plan?.meterId ? await equipmentMeterRepository.get(plan.meterId, d) : undefined;
      return { plan, meter };
    },
    [row.planId],
  );
  if (!data?.plan) return null;
  return <MarkDoneDialog plan={data.plan} {...(data.meter ? { meter: data.meter } : {})} equipmentName={row.equipmentName} onClose={onClose} />;
}

export function DueMaintenancePage() {
  const [days, setDays] = useState<number>(7);
  const now = today();
  const until = addDays(now, days - 1);
  const showDate = useEquipmentDate();
  const rows = useDbQuery((d) => listDueMaintenance({ today: now, until, formatDate: showDate }, d), [now, until, showDate]);
  const vendors = useVendors();
  const [doing, setDoing] = useState<DueMaintenanceRow | null>(null);
  const overdue = rows?.filter((r) => r.status === 'overdue').length ?? 0;
  return (
    <div className="page">
      <EquipmentTabs current="maintenance" />
      <header className="page-header">
        <h1>Maintenance due</h1>
        <div className="eqm-actions">
          <label className="eqm-window">
            <span className="muted">Show</span>
            <select className="input" value={days} onChange={(e) => setDays(Number(e.target.value))} aria-label="Show plans">
              {WINDOWS.map((w) => (
                <option key={w.days} value={w.days}>
                  {w.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {rows === undefined ? (
        <p className="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <EmptyState icon={Wrench} title="No maintenance due">
          <p className="muted">
            Nothing is overdue or due by {showDate(until)}. Plans are set up on each item’s page (“New plan…” under Maintenance plans); they show here when
            their date comes near or their meter nears its interval.
          </p>
        </EmptyState>
      ) : (
        <section className="card" aria-labelledby="eqm-due-title">
          <h2 id="eqm-due-title">
            {rows.length} {rows.length === 1 ? 'plan' : 'plans'} due{overdue ? `, ${overdue} overdue` : ''}
          </h2>
          <div className="table-wrap">
            <table className="data-table eqm-due-table" aria-label="Maintenance due">
              <thead>
                <tr>
                  <th>Status</th>
                  <th>Why</th>
                  <th>Plan and item</th>
                  <th>Vendor</th>
                  <th>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const vendor = r.vendorId ? vendors?.find((v) => v.id === r.vendorId) : undefined;
                  return (
                    <tr key={r.planId}>
                      <td>
                        <DueBadge status={r.status} />
                      </td>
                      <td className="eqm-wrap eqm-why">{r.reason}</td>
                      <td className="eqm-wrap">
                        <div>{r.planName}</div>
                        <div className="eqm-sub">
                          <a href={hrefFor('equipment', r.equipmentId)}>{r.equipmentName}</a>
                          {r.assetTag ? <span className="muted"> · {r.assetTag}</span> : null}
                        </div>
                      </td>
                      <td className="eqm-wrap">{vendor ? <a href={hrefFor('vendors', vendor.id)}>{vendor.name}</a> : <span className="eqm-muted-cell">In-house</span>}</td>
                      <td>
                        <button type="button" className="btn" onClick={() => setDoing(r)} aria-label={`Mark done: ${r.planName}, ${r.equipmentName}`}>
                          Mark done…
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {doing ? <RowMarkDone row={doing} onClose={() => setDoing(null)} /> : null}
    </div>
  );
}
