/** The invoice form's controls, shared by "New invoice" and "Edit invoice". */
import type { ChangeEvent } from 'react';
import { usePurchaseOrders } from '../../purchasing';
import type { InvoiceFormFields } from './invoiceForm';
import { VendorSelect } from './LookupSelects';
import type { Lookups } from './lookups';

export function InvoiceFields({
  value: f,
  onChange,
  lookups,
  autoFocusNumber = false,
}: {
  value: InvoiceFormFields;
  onChange: (next: InvoiceFormFields) => void;
  lookups: Lookups;
  autoFocusNumber?: boolean;
}) {
  const orders = usePurchaseOrders();
  const set =
    (k: keyof InvoiceFormFields) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...f, [k]: e.target.value });
  const vendorOrders = (orders ?? []).filter(
    (o) => !f.vendorId || o.vendorId === f.vendorId || o.id === f.purchaseOrderId,
  );
  return (
    <div className="form-grid">
      <VendorSelect
        lookups={lookups}
        value={f.vendorId}
        onChange={(vendorId) => onChange({ ...f, vendorId })}
        className="field wide"
      />
      <label className="field">
        <span>Invoice number</span>
        <input value={f.number} onChange={set('number')} autoFocus={autoFocusNumber} />
      </label>
      <label className="field">
        <span>Amount</span>
        <input value={f.amount} onChange={set('amount')} inputMode="decimal" className="exp-num" />
      </label>
      <label className="field">
        <span>Issue date</span>
        <input value={f.issueDate} onChange={set('issueDate')} placeholder="YYYY-MM-DD" />
      </label>
      <label className="field">
        <span>Due date</span>
        <input value={f.dueDate} onChange={set('dueDate')} placeholder="YYYY-MM-DD" />
      </label>
      <label className="field wide">
        <span>Purchase order</span>
        <select value={f.purchaseOrderId} onChange={set('purchaseOrderId')}>
          <option value="">—</option>
          {vendorOrders.map((o) => (
            <option key={o.id} value={o.id}>
              {o.number}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
