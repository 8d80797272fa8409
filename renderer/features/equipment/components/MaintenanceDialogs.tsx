/**
 * Maintenance plan screens' shared parts (issue 12.4): the plan's trigger in words, its status
 * badge, the "New plan…" / "Edit plan…" dialog and the "Mark done…" dialog (used on the item's
 * page and on the due list).
 */
import { useMemo, useState } from 'react';
import {
  INTERVAL_UNITS,
  type DueResult,
  type IntervalUnit,
  type MaintenancePlan,
  type MaintenancePlanDraft,
  type ScheduleMode,
} from '../../../../shared/domain/equipmentMaintenance';
import { METER_UNIT_LABELS, type Meter } from '../../../../shared/domain/equipmentMeters';
import { today } from '../../../../shared/lib/dates';
import { buildCategoryTree, useBudgetCategories, useMoney, type CategoryNode } from '../../budget';
import { useVendors } from '../../vendors';
import { FormDialog } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { createMaintenancePlan, markMaintenancePlanDone, updateMaintenancePlan } from '../plans';
import { useEquipmentDate } from './equipmentFormat';
import { parseOptionalMeterNumber } from './meterNumbers';
import './maintenance.css';

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const SINGULAR: Record<IntervalUnit, string> = { days: 'day', weeks: 'week', months: 'month' };

/**
 * "Every 6 months from last done", "Every 50,000 pages", or both "…, whichever comes first";
 * `formatDate` writes a fixed schedule's first date (the company's locale on screen).
 */
