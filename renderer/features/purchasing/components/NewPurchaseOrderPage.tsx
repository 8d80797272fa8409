/** `#/purchasing/new[/<vendorId>]`: pick the vendor, then the draft opens for its lines. */
import { type FormEvent, useState } from 'react';
import { hrefFor, navigate } from '../../../core/router';
import { today } from '../../../../shared/lib/dates';
import { useVendors } from '../../vendors';
import { createDraftPurchaseOrder } from '../repository';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormError } from '../../../ui/FormDialog';

export function NewPurchaseOrderPage({ vendorId: initialVendor }: { vendorId?: string }) {
  const vendors = useVendors();
  const [vendorId, setVendorId] = useState(initialVendor ?? '');
  const [error, setError] = useState<string | null>(null);
  const chosen = vendorId || vendors?.[0]?.id || '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    try {
      const po = await createDraftPurchaseOrder({ vendorId: chosen, orderDate: today(), lines: [] });
      navigate('purchasing', po.id);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className="page" style={{ display: 'grid', gap: 16, maxWidth: 640 }}>
      <header className="page-header">
        <h1>Purchasing</h1>
      </header>
      <h2 style={{ margin: 0 }}>New purchase order</h2>
      {vendors !== undefined && vendors.length === 0 ? (
        <p>
          Add a vendor first: <a href={hrefFor('vendors', 'new')}>new vendor</a>.
        </p>
      ) : (
        <form className="card" onSubmit={submit} style={{ display: 'grid', gap: 12 }}>
          <FormError error={error} />
          <label className="field">
            <span>Vendor</span>
            <select value={chosen} onChange={(e) => setVendorId(e.target.value)} autoFocus>
              {(vendors ?? []).map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </label>
          <div style={{ display: 'flex', gap: 8 }}>
            <button type="submit" className="btn btn-primary" disabled={!chosen}>
              Create draft
            </button>
            <a className="btn" href={hrefFor('purchasing')}>
              Cancel
            </a>
          </div>
        </form>
      )}
    </div>
  );
}
