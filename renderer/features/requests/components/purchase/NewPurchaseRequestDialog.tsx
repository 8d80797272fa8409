/**
 * "New purchase request" (issue 17.2), keyboard first: what to buy (typing a stock item's
 * name links the item from Inventory and fills its cost and usual vendor; anything else is
 * free text), quantity, estimated unit cost, budget category, who asks, why, preferred vendor.
 * Beside the fields: the total, whether it needs approval (the office's threshold) or is
 * approved automatically, and the category's money this fiscal year before and after it.
 */
import { useId, useMemo, useState } from 'react';
import { purchaseRequestTotalCents } from '../../../../../shared/domain/purchaseRequests';
import { FormDialog } from '../../../../ui/FormDialog';
import { SelectField } from '../../../../ui/SelectField';
import { buildCategoryTree, useBudgetCategories, type CategoryNode, type MoneyTools } from '../../../budget';
import { useItems } from '../../../inventory';
import { useActiveEmployees } from '../../../people';
import { useVendors } from '../../../vendors';
import { createPurchaseRequest, requestBudget, type PurchaseRequest, type PurchaseRequestBoard } from '../../purchaseRequests';
import { ApprovalNote, BudgetBox } from './BudgetAndApproval';

export function flattenCategories(nodes: readonly CategoryNode[], parents: string[] = []): { id: string; text: string }[] {
  return nodes.flatMap((n) => [
    { id: n.category.id, text: [...parents, n.category.name].join(' / ') },
    ...flattenCategories(n.children, [...parents, n.category.name]),
  ]);
}

/** At most this many stock items are offered as the user types (the list stays quick with 100,000 items). */
const ITEM_SUGGESTIONS = 40;

