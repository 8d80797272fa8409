/** The vendor form: every field labelled, errors shown beside the field they belong to. */
import { type FormEvent, useState } from 'react';
import type { Vendor, VendorDraft } from '../../../../shared/domain/vendors';
import { vendorRepository } from '../repository';
import { RatingInput } from './RatingInput';
import { type FormErrors, toFormErrors } from './formErrors';
import './vendors.css';
import { FormError } from '../../../ui/FormDialog';
import { buildCategoryTree, useBudgetCategories, type CategoryNode } from '../../budget';

type TextKey = 'name' | 'contactName' | 'email' | 'phone' | 'address' | 'website' | 'accountNumber' | 'paymentTerms' | 'notes';

const TEXT_FIELDS: { key: TextKey; label: string; type?: string; wide?: boolean; multiline?: boolean; autoComplete?: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'contactName', label: 'Contact person' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'website', label: 'Website' },
  { key: 'accountNumber', label: 'Account number' },
  { key: 'paymentTerms', label: 'Payment terms' },
  { key: 'address', label: 'Address', multiline: true, wide: true },
  { key: 'notes', label: 'Notes', multiline: true, wide: true },
];

export function VendorForm({
  vendor,
  onSaved,
  onCancel,
}: {
  vendor?: Vendor;
  onSaved: (vendor: Vendor) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState<Record<TextKey, string>>(() => {
    const out = {} as Record<TextKey, string>;
    for (const f of TEXT_FIELDS) out[f.key] = vendor?.[f.key] ?? '';
    return out;
  });
  const [leadTime, setLeadTime] = useState(vendor?.leadTimeDays !== undefined ? String(vendor.leadTimeDays) : '');
  const [rating, setRating] = useState<number | undefined>(vendor?.rating);
  const [categoryId, setCategoryId] = useState(vendor?.defaultCategoryId ?? '');
  const categories = useBudgetCategories();
  const categoryOptions: { id: string; path: string }[] = [];
  const walk = (nodes: CategoryNode[], parents: string[]) => {
    for (const n of nodes) {
      categoryOptions.push({ id: n.category.id, path: [...parents, n.category.name].join(' / ') });
      walk(n.children, [...parents, n.category.name]);
    }
  };
  walk(buildCategoryTree(categories ?? []), []);
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const draft: VendorDraft = {
      ...text,
      leadTimeDays: leadTime.trim() === '' ? undefined : Number(leadTime),
      rating,
      defaultCategoryId: categoryId || undefined,
    };
    try {
      const saved = vendor ? await vendorRepository.update(vendor.id, draft) : await vendorRepository.create(draft);
      setErrors({ fields: {} });
      onSaved(saved);
    } catch (err) {
      setErrors(toFormErrors(err));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (key: string) =>
    errors.fields[key] ? (
      <span className="field-error" id={`vendor-${key}-error`}>
        {errors.fields[key]}
      </span>
    ) : null;

  return (
    <form className="card" onSubmit={submit} aria-label={vendor ? 'Edit vendor' : 'New vendor'} noValidate>
      <FormError error={errors.summary} />
      <div className="form-grid">
        {TEXT_FIELDS.map((f) => (
          <label key={f.key} className={f.wide ? 'field wide' : 'field'}>
            <span>{f.label}</span>
            {f.multiline ? (
              <textarea
                rows={3}
                value={text[f.key]}
                onChange={(e) => setText({ ...text, [f.key]: e.target.value })}
                aria-invalid={errors.fields[f.key] ? true : undefined}
                aria-describedby={errors.fields[f.key] ? `vendor-${f.key}-error` : undefined}
              />
            ) : (
              <input
                type={f.type ?? 'text'}
                value={text[f.key]}
                required={f.key === 'name'}
                autoFocus={f.key === 'name' && !vendor}
                onChange={(e) => setText({ ...text, [f.key]: e.target.value })}
                aria-invalid={errors.fields[f.key] ? true : undefined}
                aria-describedby={errors.fields[f.key] ? `vendor-${f.key}-error` : undefined}
              />
            )}
            {fieldError(f.key)}
          </label>
        ))}
        <label className="field">
          <span>Lead time (days)</span>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            step={1}
            value={leadTime}
            onChange={(e) => setLeadTime(e.target.value)}
            aria-invalid={errors.fields.leadTimeDays ? true : undefined}
            aria-describedby={errors.fields.leadTimeDays ? 'vendor-leadTimeDays-error' : undefined}
          />
          {fieldError('leadTimeDays')}
        </label>
        <label className="field">
          <span>Usual expense category</span>
          <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)} aria-describedby="vendor-category-hint">
            <option value="">— from its expenses —</option>
            {categoryOptions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
          </select>
          <span className="muted" id="vendor-category-hint" style={{ fontSize: 12 }}>
            Paying this vendor&apos;s invoices records the expense here.
          </span>
        </label>
        <div className="field">
          <RatingInput value={rating} onChange={setRating} />
          {fieldError('rating')}
        </div>
      </div>
      <div style={{ display: 'flex', gap: 8, marginTop: 16 }}>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {vendor ? 'Save vendor' : 'Add vendor'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
