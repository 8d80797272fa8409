/**
 * Recording one vendor's quote: per line the unit price and the pack size it sells in, for
 * the whole quote the day it came, its lead time in days and the last day its prices hold.
 * Keyboard-first: the first price has the focus, Tab walks price → pack → next price, Enter
 * records. A line left blank is one the vendor did not offer.
 */
import { useMemo, useState } from 'react';
import { unitsToBuy, type Rfq, type VendorQuote } from '../../../../shared/domain/quotes';
import { today as todayIso } from '../../../../shared/lib/dates';
import { centsToDecimalString, formatMoney, parseMoney } from '../../../../shared/lib/money';
import { FormDialog } from '../../../ui/FormDialog';
import type { Vendor } from '../../vendors';
import { recordQuote } from '../repository';
import './quotes.css';

interface LineEntry {
  price: string;
  pack: string;
}

export function QuoteDialog({
  rfq,
  vendors,
  vendorId: initialVendorId,
  currency,
  locale,
  onClose,
  onSaved,
}: {
  rfq: Rfq;
  vendors: readonly Vendor[];
  /** The vendor whose quote this is; the dialog asks when absent. */
  vendorId?: string;
  currency: string;
  locale: string;
  onClose: () => void;
  onSaved: (vendorName: string) => void;
}) {
  const [vendorId, setVendorId] = useState(
    initialVendorId ??
      rfq.vendorIds.find((id) => !rfq.quotes.some((q) => q.vendorId === id)) ??
      rfq.vendorIds[0] ??
      '',
  );
  const existing = rfq.quotes.find((q) => q.vendorId === vendorId);
  const startFrom = (q: VendorQuote | undefined) => ({
    receivedOn: q?.receivedOn ?? todayIso(),
    validUntil: q?.validUntil ?? '',
    lead: q?.leadTimeDays === undefined ? '' : String(q.leadTimeDays),
    notes: q?.notes ?? '',
    lines: Object.fromEntries(
      rfq.lines.map((l) => {
        const ql = q?.lines.find((x) => x.lineId === l.id);
        return [
          l.id,
          {
            price:
              ql?.unitPriceCents === undefined
                ? ''
                : centsToDecimalString(ql.unitPriceCents, currency),
            pack: String(ql?.packSize ?? 1),
          },
        ];
      }),
    ) as Record<string, LineEntry>,
  });
  const [form, setForm] = useState(() => startFrom(existing));
  const pickVendor = (id: string) => {
    setVendorId(id);
    setForm(startFrom(rfq.quotes.find((q) => q.vendorId === id)));
  };
  const setLine = (id: string, patch: Partial<LineEntry>) =>
    setForm((f) => ({ ...f, lines: { ...f.lines, [id]: { ...f.lines[id]!, ...patch } } }));
  const vendorName = vendors.find((v) => v.id === vendorId)?.name ?? '';
  // The vendors asked first, then the others (a quote may come unasked).
  const vendorOptions = useMemo(
    () =>
      [...vendors].sort(
        (a, b) =>
          Number(rfq.vendorIds.includes(b.id)) - Number(rfq.vendorIds.includes(a.id)) ||
          a.name.localeCompare(b.name),
      ),
    [vendors, rfq.vendorIds],
  );
  const money = (c: number) => formatMoney(c, currency, locale);

  const submit = async () => {
    if (!vendorId) throw new Error('Choose the vendor whose quote this is.');
    const problems: string[] = [];
    const lines = rfq.lines.map((l, i) => {
      const entry = form.lines[l.id]!;
      const pack = Number(entry.pack.trim() === '' ? '1' : entry.pack);
      if (!Number.isInteger(pack) || pack < 1)
        problems.push(`Line ${i + 1}: the pack size must be a whole number of at least 1`);
      if (entry.price.trim() === '') return { lineId: l.id, packSize: pack };
      const cents = parseMoney(entry.price, currency, locale);
      if (cents === null || cents < 0)
        problems.push(
          `Line ${i + 1}: enter the unit price like ${centsToDecimalString(1250, currency)}`,
        );
      return { lineId: l.id, unitPriceCents: cents ?? 0, packSize: pack };
    });
    const lead = form.lead.trim();
    if (lead !== '' && !/^\d+$/.test(lead))
      problems.push('Lead time: a whole number of days, like 5');
    if (form.validUntil && form.validUntil < form.receivedOn)
      problems.push('Valid until is before the day the quote came');
    if (problems.length) throw new Error(problems.join('. ') + '.');
    await recordQuote(rfq.id, {
      vendorId,
      receivedOn: form.receivedOn,
      ...(form.validUntil ? { validUntil: form.validUntil } : {}),
      ...(lead !== '' ? { leadTimeDays: Number(lead) } : {}),
      lines,
      ...(form.notes.trim() ? { notes: form.notes.trim() } : {}),
    });
    onSaved(vendorName);
    onClose();
  };

  return (
    <FormDialog
      title={vendorName ? `Quote from ${vendorName}` : 'Record a quote'}
      submitLabel={existing ? 'Save quote' : 'Record quote'}
      onSubmit={submit}
      onClose={onClose}
      size="medium"
      noValidate
      className="quote-entry"
    >
      <div className="form-grid">
        {initialVendorId ? null : (
          <label className="field">
            <span>Vendor</span>
            <select value={vendorId} onChange={(e) => pickVendor(e.target.value)}>
              <option value="">Choose a vendor…</option>
              {vendorOptions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                  {rfq.vendorIds.includes(v.id) ? '' : ' (not asked)'}
                  {rfq.quotes.some((q) => q.vendorId === v.id) ? ' — quote recorded' : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>Received on</span>
          <input
            type="date"
            value={form.receivedOn}
            required
            onChange={(e) => setForm({ ...form, receivedOn: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Valid until</span>
          <input
            type="date"
            value={form.validUntil}
            onChange={(e) => setForm({ ...form, validUntil: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Lead time (days)</span>
          <input
            className="qty"
            inputMode="numeric"
            value={form.lead}
            onChange={(e) => setForm({ ...form, lead: e.target.value })}
          />
        </label>
      </div>
      <div className="table-wrap">
        <table className="data-table" aria-label="Quoted prices">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col" className="num">
                Qty asked
              </th>
              <th scope="col" className="num">
                Unit price
              </th>
              <th scope="col" className="num">
                Pack size
              </th>
              <th scope="col" className="num">
                Cost
              </th>
            </tr>
          </thead>
          <tbody>
            {rfq.lines.map((l, i) => {
              const entry = form.lines[l.id]!;
              const cents = entry.price.trim() ? parseMoney(entry.price, currency, locale) : null;
              const pack = Number(entry.pack || '1');
              const units =
                Number.isInteger(pack) && pack >= 1 ? unitsToBuy(l.quantity, pack) : null;
              return (
                <tr key={l.id}>
                  <td>{l.description}</td>
                  <td className="num">{l.quantity}</td>
                  <td className="num">
                    <input
                      className="money"
                      inputMode="decimal"
                      aria-label={`${l.description}: unit price`}
                      value={entry.price}
                      autoFocus={i === 0 && Boolean(initialVendorId)}
                      onChange={(e) => setLine(l.id, { price: e.target.value })}
                    />
                  </td>
                  <td className="num">
                    <input
                      className="pack"
                      type="number"
                      min={1}
                      step={1}
                      aria-label={`${l.description}: pack size`}
                      value={entry.pack}
                      onChange={(e) => setLine(l.id, { pack: e.target.value })}
                    />
                  </td>
                  <td className="num">
                    {cents === null || units === null ? (
                      <span className="muted">{entry.price.trim() ? '—' : 'not offered'}</span>
                    ) : (
                      <>
                        {money(cents * units)}
                        {units !== l.quantity ? (
                          <span className="muted">
                            {' '}
                            ({units} units in packs of {pack})
                          </span>
                        ) : null}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <label className="field">
        <span>Notes</span>
        <textarea
          rows={2}
          value={form.notes}
          maxLength={2000}
          onChange={(e) => setForm({ ...form, notes: e.target.value })}
        />
      </label>
    </FormDialog>
  );
}
