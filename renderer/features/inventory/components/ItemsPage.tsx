/**
 * The items list: search (name, SKU, barcode, location), category and "below minimum"
 * filters (kept in the items filter store so the dashboard can drill in), the shared DataGrid
 * with CSV/XLSX export of the current view, and the page's actions.
 */
import { useMemo, useState } from 'react';
import { isAtOrBelowMinimum, stockValueCents, type Item } from '../../../../shared/domain/inventory';
import { centsToMajorUnits } from '../../../../shared/lib/money';
import { navigate } from '../../../core/router';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { EmptyState } from '../../../ui/EmptyState';
import { useToast } from '../../../ui/Toast';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useVendors } from '../../vendors';
import { useItems } from '../hooks';
import { useItemsFilter } from '../store';
import { useMoney } from './format';
import { ItemForm } from './ItemForm';
import { countSheetRequest } from './printCountSheet';
import { usePrintDocument } from '../../../ui/printing';
import './inventory.css';

export function ItemsPage() {
  const items = useItems();
  const vendors = useVendors();
  const company = useCompanyProfile();
  const money = useMoney();
  const toast = useToast((s) => s.show);
  const printDocument = usePrintDocument();
  const filter = useItemsFilter();
  const [creating, setCreating] = useState(false);
  const [showExpected, setShowExpected] = useState(true);
  const [view, setView] = useState<readonly Item[]>([]);

  const vendorName = useMemo(() => new Map((vendors ?? []).map((v) => [v.id, v.name])), [vendors]);
  const categories = useMemo(() => [...new Set((items ?? []).map((i) => i.category))].sort((a, b) => a.localeCompare(b)), [items]);
  const rows = useMemo(
    () =>
      (items ?? []).filter(
        (i) =>
          (!filter.category || i.category === filter.category) &&
          (!filter.vendorId || (i.vendorId ?? '') === filter.vendorId) &&
          (!filter.belowMinimum || isAtOrBelowMinimum(i)),
      ),
    [items, filter.category, filter.vendorId, filter.belowMinimum],
  );

  const columns = useMemo<GridColumn<Item>[]>(
    () => [
      { id: 'name', header: 'Name', value: (i) => i.name, minWidth: '8rem' },
      { id: 'sku', header: 'SKU', value: (i) => i.sku, width: '7.5rem' },
      { id: 'category', header: 'Category', value: (i) => i.category },
      { id: 'location', header: 'Location', value: (i) => i.location },
      { id: 'onHand', header: 'On hand', value: (i) => i.quantityOnHand, align: 'right', searchable: false, width: '4.5rem' },
      { id: 'unit', header: 'Unit', value: (i) => i.unit, searchable: false, width: '4rem' },
      { id: 'min', header: 'Minimum', value: (i) => i.minQuantity, align: 'right', searchable: false, width: '5rem' },
      { id: 'target', header: 'Target', value: (i) => i.targetQuantity, align: 'right', searchable: false, defaultHidden: true },
      {
        id: 'status',
        header: 'Status',
        value: (i) => (isAtOrBelowMinimum(i) ? 'At or below minimum' : 'OK'),
        cell: (i) => (isAtOrBelowMinimum(i) ? <span className="badge badge-warn">At or below minimum</span> : <span className="muted">OK</span>),
        searchable: false,
        width: '10rem',
      },
      { id: 'vendor', header: 'Vendor', value: (i) => (i.vendorId ? (vendorName.get(i.vendorId) ?? '') : ''), searchable: false },
      {
        id: 'unitCost',
        header: 'Unit cost',
        value: (i) => i.unitCostCents,
        cell: (i) => money(i.unitCostCents),
        exportValue: (i) => centsToMajorUnits(i.unitCostCents, company.currency),
        align: 'right',
        width: '5.5rem',
        searchable: false,
      },
      {
        id: 'value',
        header: 'Value',
        value: (i) => stockValueCents(i),
        cell: (i) => money(stockValueCents(i)),
        exportValue: (i) => centsToMajorUnits(stockValueCents(i), company.currency),
        align: 'right',
        width: '7rem',
        searchable: false,
        defaultHidden: true,
      },
      { id: 'barcode', header: 'Barcode', value: (i) => i.barcode, defaultHidden: true },
    ],
    [vendorName, money, company.currency],
  );

  const print = async (mode: 'print' | 'pdf') => {
    await printDocument(mode, countSheetRequest(view.length ? view : rows, company, showExpected), {
      what: 'Count sheet',
    });
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>Inventory</h1>
        <div className="inv-toolbar">
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            New item
          </button>
          <button type="button" className="btn" onClick={() => navigate('inventory', 'count')}>
            Count stock
          </button>
          <button type="button" className="btn" onClick={() => navigate('inventory', 'dashboard')}>
            Dashboard
          </button>
          <button type="button" className="btn" onClick={() => navigate('inventory', 'import')}>
            Import…
          </button>
        </div>
      </header>
      <section className="card">
        <div className="inv-toolbar" style={{ marginBottom: '0.5rem' }}>
          <label className="field">
            <span>Category</span>
            <select value={filter.category} onChange={(e) => filter.set({ category: e.target.value })} aria-label="Category">
              <option value="">All categories</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          {filter.vendorId !== '' ? (
            <span className="badge">
              Vendor: {vendorName.get(filter.vendorId) ?? 'No vendor'}{' '}
              <button type="button" className="btn" onClick={() => filter.set({ vendorId: '' })} aria-label="Clear vendor filter">
                ×
              </button>
            </span>
          ) : null}
          <label>
            <input type="checkbox" checked={filter.belowMinimum} onChange={(e) => filter.set({ belowMinimum: e.target.checked })} /> At or below minimum
          </label>
          <span style={{ flex: 1 }} />
          <label>
            <input type="checkbox" checked={showExpected} onChange={(e) => setShowExpected(e.target.checked)} /> Expected on sheet
          </label>
          <button type="button" className="btn" onClick={() => void print('print')}>
            Print count sheet
          </button>
          <button type="button" className="btn" onClick={() => void print('pdf')}>
            Save count sheet as PDF…
          </button>
        </div>
        {items === undefined ? (
          <p className="muted">Loading items…</p>
        ) : (
          <DataGrid
            id="inventory.items"
            label="Items"
            rows={rows}
            columns={columns}
            getRowId={(i) => i.id}
            onActivate={(i) => navigate('inventory', i.id)}
            exportName="inventory-items"
            search={filter.search}
            onSearchChange={(search) => filter.set({ search })}
            searchPlaceholder="Search name, SKU, barcode, location…"
            onViewChange={setView}
            empty={
              <EmptyState title="No supplies yet" >
                <p>Add the first item with “New item”, or import a spreadsheet of supplies.</p>
              </EmptyState>
            }
          />
        )}
      </section>
      {creating ? (
        <ItemForm
          categories={categories}
          onClose={() => setCreating(false)}
          onSaved={(item) => {
            setCreating(false);
            toast(`Created ${item.name}`);
            navigate('inventory', item.id);
          }}
        />
      ) : null}
    </div>
  );
}
