/** `#/purchasing`: every order, filterable by status and vendor. */
import { ListChecks, Plus, ShoppingCart } from 'lucide-react';
import { useMemo, useState } from 'react';
import { hrefFor, navigate } from '../../../core/router';
import { formatMoney } from '../../../../shared/lib/money';
import { formatDate } from '../../../../shared/lib/dates';
import {
  PURCHASE_ORDER_STATUSES,
  PURCHASE_ORDER_STATUS_LABELS,
  purchaseOrderTotalCents,
  type PurchaseOrder,
  type PurchaseOrderStatus,
} from '../../../../shared/domain/purchasing';
import { EmptyState } from '../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useVendors } from '../../vendors';
import { usePurchaseOrders } from '../hooks';
import { StatusBadge } from './StatusBadge';
import './purchasing.css';

interface Row {
  po: PurchaseOrder;
  vendorName: string;
  total: number;
}

export function PurchaseOrdersPage() {
  const orders = usePurchaseOrders();
  const vendors = useVendors();
  const company = useCompanyProfile();
  const [status, setStatus] = useState<PurchaseOrderStatus | ''>('');
  const [vendorId, setVendorId] = useState('');

  const rows = useMemo<Row[]>(() => {
    const names = new Map((vendors ?? []).map((v) => [v.id, v.name]));
    return (orders ?? [])
      .filter((po) => (!status || po.status === status) && (!vendorId || po.vendorId === vendorId))
      .map((po) => ({ po, vendorName: names.get(po.vendorId) ?? '(deleted vendor)', total: purchaseOrderTotalCents(po) }));
  }, [orders, vendors, status, vendorId]);

  const columns = useMemo<GridColumn<Row>[]>(
    () => [
      { id: 'number', header: 'Number', value: (r) => r.po.number, cell: (r) => <a href={hrefFor('purchasing', r.po.id)}>{r.po.number}</a>, width: '9rem' },
      { id: 'date', header: 'Order date', value: (r) => r.po.orderDate, cell: (r) => formatDate(r.po.orderDate, company.locale), width: '8rem' },
      { id: 'vendor', header: 'Vendor', value: (r) => r.vendorName },
      { id: 'status', header: 'Status', value: (r) => PURCHASE_ORDER_STATUS_LABELS[r.po.status], cell: (r) => <StatusBadge status={r.po.status} />, width: '10rem' },
      { id: 'lines', header: 'Lines', value: (r) => r.po.lines.length, align: 'right', width: '4.5rem' },
      {
        id: 'total',
        header: 'Total',
        value: (r) => r.total,
        cell: (r) => formatMoney(r.total, company.currency, company.locale),
        align: 'right',
        width: '8rem',
      },
    ],
    [company.currency, company.locale],
  );

  return (
    <div className="page" style={{ display: 'grid', gap: 16 }}>
      <header className="page-header">
        <h1>Purchasing</h1>
        <span className="spacer" />
        <a className="btn" href="#/purchasing/reorder">
          <ListChecks size={16} aria-hidden="true" /> Reorder list
        </a>
        <button type="button" className="btn btn-primary" onClick={() => navigate('purchasing', 'new')}>
          <Plus size={16} aria-hidden="true" /> New purchase order
        </button>
      </header>
      {orders === undefined ? (
        <p className="muted">Loading orders…</p>
      ) : orders.length === 0 ? (
        <EmptyState
          icon={ShoppingCart}
          title="No purchase orders yet"
          actions={
            <a className="btn btn-primary" href="#/purchasing/reorder">
              Open the reorder list
            </a>
          }
        >
          <p>The reorder list suggests what to buy from each vendor and makes the draft orders for you.</p>
        </EmptyState>
      ) : (
        <>
          <div className="po-filters">
            <label className="field">
              <span>Status</span>
              <select value={status} onChange={(e) => setStatus(e.target.value as PurchaseOrderStatus | '')}>
                <option value="">All statuses</option>
                {PURCHASE_ORDER_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {PURCHASE_ORDER_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Vendor</span>
              <select value={vendorId} onChange={(e) => setVendorId(e.target.value)}>
                <option value="">All vendors</option>
                {(vendors ?? []).map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <DataGrid
            id="purchasing.orders"
            label="Purchase orders"
            rows={rows}
            columns={columns}
            getRowId={(r) => r.po.id}
            onActivate={(r) => navigate('purchasing', r.po.id)}
            exportName="purchase-orders"
            searchPlaceholder="Search orders"
          />
        </>
      )}
    </div>
  );
}
