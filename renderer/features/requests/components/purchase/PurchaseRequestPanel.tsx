/**
 * One purchase request (issue 17.2): what, how many, the estimate, who asks and why, the
 * category's money before and after it, the decision so far (who approved or declined and
 * why), and the next step — Approve / Decline… while it waits (declining asks for the reason;
 * nobody approves their own request), "Add to draft order" once approved (the vendor chosen
 * here; the line goes on that vendor's draft purchase order in one step), and the order's link
 * once ordered.
 */
import { useEffect, useState } from 'react';
import { PURCHASE_REQUEST_STATUS_LABELS, purchaseRequestTotalCents } from '../../../../../shared/domain/purchaseRequests';
import { formatDateTime } from '../../../../../shared/lib/dates';
import { errorMessage } from '../../../../../shared/lib/errors';
import { hrefFor } from '../../../../core/router';
import { Modal } from '../../../../ui/Modal';
import { FormError } from '../../../../ui/FormDialog';
import { SelectField } from '../../../../ui/SelectField';
import { useToast } from '../../../../ui/Toast';
import type { MoneyTools } from '../../../budget';
import { useActiveEmployees } from '../../../people';
import { useVendors } from '../../../vendors';
import {
  cancelPurchaseRequest,
  decidePurchaseRequest,
  orderPurchaseRequest,
  requestBudget,
  suggestedVendorId,
  type PurchaseRequest,
  type PurchaseRequestBoard,
} from '../../purchaseRequests';
import { BudgetBox } from './BudgetAndApproval';

export function PurchaseStatusBadge({ status }: { status: PurchaseRequest['status'] }) {
  return <span className={`badge prq-status-${status}`}>{PURCHASE_REQUEST_STATUS_LABELS[status]}</span>;
}

type Busy = null | 'approve' | 'decline' | 'order' | 'cancel';

