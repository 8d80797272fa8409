/**
 * Receiving against an order: per line, how many arrived (never more than is outstanding).
 * Confirming books the stock and the order in one transaction (receivePurchaseOrder); Enter in
 * a quantity confirms, as the form's submit.
 */
import { useState } from 'react';
import { outstandingQuantity, type PurchaseOrder } from '../../../../shared/domain/purchasing';
import { receivePurchaseOrder } from '../repository';
import { FormDialog, FormError } from '../../../ui/FormDialog';
import './purchasing.css';

export function ReceiveDialog({
  po,
  onClose,
  onReceived,
}: {
  po: PurchaseOrder;
  onClose: () => void;
  onReceived: (po: PurchaseOrder) => void;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
  const open = po.lines.filter((l) => outstandingQuantity(l) > 0);

  const problems = open.flatMap((l) => {
    const raw = (values[l.id] ?? '').trim();
    if (raw === '') return [];
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) return [`${l.description}: enter a whole number of at least 0`];
    if (n > outstandingQuantity(l)) return [`${l.description}: only ${outstandingQuantity(l)} left to receive`];
    return [];
  });
  const receipts = open
    .map((l) => ({ lineId: l.id, quantity: Number((values[l.id] ?? '').trim() || 0) }))
    .filter((r) => Number.isInteger(r.quantity) && r.quantity > 0);

  return (
    <FormDialog
      title={`Receive goods on ${po.number}`}
      submitLabel="Confirm receipt"
      size="large"
      className="receive-dialog"
      onClose={onClose}
      submitDisabled={problems.length > 0 || receipts.length === 0}
      onSubmit={async () => {
        const next = await receivePurchaseOrder(po.id, receipts);
        onReceived(next);
        onClose();
      }}
    >
      <p className="muted">Enter what arrived. Stock goes up by these amounts as soon as you confirm.</p>
      <table className="data-table" aria-label="Lines to receive">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col" className="num">Ordered</th>
            <th scope="col" className="num">Received</th>
            <th scope="col" className="num">Outstanding</th>
            <th scope="col" className="num">Receiving now</th>
          </tr>
        </thead>
        <tbody>
          {open.map((l, i) => (
            <tr key={l.id}>
              <td>{l.description}</td>
              <td className="num">{l.quantity}</td>
              <td className="num">{l.receivedQuantity}</td>
              <td className="num">{outstandingQuantity(l)}</td>
              <td className="num">
                <input
                  type="number"
                  min={0}
                  max={outstandingQuantity(l)}
                  step={1}
                  autoFocus={i === 0}
                  aria-label={`Receive ${l.description}`}
                  value={values[l.id] ?? ''}
                  placeholder="0"
                  onChange={(e) => setValues({ ...values, [l.id]: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          className="btn"
          onClick={() => setValues(Object.fromEntries(open.map((l) => [l.id, String(outstandingQuantity(l))])))}
        >
          Fill in everything outstanding
        </button>
      </p>
      <FormError error={problems.length ? problems.join('. ') : null} />
    </FormDialog>
  );
}
