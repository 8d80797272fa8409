/**
 * "Delete…" confirmation for an invoice. Deleting is a soft delete; an expense already recorded
 * from a paid invoice is a real payment and stays, which the dialog says before asking.
 */
import { useEffect, useState } from 'react';
import { Modal } from '../../../ui/Modal';
import { useToast } from '../../../ui/Toast';
import type { Invoice } from '../../../../shared/domain/expenses';
import { countInvoiceExpenses, invoiceRepository } from '../repository';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormError } from '../../../ui/FormDialog';

export function InvoiceDelete({
  invoice,
  onCancel,
  onDeleted,
}: {
  invoice: Invoice;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const toast = useToast((s) => s.show);
  const [expenses, setExpenses] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    countInvoiceExpenses(invoice)
      .then((n) => live && setExpenses(n))
      .catch(() => live && setExpenses(0));
    return () => {
      live = false;
    };
  }, [invoice]);
  const remove = async () => {
    setBusy(true);
    try {
      await invoiceRepository.softDelete(invoice.id);
      toast(`Invoice ${invoice.number} deleted`);
      onDeleted();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <Modal title={`Delete invoice ${invoice.number}?`} onClose={onCancel} className="exp-confirm">
      <FormError error={error} />
      <p>The invoice is removed from the list and from “Due in the next 14 days”.</p>
      {expenses === null ? (
        <p className="muted">Checking for a recorded payment…</p>
      ) : expenses > 0 ? (
        <p>
          {expenses === 1
            ? 'The expense recorded when it was paid is kept'
            : `The ${expenses} expenses recorded from it are kept`}{' '}
          — the money was spent, so it still counts in the expenses and the budget.
        </p>
      ) : invoice.status === 'paid' ? (
        <p>No expense was recorded for this payment, so nothing else changes.</p>
      ) : null}
      <div className="exp-actions">
        <button
          type="button"
          className="btn btn-danger"
          onClick={remove}
          disabled={busy || expenses === null}
        >
          Delete invoice
        </button>
        {/* Cancel takes the focus so Enter on an unintended open does not delete. */}
        <button type="button" className="btn" onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
