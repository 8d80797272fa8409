/**
 * `#/purchasing/<id>`: one order. Drafts are edited here; "Mark as sent" locks the order and
 * puts its lines on order; receiving books stock; Print… and Save as PDF… produce the order
 * form through the platform bridge.
 */
import { ArrowLeft, FileDown, PackagePlus, Printer, Send, XCircle } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { hrefFor } from '../../../core/router';
import { formatMoney } from '../../../../shared/lib/money';
import { formatDate, formatDateTime } from '../../../../shared/lib/dates';
import {
  canCloseShort,
  canTransition,
  purchaseOrderStatusLabel,
  isEditable,
  outstandingQuantity,
  purchaseOrderSubtotalCents,
  purchaseOrderTotalCents,
  type PurchaseOrder,
} from '../../../../shared/domain/purchasing';
import { useToast } from '../../../ui/Toast';
import { getItems, itemRepository } from '../../inventory';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { useVendors, vendorRepository } from '../../vendors';
import { useDbQuery } from '../../../db/hooks';
import { usePurchaseOrder } from '../hooks';
import { cancelPurchaseOrder, closePurchaseOrderShort, listPurchaseOrderReceipts, markPurchaseOrderSent } from '../repository';
import { Modal } from '../../../ui/Modal';
import { DraftEditor } from './DraftEditor';
import { orderPrintRequest } from './printing';
import { ReceiveDialog } from './ReceiveDialog';
import { StatusBadge } from './StatusBadge';
import { errorMessage } from '../../../../shared/lib/errors';
import { usePaperChoice, usePrintDocument } from '../../../ui/printing';
import { PaperSelect } from '../../../ui/PaperSelect';
import { EmailDraftButton } from '../../../ui/EmailDraft';
import './purchasing.css';
import { FormError } from '../../../ui/FormDialog';

const ALL_ITEMS = '*';

