/**
 * The supplies an item uses (issue 12.6): toner, drums, paper — Inventory items linked to it,
 * each with what it is for here, its stock on hand and a "Low" badge at or below the minimum
 * (linking to the item in Inventory). "Link a supply…" adds one; Unlink removes the link only.
 */
import { Link2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { Equipment } from '../../../../shared/domain/equipment';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor } from '../../../core/router';
import { useDbQuery } from '../../../db/hooks';
import { FormDialog, FormError } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { useItems } from '../../inventory';
import { linkEquipmentConsumable, listEquipmentConsumables, unlinkEquipmentConsumable, type EquipmentConsumable } from '../consumables';
import './repairs.css';

export function ConsumablesSection({ equipment }: { equipment: Equipment }) {
  const rows = useDbQuery((d) => listEquipmentConsumables(equipment.id, d), [equipment.id]);
  const toast = useToast((s) => s.show);
  const [linking, setLinking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const unlink = async (r: EquipmentConsumable) => {
    setError(null);
    try {
      await unlinkEquipmentConsumable(r.link.id);
      toast(`${r.item?.name ?? 'Supply'} unlinked from ${equipment.name}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="card eqr-section" aria-labelledby="eqr-supplies-title">
      <div className="eqr-head">
        <h2 id="eqr-supplies-title">Supplies</h2>
        <button type="button" className="btn" onClick={() => setLinking(true)}>
          <Link2 size={14} aria-hidden="true" /> Link a supply…
        </button>
      </div>
      <FormError error={error} />
      {rows === undefined ? (
        <p className="muted">Loading supplies…</p>
      ) : rows.length === 0 ? (
        <p className="muted eqr-empty">
          No supplies linked. Link the toner, drums or paper this item uses to see their stock here and to have the reorder list say what they are for.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-label="Supplies">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">For</th>
                <th scope="col" className="num">On hand</th>
                <th scope="col" className="num">Minimum</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.link.id}>
                  <td className="eqr-wrap">
                    {r.item ? <a href={hrefFor('inventory', r.item.id)}>{r.item.name}</a> : <span className="muted">An item deleted from Inventory</span>}
                  </td>
                  <td className="eqr-wrap">{r.link.note ?? <span className="muted">—</span>}</td>
                  <td className="num">
                    {r.item ? (
                      <>
                        {r.item.onHand} {r.item.unit}{' '}
                        {r.item.low ? (
                          <a className="badge badge-warn" href={hrefFor('inventory', r.item.id)} aria-label={`${r.item.name} is low: open it in Inventory`}>
                            Low
                          </a>
                        ) : null}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="num">{r.item ? r.item.minimum : '—'}</td>
                  <td className="num">
                    <button type="button" className="btn" aria-label={`Unlink ${r.item?.name ?? 'the deleted item'}`} onClick={() => void unlink(r)}>
                      Unlink
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {linking ? <LinkSupplyDialog equipment={equipment} linked={rows ?? []} onClose={() => setLinking(false)} /> : null}
    </section>
  );
}

function LinkSupplyDialog({ equipment, linked, onClose }: { equipment: Equipment; linked: readonly EquipmentConsumable[]; onClose: () => void }) {
  const items = useItems();
  const toast = useToast((s) => s.show);
  const [itemId, setItemId] = useState('');
  const [note, setNote] = useState('');
  const taken = useMemo(() => new Set(linked.map((r) => r.link.itemId)), [linked]);
  const options = useMemo(() => [...(items ?? [])].filter((i) => !taken.has(i.id)).sort((a, b) => a.name.localeCompare(b.name)), [items, taken]);
  const chosen = options.find((i) => i.id === itemId);

  const save = async () => {
    if (!itemId) throw new Error('Choose the supply this item uses.');
    await linkEquipmentConsumable({ equipmentId: equipment.id, itemId, note: note.trim() || undefined });
    toast(`${chosen?.name ?? 'Supply'} linked to ${equipment.name}`);
    onClose();
  };

  return (
    <FormDialog title={`Link a supply to ${equipment.name}`} submitLabel="Link supply" onSubmit={save} onClose={onClose} noValidate>
      <div className="eqr-form">
        <label className="field">
          <span>Supply</span>
          <select value={itemId} onChange={(e) => setItemId(e.target.value)} autoFocus>
            <option value="">Choose an item from Inventory…</option>
            {options.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
                {i.sku ? ` (${i.sku})` : ''}
              </option>
            ))}
          </select>
        </label>
        {chosen ? (
          <p className="eqr-hint">
            On hand: {chosen.quantityOnHand} {chosen.unit} · minimum {chosen.minQuantity}
          </p>
        ) : null}
        {items !== undefined && options.length === 0 ? (
          <p className="eqr-hint">{items.length === 0 ? 'There are no items in Inventory yet: add the supply there first.' : 'Every item in Inventory is already linked to this equipment.'}</p>
        ) : null}
        <label className="field">
          <span>What it is for</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} placeholder="e.g. toner black, drum unit" />
        </label>
      </div>
    </FormDialog>
  );
}
