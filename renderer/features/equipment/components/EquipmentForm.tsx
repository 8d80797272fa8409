/**
 * The register form (new item and edit) in a dialog: every field of the register. The asset
 * tag starts as the next one in the office's series and can be changed; retiring or disposing
 * asks the date and the reason. Enter saves, Escape cancels; a refused save shows the
 * repository's sentence and keeps everything typed.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import {
  EQUIPMENT_STATUSES,
  EQUIPMENT_STATUS_LABELS,
  isOutOfService,
  type Equipment,
  type EquipmentDraft,
  type EquipmentStatus,
} from '../../../../shared/domain/equipment';
import { today } from '../../../../shared/lib/dates';
import { centsToDecimalString, parseMoney } from '../../../../shared/lib/money';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { FormDialog } from '../../../ui/FormDialog';
import { useVendors } from '../../vendors';
import { useEquipmentSettings, useSuggestedEquipmentTag } from '../hooks';
import { createEquipment, updateEquipment } from '../repository';

type Field =
  | 'name'
  | 'assetTag'
  | 'category'
  | 'make'
  | 'model'
  | 'serialNumber'
  | 'location'
  | 'purchaseDate'
  | 'purchaseCost'
  | 'vendorId'
  | 'warrantyEnds'
  | 'expectedLifeMonths'
  | 'status'
  | 'retiredOn'
  | 'retirementReason'
  | 'notes';
type Fields = Record<Field, string>;

function initial(item: Equipment | undefined, currency: string): Fields {
  return {
    name: item?.name ?? '',
    assetTag: item?.assetTag ?? '',
    category: item?.category ?? '',
    make: item?.make ?? '',
    model: item?.model ?? '',
    serialNumber: item?.serialNumber ?? '',
    location: item?.location ?? '',
    purchaseDate: item?.purchaseDate ?? '',
    purchaseCost: item?.purchaseCostCents !== undefined ? centsToDecimalString(item.purchaseCostCents, currency) : '',
    vendorId: item?.vendorId ?? '',
    warrantyEnds: item?.warrantyEnds ?? '',
    expectedLifeMonths: item?.expectedLifeMonths !== undefined ? String(item.expectedLifeMonths) : '',
    status: item?.status ?? 'in-use',
    retiredOn: item?.retiredOn ?? '',
    retirementReason: item?.retirementReason ?? '',
    notes: item?.notes ?? '',
  };
}

export function EquipmentForm({
  item,
  onClose,
  onSaved,
}: {
  item?: Equipment;
  onClose: () => void;
  onSaved: (item: Equipment) => void;
}) {
  const { currency, locale } = useCompanyProfile();
  const vendors = useVendors();
  const settings = useEquipmentSettings();
  const suggestion = useSuggestedEquipmentTag();
  const [f, setF] = useState<Fields>(() => initial(item, currency));
  const [bookable, setBookable] = useState(item?.bookable ?? false);
  const [tagTouched, setTagTouched] = useState(!!item);
  const ids = useId();

  // Offer the next tag once it is known, unless the user has typed one.
  useEffect(() => {
    if (!tagTouched && suggestion && f.assetTag === '') setF((p) => ({ ...p, assetTag: suggestion }));
  }, [suggestion, tagTouched, f.assetTag]);

  const set = (k: Field) => (e: { target: { value: string } }) => setF((p) => ({ ...p, [k]: e.target.value }));

  const categories = useMemo(() => {
    const list = (settings?.categories ?? []).filter((c) => !c.hidden || c.name === f.category || c.key === f.category);
    const names = list.map((c) => c.name);
    // An item filed under a name the list no longer has keeps it as a choice.
    if (f.category && !list.some((c) => c.name === f.category || c.key === f.category)) names.push(f.category);
    return names;
  }, [settings, f.category]);

  const status = f.status as EquipmentStatus;
  const retiring = isOutOfService(status);
  // "Lent out" is set by checking the item out, so it is offered only while the item is out.
  const statuses = EQUIPMENT_STATUSES.filter((s) => s !== 'lent-out' || item?.status === 'lent-out');

  const submit = async () => {
    const costText = f.purchaseCost.trim();
    let purchaseCostCents: number | undefined;
    if (costText) {
      const cents = parseMoney(costText, currency, locale);
      if (cents === null || cents < 0) throw new Error('The purchase cost is not an amount of money (for example 1250.00).');
      purchaseCostCents = cents;
    }
    const lifeText = f.expectedLifeMonths.trim();
    let expectedLifeMonths: number | undefined;
    if (lifeText) {
      if (!/^\d+$/.test(lifeText)) throw new Error('The expected life is a whole number of months (for example 60).');
      expectedLifeMonths = Number(lifeText);
    }
    const draft: EquipmentDraft = {
      name: f.name,
      assetTag: f.assetTag,
      category: f.category,
      make: f.make,
      model: f.model,
      serialNumber: f.serialNumber,
      location: f.location,
      purchaseDate: f.purchaseDate || undefined,
      purchaseCostCents,
      vendorId: f.vendorId || undefined,
      warrantyEnds: f.warrantyEnds || undefined,
      expectedLifeMonths,
      status,
      retiredOn: retiring ? f.retiredOn || undefined : undefined,
      retirementReason: retiring ? f.retirementReason : undefined,
      bookable: bookable || undefined,
      notes: f.notes,
    };
    const saved = item ? await updateEquipment(item.id, draft) : await createEquipment(draft);
    onSaved(saved);
  };

  const text = (k: Field, label: string, props: Record<string, unknown> = {}) => (
    <label className="field">
      <span>{label}</span>
      <input value={f[k]} onChange={set(k)} {...props} />
    </label>
  );

  return (
    <FormDialog
      title={item ? `Edit ${item.name}` : 'New equipment'}
      size="large"
      submitLabel={item ? 'Save' : 'Add to register'}
      onClose={onClose}
      onSubmit={submit}
      noValidate
      className="eq-form"
    >
      <div className="form-grid">
        {text('name', 'Name', { autoFocus: true, required: true, maxLength: 200 })}
        <label className="field">
          <span>Asset tag</span>
          <input
            value={f.assetTag}
            onChange={(e) => {
              setTagTouched(true);
              set('assetTag')(e);
            }}
            maxLength={40}
            aria-describedby={`${ids}-tag`}
            autoComplete="off"
          />
          <small id={`${ids}-tag`} className="muted">
            {item ? 'Unique in the register.' : suggestion ? `Next in the series: ${suggestion}` : 'Unique in the register.'}
          </small>
        </label>
        <label className="field">
          <span>Category</span>
          <select value={f.category} onChange={set('category')}>
            <option value="">No category</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        {text('location', 'Location', { maxLength: 120 })}
        {text('make', 'Manufacturer', { maxLength: 80 })}
        {text('model', 'Model', { maxLength: 80 })}
        {text('serialNumber', 'Serial number', { maxLength: 80, autoComplete: 'off' })}
        <label className="field">
          <span>Vendor</span>
          <select value={f.vendorId} onChange={set('vendorId')}>
            <option value="">No vendor</option>
            {(vendors ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        {text('purchaseDate', 'Purchase date', { type: 'date' })}
        {text('purchaseCost', `Purchase cost (${currency})`, { inputMode: 'decimal' })}
        {text('warrantyEnds', 'Warranty ends', { type: 'date' })}
        {text('expectedLifeMonths', 'Expected life (months)', { inputMode: 'numeric' })}
        <label className="field">
          <span>Status</span>
          <select
            value={f.status}
            onChange={(e) => {
              const next = e.target.value;
              setF((p) => ({ ...p, status: next, ...(isOutOfService(next as EquipmentStatus) && !p.retiredOn ? { retiredOn: today() } : {}) }));
            }}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {EQUIPMENT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="eq-check">
          <input type="checkbox" checked={bookable} onChange={(e) => setBookable(e.target.checked)} />
          <span>Bookable (can be reserved)</span>
        </label>
        {retiring ? (
          <fieldset className="wide eq-retire">
            <legend>{EQUIPMENT_STATUS_LABELS[status]}: when and why</legend>
            <div className="form-grid">
              {text('retiredOn', `Date ${EQUIPMENT_STATUS_LABELS[status].toLowerCase()}`, { type: 'date', required: true })}
              {text('retirementReason', 'Reason', { required: true, maxLength: 500 })}
            </div>
          </fieldset>
        ) : null}
        <label className="field wide">
          <span>Notes</span>
          <textarea value={f.notes} onChange={set('notes')} rows={3} maxLength={4000} />
        </label>
      </div>
    </FormDialog>
  );
}
