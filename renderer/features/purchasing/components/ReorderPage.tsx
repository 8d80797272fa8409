/**
 * `#/purchasing/reorder`: items at or below their minimum with the suggested quantity (which
 * the buyer may change), usage, days of cover and the order-by date. "Create purchase
 * orders" turns the chosen rows into one draft per vendor in a single transaction.
 */
import { ArrowLeft, PackageCheck } from 'lucide-react';
import { useState } from 'react';
import { hrefFor, navigate } from '../../../core/router';
import { isPreselected, planDraftOrders, type ReorderLine } from '../../../../shared/domain/reorder';
import { formatDate, today as todayIso } from '../../../../shared/lib/dates';
import { EmptyState } from '../../../ui/EmptyState';
import { useToast } from '../../../ui/Toast';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useReorderList } from '../hooks';
import { createOrdersFromPlans } from '../repository';
import { errorMessage } from '../../../../shared/lib/errors';
import './purchasing.css';
import { FormError } from '../../../ui/FormDialog';
import { useItemPurposes } from '../../inventory';
import { useCheaperQuoteHints, type CheaperQuoteHint } from '../cheaperQuote';
import { formatMoney } from '../../../../shared/lib/money';

/** "Cheaper quote: $95.00 from TechPoint, valid until Dec 20 (now $99.00)", linking to its RFQ. */
function CheaperQuoteNote({ hint, now, currency, locale }: { hint: CheaperQuoteHint; now: number; currency: string; locale: string }) {
  return (
    <div className="reorder-cheaper">
      <a href={hrefFor('quotes', hint.rfqId ?? '')}>
        Cheaper quote: {formatMoney(hint.unitPriceCents, currency, locale)} from {hint.vendorName ?? 'another vendor'}
        {hint.validUntil ? `, valid until ${formatDate(hint.validUntil, locale)}` : ''}
      </a>{' '}
      <span className="muted">(now {formatMoney(now, currency, locale)})</span>
    </div>
  );
}

// Slow movers (a box a month) still show a non-zero rate.
const rate = (n: number) => (n === 0 ? '0' : n < 1 ? n.toFixed(2) : n.toFixed(1));

