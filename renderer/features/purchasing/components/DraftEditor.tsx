/**
 * Editing a draft order: lines (stock item or free text, quantity, unit cost), shipping, tax,
 * delivery address, expected date and notes. Amounts are typed in the company's format and
 * kept as integer cents.
 */
import { Plus, X } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { centsToDecimalString, parseMoney } from '../../../../shared/lib/money';
import { newId } from '../../../../shared/lib/ids';
import type { PurchaseOrder } from '../../../../shared/domain/purchasing';
import type { Item } from '../../inventory';
import type { Vendor } from '../../vendors';
import { updateDraftPurchaseOrder } from '../repository';
import { errorMessage } from '../../../../shared/lib/errors';
import './purchasing.css';
import { FormError } from '../../../ui/FormDialog';

interface LineState {
  id: string;
  itemId: string;
  description: string;
  quantity: string;
  unitCost: string;
  receivedQuantity: number;
}

export interface DraftEditorProps {
  po: PurchaseOrder;
  vendors: readonly Vendor[];
  items: readonly Item[];
  currency: string;
  locale: string;
  /** Called after a successful save with the saved order. */
  onSaved: (po: PurchaseOrder) => void;
  /** Registers the save function so "Mark as sent" can save first. */
  saveRef: { current: (() => Promise<PurchaseOrder | null>) | null };
}

