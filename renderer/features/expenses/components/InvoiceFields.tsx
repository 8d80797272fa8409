/** The invoice form's controls, shared by "New invoice" and "Edit invoice". */
import { useId, type ChangeEvent } from 'react';
import { dueDateFromTerms } from '../../../../shared/domain/vendors';
import { isIsoDate } from '../../../../shared/lib/dates';
import { useVendors } from '../../vendors';
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
  const hintId = useId();
  const orders = usePurchaseOrders();
  const vendors = useVendors();
  const vendorOf = (id: string) => (vendors ?? []).find((v) => v.id === id);
  // Until the user types a due date, it follows the vendor's payment terms (issue 16.10).
  const withDue = (next: InvoiceFormFields): InvoiceFormFields =>
    next.dueTyped || !isIsoDate(next.issueDate) ? next : { ...next, dueDate: dueDateFromTerms(next.issueDate, vendorOf(next.vendorId)).dueDate };
  const set =
    (k: keyof InvoiceFormFields) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange(k === 'dueDate' ? { ...f, dueDate: e.target.value, dueTyped: e.target.value.trim() !== '' } : withDue({ ...f, [k]: e.target.value }));
  const basis = isIsoDate(f.issueDate) ? dueDateFromTerms(f.issueDate, vendorOf(f.vendorId)) : undefined;
  const dueHint = f.dueTyped
    ? basis && basis.dueDate !== f.dueDate
      ? `Typed; the terms say ${basis.dueDate}`
      : 'Typed'
    : basis
      ? `From ${basis.basis}`
      : 'Enter the issue date first';

  const vendorOrders = (orders ?? []).filter(
    (o) => !f.vendorId || o.vendorId === f.vendorId || o.id === f.purchaseOrderId,
  );
  return (
    <div className="form-grid">
      <VendorSelect
        lookups={lookups}
        value={f.vendorId}
        onChange={(vendorId) => onChange(withDue({ ...f, vendorId }))}
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
      <div className="field">
        <label htmlFor={`${hintId}-due-input`} className="field-caption">Due date</label>
        <input id={`${hintId}-due-input`} value={f.dueDate} onChange={set('dueDate')} placeholder="YYYY-MM-DD" aria-required="true" aria-describedby={`${hintId}-due`} />
        <span className="muted" id={`${hintId}-due`} style={{ fontSize: 12 }}>
          {dueHint}
        </span>
      </div>
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
