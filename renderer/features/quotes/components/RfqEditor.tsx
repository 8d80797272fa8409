/**
 * `#/quotes/new` and `#/quotes/<id>/edit` (a draft): what to ask prices for and whom to ask.
 * Keyboard-first, in the order one thinks of it (what, whom, by when): the title has the focus; each line is one "Item or description" field (a
 * stock item is picked by typing its name, anything else is free text) and a quantity; Enter
 * on a line's quantity adds the next line and moves there; the vendors are checkboxes with a
 * filter. Leaving with unsaved entries asks first.
 */
import { ArrowLeft, Plus, X } from 'lucide-react';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { hrefFor, navigate } from '../../../core/router';
import type { Rfq } from '../../../../shared/domain/quotes';
import { addDays, today as todayIso } from '../../../../shared/lib/dates';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { LeaveGuard, useAllowLeave, useReportUnsaved } from '../../../ui/LeaveGuard';
import { useToast } from '../../../ui/Toast';
import { useItems, type Item } from '../../inventory';
import { useVendors, type Vendor } from '../../vendors';
import { createRfq, newRfqLineId, updateDraftRfq, type NewRfq } from '../repository';
import './quotes.css';

interface LineState {
  id: string;
  text: string;
  quantity: string;
}

/** The datalist shows at most this many items (the rest are found by typing more). */
const MAX_ITEM_OPTIONS = 3000;

const itemLabel = (i: Item) => (i.sku ? `${i.name} (${i.sku})` : i.name);

export function RfqEditorPage({ rfq }: { rfq?: Rfq }) {
  const items = useItems();
  const vendors = useVendors();
  return (
    <LeaveGuard>
      <div className="page" style={{ display: 'grid', gap: 16 }}>
        <p style={{ margin: 0 }}>
          <a href={rfq ? hrefFor('quotes', rfq.id) : hrefFor('quotes')}>
            <ArrowLeft size={14} aria-hidden="true" /> {rfq ? rfq.number : 'Requests for quotation'}
          </a>
        </p>
        <header className="page-header">
          <h1>Quotes</h1>
        </header>
        <h2 style={{ margin: 0 }}>{rfq ? `Edit ${rfq.number}` : 'New request for quotation'}</h2>
        {items === undefined || vendors === undefined ? (
          <p className="muted">Loading…</p>
        ) : (
          <RfqForm rfq={rfq} items={items} vendors={vendors} />
        )}
      </div>
    </LeaveGuard>
  );
}