export function DraftEditor({ po, vendors, items, currency, locale, onSaved, saveRef }: DraftEditorProps) {
  const money = (c: number) => centsToDecimalString(c, currency);
  const [vendorId, setVendorId] = useState(po.vendorId);
  const [orderDate, setOrderDate] = useState(po.orderDate);
  const [expectedDate, setExpectedDate] = useState(po.expectedDate ?? '');
  const [lines, setLines] = useState<LineState[]>(() =>
    po.lines.map((l) => ({
      id: l.id,
      itemId: l.itemId ?? '',
      description: l.description,
      quantity: String(l.quantity),
      unitCost: money(l.unitCostCents),
      receivedQuantity: l.receivedQuantity,
    })),
  );
  const [shipping, setShipping] = useState(money(po.shippingCents));
  const [tax, setTax] = useState(money(po.taxCents ?? 0));
  const [deliveryAddress, setDeliveryAddress] = useState(po.deliveryAddress ?? '');
  const [notes, setNotes] = useState(po.notes ?? '');
  const [error, setError] = useState<string | null>(null);

  const itemsById = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  // The vendor's own items first, then everything else.
  const itemOptions = useMemo(
    () => [...items].sort((a, b) => Number(b.vendorId === vendorId) - Number(a.vendorId === vendorId) || a.name.localeCompare(b.name)),
    [items, vendorId],
  );

  const setLine = (id: string, patch: Partial<LineState>) => setLines((ls) => ls.map((l) => (l.id === id ? { ...l, ...patch } : l)));
  const pickItem = (id: string, itemId: string) => {
    const item = itemsById.get(itemId);
    setLine(id, item ? { itemId, description: item.name, unitCost: money(item.unitCostCents) } : { itemId: '' });
  };

  const save = async (): Promise<PurchaseOrder | null> => {
    setError(null);
    const problems: string[] = [];
    const cents = (text: string, label: string) => {
      if (text.trim() === '') return 0;
      const v = parseMoney(text, currency, locale);
      if (v === null || v < 0) problems.push(`${label}: enter an amount like ${money(1250)}`);
      return v ?? 0;
    };
    const parsedLines = lines.map((l, i) => {
      const quantity = Number(l.quantity);
      if (!Number.isInteger(quantity) || quantity < 1) problems.push(`Line ${i + 1}: the quantity must be a whole number of at least 1`);
      return {
        id: l.id,
        ...(l.itemId ? { itemId: l.itemId } : {}),
        description: l.description,
        quantity,
        unitCostCents: cents(l.unitCost, `Line ${i + 1} unit cost`),
        receivedQuantity: l.receivedQuantity,
      };
    });
    const patch = {
      vendorId,
      orderDate,
      expectedDate: expectedDate || undefined,
      lines: parsedLines,
      shippingCents: cents(shipping, 'Shipping'),
      taxCents: cents(tax, 'Tax'),
      deliveryAddress,
      notes,
    };
    if (problems.length) {
      setError(problems.join('. ') + '.');
      return null;
    }
    try {
      const saved = await updateDraftPurchaseOrder(po.id, patch);
      onSaved(saved);
      return saved;
    } catch (e) {
      setError(errorMessage(e));
      return null;
    }
  };
  // The parent's "Mark as sent" and print buttons save the latest edits first.
  useEffect(() => {
    saveRef.current = save;
    return () => {
      saveRef.current = null;
    };
  });

  return (
    <section className="card" aria-label="Edit draft order" style={{ display: 'grid', gap: 12 }}>
      <FormError error={error} />
      <div className="form-grid">
        <label className="field">
          <span>Vendor</span>
          <select value={vendorId} onChange={(e) => setVendorId(e.target.value)}>
            {vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Order date</span>
          <input type="date" value={orderDate} onChange={(e) => setOrderDate(e.target.value)} required />
        </label>
        <label className="field">
          <span>Expected delivery</span>
          <input type="date" value={expectedDate} onChange={(e) => setExpectedDate(e.target.value)} />
        </label>
      </div>
      <div className="table-wrap">
        <table className="data-table po-lines-edit" aria-label="Order lines">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Description</th>
              <th scope="col" className="num">Quantity</th>
              <th scope="col" className="num">Unit cost</th>
              <th scope="col" className="num">Line total</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => {
              const q = Number(l.quantity);
              const c = parseMoney(l.unitCost, currency, locale);
              const total = Number.isInteger(q) && c !== null ? q * c : null;
              return (
                <tr key={l.id}>
                  <td>
                    <select aria-label={`Line ${i + 1} item`} value={l.itemId} onChange={(e) => pickItem(l.id, e.target.value)}>
                      <option value="">Not a stock item</option>
                      {itemOptions.map((it) => (
                        <option key={it.id} value={it.id}>
                          {it.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input aria-label={`Line ${i + 1} description`} value={l.description} onChange={(e) => setLine(l.id, { description: e.target.value })} />
                  </td>
                  <td className="num">
                    <input
                      className="qty"
                      type="number"
                      min={1}
                      step={1}
                      aria-label={`Line ${i + 1} quantity`}
                      value={l.quantity}
                      onChange={(e) => setLine(l.id, { quantity: e.target.value })}
                    />
                  </td>
                  <td className="num">
                    <input
                      className="money"
                      inputMode="decimal"
                      aria-label={`Line ${i + 1} unit cost`}
                      value={l.unitCost}
                      onChange={(e) => setLine(l.id, { unitCost: e.target.value })}
                    />
                  </td>
                  <td className="num">{total === null ? '—' : centsToDecimalString(total, currency)}</td>
                  <td>
                    <button type="button" className="btn" aria-label={`Remove line ${i + 1}`} onClick={() => setLines((ls) => ls.filter((x) => x.id !== l.id))}>
                      <X size={14} aria-hidden="true" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div>
        <button
          type="button"
          className="btn"
          onClick={() => setLines((ls) => [...ls, { id: newId(), itemId: '', description: '', quantity: '1', unitCost: money(0), receivedQuantity: 0 }])}
        >
          <Plus size={14} aria-hidden="true" /> Add line
        </button>
      </div>
      <div className="form-grid">
        <label className="field">
          <span>Shipping</span>
          <input inputMode="decimal" value={shipping} onChange={(e) => setShipping(e.target.value)} />
        </label>
        <label className="field">
          <span>Tax</span>
          <input inputMode="decimal" value={tax} onChange={(e) => setTax(e.target.value)} />
        </label>
        <label className="field wide">
          <span>Delivery address (blank = the company address)</span>
          <textarea rows={2} value={deliveryAddress} onChange={(e) => setDeliveryAddress(e.target.value)} />
        </label>
        <label className="field wide">
          <span>Notes for the vendor</span>
          <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </label>
      </div>
      <div>
        <button type="button" className="btn btn-primary" onClick={() => void save()}>
          Save draft
        </button>
      </div>
    </section>
  );
}