export function planTriggerText(
  plan: Pick<MaintenancePlan, 'intervalEvery' | 'intervalUnit' | 'scheduleMode' | 'startDate' | 'meterEvery'>,
  meter?: Pick<Meter, 'unit' | 'name'>,
  formatDate: (date: string) => string = (d) => d,
): string {
  const parts: string[] = [];
  if (plan.intervalEvery !== undefined && plan.intervalUnit) {
    const every = plan.intervalEvery === 1 ? SINGULAR[plan.intervalUnit] : `${plan.intervalEvery} ${plan.intervalUnit}`;
    parts.push(`every ${every} ${plan.scheduleMode === 'fixed' ? `on a fixed schedule from ${plan.startDate ? formatDate(plan.startDate) : '—'}` : 'from last done'}`);
  }
  if (plan.meterEvery !== undefined) parts.push(`every ${fmt(plan.meterEvery)} ${meter ? METER_UNIT_LABELS[meter.unit] : 'units'}`);
  if (parts.length === 0) return 'No schedule';
  const text = parts.join(' or ') + (parts.length > 1 ? ', whichever comes first' : '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const STATUS_TEXT: Record<DueResult['status'], string> = { ok: 'OK', 'due-soon': 'Due soon', overdue: 'Overdue' };
const STATUS_CLASS: Record<DueResult['status'], string> = { ok: 'badge badge-ok', 'due-soon': 'badge badge-warn', overdue: 'badge eqm-badge-overdue' };

export function DueBadge({ status, paused = false }: { status: DueResult['status']; paused?: boolean }) {
  if (paused) return <span className="badge eqm-badge-paused">Paused</span>;
  return <span className={STATUS_CLASS[status]}>{STATUS_TEXT[status]}</span>;
}

function flattenCategories(nodes: readonly CategoryNode[], parents: string[] = []): Array<{ id: string; text: string }> {
  return nodes.flatMap((n) => [{ id: n.category.id, text: [...parents, n.category.name].join(' / ') }, ...flattenCategories(n.children, [...parents, n.category.name])]);
}

function VendorField({ value, onChange, label = 'Vendor' }: { value: string; onChange: (v: string) => void; label?: string }) {
  const vendors = useVendors();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">— none (in-house) —</option>
        {(vendors ?? []).map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
    </label>
  );
}

const intOrUndefined = (text: string, label: string): number | undefined => {
  const t = text.trim();
  if (!t) return undefined;
  if (!/^\d+$/.test(t) || Number(t) < 1) throw new Error(`Enter ${label} as a whole number of at least 1.`);
  return Number(t);
};

/** "New plan…" (no `plan`) and "Edit plan…". */
export function PlanDialog({
  equipmentId,
  meters,
  plan,
  onClose,
}: {
  equipmentId: string;
  meters: readonly Meter[];
  plan?: MaintenancePlan;
  onClose: () => void;
}) {
  const toast = useToast((s) => s.show);
  const [name, setName] = useState(plan?.name ?? '');
  const [every, setEvery] = useState(plan?.intervalEvery !== undefined ? String(plan.intervalEvery) : '');
  const [unit, setUnit] = useState<IntervalUnit>(plan?.intervalUnit ?? 'months');
  const [mode, setMode] = useState<ScheduleMode>(plan?.scheduleMode ?? 'from-last-done');
  const [startDate, setStartDate] = useState(plan?.startDate ?? '');
  const [meterId, setMeterId] = useState(plan?.meterId ?? '');
  const [meterEvery, setMeterEvery] = useState(plan?.meterEvery !== undefined ? String(plan.meterEvery) : '');
  const [meterStart, setMeterStart] = useState(plan?.meterStartValue !== undefined ? String(plan.meterStartValue) : '');
  const [checklist, setChecklist] = useState((plan?.checklist ?? []).join('\n'));
  const [vendorId, setVendorId] = useState(plan?.vendorId ?? '');
  const [notes, setNotes] = useState(plan?.notes ?? '');
  const meter = meters.find((m) => m.id === meterId);
  const unitLabel = meter ? METER_UNIT_LABELS[meter.unit] : 'units';

  const chooseMeter = (id: string) => {
    setMeterId(id);
    const m = meters.find((x) => x.id === id);
    // A new plan on a meter that already counts starts from where the meter is now.
    if (!plan && m?.lifetimeValue !== undefined && !meterStart.trim()) setMeterStart(String(m.lifetimeValue));
  };

  const submit = async () => {
    const intervalEvery = intOrUndefined(every, 'the time interval');
    const meterEveryN = meterId ? parseOptionalMeterNumber(meterEvery, `the meter interval (${unitLabel})`) : undefined;
    if (meterId && meterEveryN === undefined) throw new Error(`Enter every how many ${unitLabel} the plan is due, or choose no meter.`);
    const meterStartValue = meterId ? parseOptionalMeterNumber(meterStart, 'the meter value to count from') : undefined;
    const fields = {
      name,
      intervalEvery,
      intervalUnit: intervalEvery !== undefined ? unit : undefined,
      scheduleMode: mode,
      startDate: intervalEvery !== undefined && startDate ? startDate : undefined,
      meterId: meterId || undefined,
      meterEvery: meterEveryN,
      meterStartValue,
      checklist: checklist
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      vendorId: vendorId || undefined,
      notes: notes.trim() || undefined,
    } satisfies Partial<MaintenancePlanDraft>;
    if (plan) {
      await updateMaintenancePlan(plan.id, fields);
      toast(`Saved plan ${name.trim()}`);
    } else {
      await createMaintenancePlan({ ...fields, equipmentId });
      toast(`Added plan ${name.trim()}`);
    }
    onClose();
  };

  return (
    <FormDialog title={plan ? `Edit plan: ${plan.name}` : 'New maintenance plan'} submitLabel={plan ? 'Save plan' : 'Add plan'} noValidate onClose={onClose} onSubmit={submit} size="medium">
      <div className="eqm-form">
        <label className="field">
          <span>Plan name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus required maxLength={120} placeholder="e.g. Drum unit, Spring service" />
        </label>
        <fieldset className="eqm-fieldset">
          <legend>Due by time</legend>
          <div className="eqm-row">
            <label className="field">
              <span>Every (time)</span>
              <input value={every} onChange={(e) => setEvery(e.target.value)} inputMode="numeric" placeholder="blank: not by time" />
            </label>
            <label className="field">
              <span>Time unit</span>
              <select value={unit} onChange={(e) => setUnit(e.target.value as IntervalUnit)}>
                {INTERVAL_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label className="field">
            <span>Schedule</span>
            <select value={mode} onChange={(e) => setMode(e.target.value as ScheduleMode)}>
              <option value="from-last-done">From the last time it was done</option>
              <option value="fixed">On a fixed schedule</option>
            </select>
          </label>
          <label className="field">
            <span>First due date</span>
            <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          </label>
          <p className="eqm-hint wide">
            {mode === 'fixed'
              ? 'Every later date is counted from the first due date (31 Jan → 28 Feb → 31 Mar), whenever the work is done.'
              : 'After the first due date, the next one is counted from the day the work is done.'}
          </p>
        </fieldset>
        <fieldset className="eqm-fieldset">
          <legend>Due by meter</legend>
          <label className="field">
            <span>Meter</span>
            <select value={meterId} onChange={(e) => chooseMeter(e.target.value)} disabled={meters.length === 0}>
              <option value="">{meters.length === 0 ? 'No meters on this item' : '— not by meter —'}</option>
              {meters.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({METER_UNIT_LABELS[m.unit]})
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{`Every (${unitLabel})`}</span>
            <input value={meterEvery} onChange={(e) => setMeterEvery(e.target.value)} inputMode="decimal" disabled={!meterId} />
          </label>
          <label className="field wide">
            <span>{`Count from meter value (${unitLabel})`}</span>
            <input value={meterStart} onChange={(e) => setMeterStart(e.target.value)} inputMode="decimal" disabled={!meterId} placeholder="0" />
          </label>
          {meter?.lifetimeValue !== undefined ? (
            <p className="eqm-hint wide">
              {meter.name} is at {fmt(meter.lifetimeValue)} {unitLabel} (lifetime total).
            </p>
          ) : null}
        </fieldset>
        <p className="eqm-hint">With both, the plan is due by whichever comes first.</p>
        <label className="field">
          <span>Checklist (one step per line)</span>
          <textarea value={checklist} onChange={(e) => setChecklist(e.target.value)} rows={4} />
        </label>
        <VendorField value={vendorId} onChange={setVendorId} />
        <label className="field">
          <span>Notes</span>
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} maxLength={2000} />
        </label>
      </div>
    </FormDialog>
  );
}

/** "Mark done…": records the work, resets the plan and can create an expense, in one step. */
export function MarkDoneDialog({
  plan,
  meter,
  equipmentName,
  onClose,
}: {
  plan: MaintenancePlan;
  meter?: Meter;
  equipmentName: string;
  onClose: () => void;
}) {
  const toast = useToast((s) => s.show);
  const money = useMoney();
  const showDate = useEquipmentDate();
  const categories = useBudgetCategories();
  const categoryOptions = useMemo(() => flattenCategories(buildCategoryTree(categories ?? [])), [categories]);
  const countsMeter = plan.meterEvery !== undefined && plan.meterId !== undefined;
  const unitLabel = meter ? METER_UNIT_LABELS[meter.unit] : 'units';
  const [date, setDate] = useState(today());
  const [reading, setReading] = useState(countsMeter && meter?.lastValue !== undefined ? String(meter.lastValue) : '');
  const [ticked, setTicked] = useState<string[]>([]);
  const [cost, setCost] = useState('');
  const [performedBy, setPerformedBy] = useState('');
  const [vendorId, setVendorId] = useState(plan.vendorId ?? '');
  // As on "Repair done…": a cost becomes an expense unless the user unticks this on purpose.
  const [createExpense, setCreateExpense] = useState(true);
  const [categoryId, setCategoryId] = useState('');
  const typedCost = cost.trim() ? money.parse(cost) : 0;
  const hasCost = typedCost !== null && typedCost > 0;

  const submit = async () => {
    let costCents = 0;
    if (cost.trim()) {
      const parsed = money.parse(cost);
      if (parsed === null || parsed < 0) throw new Error('Enter the cost as an amount, e.g. 125.00.');
      costCents = parsed;
    }
    const expenseWanted = createExpense && costCents > 0;
    if (expenseWanted && !categoryId)
      throw new Error('Choose the budget category for the expense of the cost, or untick “Create an expense for the cost” to record the cost without one.');
    const meterReading = countsMeter || reading.trim() ? parseOptionalMeterNumber(reading, `the meter reading (${unitLabel})`) : undefined;
    const { record, expense } = await markMaintenancePlanDone({
      planId: plan.id,
      date,
      ...(meterReading !== undefined ? { meterReading } : {}),
      checklistDone: plan.checklist.filter((l) => ticked.includes(l)),
      costCents,
      ...(performedBy.trim() ? { performedBy: performedBy.trim() } : {}),
      ...(vendorId ? { vendorId } : {}),
      ...(expenseWanted ? { createExpense: { categoryId } } : {}),
      formatDate: showDate,
    });
    const expenseNote = expense
      ? `; expense of ${money.format(expense.amountCents)} created`
      : costCents > 0
        ? `; no expense created for the cost of ${money.format(costCents)}`
        : '';
    toast(`${plan.name} done on ${showDate(record.date)}${expenseNote}`);
    onClose();
  };

  return (
    <FormDialog title={`Mark done: ${plan.name}`} submitLabel="Mark done" noValidate onClose={onClose} onSubmit={submit} size="medium">
      <div className="eqm-form">
        <p className="eqm-hint">
          {equipmentName}
          {plan.lastDone ? ` · last done ${showDate(plan.lastDone.date)}` : ' · not done before'}
        </p>
        <div className="form-grid">
          <label className="field">
            <span>Date done</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </label>
          {countsMeter ? (
            <label className="field">
              <span>{`Meter reading (${unitLabel})`}</span>
              <input value={reading} onChange={(e) => setReading(e.target.value)} inputMode="decimal" required />
            </label>
          ) : null}
        </div>
        {countsMeter && meter?.lastValue !== undefined ? (
          <p className="eqm-hint">
            What {meter.name} shows; last reading {fmt(meter.lastValue)} on {showDate(meter.lastReadingOn)}.
          </p>
        ) : null}
        {plan.checklist.length > 0 ? (
          <fieldset className="eqm-ticks">
            <legend>Checklist</legend>
            {plan.checklist.map((line, i) => (
              <label key={`${i}-${line}`} className="eqm-check">
                <input
                  type="checkbox"
                  checked={ticked.includes(line)}
                  onChange={(e) => setTicked((t) => (e.target.checked ? [...t, line] : t.filter((x) => x !== line)))}
                />
                {line}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="form-grid">
          <label className="field">
            <span>{`Cost (${money.currency})`}</span>
            <input value={cost} onChange={(e) => setCost(e.target.value)} inputMode="decimal" placeholder="0.00" />
          </label>
          <label className="field">
            <span>Performed by</span>
            <input value={performedBy} onChange={(e) => setPerformedBy(e.target.value)} maxLength={120} />
          </label>
          <VendorField value={vendorId} onChange={setVendorId} />
        </div>
        <label className="eqm-check">
          <input type="checkbox" checked={createExpense} onChange={(e) => setCreateExpense(e.target.checked)} />
          Create an expense for the cost
        </label>
        {createExpense && hasCost ? (
          <label className="field">
            <span>Budget category</span>
            <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)} required>
              <option value="">Choose a category…</option>
              {categoryOptions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.text}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <p className="eqm-hint" data-testid="mark-done-expense-hint">
          {!hasCost
            ? 'Enter a cost to create an expense; with no cost none is created.'
            : createExpense
              ? 'The cost is added to Expenses in the chosen budget category, as well as to the cost of ownership.'
              : 'No expense: the cost counts in the cost of ownership only, not in the budget.'}
        </p>
      </div>
    </FormDialog>
  );
}
