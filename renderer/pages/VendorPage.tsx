/**
 * `#/vendors/<id>`, the vendor 360 page (a page above the features: it combines vendors,
 * inventory, purchasing and expenses): who they are, what we buy from them, the orders sent and what has been
 * spent (received orders plus expenses booked to them). Edit and soft delete live here.
 */
import { ArrowLeft, Pencil, Trash2 } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { hrefFor, navigate } from '../core/router';
import { formatMoney } from '../../shared/lib/money';
import { formatDate } from '../../shared/lib/dates';
import { websiteUrl } from '../../shared/domain/vendors';
import { useDbQuery } from '../db/hooks';
import { useToast } from '../ui/Toast';
import { useCompanyProfile } from '../core/settingsHooks';
import { listItemsByVendor } from '../features/inventory';
import { expenseRepository } from '../features/expenses';
import {
  PURCHASE_ORDER_STATUS_LABELS,
  purchaseOrderTotalCents,
  receivedValueCents,
  usePurchaseOrdersByVendor,
} from '../features/purchasing';
import { RatingStars, useVendor, VendorForm, vendorRepository } from '../features/vendors';
import '../features/vendors/components/vendors.css';

export function VendorPage({ vendorId }: { vendorId: string }) {
  const vendor = useVendor(vendorId);
  const company = useCompanyProfile();
  const items = useDbQuery((db) => listItemsByVendor(vendorId, db), [vendorId]);
  const orders = usePurchaseOrdersByVendor(vendorId);
  const expenseCents = useDbQuery(
    async (db) => (await expenseRepository.list(db)).filter((e) => e.vendorId === vendorId).reduce((s, e) => s + e.amountCents, 0),
    [vendorId],
  );
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const toast = useToast((s) => s.show);
  const money = (c: number) => formatMoney(c, company.currency, company.locale);

  if (vendor === undefined) return <div className="page"><h1>Vendors</h1><p className="muted">Loading…</p></div>;
  if (vendor === null) {
    return (
      <div className="page">
        <h1>Vendors</h1>
        <p>This vendor does not exist or was deleted.</p>
        <a href={hrefFor('vendors')}>Back to vendors</a>
      </div>
    );
  }

  const receivedSpend = (orders ?? []).reduce((s, po) => s + receivedValueCents(po), 0);
  const url = websiteUrl(vendor.website);
  const facts: [string, ReactNode][] = [
    ['Contact person', vendor.contactName],
    ['Email', vendor.email ? <a href={`mailto:${vendor.email}`}>{vendor.email}</a> : undefined],
    ['Phone', vendor.phone],
    ['Address', vendor.address],
    // No allowlisted external opener on the platform yet: the address is shown, not linked.
    ['Website', url ? <span title="Copy this address into your browser">{vendor.website}</span> : vendor.website],
    ['Account number', vendor.accountNumber],
    ['Payment terms', vendor.paymentTerms],
    ['Lead time', vendor.leadTimeDays !== undefined ? `${vendor.leadTimeDays} day${vendor.leadTimeDays === 1 ? '' : 's'}` : undefined],
    ['Rating', vendor.rating ? <RatingStars value={vendor.rating} /> : undefined],
    ['Notes', vendor.notes],
  ];

  const remove = async () => {
    await vendorRepository.softDelete(vendor.id);
    toast(`Vendor ${vendor.name} deleted`);
    navigate('vendors');
  };

  return (
    <div className="page" style={{ display: 'grid', gap: 16 }}>
      <p style={{ margin: 0 }}>
        <a href={hrefFor('vendors')}>
          <ArrowLeft size={14} aria-hidden="true" /> Vendors
        </a>
      </p>
      <header className="page-header">
        <h1>Vendors</h1>
      </header>
      <h2 style={{ margin: 0 }}>{vendor.name}</h2>
      {editing ? (
        <VendorForm
          vendor={vendor}
          onSaved={() => {
            setEditing(false);
            toast('Vendor saved');
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <section className="card" aria-label="Vendor details">
          <dl className="vendor-facts">
            {facts
              .filter(([, v]) => v !== undefined && v !== '')
              .map(([k, v]) => (
                <div key={k} style={{ display: 'contents' }}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
          </dl>
          <div style={{ display: 'flex', gap: 8, marginTop: 16 }}>
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              <Pencil size={14} aria-hidden="true" /> Edit vendor
            </button>
            <button type="button" className="btn" onClick={() => navigate('purchasing', 'new', vendor.id)}>
              New purchase order
            </button>
            {confirmDelete ? (
              <>
                <button type="button" className="btn btn-danger" onClick={() => void remove()}>
                  Yes, delete {vendor.name}
                </button>
                <button type="button" className="btn" onClick={() => setConfirmDelete(false)}>
                  Keep
                </button>
              </>
            ) : (
              <button type="button" className="btn btn-danger" onClick={() => setConfirmDelete(true)}>
                <Trash2 size={14} aria-hidden="true" /> Delete vendor
              </button>
            )}
          </div>
        </section>
      )}

      <section className="card" aria-label="Spend">
        <h2 style={{ marginTop: 0 }}>Spend</h2>
        <div className="vendor-spend">
          <div>
            <span className="muted">Received orders</span>
            <strong>{money(receivedSpend)}</strong>
          </div>
          <div>
            <span className="muted">Expenses booked</span>
            <strong>{expenseCents === undefined ? '…' : money(expenseCents)}</strong>
          </div>
        </div>
      </section>

      <div className="vendor-columns">
        <section className="card" aria-label="Items from this vendor">
          <h2 style={{ marginTop: 0 }}>Items</h2>
          {items === undefined ? (
            <p className="muted">Loading…</p>
          ) : items.length === 0 ? (
            <p className="muted">No items name this vendor as their supplier.</p>
          ) : (
            <ul className="list-plain">
              {items.map((i) => (
                <li key={i.id} style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <a href={hrefFor('inventory', i.id)}>{i.name}</a>
                  <span className="num muted">
                    {i.quantityOnHand} {i.unit} · {money(i.unitCostCents)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-label="Orders to this vendor">
          <h2 style={{ marginTop: 0 }}>Orders</h2>
          {orders === undefined ? (
            <p className="muted">Loading…</p>
          ) : orders.length === 0 ? (
            <p className="muted">No purchase orders yet.</p>
          ) : (
            <ul className="list-plain">
              {orders.map((po) => (
                <li key={po.id} style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <a href={hrefFor('purchasing', po.id)}>{po.number}</a>
                  <span className="muted">{formatDate(po.orderDate, company.locale)}</span>
                  <span className="badge">{PURCHASE_ORDER_STATUS_LABELS[po.status]}</span>
                  <span className="num">{money(purchaseOrderTotalCents(po))}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
