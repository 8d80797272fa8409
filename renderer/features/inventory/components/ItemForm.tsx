/**
 * The item form (new and edit) in a dialog: every item field, Enter saves, Escape cancels,
 * the first field takes focus. Unit cost is typed as money and stored in cents; the photo goes
 * to the attachment store and the item keeps its id.
 */
import { useState } from 'react';
import type { Item } from '../../../../shared/domain/inventory';
import { centsToDecimalString, parseMoney } from '../../../../shared/lib/money';
import { addAttachment } from '../../../db/attachments';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useVendors } from '../../vendors';
import { createItem, itemRepository } from '../repository';
import { FormDialog } from '../../../ui/FormDialog';

const UNITS = ['each', 'box', 'ream', 'pack', 'case', 'roll', 'bottle'];

type Fields = Record<
  | 'name'
  | 'sku'
  | 'category'
  | 'unit'
  | 'location'
  | 'minQuantity'
  | 'targetQuantity'
  | 'packSize'
  | 'vendorMinimumOrder'
  | 'vendorId'
  | 'unitCost'
  | 'barcode'
  | 'notes'
  | 'openingQuantity',
  string
>;

function initial(item: Item | undefined, currency: string): Fields {
  return {
    name: item?.name ?? '',
    sku: item?.sku ?? '',
    category: item?.category ?? 'General',
    unit: item?.unit ?? 'each',
    location: item?.location ?? '',
    minQuantity: String(item?.minQuantity ?? 0),
    targetQuantity: String(item?.targetQuantity ?? 0),
    packSize: String(item?.packSize ?? 1),
    vendorMinimumOrder:
      item?.vendorMinimumOrder !== undefined ? String(item.vendorMinimumOrder) : '',
    vendorId: item?.vendorId ?? '',
    unitCost: item ? centsToDecimalString(item.unitCostCents, currency) : '',
    barcode: item?.barcode ?? '',
    notes: item?.notes ?? '',
    openingQuantity: '0',
  };
}

function wholeNumber(label: string, text: string, min: number): number {
  const t = text.trim();
  if (!/^\d+$/.test(t)) throw new Error(`${label} must be a whole number.`);
  const n = Number(t);
  if (n < min) throw new Error(`${label} must be at least ${min}.`);
  return n;
}

export function ItemForm({
  item,
  categories,
  onClose,
  onSaved,
}: {
  item?: Item;
  categories: string[];
  onClose: () => void;
  onSaved: (item: Item) => void;
}) {
  const { currency, locale } = useCompanyProfile();
  const vendors = useVendors() ?? [];
  const [f, setF] = useState<Fields>(() => initial(item, currency));
  const [photo, setPhoto] = useState<File | null>(null);
  const set = (k: keyof Fields) => (e: { target: { value: string } }) =>
    setF((p) => ({ ...p, [k]: e.target.value }));

  const submit = async () => {
    const unitCostCents = f.unitCost.trim() === '' ? 0 : parseMoney(f.unitCost, currency, locale);
    if (unitCostCents === null || unitCostCents < 0)
      throw new Error('Unit cost is not an amount of money (for example 12.50).');
    const draft = {
      name: f.name,
      sku: f.sku,
      category: f.category.trim() || 'General',
      unit: f.unit.trim() || 'each',
      location: f.location,
      minQuantity: wholeNumber('Minimum', f.minQuantity, 0),
      targetQuantity: wholeNumber('Target level', f.targetQuantity, 0),
      packSize: wholeNumber('Pack size', f.packSize, 1),
      ...(f.vendorMinimumOrder.trim()
        ? { vendorMinimumOrder: wholeNumber('Vendor minimum order', f.vendorMinimumOrder, 0) }
        : {}),
      ...(f.vendorId ? { vendorId: f.vendorId } : {}),
      unitCostCents,
      barcode: f.barcode,
      notes: f.notes,
    };
    let saved = item
      ? await itemRepository.update(item.id, {
          ...draft,
          vendorId: f.vendorId || undefined,
          vendorMinimumOrder: draft.vendorMinimumOrder,
        })
      : await createItem({
          ...draft,
          openingQuantity: wholeNumber('Quantity on hand', f.openingQuantity, 0),
        });
    if (photo) {
      const att = await addAttachment({
        name: photo.name,
        mimeType: photo.type,
        bytes: new Uint8Array(await photo.arrayBuffer()),
        linkedTable: 'items',
        linkedId: saved.id,
      });
      saved = await itemRepository.update(saved.id, { photoAttachmentId: att.id });
    }
    onSaved(saved);
  };

  const text = (k: keyof Fields, label: string, props: Record<string, unknown> = {}) => (
    <label className="field">
      <span>{label}</span>
      <input value={f[k]} onChange={set(k)} {...props} />
    </label>
  );

  return (
    <FormDialog
      title={item ? `Edit ${item.name}` : 'New item'}
      size="medium"
      submitLabel={item ? 'Save' : 'Create item'}
      onClose={onClose}
      onSubmit={submit}
      noValidate
    >
      <div className="form-grid">
        {text('name', 'Name', { autoFocus: true, required: true })}
        {text('sku', 'SKU')}
        {text('category', 'Category', { list: 'inv-categories' })}
        <datalist id="inv-categories">
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        {text('unit', 'Unit', { list: 'inv-units' })}
        <datalist id="inv-units">
          {UNITS.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
        {text('location', 'Location (cupboard or shelf)')}
        {item ? null : text('openingQuantity', 'Quantity on hand', { inputMode: 'numeric' })}
        {text('minQuantity', 'Minimum (reorder point)', { inputMode: 'numeric' })}
        {text('targetQuantity', 'Target level', { inputMode: 'numeric' })}
        {text('packSize', 'Pack size', { inputMode: 'numeric' })}
        {text('vendorMinimumOrder', 'Vendor minimum order', { inputMode: 'numeric' })}
        <label className="field">
          <span>Preferred vendor</span>
          <select value={f.vendorId} onChange={set('vendorId')}>
            <option value="">None</option>
            {vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        {text('unitCost', `Unit cost (${currency})`, { inputMode: 'decimal' })}
        {text('barcode', 'Barcode')}
        <label className="field">
          <span>Photo</span>
          <input
            type="file"
            accept="image/*"
            onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
          />
        </label>
        <label className="field" style={{ gridColumn: '1 / -1' }}>
          <span>Notes</span>
          <textarea value={f.notes} onChange={set('notes')} rows={3} />
        </label>
      </div>
    </FormDialog>
  );
}