/** What arrived when, and by whom (issue 16.5). */
function ReceiptHistory({ po, locale }: { po: PurchaseOrder; locale: string }) {
  const receipts = useDbQuery((d) => listPurchaseOrderReceipts(po, d), [po]);
  return (
    <section className="card" aria-labelledby="po-receipts-h">
      <h3 id="po-receipts-h" style={{ marginTop: 0 }}>
        Receipts
      </h3>
      {receipts === undefined ? null : receipts.length === 0 ? (
        <p className="muted">Nothing has arrived yet.</p>
      ) : (
        <table className="data-table" aria-label="Receipts">
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">What arrived</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {receipts.map((r) => (
              <tr key={r.at}>
                <td>{r.date ? formatDate(r.date, locale) : formatDateTime(r.at, locale)}</td>
                <td>{r.lines.length ? r.lines.map((l) => `${l.quantity} × ${l.description}`).join(', ') : 'Lines without a stock item'}</td>
                <td>{r.by ?? <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Closing a partly received order short asks why the rest will not come (issue 16.5). */
function CloseShortDialog({ po, onClose, onClosed }: { po: PurchaseOrder; onClose: () => void; onClosed: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const rest = po.lines.filter((l) => outstandingQuantity(l) > 0);
  return (
    <Modal title={`Close ${po.number} short?`} onClose={onClose} size="small">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          closePurchaseOrderShort(po.id, reason).then(onClosed, (err: unknown) => setError(errorMessage(err)));
        }}
      >
        <p>What has not arrived is cancelled and no longer counts as on order:</p>
        <ul>
          {rest.map((l) => (
            <li key={l.id}>
              {outstandingQuantity(l)} of {l.quantity} × {l.description}
            </li>
          ))}
        </ul>
        <label className="field">
          <span>Why will the rest not come?</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} autoFocus maxLength={500} />
        </label>
        <FormError error={error} />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 12 }}>
          <button type="button" className="btn" onClick={onClose}>
            Keep waiting
          </button>
          <button type="submit" className="btn btn-primary">
            Close short
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function PurchaseOrderPage({ orderId }: { orderId: string }) {
  const po = usePurchaseOrder(orderId);
  const vendors = useVendors();
  // A draft's line picker offers every item; any other order only links its own lines' items.
  const wantedItems = po ? (isEditable(po) ? ALL_ITEMS : [...new Set(po.lines.flatMap((l) => (l.itemId ? [l.itemId] : [])))].join('\n')) : null;
  const loadedItems = useDbQuery(
    async (db) =>
      wantedItems === null
        ? null
        : { wantedItems, items: wantedItems === ALL_ITEMS ? await itemRepository.list(db) : await getItems(wantedItems ? wantedItems.split('\n') : [], db) },
    [wantedItems],
  );
  // A live query keeps its last result while re-running for new deps: use it only when it answers these.
  const items = loadedItems && loadedItems.wantedItems === wantedItems ? loadedItems.items : undefined;
  const { profile: company, loaded } = useCompanyProfileState();
  const toast = useToast((s) => s.show);
  const printDocument = usePrintDocument();
  const paper = usePaperChoice(company);
  const [receiving, setReceiving] = useState(false);
  const [closingShort, setClosingShort] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const saveRef = useRef<(() => Promise<PurchaseOrder | null>) | null>(null);
  // A deleted vendor still prints on its old orders.
  const deletedVendor = useDbQuery(
    async (db) => (po?.vendorId ? ((await vendorRepository.get(po.vendorId, db, { includeDeleted: true })) ?? null) : null),
    [po?.vendorId],
  );
  const itemsById = useMemo(() => new Map((items ?? []).map((i) => [i.id, i])), [items]);
  const money = (c: number) => formatMoney(c, company.currency, company.locale);

  const loading = (
    <div className="page">
      <h1>Purchasing</h1>
      <p className="muted">Loading…</p>
    </div>
  );
  if (po === undefined || vendors === undefined) return loading;
  if (po === null) {
    return (
      <div className="page">
        <h1>Purchasing</h1>
        <p>This purchase order does not exist or was deleted.</p>
        <a href={hrefFor('purchasing')}>Back to purchase orders</a>
      </div>
    );
  }
  if (items === undefined) return loading;
  const vendor = vendors.find((v) => v.id === po.vendorId) ?? deletedVendor ?? undefined;
  const editable = isEditable(po);

  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const send = () =>
    run(async () => {
      const saved = saveRef.current ? await saveRef.current() : po;
      if (!saved) return;
      await markPurchaseOrderSent(po.id);
      toast(`${po.number} marked as sent`);
    });

  const output = (how: 'print' | 'pdf') =>
    run(async () => {
      const current = editable && saveRef.current ? await saveRef.current() : po;
      if (!current) return;
      const request = orderPrintRequest(current, vendor, itemsById, company, paper.paper);
      await printDocument(how, request, { what: po.number, onError: setError });
    });

  return (
    <div className="page" style={{ display: 'grid', gap: 16 }}>
      <p style={{ margin: 0 }}>
        <a href={hrefFor('purchasing')}>
          <ArrowLeft size={14} aria-hidden="true" /> Purchase orders
        </a>
      </p>
      <header className="page-header">
        <h1>Purchasing</h1>
      </header>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <h2 style={{ margin: 0 }}>{po.number}</h2>
        <span aria-label="Status">
          {po.closedShort ? <span className="badge po-status po-status-closed-short">{purchaseOrderStatusLabel(po)}</span> : <StatusBadge status={po.status} />}
        </span>
        <span>
          {vendor && vendor.deletedAt === null ? (
            <a href={hrefFor('vendors', vendor.id)}>{vendor.name}</a>
          ) : (
            <span className="muted">{vendor ? `${vendor.name} (deleted vendor)` : '(deleted vendor)'}</span>
          )}
        </span>
        <span className="muted">Ordered {formatDate(po.orderDate, company.locale)}</span>
      </div>
      <FormError error={error} />
      <div className="po-actions">
        {canTransition(po.status, 'ordered') ? (
          <button type="button" className="btn btn-primary" onClick={() => void send()}>
            <Send size={14} aria-hidden="true" /> Mark as sent
          </button>
        ) : null}
        {po.status === 'ordered' || po.status === 'partially-received' ? (
          <button type="button" className="btn btn-primary" onClick={() => setReceiving(true)}>
            <PackagePlus size={14} aria-hidden="true" /> Receive goods…
          </button>
        ) : null}
        {canCloseShort(po) ? (
          <button type="button" className="btn" onClick={() => setClosingShort(true)}>
            Close short…
          </button>
        ) : null}
        <button type="button" className="btn" disabled={!loaded} onClick={() => void output('print')}>
          <Printer size={14} aria-hidden="true" /> Print…
        </button>
        <button type="button" className="btn" disabled={!loaded} onClick={() => void output('pdf')}>
          <FileDown size={14} aria-hidden="true" /> Save as PDF…
        </button>
        <EmailDraftButton
          what={po.number}
          disabled={!loaded}
          onError={setError}
          prepare={async () => {
            const current = editable && saveRef.current ? await saveRef.current() : po;
            if (!current) return null;
            const contact = vendor?.contactName?.trim();
            return {
              document: orderPrintRequest(current, vendor, itemsById, company, paper.paper),
              to: vendor?.email ? [vendor.email] : [],
              subject: `Purchase order ${po.number} from ${company.name}`,
              body: `${contact ? `Dear ${contact}` : 'Hello'},\n\nPlease find attached our purchase order ${po.number} of ${formatDate(current.orderDate, company.locale)}. Kindly confirm the order and the expected delivery date.\n\nKind regards,\n${company.name}`,
              fileName: po.number,
            };
          }}
        />
        <PaperSelect choice={paper} />
        {canTransition(po.status, 'cancelled') ? (
          confirmCancel ? (
            <>
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => void run(async () => {
                  await cancelPurchaseOrder(po.id);
                  setConfirmCancel(false);
                  toast(`${po.number} cancelled`);
                })}
              >
                Yes, cancel {po.number}
              </button>
              <button type="button" className="btn" onClick={() => setConfirmCancel(false)}>
                Keep order
              </button>
            </>
          ) : (
            <button type="button" className="btn btn-danger" onClick={() => setConfirmCancel(true)}>
              <XCircle size={14} aria-hidden="true" /> Cancel order
            </button>
          )
        ) : null}
      </div>

      {editable ? (
        <DraftEditor
          key={po.id}
          po={po}
          vendors={vendors}
          items={items}
          currency={company.currency}
          locale={company.locale}
          saveRef={saveRef}
          onSaved={() => toast('Draft saved')}
        />
      ) : (
        <section className="card" aria-label="Order lines">
          <div className="table-wrap">
            <table className="data-table" aria-label="Order lines">
              <thead>
                <tr>
                  <th scope="col">Description</th>
                  <th scope="col" className="num">Quantity</th>
                  <th scope="col" className="num">Received</th>
                  <th scope="col" className="num">Outstanding</th>
                  <th scope="col" className="num">Unit cost</th>
                  <th scope="col" className="num">Line total</th>
                </tr>
              </thead>
              <tbody>
                {po.lines.map((l) => (
                  <tr key={l.id}>
                    <td>{l.itemId && itemsById.has(l.itemId) ? <a href={hrefFor('inventory', l.itemId)}>{l.description}</a> : l.description}</td>
                    <td className="num">{l.quantity}</td>
                    <td className="num">{l.receivedQuantity}</td>
                    <td className="num">
                      {po.closedShort?.cancelled[l.id] ? <span className="muted">{po.closedShort.cancelled[l.id]} cancelled</span> : outstandingQuantity(l)}
                    </td>
                    <td className="num">{money(l.unitCostCents)}</td>
                    <td className="num">{money(l.quantity * l.unitCostCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {po.deliveryAddress ? <p>Deliver to: <span style={{ whiteSpace: 'pre-line' }}>{po.deliveryAddress}</span></p> : null}
          {po.notes ? <p style={{ whiteSpace: 'pre-line' }}>{po.notes}</p> : null}
        </section>
      )}
      {po.closedShort ? (
        <p className="card" role="note">
          Closed short on {formatDate(po.closedShort.at.slice(0, 10), company.locale)}: the rest was cancelled — {po.closedShort.reason}
        </p>
      ) : null}
      {po.status !== 'draft' && po.status !== 'cancelled' ? <ReceiptHistory po={po} locale={company.locale} /> : null}
      {closingShort ? (
        <CloseShortDialog
          po={po}
          onClose={() => setClosingShort(false)}
          onClosed={() => {
            setClosingShort(false);
            toast(`${po.number} closed short`);
          }}
        />
      ) : null}
      <dl className="po-totals" aria-label="Totals">
        <dt>Subtotal</dt>
        <dd>{money(purchaseOrderSubtotalCents(po))}</dd>
        <dt>Shipping</dt>
        <dd>{money(po.shippingCents)}</dd>
        <dt>Tax</dt>
        <dd>{money(po.taxCents ?? 0)}</dd>
        <dt className="grand">Total</dt>
        <dd className="grand" data-testid="po-total">
          {money(purchaseOrderTotalCents(po))}
        </dd>
      </dl>
      {receiving ? (
        <ReceiveDialog
          po={po}
          onClose={() => setReceiving(false)}
          onReceived={(next) => toast(`Received goods on ${next.number}`)}
        />
      ) : null}
    </div>
  );
}
