/**
 * The quotes side by side: lines down, vendors across. Each cell is the quoted unit price and
 * what the line costs in whole packs; the cheapest offer per line, the cheapest complete quote
 * in total and the shortest lead time carry a mark with a word and an icon (never colour
 * alone); an expired quote is marked and left out of every "cheapest"; a quote missing lines
 * says how many.
 */
import { AlertTriangle, Award, Clock, Crown, TimerOff } from 'lucide-react';
import { hrefFor } from '../../../core/router';
import { isQuoteExpired, type QuoteComparison, type Rfq } from '../../../../shared/domain/quotes';
import { formatDate } from '../../../../shared/lib/dates';
import { formatMoney } from '../../../../shared/lib/money';
import type { Vendor } from '../../vendors';
import './quotes.css';

export function Mark({
  kind,
  children,
}: {
  kind: 'best' | 'fast' | 'expired' | 'missing' | 'awarded';
  children: string;
}) {
  const Icon =
    kind === 'best'
      ? Crown
      : kind === 'fast'
        ? Clock
        : kind === 'expired'
          ? TimerOff
          : kind === 'awarded'
            ? Award
            : AlertTriangle;
  return (
    <span className={`quote-mark quote-mark-${kind}`}>
      <Icon size={12} aria-hidden="true" />
      {children}
    </span>
  );
}

export function ComparisonTable({
  rfq,
  comparison,
  vendorsById,
  today,
  currency,
  locale,
  canAward,
  onAward,
}: {
  rfq: Rfq;
  comparison: QuoteComparison;
  vendorsById: ReadonlyMap<string, Vendor>;
  today: string;
  currency: string;
  locale: string;
  /** Why a vendor cannot be awarded (undefined: it can). */
  canAward: (vendorId: string) => string | undefined;
  onAward: (vendorId: string) => void;
}) {
  const money = (c: number) => formatMoney(c, currency, locale);
  const name = (id: string) => vendorsById.get(id)?.name ?? '(deleted vendor)';
  const quotes = rfq.quotes;
  return (
    <div className="quote-compare-wrap">
      <table className="quote-compare" aria-label="Quote comparison">
        <thead>
          <tr>
            <th scope="col">Line</th>
            {quotes.map((q) => {
              const expired = isQuoteExpired(q, today);
              return (
                <th scope="col" key={q.vendorId} className={expired ? 'num expired' : 'num'}>
                  {vendorsById.get(q.vendorId) ? (
                    <a href={hrefFor('vendors', q.vendorId)}>{name(q.vendorId)}</a>
                  ) : (
                    name(q.vendorId)
                  )}
                  {expired ? <Mark kind="expired">Expired</Mark> : null}
                  <span className="sub">Received {formatDate(q.receivedOn, locale)}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {comparison.lines.map(({ line, cheapestVendorIds }) => (
            <tr key={line.id}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 400 }}>
                {line.itemId ? (
                  <a href={hrefFor('quotes', 'history', line.itemId)} title="Price history">
                    {line.description}
                  </a>
                ) : (
                  line.description
                )}
                <span className="sub">Qty {line.quantity}</span>
              </th>
              {quotes.map((q) => {
                const ql = q.lines.find((l) => l.lineId === line.id);
                const expired = isQuoteExpired(q, today);
                if (!ql || ql.unitPriceCents === undefined)
                  return (
                    <td key={q.vendorId} className="num muted">
                      Not quoted
                    </td>
                  );
                const units = Math.ceil(line.quantity / ql.packSize) * ql.packSize;
                const best = !expired && cheapestVendorIds.includes(q.vendorId);
                return (
                  <td
                    key={q.vendorId}
                    className={['num', best ? 'best' : '', expired ? 'expired' : '']
                      .filter(Boolean)
                      .join(' ')}
                  >
                    <span className="price">{money(ql.unitPriceCents)}</span>
                    {best ? <Mark kind="best">Cheapest</Mark> : null}
                    {rfq.lineAwards?.[line.id] === q.vendorId ? (
                      <Mark kind="awarded">Awarded</Mark>
                    ) : null}
                    <span className="sub">
                      {units} unit{units === 1 ? '' : 's'}: {money(units * ql.unitPriceCents)}
                      {ql.packSize > 1 ? ` (packs of ${ql.packSize})` : ''}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" style={{ textAlign: 'left' }}>
              Total
            </th>
            {comparison.vendors.map((v) => (
              <td
                key={v.vendorId}
                className={[
                  'num',
                  comparison.cheapestVendorId === v.vendorId ? 'best' : '',
                  v.valid ? '' : 'expired',
                ]
                  .filter(Boolean)
                  .join(' ')}
              >
                <span className="price">{money(v.totalCents)}</span>
                {comparison.cheapestVendorId === v.vendorId ? (
                  <Mark kind="best">Cheapest total</Mark>
                ) : null}
                {v.complete ? null : (
                  <span className="sub">
                    <Mark kind="missing">{`${v.missingLineIds.length} line${v.missingLineIds.length === 1 ? '' : 's'} not quoted`}</Mark>
                  </span>
                )}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" style={{ textAlign: 'left' }}>
              Lead time
            </th>
            {comparison.vendors.map((v) => (
              <td
                key={v.vendorId}
                className={['num', comparison.fastestVendorId === v.vendorId ? 'best' : '']
                  .filter(Boolean)
                  .join(' ')}
              >
                {v.leadTimeDays === undefined ? (
                  <span className="muted">Not given</span>
                ) : (
                  `${v.leadTimeDays} day${v.leadTimeDays === 1 ? '' : 's'}`
                )}
                {comparison.fastestVendorId === v.vendorId ? (
                  <Mark kind="fast">Fastest</Mark>
                ) : null}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" style={{ textAlign: 'left' }}>
              Valid until
            </th>
            {comparison.vendors.map((v) => (
              <td
                key={v.vendorId}
                className={['num', v.valid ? '' : 'expired'].filter(Boolean).join(' ')}
              >
                {v.validUntil ? (
                  formatDate(v.validUntil, locale)
                ) : (
                  <span className="muted">Not given</span>
                )}
                {v.valid ? null : <Mark kind="expired">Expired</Mark>}
              </td>
            ))}
          </tr>
          {rfq.status === 'sent' || rfq.status === 'quotes' ? (
            <tr>
              <th scope="row" style={{ textAlign: 'left' }}>
                Award
              </th>
              {comparison.vendors.map((v) => {
                const problem = canAward(v.vendorId);
                return (
                  <td key={v.vendorId} className="num">
                    <button
                      type="button"
                      className="btn"
                      disabled={Boolean(problem)}
                      title={problem}
                      onClick={() => onAward(v.vendorId)}
                    >
                      <Award size={14} aria-hidden="true" /> Award to {name(v.vendorId)}…
                    </button>
                  </td>
                );
              })}
            </tr>
          ) : null}
        </tfoot>
      </table>
    </div>
  );
}
