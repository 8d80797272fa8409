/**
 * `#/expenses/invoices`: vendor invoices to pay. The list shows overdue ones (computed, never
 * stored); "Due in the next 14 days" lists what to pay soon; "Mark paid" records the payment
 * date and can record the expense in the same transaction. Open invoices can be edited;
 * any invoice can be deleted (soft) after a confirmation.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
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
import { diffDays, isIsoDate, today } from '../../../../shared/lib/dates';
import { useInvoices } from '../hooks';
import { canEditInvoice, invoiceRepository, editInvoice, markInvoicePaid, usualCategoryForVendor } from '../repository';
import { useDbQuery } from '../../../db/hooks';
import { ExpensesNav } from './ExpensesNav';
import { InvoiceDelete } from './InvoiceDelete';
import { InvoiceFields } from './InvoiceFields';
import { emptyInvoiceForm, invoiceFormToDraft, invoiceToForm } from './invoiceForm';
import { useLookups, type Lookups } from './lookups';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormError } from '../../../ui/FormDialog';

export function InvoicesPage() {
  const money = useMoney();
  const lookups = useLookups();
  const invoices = useInvoices();
  const orders = usePurchaseOrders();
  const [selected, setSelected] = useState<string | null>(null);
  const now = today();
  const poNumber = useMemo(() => new Map((orders ?? []).map((o) => [o.id, o.number])), [orders]);
  const due = useMemo(() => invoicesDueWithin(invoices ?? [], now, 14), [invoices, now]);
  // Overdue ones head the list to pay, the longest overdue first (issue 16.10).
  const overdue = useMemo(
    () => (invoices ?? []).filter((i) => isInvoiceOverdue(i, now)).sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '')),
    [invoices, now],
  );
  const toPay = useMemo(() => [...overdue, ...due], [overdue, due]);
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
      { id: 'issue', header: 'Issued', value: (i) => i.issueDate, width: '7.5rem' },
      { id: 'due', header: 'Due', value: (i) => i.dueDate ?? '', width: '7.5rem' },
      {
        id: 'po',
        header: 'Purchase order',
        value: (i) => (i.purchaseOrderId ? (poNumber.get(i.purchaseOrderId) ?? '') : ''),
        // In the Columns menu: beside the list to pay, the grid has room for what pays (issue 16.7).
        defaultHidden: true,
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
        width: '6.5rem',
      },
      { id: 'paid', header: 'Paid on', value: (i) => i.paidDate ?? '', defaultHidden: true },
      {
        id: 'amount',
        header: 'Amount',
        value: (i) => i.amountCents,
        cell: (i) => money.format(i.amountCents),
        exportValue: (i) => Number(money.toInput(i.amountCents)),
        align: 'right',
        width: '7rem',
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
            {toPay.length === 0 ? (
              <p className="muted">Nothing overdue, nothing due in the next 14 days.</p>
            ) : (
              <ul className="exp-due" aria-label="Invoices to pay, overdue first">
                {toPay.map((i) => (
                  <li key={i.id} className={isInvoiceOverdue(i, now) ? 'exp-due-overdue' : undefined}>
                    <span>
                      {i.dueDate}
                      {isInvoiceOverdue(i, now) ? <span className="badge badge-warn"> overdue {diffDays(i.dueDate!, now)} d</span> : null}
                    </span>
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

/** The pay form's explicit "no category" choice (chosen on purpose, never by default). */
const NO_CATEGORY = '-';

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
  // The vendor's usual category is the default; with none known the user chooses (issue 16.10).
  const usual = useDbQuery((d) => usualCategoryForVendor(invoice.vendorId, d), [invoice.vendorId]);
  const [categoryTouched, setCategoryTouched] = useState(false);
  const chosenCategory = categoryTouched ? categoryId : (categoryId || usual || '');
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  // Back from editing, the keyboard continues at the Edit button rather than the page top.
  const [refocusEdit, setRefocusEdit] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (mode === 'view' && refocusEdit) {
      editButton.current?.focus();
      setRefocusEdit(false);
    }
  }, [mode, refocusEdit]);
  const payable = canMarkInvoicePaid(invoice);
  const editable = canEditInvoice(invoice);
  if (mode === 'edit' && editable) {
    return (
      <EditInvoice
        invoice={invoice}
        lookups={lookups}
        onDone={() => {
          setRefocusEdit(true);
          setMode('view');
        }}
      />
    );
  }
  const pay = async (e: FormEvent) => {
    e.preventDefault();
    if (!isIsoDate(paidDate)) return setError('Enter the payment date as YYYY-MM-DD.');
    try {
      if (createExpense && !chosenCategory)
        return setError(`Choose the expense category: ${lookups.vendorName(invoice.vendorId) || 'this invoice'} has no usual category yet.`);
      await markInvoicePaid(invoice.id, paidDate, {
        createExpense,
        ...(chosenCategory === NO_CATEGORY ? { uncategorized: true } : { categoryId: chosenCategory || undefined }),
      });
      toast(
        createExpense
          ? `Invoice ${invoice.number} paid and recorded as an expense`
          : `Invoice ${invoice.number} marked paid`,
      );
      onClose();
    } catch (err) {
      setError(errorMessage(err));
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
      <FormError error={error} />
      {payable ? (
        <div className="form-grid">
          <label className="field">
            <span>Paid on</span>
            <input value={paidDate} onChange={(e) => setPaidDate(e.target.value)} />
          </label>
          <label className="field">
            <span>Expense category</span>
            <select
              value={chosenCategory}
              onChange={(e) => {
                setCategoryTouched(true);
                setCategoryId(e.target.value);
              }}
              disabled={!createExpense}
            >
              <option value="">Choose a category…</option>
              {lookups.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.path}
                </option>
              ))}
              <option value={NO_CATEGORY}>Uncategorized (no category)</option>
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
        {editable ? (
          <button ref={editButton} type="button" className="btn" onClick={() => setMode('edit')}>
            Edit
          </button>
        ) : null}
        <button type="button" className="btn btn-danger" onClick={() => setMode('delete')}>
          Delete…
        </button>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
      {mode === 'delete' ? (
        <InvoiceDelete invoice={invoice} onCancel={() => setMode('view')} onDeleted={onClose} />
      ) : null}
    </form>
  );
}