export function NewPurchaseRequestDialog({
  board,
  money,
  fiscalYearLabel,
  onClose,
  onSaved,
}: {
  board: PurchaseRequestBoard;
  money: MoneyTools;
  fiscalYearLabel: string;
  onClose: () => void;
  onSaved: (r: PurchaseRequest) => void;
}) {
  const items = useItems();
  const people = useActiveEmployees();
  const vendors = useVendors();
  const categories = useBudgetCategories();
  const listId = useId();
  const [description, setDescription] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [unitCost, setUnitCost] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [requesterId, setRequesterId] = useState('');
  const [vendorId, setVendorId] = useState('');
  const [reason, setReason] = useState('');

  const categoryOptions = useMemo(() => flattenCategories(buildCategoryTree(categories ?? [])), [categories]);
  const itemByName = useMemo(() => {
    const m = new Map<string, NonNullable<typeof items>[number]>();
    for (const i of items ?? []) if (!m.has(i.name.toLowerCase())) m.set(i.name.toLowerCase(), i);
    return m;
  }, [items]);
  const item = itemByName.get(description.trim().toLowerCase());
  const suggestions = useMemo(() => {
    const q = description.trim().toLowerCase();
    const out: string[] = [];
    for (const i of items ?? []) {
      if (out.length >= ITEM_SUGGESTIONS) break;
      if (!q || i.name.toLowerCase().includes(q)) out.push(i.name);
    }
    return out;
  }, [items, description]);
  const vendorName = useMemo(() => new Map((vendors ?? []).map((v) => [v.id, v.name])), [vendors]);

  const onDescription = (text: string) => {
    setDescription(text);
    const linked = itemByName.get(text.trim().toLowerCase());
    // Picking a stock item fills what the office already knows about it (only what is still empty).
    if (linked) {
      if (!unitCost.trim() && linked.unitCostCents > 0) setUnitCost(money.toInput(linked.unitCostCents));
      if (!vendorId && linked.vendorId) setVendorId(linked.vendorId);
    }
  };

  const qty = Number(quantity);
  const unitCents = unitCost.trim() === '' ? null : money.parse(unitCost);
  const totalCents = Number.isInteger(qty) && qty >= 1 && unitCents !== null && unitCents >= 0 ? purchaseRequestTotalCents({ quantity: qty, estimatedUnitCostCents: unitCents }) : null;
  const standing = categoryId ? board.standings.get(categoryId) : undefined;
  const budget = categoryId && totalCents !== null ? requestBudget(board, { id: '', budgetCategoryId: categoryId, quantity: qty, estimatedUnitCostCents: unitCents ?? 0 }) : standing ? requestBudget(board, { id: '', budgetCategoryId: categoryId, quantity: 1, estimatedUnitCostCents: 0 }) : undefined;

  const save = async () => {
    if (!description.trim()) throw new Error('Say what to buy.');
    if (!Number.isInteger(qty) || qty < 1) throw new Error('Enter the quantity as a whole number of at least 1.');
    if (unitCents === null || unitCents < 0) throw new Error('Enter the estimated cost of one, like 349.00.');
    if (!requesterId) throw new Error('Choose who asks for it.');
    const requester = (people ?? []).find((p) => p.id === requesterId);
    const saved = await createPurchaseRequest({
      description: description.trim(),
      itemId: item?.id,
      quantity: qty,
      estimatedUnitCostCents: unitCents,
      budgetCategoryId: categoryId || undefined,
      requesterId,
      requesterName: requester?.name,
      vendorId: vendorId || undefined,
      reason: reason.trim() || undefined,
    });
    onSaved(saved);
  };

  return (
    <FormDialog title="New purchase request" submitLabel="Submit request" onSubmit={save} onClose={onClose} size="large" noValidate>
      <div className="prq-form">
        <div className="prq-fields">
          <div className="field wide">
            <label htmlFor={`${listId}-what`} className="field-caption">
              What to buy
            </label>
            <input
              id={`${listId}-what`}
              value={description}
              onChange={(e) => onDescription(e.target.value)}
              list={`${listId}-items`}
              autoComplete="off"
              maxLength={300}
              autoFocus
              aria-describedby={`${listId}-what-hint`}
            />
            <datalist id={`${listId}-items`}>
              {suggestions.map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
            <p id={`${listId}-what-hint`} className="prq-hint">
              {item
                ? `Stock item from Inventory: ${item.quantityOnHand} on hand${item.vendorId && vendorName.get(item.vendorId) ? `, usually from ${vendorName.get(item.vendorId)}` : ''}.`
                : description.trim()
                  ? 'Not a stock item: it goes on the order as a free-text line.'
                  : 'Type a stock item’s name to link it, or describe anything else.'}
            </p>
          </div>
          <label className="field">
            <span>Quantity</span>
            <input type="number" inputMode="numeric" min={1} step={1} value={quantity} onChange={(e) => setQuantity(e.target.value)} />
          </label>
          <label className="field">
            <span>Estimated cost of one ({money.currency})</span>
            <input inputMode="decimal" value={unitCost} onChange={(e) => setUnitCost(e.target.value)} autoComplete="off" />
          </label>
          <SelectField label="Budget category" value={categoryId} onChange={setCategoryId}>
            <option value="">{categories === undefined ? 'Loading…' : categoryOptions.length ? 'Choose a category…' : 'No categories in Budget yet'}</option>
            {categoryOptions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.text}
              </option>
            ))}
          </SelectField>
          <SelectField label="Requested by" value={requesterId} onChange={setRequesterId}>
            <option value="">{people === undefined ? 'Loading…' : people.length ? 'Choose a person…' : 'Nobody in People yet'}</option>
            {(people ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.department ? ` — ${p.department}` : ''}
              </option>
            ))}
          </SelectField>
          <SelectField label="Preferred vendor" value={vendorId} onChange={setVendorId} className="field wide">
            <option value="">No preference (chosen when ordering)</option>
            {(vendors ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </SelectField>
          <label className="field wide">
            <span>Reason</span>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={2000} />
          </label>
        </div>
        <div className="prq-side">
          <section className="prq-box" aria-label="Estimated total">
            <h3>Estimated total</h3>
            <p className="prq-total">{totalCents === null ? '—' : money.format(totalCents)}</p>
          </section>
          <ApprovalNote totalCents={totalCents} setting={board.setting} money={money} />
          <BudgetBox standing={standing} budget={budget} money={money} fiscalYearLabel={fiscalYearLabel} />
        </div>
      </div>
    </FormDialog>
  );
}