export function PurchaseRequestPanel({
  request: r,
  board,
  money,
  locale,
  fiscalYearLabel,
  onClose,
}: {
  request: PurchaseRequest;
  board: PurchaseRequestBoard;
  money: MoneyTools;
  locale: string;
  fiscalYearLabel: string;
  onClose: () => void;
}) {
  const people = useActiveEmployees();
  const vendors = useVendors();
  const toast = useToast((s) => s.show);
  const [deciderId, setDeciderId] = useState(board.setting.approverId ?? '');
  const [declining, setDeclining] = useState(false);
  const [declineReason, setDeclineReason] = useState('');
  const [cancelling, setCancelling] = useState(false);
  const [cancelReason, setCancelReason] = useState('');
  const [vendorId, setVendorId] = useState(r.vendorId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);

  // The vendor to order from: the request's preferred one, else its stock item's usual vendor.
  useEffect(() => {
    if (r.vendorId || r.status !== 'approved') return;
    let live = true;
    void suggestedVendorId(r).then((v) => {
      if (live && v) setVendorId((cur) => cur || v);
    });
    return () => {
      live = false;
    };
  }, [r]);

  const total = purchaseRequestTotalCents(r);
  const standing = r.budgetCategoryId ? board.standings.get(r.budgetCategoryId) : undefined;
  const budget = requestBudget(board, r);
  const vendorName = (id: string | undefined) => (id ? (vendors ?? []).find((v) => v.id === id)?.name : undefined);
  const orderNumber = r.purchaseOrderId ? board.orderNumbers.get(r.purchaseOrderId) : undefined;
  const decider = (people ?? []).find((p) => p.id === deciderId);
  const own = !!deciderId && deciderId === r.requesterId;

  const run = async (kind: Exclude<Busy, null>, fn: () => Promise<string>) => {
    setError(null);
    setBusy(kind);
    try {
      toast(await fn());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const decide = (approve: boolean) =>
    run(approve ? 'approve' : 'decline', async () => {
      if (!decider) throw new Error('Choose who decides.');
      if (!approve && !declineReason.trim()) throw new Error('Say why the purchase is declined; the requester is told.');
      await decidePurchaseRequest(r.id, { approve, by: decider.name, byId: decider.id, ...(approve ? {} : { reason: declineReason }) });
      setDeclining(false);
      return approve ? `${r.number} approved by ${decider.name}` : `${r.number} declined`;
    });
  const order = () =>
    run('order', async () => {
      if (!vendorId) throw new Error('Choose the vendor to order from.');
      const out = await orderPurchaseRequest(r.id, { vendorId, ...(decider ? { by: decider.name } : {}) });
      return `${r.number} is a line on ${out.addedToExistingDraft ? 'the draft' : 'a new draft'} purchase order ${out.order.number} for ${vendorName(vendorId) ?? 'the vendor'}`;
    });
  const cancel = () =>
    run('cancel', async () => {
      await cancelPurchaseRequest(r.id, cancelReason);
      setCancelling(false);
      return `${r.number} cancelled`;
    });

  return (
    <Modal title={`${r.number}: ${r.description}`} onClose={onClose} size="large" className="prq-panel">
      <div className="prq-detail">
        <div className="prq-detail-cols">
          <dl className="prq-facts">
            <dt>Status</dt>
            <dd>
              <PurchaseStatusBadge status={r.status} />
            </dd>
            <dt>What</dt>
            <dd>
              {r.description}
              {r.itemId ? <span className="muted"> (stock item)</span> : <span className="muted"> (free text)</span>}
            </dd>
            <dt>Quantity</dt>
            <dd className="prq-num">{r.quantity}</dd>
            <dt>Estimated cost</dt>
            <dd className="prq-num">
              {money.format(r.estimatedUnitCostCents)} each, <strong>{money.format(total)}</strong> in all
            </dd>
            <dt>Category</dt>
            <dd>{standing?.name ?? 'None chosen'}</dd>
            <dt>Requested by</dt>
            <dd>{r.requesterName ?? '—'}</dd>
            <dt>Requested on</dt>
            <dd>{formatDateTime(r.createdAt, locale)}</dd>
            <dt>Preferred vendor</dt>
            <dd>{vendorName(r.vendorId) ?? 'None'}</dd>
            {r.reason ? (
              <>
                <dt>Reason</dt>
                <dd>{r.reason}</dd>
              </>
            ) : null}
            <dt>Decision</dt>
            <dd>
              {r.status === 'pending'
                ? `Waiting for approval${board.setting.approverName ? ` by ${board.setting.approverName}` : ''} (above ${money.format(board.setting.thresholdCents)})`
                : r.autoApproved
                  ? `Approved automatically: not above the ${money.format(board.setting.thresholdCents)} threshold`
                  : r.decidedBy
                    ? `${r.status === 'declined' ? 'Declined' : 'Approved'} by ${r.decidedBy}${r.decidedAt ? ` on ${formatDateTime(r.decidedAt, locale)}` : ''}`
                    : '—'}
            </dd>
            {r.status === 'declined' ? (
              <>
                <dt>Reason for declining</dt>
                <dd className="prq-decline-reason">{r.declineReason}</dd>
              </>
            ) : null}
            {r.purchaseOrderId ? (
              <>
                <dt>Purchase order</dt>
                <dd>
                  <a href={hrefFor('purchasing', r.purchaseOrderId)} className="prq-link">
                    {orderNumber ?? 'Open the purchase order'}
                  </a>
                  {r.vendorId ? ` from ${vendorName(r.vendorId) ?? 'the vendor'}` : ''}
                </dd>
              </>
            ) : null}
          </dl>
          <BudgetBox standing={standing} budget={budget} money={money} fiscalYearLabel={fiscalYearLabel} settled={r.status === 'declined' || r.status === 'cancelled'} />
        </div>

        {r.status === 'pending' ? (
          <section className="prq-action" aria-label="Decision">
            <div className="prq-action-row">
              <SelectField label="Decided by" value={deciderId} onChange={setDeciderId}>
                <option value="">{people === undefined ? 'Loading…' : 'Choose who decides…'}</option>
                {(people ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </SelectField>
              <button type="button" className="btn btn-primary" onClick={() => void decide(true)} disabled={busy !== null || own}>
                Approve
              </button>
              {!declining ? (
                <button type="button" className="btn" onClick={() => setDeclining(true)} disabled={busy !== null || own}>
                  Decline…
                </button>
              ) : null}
            </div>
            {own ? <p className="prq-over">{decider?.name ?? 'They'} asked for this; someone else must decide.</p> : null}
            {declining ? (
              <div className="prq-action-row">
                <label className="field" style={{ flex: 1 }}>
                  <span>Reason for declining</span>
                  <textarea value={declineReason} onChange={(e) => setDeclineReason(e.target.value)} rows={2} maxLength={1000} autoFocus />
                </label>
                <button type="button" className="btn btn-danger" onClick={() => void decide(false)} disabled={busy !== null}>
                  Decline request
                </button>
                <button type="button" className="btn" onClick={() => setDeclining(false)}>
                  Keep it
                </button>
              </div>
            ) : null}
          </section>
        ) : null}

        {r.status === 'approved' && !r.purchaseOrderId ? (
          <section className="prq-action" aria-label="Order">
            <div className="prq-action-row">
              <SelectField label="Order from" value={vendorId} onChange={setVendorId}>
                <option value="">{vendors === undefined ? 'Loading…' : vendors.length ? 'Choose a vendor…' : 'No vendors yet'}</option>
                {(vendors ?? []).map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </SelectField>
              <button type="button" className="btn btn-primary" onClick={() => void order()} disabled={busy !== null}>
                Add to draft order
              </button>
            </div>
            <p className="muted" style={{ margin: 0, fontSize: 12 }}>
              The line goes on the vendor’s draft purchase order (a new draft only when the vendor has none).
            </p>
          </section>
        ) : null}

        {r.status === 'pending' || (r.status === 'approved' && !r.purchaseOrderId) ? (
          <section className="prq-action" aria-label="Withdraw">
            {cancelling ? (
              <div className="prq-action-row">
                <label className="field" style={{ flex: 1 }}>
                  <span>Why is it cancelled? (optional)</span>
                  <input value={cancelReason} onChange={(e) => setCancelReason(e.target.value)} maxLength={500} autoFocus />
                </label>
                <button type="button" className="btn btn-danger" onClick={() => void cancel()} disabled={busy !== null}>
                  Cancel this request
                </button>
                <button type="button" className="btn" onClick={() => setCancelling(false)}>
                  Keep it
                </button>
              </div>
            ) : (
              <div className="prq-action-row">
                <button type="button" className="btn" onClick={() => setCancelling(true)}>
                  Cancel request…
                </button>
              </div>
            )}
          </section>
        ) : null}

        <FormError error={error} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