function EditInvoice({
  invoice,
  lookups,
  onDone,
}: {
  invoice: Invoice;
  lookups: Lookups;
  onDone: () => void;
}) {
  const money = useMoney();
  const toast = useToast((s) => s.show);
  const [f, setF] = useState(() => invoiceToForm(invoice, money.toInput));
  const [error, setError] = useState<string | null>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const out = invoiceFormToDraft(f, money);
    if ('error' in out) return setError(out.error);
    try {
      await editInvoice(invoice.id, out.draft);
      toast(`Invoice ${f.number.trim()} saved`);
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form
      className="card"
      onSubmit={save}
      aria-label={`Edit invoice ${invoice.number}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <h2 style={{ fontSize: 15, marginTop: 0 }}>Edit invoice {invoice.number}</h2>
      <FormError error={error} />
      <InvoiceFields value={f} onChange={setF} lookups={lookups} autoFocusNumber />
      <div className="exp-actions">
        <button type="submit" className="btn btn-primary">
          Save changes
        </button>
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function NewInvoice({ lookups }: { lookups: Lookups }) {
  const money = useMoney();
  const toast = useToast((s) => s.show);
  const [f, setF] = useState(emptyInvoiceForm);
  const [error, setError] = useState<string | null>(null);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const out = invoiceFormToDraft(f, money);
    if ('error' in out) return setError(out.error);
    try {
      await invoiceRepository.create(out.draft);
      toast(`Invoice ${f.number.trim()} added`);
      setF(emptyInvoiceForm());
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form className="card" onSubmit={add} aria-label="New invoice">
      <h2 style={{ fontSize: 15, marginTop: 0 }}>New invoice</h2>
      <FormError error={error} />
      <InvoiceFields value={f} onChange={setF} lookups={lookups} />
      <div className="exp-actions">
        <button type="submit" className="btn btn-primary">
          Add invoice
        </button>
      </div>
    </form>
  );
}
