/**
 * One item: its fields (Edit opens the form), quantity on hand, photo, the Receive / Issue /
 * Adjust actions with clear errors (an issue never takes stock below zero), and its stock
 * history newest first with the running balance.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { isAtOrBelowMinimum, type Item, type StockMovement } from '../../../../shared/domain/inventory';
import { hrefFor, navigate } from '../../../core/router';
import { getAttachmentBytes } from '../../../db/attachments';
import { useDbQuery } from '../../../db/hooks';
import { useToast } from '../../../ui/Toast';
import { useActiveEmployees } from '../../people';
import { useVendors } from '../../vendors';
import { useItem } from '../hooks';
import { adjustStock, issueStock, listItemCategories, listMovementsNewestFirst, receiveStock } from '../repository';
import { useMoney } from './format';
import { ItemForm } from './ItemForm';
import { errorMessage } from '../../../../shared/lib/errors';
import './inventory.css';

const KIND_LABEL: Record<StockMovement['kind'], string> = { received: 'Received', issued: 'Issued', adjusted: 'Adjusted', counted: 'Counted' };

function usePhotoUrl(attachmentId: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let revoked = false;
    let made: string | null = null;
    if (!attachmentId) {
      setUrl(null);
      return;
    }
    void getAttachmentBytes(attachmentId).then((bytes) => {
      if (revoked || !bytes) return;
      made = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      setUrl(made);
    });
    return () => {
      revoked = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [attachmentId]);
  return url;
}

type Action = 'receive' | 'issue' | 'adjust';

function MovementForm({ item, action, onDone }: { item: Item; action: Action; onDone: (message: string) => void }) {
  const employees = useActiveEmployees();
  // People and their departments, offered as suggestions; anything else may be typed.
  const issueTargets = useMemo(
    () => [...new Set((employees ?? []).flatMap((e) => [e.name, ...(e.department ? [e.department] : [])]))].sort((a, b) => a.localeCompare(b)),
    [employees],
  );
  const [quantity, setQuantity] = useState('');
  const [who, setWho] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const t = quantity.trim();
    const n = Number(t);
    if (!/^-?\d+$/.test(t) || (action !== 'adjust' && n <= 0) || n === 0) {
      setError(action === 'adjust' ? 'Type the change as a whole number, e.g. -2 or 5.' : 'Type a whole number of at least 1.');
      return;
    }
    try {
      if (action === 'receive') await receiveStock(item.id, n, reason.trim() ? { reason } : {});
      else if (action === 'issue') await issueStock(item.id, n, { ...(who.trim() ? { issuedTo: who.trim() } : {}), ...(reason.trim() ? { reason } : {}) });
      else {
        if (!reason.trim()) {
          setError('An adjustment needs a reason (for example “damaged” or “found”).');
          return;
        }
        await adjustStock(item.id, n, reason.trim());
      }
      setQuantity('');
      setWho('');
      setReason('');
      onDone(action === 'receive' ? `Received ${n} ${item.unit}` : action === 'issue' ? `Issued ${n} ${item.unit}` : `Adjusted by ${n}`);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const verb = action === 'receive' ? 'Receive' : action === 'issue' ? 'Issue' : 'Adjust';
  return (
    <form className="inv-movement-form" onSubmit={(e) => void submit(e)} aria-label={`${verb} stock`}>
      <label className="field">
        <span>{action === 'adjust' ? 'Change (+/−)' : 'Quantity'}</span>
        <input value={quantity} onChange={(e) => setQuantity(e.target.value)} inputMode="numeric" autoFocus />
      </label>
      {action === 'issue' ? (
        <label className="field">
          <span>Issued to (person or department)</span>
          <input value={who} onChange={(e) => setWho(e.target.value)} list="inv-issue-to" />
          <datalist id="inv-issue-to">
            {issueTargets.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </label>
      ) : null}
      <label className="field">
        <span>{action === 'adjust' ? 'Reason (required)' : 'Reason'}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" className="btn btn-primary">
        {verb}
      </button>
      {error ? (
        <p className="error-box" role="alert" style={{ flexBasis: '100%' }}>
          {error}
        </p>
      ) : null}
    </form>
  );
}

export function ItemPage({ itemId }: { itemId: string }) {
  const item = useItem(itemId);
  // The category index's distinct keys, not every item, for the edit form's suggestions.
  const categories = useDbQuery((d) => listItemCategories(d), []);
  const vendors = useVendors();
  const movements = useDbQuery((d) => listMovementsNewestFirst(itemId, d), [itemId]);
  const money = useMoney();
  const toast = useToast((s) => s.show);
  const [action, setAction] = useState<Action | null>(null);
  const [editing, setEditing] = useState(false);
  const photo = usePhotoUrl(item?.photoAttachmentId);

  if (item === undefined) {
    return (
      <div className="page">
        <header className="page-header">
          <h1>Inventory</h1>
        </header>
        <p className="muted">Loading…</p>
      </div>
    );
  }
  if (item === null) {
    return (
      <div className="page">
        <header className="page-header">
          <h1>Inventory</h1>
        </header>
        <p className="error-box">This item does not exist or was deleted.</p>
        <button type="button" className="btn" onClick={() => navigate('inventory')}>
          Back to items
        </button>
      </div>
    );
  }
  const vendor = vendors?.find((v) => v.id === item.vendorId);
  const fields: [string, string][] = [
    ['SKU', item.sku ?? '—'],
    ['Category', item.category],
    ['Unit', item.packSize > 1 ? `${item.unit} (pack of ${item.packSize})` : item.unit],
    ['Location', item.location ?? '—'],
    ['Minimum', String(item.minQuantity)],
    ['Target level', String(item.targetQuantity)],
    ['Pack size', String(item.packSize)],
    ['Vendor minimum order', item.vendorMinimumOrder !== undefined ? String(item.vendorMinimumOrder) : '—'],
    ['Preferred vendor', vendor?.name ?? '—'],
    ['Unit cost', money(item.unitCostCents)],
    ['Barcode', item.barcode ?? '—'],
    ['Notes', item.notes ?? '—'],
  ];
  return (
    <div className="page">
      <header className="page-header">
        <h1>Inventory</h1>
        <div className="inv-toolbar">
          <button type="button" className="btn" onClick={() => navigate('inventory')}>
            ← Items
          </button>
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            Edit
          </button>
          {/* Quoted and paid prices per vendor (the quotes module's chart; a link, not an import). */}
          <a className="btn" href={hrefFor('quotes', 'history', item.id)}>
            Price history
          </a>
        </div>
      </header>
      <section className="card inv-item-head" aria-label="Item">
        {photo ? <img className="inv-photo" src={photo} alt={`Photo of ${item.name}`} /> : null}
        <div style={{ flex: 1 }}>
          <h2>{item.name}</h2>
          <dl className="form-grid">
            {fields.map(([k, v]) => (
              <div key={k}>
                <dt className="muted">{k}</dt>
                <dd style={{ margin: 0 }}>{v}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div>
          <div className="muted">On hand</div>
          <div className="inv-onhand" aria-label="Quantity on hand">
            {item.quantityOnHand} {item.unit}
          </div>
          {isAtOrBelowMinimum(item) ? <span className="badge badge-warn">At or below minimum</span> : null}
          <div className="muted">Value {money(item.quantityOnHand * item.unitCostCents)}</div>
        </div>
      </section>
      <section className="card">
        <div className="inv-toolbar" role="group" aria-label="Stock actions">
          {(['receive', 'issue', 'adjust'] as const).map((a) => (
            <button key={a} type="button" className={action === a ? 'btn btn-primary' : 'btn'} aria-pressed={action === a} onClick={() => setAction(action === a ? null : a)}>
              {a === 'receive' ? 'Receive' : a === 'issue' ? 'Issue' : 'Adjust'}
            </button>
          ))}
        </div>
        {action ? (
          <div style={{ marginTop: '0.75rem' }}>
            <MovementForm key={action} item={item} action={action} onDone={(m) => toast(m)} />
          </div>
        ) : null}
      </section>
      <section className="card">
        <h2>Stock history</h2>
        {movements === undefined ? (
          <p className="muted">Loading…</p>
        ) : movements.length === 0 ? (
          <p className="muted">No stock movements yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table" aria-label="Stock history">
              <thead>
                <tr>
                  <th>Date</th>
                  <th>Kind</th>
                  <th className="num">Quantity</th>
                  <th className="num">Balance</th>
                  <th>Who / department</th>
                  <th>Reason</th>
                </tr>
              </thead>
              <tbody>
                {movements.map((m) => (
                  <tr key={m.id}>
                    <td>{m.date ?? m.createdAt.slice(0, 10)}</td>
                    <td>{KIND_LABEL[m.kind]}</td>
                    <td className="num">{m.kind === 'counted' ? `${m.countedQuantity} (${m.quantity >= 0 ? '+' : ''}${m.quantity})` : m.quantity > 0 ? `+${m.quantity}` : m.quantity}</td>
                    <td className="num">{m.balanceAfter}</td>
                    <td>{m.issuedTo ?? ''}</td>
                    <td>{m.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {editing ? <ItemForm item={item} categories={categories ?? []} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} /> : null}
    </div>
  );
}
