/**
 * The item's maintenance plans (issue 12.4): each plan with its trigger, next due and status
 * (with the domain's reason), checklist and vendor; "New plan…", "Edit plan…", pause/resume,
 * "Mark done…"; and the maintenance log (the item's `maintenance` rows, newest first, with a
 * link to the expense a job created). EquipmentPage renders it below the item's details.
 */
import { useMemo, useState } from 'react';
import type { Equipment, Maintenance } from '../../../../shared/domain/equipment';
import { useDbQuery } from '../../../db/hooks';
import { hrefFor } from '../../../core/router';
import { useToast } from '../../../ui/Toast';
import { useMoney } from '../../budget';
import { useExpenseFilter } from '../../expenses';
import { useVendors } from '../../vendors';
import { listEquipmentMeters } from '../meters';
import { listMaintenancePlans, pauseMaintenancePlan, resumeMaintenancePlan, type PlanWithDue } from '../plans';
import { listMaintenance } from '../repository';
import { useEquipmentDate } from './equipmentFormat';
import { DueBadge, MarkDoneDialog, PlanDialog, planTriggerText } from './MaintenanceDialogs';
import { errorMessage } from '../../../../shared/lib/errors';
import './maintenance.css';

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** A link to the Expenses list showing the expense a maintenance job created. */
export function MaintenanceExpenseLink({ entry }: { entry: Pick<Maintenance, 'date' | 'description' | 'expenseId'> }) {
  const setFilter = useExpenseFilter((s) => s.setFilter);
  const showDate = useEquipmentDate();
  if (!entry.expenseId) return null;
  return (
    <a
      href={hrefFor('expenses')}
      onClick={() => setFilter({ from: entry.date, to: entry.date, label: `Maintenance: ${entry.description}, ${showDate(entry.date)}` })}
      aria-label={`View expense for ${entry.description} on ${showDate(entry.date)}`}
    >
      View expense
    </a>
  );
}

