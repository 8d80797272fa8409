/** `#/vendors`: every vendor in a searchable grid, and the form for a new one. */
import { Plus, Truck } from 'lucide-react';
import { useState } from 'react';
import { hrefFor, navigate } from '../../../core/router';
import { EmptyState } from '../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../ui/table';
import type { Vendor } from '../../../../shared/domain/vendors';
import { useVendors } from '../hooks';
import { RatingStars } from './RatingInput';
import { VendorForm } from './VendorForm';
import './vendors.css';

const COLUMNS: GridColumn<Vendor>[] = [
  { id: 'name', header: 'Name', value: (v) => v.name, cell: (v) => <a href={hrefFor('vendors', v.id)}>{v.name}</a>, filter: 'text' },
  { id: 'contact', header: 'Contact', value: (v) => v.contactName ?? '' },
  { id: 'phone', header: 'Phone', value: (v) => v.phone ?? '', width: '9rem' },
  { id: 'email', header: 'Email', value: (v) => v.email ?? '' },
  { id: 'terms', header: 'Payment terms', value: (v) => v.paymentTerms ?? '', filter: 'select', width: '9rem' },
  { id: 'lead', header: 'Lead time (days)', value: (v) => v.leadTimeDays ?? null, align: 'right', width: '8rem' },
  { id: 'rating', header: 'Rating', value: (v) => v.rating ?? null, cell: (v) => <RatingStars value={v.rating} />, width: '7rem' },
  { id: 'account', header: 'Account number', value: (v) => v.accountNumber ?? '', defaultHidden: true },
];

export function VendorsPage({ creating }: { creating: boolean }) {
  const vendors = useVendors();
  const [adding, setAdding] = useState(creating);
  const showForm = adding || creating;

  return (
    <div className="page" style={{ display: 'grid', gap: 16 }}>
      <header className="page-header">
        <h1>Vendors</h1>
        <span className="spacer" />
        {!showForm ? (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            <Plus size={16} aria-hidden="true" /> New vendor
          </button>
        ) : null}
      </header>
      {showForm ? (
        <VendorForm
          onSaved={(v) => navigate('vendors', v.id)}
          onCancel={() => {
            setAdding(false);
            if (creating) navigate('vendors');
          }}
        />
      ) : null}
      {vendors === undefined ? (
        <p className="muted">Loading vendors…</p>
      ) : vendors.length === 0 && !showForm ? (
        <EmptyState icon={Truck} title="No vendors yet" actions={<button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>Add a vendor</button>}>
          <p>Add the shops and suppliers you buy from; items and purchase orders are linked to them.</p>
        </EmptyState>
      ) : (
        <DataGrid
          id="vendors.list"
          label="Vendors"
          rows={vendors}
          columns={COLUMNS}
          getRowId={(v) => v.id}
          onActivate={(v) => navigate('vendors', v.id)}
          exportName="vendors"
          searchPlaceholder="Search vendors"
        />
      )}
    </div>
  );
}