export function ReorderPage() {
  const list = useReorderList();
  // What each item is for ("For: Copier 2nd floor (toner black)"), from the features that use supplies.
  const purposes = useItemPurposes(list?.map((l) => l.itemId));
  const company = useCompanyProfile();
  // A current quote cheaper than the price the item would be ordered at (issue 17.3).
  const cheaper = useCheaperQuoteHints(list?.map((l) => ({ itemId: l.itemId, unitCostCents: l.unitCostCents })), todayIso());
  const toast = useToast((s) => s.show);
  // Edits and ticks are kept per item id, so a live refresh of the list never loses them.
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const qtyText = (l: ReorderLine) => quantities[l.itemId] ?? String(l.suggested);
  // Rows start ticked only when something is left to order after what is on order and on
  // drafts, from a known vendor (issue 16.2).
  const now = todayIso();
  const isTicked = (l: ReorderLine) => ticked[l.itemId] ?? isPreselected(l, now);
  const chosen = (list ?? []).filter(isTicked);

  const create = async () => {
    setError(null);
    const { orders, skipped } = planDraftOrders(
      chosen.map((l) => ({ ...l, quantity: Number(qtyText(l).trim() === '' ? NaN : qtyText(l)) })),
    );
    if (skipped.length) {
      setError(skipped.map((s) => s.reason).join('. ') + '.');
      return;
    }
    if (orders.length === 0) {
      setError('Tick at least one item to order.');
      return;
    }
    setBusy(true);
    try {
      const { created, updated } = await createOrdersFromPlans(orders);
      const parts = [
        updated.length ? `added to ${updated.map((po) => po.number).join(', ')}` : '',
        created.length ? `created ${created.length} new draft${created.length === 1 ? '' : 's'}` : '',
      ].filter(Boolean);
      toast(`Purchase orders: ${parts.join('; ')}`);
      navigate('purchasing');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const allTicked = (list ?? []).length > 0 && chosen.length === (list ?? []).length;
  const needed = (list ?? []).filter((l) => isPreselected(l, now));

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
      <h2 style={{ margin: 0 }}>Reorder list</h2>
      <p className="muted" style={{ margin: 0 }}>
        Items at or below their minimum. On order counts sent orders and drafts; an item they cover leaves the list.
        Suggested = target − on hand − on order, in whole packs and at least the vendor minimum. Usage is the average
        of the last 90 days of issues. Ticked: what has to be ordered within a week.
      </p>
      {list === undefined ? (
        <p className="muted">Working out what to order…</p>
      ) : list.length === 0 ? (
        <EmptyState icon={PackageCheck} title="Nothing to reorder">
          <p>Every item is above its minimum. Items appear here when stock falls to their reorder point.</p>
        </EmptyState>
      ) : (
        <>
          <FormError error={error} />
          <div className="table-wrap">
            <table className="data-table reorder-table" aria-label="Reorder list">
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label="Select all items"
                      checked={allTicked}
                      onChange={(e) => setTicked(Object.fromEntries(list.map((l) => [l.itemId, e.target.checked])))}
                    />
                  </th>
                  <th scope="col">Item</th>
                  <th scope="col">Vendor</th>
                  <th scope="col" className="num">On hand</th>
                  <th scope="col" className="num">Min</th>
                  <th scope="col" className="num">Target</th>
                  <th scope="col" className="num">On order</th>
                  <th scope="col" className="num">Suggested qty</th>
                  <th scope="col" className="num">Usage/day</th>
                  <th scope="col" className="num">Days of cover</th>
                  <th scope="col">Order by</th>
                </tr>
              </thead>
              <tbody>
                {list.map((l) => (
                  <tr
                    key={l.itemId}
                    className={[l.orderNow ? 'order-now' : '', isTicked(l) ? 'reorder-selected' : ''].filter(Boolean).join(' ') || undefined}
                    aria-selected={isTicked(l)}
                  >
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${l.itemName}`}
                        checked={isTicked(l)}
                        onChange={(e) => setTicked({ ...ticked, [l.itemId]: e.target.checked })}
                      />
                    </td>
                    <td>
                      <a href={hrefFor('inventory', l.itemId)}>{l.itemName}</a>
                      {l.packSize > 1 ? <span className="muted"> · packs of {l.packSize}</span> : null}
                      {purposes?.get(l.itemId) ? <div className="muted reorder-for">For: {purposes.get(l.itemId)}</div> : null}
                      {cheaper?.get(l.itemId) ? <CheaperQuoteNote hint={cheaper.get(l.itemId)!} now={l.unitCostCents} currency={company.currency} locale={company.locale} /> : null}
                    </td>
                    <td>{l.vendorName ?? <span className="badge badge-warn">No vendor</span>}</td>
                    <td className="num">{l.onHand}</td>
                    <td className="num">{l.min}</td>
                    <td className="num">{l.target}</td>
                    <td className="num">
                      {l.onOrder}
                      {l.onDraft.map((d) => (
                        <div key={d.orderId} className="reorder-draft">
                          <a href={hrefFor('purchasing', d.orderId)} aria-label={`${d.quantity} of ${l.itemName} on draft ${d.number}`}>
                            {d.quantity} on draft {d.number}
                          </a>
                        </div>
                      ))}
                    </td>
                    <td className="num">
                      <input
                        type="number"
                        min={0}
                        step={l.packSize}
                        aria-label={`Quantity of ${l.itemName}`}
                        value={qtyText(l)}
                        onChange={(e) => setQuantities({ ...quantities, [l.itemId]: e.target.value })}
                      />
                    </td>
                    <td className="num">{rate(l.usagePerDay)}</td>
                    <td className="num">{l.daysOfCover === null ? '—' : Math.floor(l.daysOfCover)}</td>
                    <td>
                      {l.orderNow ? (
                        <span className="badge badge-warn" title={l.orderBy ? `Order by ${formatDate(l.orderBy, company.locale)} (lead time ${l.leadTimeDays} days)` : undefined}>
                          Order now
                        </span>
                      ) : l.orderBy ? (
                        formatDate(l.orderBy, company.locale)
                      ) : (
                        <span className="muted">No recent use</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="reorder-bar">
            <button type="button" className="btn btn-primary" disabled={busy || chosen.length === 0} onClick={() => void create()}>
              Create purchase orders
            </button>
            <span role="status" aria-label="Selection" className="reorder-count">
              <strong>
                {chosen.length} of {list.length}
              </strong>{' '}
              selected · {new Set(chosen.map((l) => l.vendorId ?? '')).size} vendor
              {new Set(chosen.map((l) => l.vendorId ?? '')).size === 1 ? '' : 's'}
            </span>
            <button type="button" className="btn" onClick={() => setTicked(Object.fromEntries(list.map((l) => [l.itemId, isPreselected(l, now)])))}>
              Select what needs ordering ({needed.length})
            </button>
            <button type="button" className="btn" onClick={() => setTicked(Object.fromEntries(list.map((l) => [l.itemId, false])))}>
              Select none
            </button>
          </div>
        </>
      )}
    </div>
  );
}
