/**
 * The two repair dialogs (issue 12.5): "Report a problem…" (who, what, when; the item goes
 * under repair) and "Repair done…" (when, who fixed it, the cost as a new expense in a budget
 * category or a link to an existing expense, and the parts taken from stock). Both save in one
 * step through repairs.ts; a refusal (not enough stock, a fix before the report) shows as a
 * sentence and keeps everything typed.
 */
import { Plus, Trash2 } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import type { Equipment } from '../../../../shared/domain/equipment';
import { addDays, formatDate, today as todayIso } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { FormDialog } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { buildCategoryTree, useBudgetCategories, useMoney, type CategoryNode } from '../../budget';
import { useExpensesBetween } from '../../expenses';
import { useItems } from '../../inventory';
import { useEmployees } from '../../people';
import { useVendors } from '../../vendors';
import { completeEquipmentRepair, reportEquipmentRepair, type Repair } from '../repairs';
import './fields.css';

function flattenCategories(nodes: readonly CategoryNode[], parents: string[] = []): { id: string; text: string }[] {
  return nodes.flatMap((n) => [
    { id: n.category.id, text: [...parents, n.category.name].join(' / ') },
    ...flattenCategories(n.children, [...parents, n.category.name]),
  ]);
}

/** "Report a problem…": who reported it (typed, or a person from People), the problem and the day. */
export function ReportProblemDialog({ equipment, onClose }: { equipment: Equipment; onClose: () => void }) {
  const people = useEmployees();
  const toast = useToast((s) => s.show);
  const listId = useId();
  const [reportedBy, setReportedBy] = useState('');
  const [problem, setProblem] = useState('');
  const [reportedOn, setReportedOn] = useState(todayIso());

  const save = async () => {
    if (!problem.trim()) throw new Error('Describe the problem.');
    const name = reportedBy.trim();
    const person = name ? (people ?? []).find((p) => p.name.toLowerCase() === name.toLowerCase()) : undefined;
    await reportEquipmentRepair({
      equipmentId: equipment.id,
      reportedBy: person?.name ?? name,
      reportedByPersonId: person?.id,
      problem: problem.trim(),
      reportedOn,
    });
    toast(`${equipment.name} is now under repair`);
    onClose();
  };

  return (
    <FormDialog title={`Report a problem with ${equipment.name}`} submitLabel="Report problem" onSubmit={save} onClose={onClose} noValidate>
      <div className="eqr-form">
        <div className="field">
          <label htmlFor={`${listId}-by`} className="eq-field-caption">
            Reported by
          </label>
          <input
            id={`${listId}-by`}
            value={reportedBy}
            onChange={(e) => setReportedBy(e.target.value)}
            list={listId}
            autoComplete="off"
            placeholder="A name, or pick someone from People"
            autoFocus
          />
          <datalist id={listId}>
            {(people ?? []).map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
        </div>
        <label className="field">
          <span>Problem</span>
          <textarea value={problem} onChange={(e) => setProblem(e.target.value)} rows={3} maxLength={2000} required />
        </label>
        <label className="field">
          <span>Date reported</span>
          <input type="date" value={reportedOn} onChange={(e) => setReportedOn(e.target.value)} required />
        </label>
        <p className="eqr-hint">The item shows as under repair until the repair is marked done.</p>
      </div>
    </FormDialog>
  );
}

interface PartRow {
  key: number;
  itemId: string;
  quantity: string;
}

type ExpenseChoice = 'create' | 'link' | 'none';

/**
 * "Repair done…": the fix date, a vendor or an in-house name, the cost (a new expense in the
 * chosen budget category, or an existing expense linked), and parts from stock.
 */
export function RepairDoneDialog({ equipment, repair, onClose }: { equipment: Equipment; repair: Repair; onClose: () => void }) {
  const vendors = useVendors();
  const items = useItems();
  const categories = useBudgetCategories();
  const money = useMoney();
  const { locale } = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const today = todayIso();
  const expenses = useExpensesBetween(addDays(repair.reportedOn, -60), addDays(today > repair.reportedOn ? today : repair.reportedOn, 60));
  const categoryOptions = useMemo(() => flattenCategories(buildCategoryTree(categories ?? [])), [categories]);
  const itemOptions = useMemo(() => [...(items ?? [])].sort((a, b) => a.name.localeCompare(b.name)), [items]);
  const itemById = useMemo(() => new Map((items ?? []).map((i) => [i.id, i])), [items]);

  const [fixedOn, setFixedOn] = useState(today < repair.reportedOn ? repair.reportedOn : today);
  const [fixedBy, setFixedBy] = useState<'vendor' | 'in-house'>('vendor');
  const [vendorId, setVendorId] = useState('');
  const [fixedByName, setFixedByName] = useState('');
  const [cost, setCost] = useState('');
  const [expenseChoice, setExpenseChoice] = useState<ExpenseChoice>('create');
  const [categoryId, setCategoryId] = useState('');
  const [linkExpenseId, setLinkExpenseId] = useState('');
  const [parts, setParts] = useState<PartRow[]>([]);
  const [nextKey, setNextKey] = useState(1);

  const setPart = (key: number, patch: Partial<PartRow>) => setParts((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const addPart = () => {
    setParts((rows) => [...rows, { key: nextKey, itemId: '', quantity: '1' }]);
    setNextKey((k) => k + 1);
  };

  const save = async () => {
    if (fixedBy === 'vendor' && !vendorId) throw new Error('Choose the vendor that fixed it, or pick "In house".');
    const costCents = cost.trim() === '' ? 0 : money.parse(cost);
    if (costCents === null || costCents < 0) throw new Error('Enter the cost as an amount, like 189.50 (or leave it empty).');
    if (expenseChoice === 'link' && !linkExpenseId) throw new Error('Choose the expense to link, or create a new one.');
    const chosenParts = parts.filter((p) => p.itemId || p.quantity.trim() !== '1');
    for (const p of chosenParts) {
      if (!p.itemId) throw new Error('Choose the item for each part, or remove the empty line.');
      const q = Number(p.quantity);
      if (!Number.isInteger(q) || q < 1) throw new Error(`Enter a whole number of at least 1 for ${itemById.get(p.itemId)?.name ?? 'each part'}.`);
    }
    const { expense, movements } = await completeEquipmentRepair(repair.id, {
      fixedOn,
      fixedBy,
      vendorId: fixedBy === 'vendor' ? vendorId : undefined,
      fixedByName: fixedByName.trim() || undefined,
      costCents,
      categoryId: expenseChoice === 'create' && categoryId ? categoryId : undefined,
      linkExpenseId: expenseChoice === 'link' ? linkExpenseId : undefined,
      createExpense: expenseChoice === 'create',
      parts: chosenParts.map((p) => ({ itemId: p.itemId, quantity: Number(p.quantity) })),
    });
    const bits = [`Repair of ${equipment.name} done`];
    if (expense) bits.push(expenseChoice === 'link' ? 'expense linked' : `expense of ${money.format(expense.amountCents)} created`);
    if (movements.length) bits.push(`${movements.length} part${movements.length === 1 ? '' : 's'} issued from stock`);
    toast(bits.join('; '));
    onClose();
  };

  const costCents = cost.trim() === '' ? 0 : money.parse(cost);
  const hasCost = costCents !== null && costCents > 0;
  const linkable = (expenses ?? []).slice().sort((a, b) => b.date.localeCompare(a.date));

  return (
    <FormDialog title={`Repair done: ${equipment.name}`} submitLabel="Save repair" onSubmit={save} onClose={onClose} size="medium" noValidate>
      <div className="eqr-form">
        <p className="eqr-hint eqr-problem">
          Reported on {formatDate(repair.reportedOn, locale)}: {repair.problem}
        </p>
        <div className="eqr-grid">
          <label className="field">
            <span>Date fixed</span>
            <input type="date" value={fixedOn} min={repair.reportedOn} onChange={(e) => setFixedOn(e.target.value)} required autoFocus />
          </label>
          <fieldset className="eqr-choice">
            <legend>Fixed by</legend>
            <label>
              <input type="radio" name="fixedBy" value="vendor" checked={fixedBy === 'vendor'} onChange={() => setFixedBy('vendor')} /> A vendor
            </label>
            <label>
              <input type="radio" name="fixedBy" value="in-house" checked={fixedBy === 'in-house'} onChange={() => setFixedBy('in-house')} /> In house
            </label>
          </fieldset>
          {fixedBy === 'vendor' ? (
            <label className="field">
              <span>Vendor</span>
              <select value={vendorId} onChange={(e) => setVendorId(e.target.value)}>
                <option value="">Choose a vendor…</option>
                {(vendors ?? []).map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="field">
            <span>{fixedBy === 'vendor' ? 'Technician (optional)' : 'Fixed by (name)'}</span>
            <input value={fixedByName} onChange={(e) => setFixedByName(e.target.value)} maxLength={120} />
          </label>
          <label className="field">
            <span>Cost ({money.currency})</span>
            <input inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} placeholder="0.00" />
          </label>
        </div>

        <fieldset className="eqr-choice eqr-expense">
          <legend>Expense</legend>
          <label>
            <input type="radio" name="expense" value="create" checked={expenseChoice === 'create'} onChange={() => setExpenseChoice('create')} /> Create an expense for the cost
          </label>
          <label>
            <input type="radio" name="expense" value="link" checked={expenseChoice === 'link'} onChange={() => setExpenseChoice('link')} /> Link an existing expense
          </label>
          <label>
            <input type="radio" name="expense" value="none" checked={expenseChoice === 'none'} onChange={() => setExpenseChoice('none')} /> No expense
          </label>
          {expenseChoice === 'create' ? (
            <label className="field">
              <span>Budget category</span>
              <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
                <option value="">Uncategorized</option>
                {categoryOptions.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.text}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {expenseChoice === 'create' && !hasCost ? <p className="eqr-hint">Enter a cost to create an expense; without one none is created.</p> : null}
          {expenseChoice === 'link' ? (
            <label className="field">
              <span>Expense to link</span>
              <select
                value={linkExpenseId}
                onChange={(e) => {
                  setLinkExpenseId(e.target.value);
                  const picked = linkable.find((x) => x.id === e.target.value);
                  if (picked && cost.trim() === '') setCost(money.toInput(picked.amountCents));
                }}
              >
                <option value="">Choose an expense…</option>
                {linkable.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.date} · {x.description} · {money.format(x.amountCents)}
                  </option>
                ))}
              </select>
              {linkable.length === 0 ? <span className="eqr-hint">No expenses within two months of the report.</span> : null}
            </label>
          ) : null}
        </fieldset>

        <fieldset className="eqr-parts">
          <legend>Parts from stock</legend>
          {parts.length === 0 ? <p className="eqr-hint">No parts. Parts added here are issued from Inventory when you save.</p> : null}
          {parts.map((p, i) => {
            const item = itemById.get(p.itemId);
            return (
              <div className="eqr-part" key={p.key}>
                <label className="field">
                  <span>Part {i + 1}</span>
                  <select value={p.itemId} onChange={(e) => setPart(p.key, { itemId: e.target.value })}>
                    <option value="">Choose an item…</option>
                    {itemOptions.map((it) => (
                      <option key={it.id} value={it.id}>
                        {it.name} ({it.quantityOnHand} {it.unit} on hand)
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field eqr-qty">
                  <span>Quantity of part {i + 1}</span>
                  <input type="number" min={1} step={1} value={p.quantity} onChange={(e) => setPart(p.key, { quantity: e.target.value })} />
                </label>
                <span className="eqr-onhand" aria-live="polite">
                  {item ? `On hand: ${item.quantityOnHand} ${item.unit}` : ''}
                </span>
                <button type="button" className="btn" aria-label={`Remove part ${i + 1}`} onClick={() => setParts((rows) => rows.filter((r) => r.key !== p.key))}>
                  <Trash2 size={14} aria-hidden="true" />
                </button>
              </div>
            );
          })}
          <div>
            <button type="button" className="btn" onClick={addPart}>
              <Plus size={14} aria-hidden="true" /> Add a part
            </button>
          </div>
        </fieldset>
      </div>
    </FormDialog>
  );
}
