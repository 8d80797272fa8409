/** One expense beside the list: edit its fields, move its status, attach and preview a receipt. */
import { useState, type FormEvent } from 'react';
import { formatDate, parseTypedDate, typedDateExample } from '../../../../shared/lib/dates';
import {
  EXPENSE_STATUS_LABELS,
  expenseStatus,
  nextExpenseStatuses,
  type Expense,
  type PaymentMethod,
} from '../../../../shared/domain/expenses';
import { useMoney } from '../../budget';
import { useToast } from '../../../ui/Toast';
import { useExpense } from '../hooks';
import { attachReceipt, changeExpenseStatus, expenseRepository } from '../repository';
import { ReceiptPreview } from './ReceiptPreview';
import { CategorySelect, PaymentSelect, PersonSelect, VendorSelect } from './LookupSelects';
import type { Lookups } from './lookups';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormError } from '../../../ui/FormDialog';
import { expenseAmountProblem } from '../../../../shared/domain/expenses';

const STATUS_ACTIONS: Record<string, string> = {
  approved: 'Approve',
  rejected: 'Reject',
  reimbursed: 'Mark reimbursed',
  submitted: 'Resubmit',
};

export function ExpenseDetail({
  id,
  lookups,
  onClose,
}: {
  id: string;
  lookups: Lookups;
  onClose: () => void;
}) {
  const expense = useExpense(id);
  if (expense === undefined) return <aside className="card exp-detail">Loading…</aside>;
  if (expense === null)
    return (
      <aside className="card exp-detail">
        <p>This expense no longer exists.</p>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </aside>
    );
  return (
    <DetailForm key={expense.updatedAt} expense={expense} lookups={lookups} onClose={onClose} />
  );
}

function DetailForm({
  expense,
  lookups,
  onClose,
}: {
  expense: Expense;
  lookups: Lookups;
  onClose: () => void;
}) {
  const money = useMoney();
  const toast = useToast((s) => s.show);
  const [f, setF] = useState({
    date: formatDate(expense.date, money.locale),
    description: expense.description,
    amount: money.toInput(expense.amountCents),
    categoryId: expense.categoryId ?? '',
    vendorId: expense.vendorId ?? '',
    paymentMethod: expense.paymentMethod ?? '',
    spentById: expense.spentById ?? '',
    notes: expense.notes ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const status = expenseStatus(expense);
  const setValue = (k: keyof typeof f) => (value: string) => setF({ ...f, [k]: value });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setValue(k)(e.target.value);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      toast(done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    const cents = money.parse(f.amount);
    const day = parseTypedDate(f.date, money.locale);
    if (!day) return setError(`"${f.date.trim()}" is not a date: type it like ${formatDate(expense.date, money.locale)}, ${typedDateExample(money.locale)} or "yesterday".`);
    if (cents === null) return setError(`Enter the amount in ${money.currency}, e.g. 12.50.`);
    const amountProblem = expenseAmountProblem(cents);
    if (amountProblem) return setError(amountProblem);
    void run(
      () =>
        expenseRepository.update(expense.id, {
          date: day,
          description: f.description,
          amountCents: cents,
          categoryId: f.categoryId,
          vendorId: f.vendorId,
          paymentMethod: (f.paymentMethod || undefined) as PaymentMethod | undefined,
          spentById: f.spentById,
          notes: f.notes,
        }),
      'Expense saved',
    );
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 20 * 1024 * 1024)
      return setError('That file is larger than 20 MB; scan the receipt at a lower resolution.');
    const bytes = new Uint8Array(await file.arrayBuffer());
    await run(
      () => attachReceipt(expense.id, { name: file.name, mimeType: file.type, bytes }),
      'Receipt attached',
    );
  };

  return (
    <aside className="card exp-detail" aria-label="Expense details">
      <h2>
        {expense.description} <span className="badge">{EXPENSE_STATUS_LABELS[status]}</span>
      </h2>
      <FormError error={error} />
      <form onSubmit={save} className="form-grid">
        <label className="field">
          <span>Date</span>
          <input
            value={f.date}
            onChange={set('date')}
            onBlur={() => {
              const day = parseTypedDate(f.date, money.locale);
              if (day) setF({ ...f, date: formatDate(day, money.locale) });
            }}
          />
        </label>
        <label className="field">
          <span>Amount</span>
          <input
            value={f.amount}
            onChange={set('amount')}
            className="exp-num"
            inputMode="decimal"
          />
        </label>
        <label className="field wide">
          <span>Description</span>
          <input value={f.description} onChange={set('description')} />
        </label>
        <CategorySelect lookups={lookups} value={f.categoryId} onChange={setValue('categoryId')} />
        <VendorSelect lookups={lookups} value={f.vendorId} onChange={setValue('vendorId')} />
        <PaymentSelect
          emptyLabel="—"
          value={f.paymentMethod}
          onChange={setValue('paymentMethod')}
        />
        <PersonSelect lookups={lookups} value={f.spentById} onChange={setValue('spentById')} />
        <label className="field wide">
          <span>Notes</span>
          <textarea value={f.notes} onChange={set('notes')} rows={2} />
        </label>
        <div className="exp-actions wide">
          <button type="submit" className="btn btn-primary">
            Save changes
          </button>
          {nextExpenseStatuses(status).map((to) => (
            <button
              key={to}
              type="button"
              className="btn"
              onClick={() =>
                void run(
                  () => changeExpenseStatus(expense.id, to),
                  `Expense ${EXPENSE_STATUS_LABELS[to].toLowerCase()}`,
                )
              }
            >
              {STATUS_ACTIONS[to] ?? EXPENSE_STATUS_LABELS[to]}
            </button>
          ))}
        </div>
      </form>
      <div style={{ marginTop: 14 }}>
        <label className="field">
          <span>
            {expense.receiptAttachmentId
              ? 'Replace receipt (image or PDF)'
              : 'Attach receipt (image or PDF)'}
          </span>
          <input
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        {expense.receiptAttachmentId ? (
          <ReceiptPreview attachmentId={expense.receiptAttachmentId} />
        ) : (
          <p className="muted">No receipt attached.</p>
        )}
      </div>
      <div className="exp-actions">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() =>
            void run(async () => {
              await expenseRepository.softDelete(expense.id);
              onClose();
            }, 'Expense deleted')
          }
        >
          Delete
        </button>
      </div>
    </aside>
  );
}