function PlanCard({ row, equipment, onEdit, onDone }: { row: PlanWithDue; equipment: Equipment; onEdit: () => void; onDone: () => void }) {
  const { plan, due, meter, active } = row;
  const vendors = useVendors();
  const showDate = useEquipmentDate();
  const toast = useToast((s) => s.show);
  const [error, setError] = useState<string | null>(null);
  const vendor = plan.vendorId ? vendors?.find((v) => v.id === plan.vendorId) : undefined;
  const headingId = `plan-${plan.id}`;
  const toggle = async () => {
    setError(null);
    try {
      if (active) await pauseMaintenancePlan(plan.id);
      else await resumeMaintenancePlan(plan.id);
      toast(active ? `Paused ${plan.name}` : `Resumed ${plan.name}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <article className={active ? 'eqm-item' : 'eqm-item eqm-paused'} aria-labelledby={headingId}>
      <div className="eqm-head">
        <h3 id={headingId}>
          {plan.name} <DueBadge status={due.status} paused={!active} />
        </h3>
        <div className="eqm-actions">
          <button type="button" className="btn btn-primary" onClick={onDone} disabled={equipment.deletedAt !== null}>
            Mark done…
          </button>
          <button type="button" className="btn" onClick={onEdit}>
            Edit plan…
          </button>
          <button type="button" className="btn" onClick={() => void toggle()}>
            {active ? 'Pause' : 'Resume'}
          </button>
        </div>
      </div>
      <p className={`eqm-reason ${active ? due.status : ''}`} data-testid="plan-reason">
        {active ? due.reason : `Paused: not listed as due. ${due.reason}`}
      </p>
      <dl className="eqm-facts">
        <div>
          <dt>Due</dt>
          <dd>{planTriggerText(plan, meter, showDate)}</dd>
        </div>
        {due.dueDate ? (
          <div>
            <dt>Next due date</dt>
            <dd>{showDate(due.dueDate)}</dd>
          </div>
        ) : null}
        {due.dueMeter !== undefined ? (
          <div>
            <dt>Due at meter</dt>
            <dd>
              {fmt(due.dueMeter)} {meter ? meter.unit : 'units'}
              {meter?.lifetimeValue !== undefined ? ` (now ${fmt(meter.lifetimeValue)})` : ''}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Last done</dt>
          <dd>{plan.lastDone ? `${showDate(plan.lastDone.date)}${plan.lastDone.meterValue !== undefined ? ` at ${fmt(plan.lastDone.meterValue)}` : ''}` : 'Not yet'}</dd>
        </div>
        <div>
          <dt>Vendor</dt>
          <dd>{vendor ? <a href={hrefFor('vendors', vendor.id)}>{vendor.name}</a> : 'In-house'}</dd>
        </div>
      </dl>
      {plan.checklist.length > 0 ? (
        <ul className="eqm-checklist" aria-label={`${plan.name} checklist`}>
          {plan.checklist.map((line, i) => (
            <li key={`${i}-${line}`}>{line}</li>
          ))}
        </ul>
      ) : null}
      {plan.notes ? <p className="muted" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{plan.notes}</p> : null}
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}

function MaintenanceLog({ equipment, planNames }: { equipment: Equipment; planNames: ReadonlyMap<string, string> }) {
  const rows = useDbQuery((d) => listMaintenance(equipment.id, d), [equipment.id]);
  const vendors = useVendors();
  const money = useMoney();
  const showDate = useEquipmentDate();
  const vendorName = (id: string | undefined) => (id ? (vendors?.find((v) => v.id === id)?.name ?? '') : '');
  return (
    <div className="eqm-log">
      <h3 id="eqm-log-title">Maintenance log</h3>
      {rows === undefined ? (
        <p className="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted">No maintenance recorded yet. “Mark done” on a plan records the work here.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="eqm-log-title">
            <thead>
              <tr>
                <th>Date</th>
                <th>Work</th>
                <th>Plan</th>
                <th className="num">Meter</th>
                <th>Checklist done</th>
                <th>By</th>
                <th className="num">Cost</th>
                <th>Expense</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id}>
                  <td className="eqm-nowrap">{showDate(m.date)}</td>
                  <td className="eqm-wrap">{m.description}</td>
                  <td>{m.planId ? (planNames.get(m.planId) ?? 'Deleted plan') : ''}</td>
                  <td className="num">{m.meterValue !== undefined ? fmt(m.meterValue) : ''}</td>
                  <td className="eqm-wrap">{m.checklistDone?.length ? m.checklistDone.join('; ') : ''}</td>
                  <td>{[m.performedBy, vendorName(m.vendorId)].filter(Boolean).join(' · ')}</td>
                  <td className="num">{m.costCents ? money.format(m.costCents) : ''}</td>
                  <td>
                    <MaintenanceExpenseLink entry={m} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function PlansSection({ equipment }: { equipment: Equipment }) {
  const showDate = useEquipmentDate();
  const plans = useDbQuery((d) => listMaintenancePlans(equipment.id, d, undefined, { formatDate: showDate }), [equipment.id, showDate]);
  const meters = useDbQuery((d) => listEquipmentMeters(equipment.id, d), [equipment.id]);
  const [editing, setEditing] = useState<PlanWithDue | 'new' | null>(null);
  const [doing, setDoing] = useState<PlanWithDue | null>(null);
  const planNames = useMemo(() => new Map((plans ?? []).map((p) => [p.plan.id, p.plan.name])), [plans]);
  return (
    <section className="card" aria-labelledby="eqm-plans-title">
      <div className="eqm-head">
        <h2 id="eqm-plans-title">Maintenance plans</h2>
        <button type="button" className="btn" onClick={() => setEditing('new')}>
          New plan…
        </button>
      </div>
      {plans === undefined ? (
        <p className="muted">Loading…</p>
      ) : plans.length === 0 ? (
        <p className="muted">No maintenance plans. Add one for recurring work: a service every 6 months, a drum unit every 50,000 pages, or whichever comes first.</p>
      ) : (
        <div className="eqm-list">
          {plans.map((row) => (
            <PlanCard key={row.plan.id} row={row} equipment={equipment} onEdit={() => setEditing(row)} onDone={() => setDoing(row)} />
          ))}
        </div>
      )}
      <MaintenanceLog equipment={equipment} planNames={planNames} />
      {editing ? (
        <PlanDialog
          equipmentId={equipment.id}
          meters={meters ?? []}
          {...(editing !== 'new' ? { plan: editing.plan } : {})}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {doing ? <MarkDoneDialog plan={doing.plan} {...(doing.meter ? { meter: doing.meter } : {})} equipmentName={equipment.name} onClose={() => setDoing(null)} /> : null}
    </section>
  );
}