function RfqForm({
  rfq,
  items,
  vendors,
}: {
  rfq: Rfq | undefined;
  items: readonly Item[];
  vendors: readonly Vendor[];
}) {
  const listId = useId();
  const toast = useToast((s) => s.show);
  const allowLeave = useAllowLeave();
  const itemsById = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const itemsByLabel = useMemo(() => {
    const m = new Map<string, Item>();
    for (const i of items) {
      m.set(itemLabel(i).toLowerCase(), i);
      if (!m.has(i.name.toLowerCase())) m.set(i.name.toLowerCase(), i);
    }
    return m;
  }, [items]);
  const options = useMemo(
    () => [...items].sort((a, b) => a.name.localeCompare(b.name)).slice(0, MAX_ITEM_OPTIONS),
    [items],
  );

  const [title, setTitle] = useState(rfq?.title ?? '');
  const [replyBy, setReplyBy] = useState(rfq?.replyBy ?? addDays(todayIso(), 7));
  const [notes, setNotes] = useState(rfq?.notes ?? '');
  const [lines, setLines] = useState<LineState[]>(() =>
    rfq
      ? rfq.lines.map((l) => {
          const item = l.itemId ? itemsById.get(l.itemId) : undefined;
          return {
            id: l.id,
            text: item && item.name === l.description ? itemLabel(item) : l.description,
            quantity: String(l.quantity),
          };
        })
      : [{ id: newRfqLineId(), text: '', quantity: '1' }],
  );
  const [vendorIds, setVendorIds] = useState<string[]>(rfq?.vendorIds ?? []);
  const [vendorFilter, setVendorFilter] = useState('');
  const [dirty, setDirty] = useState(false);
  useReportUnsaved('rfq-form', dirty);
  const textRefs = useRef(new Map<string, HTMLInputElement>());
  const focusLine = useRef<string | null>(null);

  const change =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setDirty(true);
    };
  const setLine = (id: string, patch: Partial<LineState>) => {
    setLines((ls) => ls.map((l) => (l.id === id ? { ...l, ...patch } : l)));
    setDirty(true);
  };
  const addLine = () => {
    const id = newRfqLineId();
    focusLine.current = id;
    setLines((ls) => [...ls, { id, text: '', quantity: '1' }]);
    setDirty(true);
  };
  const onQuantityKey = (e: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const next = lines[index + 1];
    if (next) textRefs.current.get(next.id)?.focus();
    else addLine();
  };
  const linkedItem = (text: string) => itemsByLabel.get(text.trim().toLowerCase());

  const { error, busy, submit } = useSubmit(async () => {
    const problems: string[] = [];
    const kept = lines.filter((l) => l.text.trim() !== '');
    if (!title.trim())
      problems.push('Give the request a title, e.g. "Laptops for the design team"');
    if (kept.length === 0) problems.push('Add at least one line to ask prices for');
    const parsed = kept.map((l, i) => {
      const quantity = Number(l.quantity);
      if (!Number.isInteger(quantity) || quantity < 1)
        problems.push(`Line ${i + 1}: the quantity must be a whole number of at least 1`);
      const item = linkedItem(l.text);
      return item
        ? { id: l.id, itemId: item.id, description: item.name, quantity }
        : { id: l.id, description: l.text.trim(), quantity };
    });
    if (problems.length) throw new Error(problems.join('. ') + '.');
    const draft: NewRfq = {
      title: title.trim(),
      lines: parsed,
      vendorIds,
      notes,
      ...(replyBy ? { replyBy } : {}),
    };
    const saved = rfq
      ? await updateDraftRfq(rfq.id, { ...draft, replyBy: replyBy || undefined })
      : await createRfq(draft);
    setDirty(false);
    allowLeave();
    toast(rfq ? `${saved.number} saved` : `${saved.number} created`);
    navigate('quotes', saved.id);
  });

  const shownVendors = vendors.filter(
    (v) =>
      !vendorFilter.trim() ||
      v.name.toLowerCase().includes(vendorFilter.trim().toLowerCase()) ||
      vendorIds.includes(v.id),
  );

  return (
    <form
      className="card rfq-form"
      aria-label={rfq ? `Edit ${rfq.number}` : 'New request for quotation'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormError error={error} />
      <label className="field">
        <span>Title</span>
        <input
          value={title}
          onChange={(e) => change(setTitle)(e.target.value)}
          maxLength={200}
          autoFocus
        />
      </label>
      <datalist id={listId}>
        {options.map((i) => (
          <option key={i.id} value={itemLabel(i)} />
        ))}
      </datalist>
      <div className="table-wrap">
        <table className="data-table rfq-lines-edit" aria-label="Lines to quote">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Item or description</th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => {
              const item = linkedItem(l.text);
              return (
                <tr key={l.id}>
                  <td className="muted">{i + 1}</td>
                  <td>
                    <input
                      ref={(el) => {
                        if (el) {
                          textRefs.current.set(l.id, el);
                          if (focusLine.current === l.id) {
                            focusLine.current = null;
                            el.focus();
                          }
                        } else textRefs.current.delete(l.id);
                      }}
                      list={listId}
                      aria-label={`Line ${i + 1} item or description`}
                      value={l.text}
                      maxLength={300}
                      onChange={(e) => setLine(l.id, { text: e.target.value })}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') e.preventDefault();
                      }}
                    />
                    <div className="linked muted" aria-live="polite">
                      {item
                        ? `Stock item${item.unit ? ` · per ${item.unit}` : ''}`
                        : l.text.trim()
                          ? 'Free text (not a stock item)'
                          : ''}
                    </div>
                  </td>
                  <td className="num">
                    <input
                      className="qty"
                      type="number"
                      min={1}
                      step={1}
                      aria-label={`Line ${i + 1} quantity`}
                      value={l.quantity}
                      onChange={(e) => setLine(l.id, { quantity: e.target.value })}
                      onKeyDown={(e) => onQuantityKey(e, i)}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn"
                      aria-label={`Remove line ${i + 1}`}
                      disabled={lines.length === 1}
                      onClick={() => {
                        setLines((ls) => ls.filter((x) => x.id !== l.id));
                        setDirty(true);
                      }}
                    >
                      <X size={14} aria-hidden="true" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted" style={{ margin: 0 }}>
        <button type="button" className="btn" onClick={addLine}>
          <Plus size={14} aria-hidden="true" /> Add line
        </button>{' '}
        Enter on a quantity adds the next line.
      </p>
      <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600 }}>Vendors to ask ({vendorIds.length} chosen)</legend>
        {vendors.length === 0 ? (
          <p className="muted">
            No vendors yet. <a href={hrefFor('vendors')}>Add vendors</a> to ask them for prices.
          </p>
        ) : (
          <>
            {vendors.length > 8 ? (
              <label className="field" style={{ maxWidth: '20rem' }}>
                <span>Find a vendor</span>
                <input
                  type="search"
                  value={vendorFilter}
                  onChange={(e) => setVendorFilter(e.target.value)}
                />
              </label>
            ) : null}
            <div className="rfq-vendor-pick">
              {shownVendors.map((v) => (
                <label key={v.id}>
                  <input
                    type="checkbox"
                    checked={vendorIds.includes(v.id)}
                    onChange={(e) =>
                      change(setVendorIds)(
                        e.target.checked
                          ? [...vendorIds, v.id]
                          : vendorIds.filter((x) => x !== v.id),
                      )
                    }
                  />
                  <span>{v.name}</span>
                  {v.email ? (
                    <span className="muted">{v.email}</span>
                  ) : (
                    <span className="muted">no email on file</span>
                  )}
                </label>
              ))}
            </div>
          </>
        )}
      </fieldset>
      <div className="form-grid">
        <label className="field">
          <span>Reply by</span>
          <input type="date" value={replyBy} onChange={(e) => change(setReplyBy)(e.target.value)} />
        </label>
        <label className="field wide">
          <span>Notes for the vendors</span>
          <textarea
            rows={3}
            value={notes}
            maxLength={4000}
            onChange={(e) => change(setNotes)(e.target.value)}
          />
        </label>
      </div>
      <div className="rfq-form-bar">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {rfq ? 'Save request' : 'Create request'}
        </button>
        <a className="btn" href={rfq ? hrefFor('quotes', rfq.id) : hrefFor('quotes')}>
          Cancel
        </a>
      </div>
    </form>
  );
}
