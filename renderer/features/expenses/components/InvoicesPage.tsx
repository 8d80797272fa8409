/**
 * `#/expenses/invoices`: vendor invoices to pay. The list shows overdue ones (computed, never
 * stored); "Due in the next 14 days" lists what to pay soon; "Mark paid" records the payment
 * date and can record the expense in the same transaction.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useToast } from '../../../ui/Toast';
import { useMoney } from '../../budget';
import { usePurchaseOrders } from '../../purchasing';
import {
  INVOICE_STATUS_LABELS,
  canMarkInvoicePaid,
  invoicesDueWithin,
  isInvoiceOverdue,
  type Invoice,
} from '../../../../shared/domain/expenses';
import { isIsoDate, today } from '../../../../shared/lib/dates';
import { useInvoices } from '../hooks';
import { createInvoice, markInvoicePaid } from '../repository';
import { ExpensesNav } from './ExpensesNav';
import { useLookups, type Lookups } from './lookups';

export function InvoicesPage() {
  const money = useMoney();
  const lookups = useLookups();
  const invoices = useInvoices();
  const orders = usePurchaseOrders();
  const [selected, setSelected] = useState<string | null>(null);
  const now = today();
  const poNumber = useMemo(() => new Map((orders ?? []).map((o) => [o.id, o.number])), [orders]);
  const due = useMemo(() => invoicesDueWithin(invoices ?? [], now, 14), [invoices, now]);
  const overdue = useMemo(
    () => (invoices ?? []).filter((i) => isInvoiceOverdue(i, now)),
    [invoices, now],
  );
  const current = (invoices ?? []).find((i) => i.id === selected);

  const statusOf = (i: Invoice) =>
    isInvoiceOverdue(i, now) ? 'Overdue' : INVOICE_STATUS_LABELS[i.status];
  const columns = useMemo<GridColumn<Invoice>[]>(
    () => [
      {
        id: 'vendor',
        header: 'Vendor',
        value: (i) => lookups.vendorName(i.vendorId),
        filter: 'select',
      },
      { id: 'number', header: 'Number', value: (i) => i.number },
      { id: 'issue', header: 'Issued', value: (i) => i.issueDate, width: '7rem' },
      { id: 'due', header: 'Due', value: (i) => i.dueDate ?? '', width: '7rem' },
      {
        id: 'po',
        header: 'Purchase order',
        value: (i) => (i.purchaseOrderId ? (poNumber.get(i.purchaseOrderId) ?? '') : ''),
      },
      {
        id: 'status',
        header: 'Status',
        value: statusOf,
        cell: (i) => (
          <span
            className={`badge${isInvoiceOverdue(i, now) ? ' badge-warn' : i.status === 'paid' ? ' badge-ok' : ''}`}
          >
            {statusOf(i)}
          </span>
        ),
        filter: 'select',
      },
      { id: 'paid', header: 'Paid on', value: (i) => i.paidDate ?? '', defaultHidden: true },
      {
        id: 'amount',
        header: 'Amount',
        value: (i) => i.amountCents,
        cell: (i) => money.format(i.amountCents),
        exportValue: (i) => Number(money.toInput(i.amountCents)),
        align: 'right',
        searchable: false,
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- statusOf only reads `now`
    [lookups, money, poNumber, now],
  );

  return (
    <div className="page">
      <ExpensesNav current="invoices" />
      <div className="exp-inv-layout">
        <div>
          <DataGrid
            id="expenses.invoices"
            label="Invoices"
            rows={invoices ?? []}
            columns={columns}
            getRowId={(i) => i.id}
            onActivate={(i) => setSelected(i.id)}
            exportName="invoices"
            height="55vh"
            empty={<p className="empty-state">No invoices yet. Add the first one on the right.</p>}
          />
        </div>
        <div style={{ display: 'grid', gap: 16 }}>
          <section className="card" aria-labelledby="inv-due">
            <h2 id="inv-due" style={{ fontSize: 15, marginTop: 0 }}>
              Due in the next 14 days
            </h2>
            {overdue.length > 0 ? (
              <p className="badge badge-warn">{overdue.length} overdue</p>
            ) : null}
            {due.length === 0 ? (
              <p className="muted">Nothing due in the next 14 days.</p>
            ) : (
              <ul className="exp-due">
                {due.map((i) => (
                  <li key={i.id}>
                    <span>{i.dueDate}</span>
                    <span className="grow">
                      {lookups.vendorName(i.vendorId) || 'No vendor'} · {i.number}
                    </span>
                    <span className="exp-num">{money.format(i.amountCents)}</span>
                    <button
                      type="button"
                      className="btn"
                      onClick={() => setSelected(i.id)}
                      aria-label={`Pay ${i.number}`}
                    >
                      Pay
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {current ? (
            <PayInvoice
              key={current.id}
              invoice={current}
              lookups={lookups}
              onClose={() => setSelected(null)}
            />
          ) : (
            <NewInvoice lookups={lookups} />
          )}
        </div>
      </div>
    </div>
  );
}

function PayInvoice({
  invoice,
  lookups,
  onClose,
}: {
  invoice: Invoice;
  lookups: Lookups;
  onClose: () => void;
}) {
  const money = useMoney();
  const toast = useToast((s) => s.show);
  const [paidDate, setPaidDate] = useState(today());
  const [createExpense, setCreateExpense] = useState(true);
  const [categoryId, setCategoryId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const payable = canMarkInvoicePaid(invoice);
  const pay = async (e: FormEvent) => {
    e.preventDefault();
    if (!isIsoDate(paidDate)) return setError('Enter the payment date as YYYY-MM-DD.');
    try {
      await markInvoicePaid(invoice.id, paidDate, {
        createExpense,
        categoryId: categoryId || undefined,
      });
      toast(
        createExpense
          ? `Invoice ${invoice.number} paid and recorded as an expense`
          : `Invoice ${invoice.number} marked paid`,
      );
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form className="card" onSubmit={pay} aria-label={`Invoice ${invoice.number}`}>
      <h2 style={{ fontSize: 15, marginTop: 0 }}>
        Invoice {invoice.number} · {money.format(invoice.amountCents)}
      </h2>
      <p className="muted">
        {lookups.vendorName(invoice.vendorId) || 'No vendor'} · issued {invoice.issueDate}
        {invoice.dueDate ? ` · due ${invoice.dueDate}` : ''} ·{' '}
        {INVOICE_STATUS_LABELS[invoice.status]}
        {invoice.paidDate ? ` on ${invoice.paidDate}` : ''}
      </p>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      {payable ? (
        <div className="form-grid">
          <label className="field">
            <span>Paid on</span>
            <input value={paidDate} onChange={(e) => setPaidDate(e.target.value)} />
          </label>
          <label className="field">
            <span>Expense category</span>
            <select
              value={categoryId}
              onChange={(e) => setCategoryId(e.target.value)}
              disabled={!createExpense}
            >
              <option value="">Uncategorized</option>
              {lookups.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.path}
                </option>
              ))}
            </select>
          </label>
          <label className="wide" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <input
              type="checkbox"
              checked={createExpense}
              onChange={(e) => setCreateExpense(e.target.checked)}
            />
            Record the payment as an expense
          </label>
        </div>
      ) : null}
      <div className="exp-actions">
        {payable ? (
          <button type="submit" className="btn btn-primary">
            Mark paid
          </button>
        ) : null}
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}

function NewInvoice({ lookups }: { lookups: Lookups }) {
  const money = useMoney();
  const toast = useToast((s) => s.show);
  const orders = usePurchaseOrders();
  const empty = {
    vendorId: '',
    number: '',
    issueDate: today(),
    dueDate: '',
    amount: '',
    purchaseOrderId: '',
  };
  const [f, setF] = useState(empty);
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const cents = money.parse(f.amount);
    if (cents === null) return setError(`Enter the amount in ${money.currency}.`);
    try {
      await createInvoice({
        number: f.number,
        vendorId: f.vendorId || undefined,
        issueDate: f.issueDate,
        dueDate: f.dueDate || undefined,
        amountCents: cents,
        purchaseOrderId: f.purchaseOrderId || undefined,
      });
      toast(`Invoice ${f.number.trim()} added`);
      setF(empty);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const vendorOrders = (orders ?? []).filter((o) => !f.vendorId || o.vendorId === f.vendorId);
  return (
    <form className="card" onSubmit={add} aria-label="New invoice">
      <h2 style={{ fontSize: 15, marginTop: 0 }}>New invoice</h2>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-grid">
        <label className="field wide">
          <span>Vendor</span>
          <select value={f.vendorId} onChange={set('vendorId')}>
            <option value="">—</option>
            {lookups.vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Invoice number</span>
          <input value={f.number} onChange={set('number')} />
        </label>
        <label className="field">
          <span>Amount</span>
          <input
            value={f.amount}
            onChange={set('amount')}
            inputMode="decimal"
            className="exp-num"
          />
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
      <div className="exp-actions">
        <button type="submit" className="btn btn-primary">
          Add invoice
        </button>
      </div>
    </form>
  );
}
