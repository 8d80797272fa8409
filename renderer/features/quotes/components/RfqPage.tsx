/**
 * `#/quotes/<id>`: one request for quotation. A draft is edited and marked sent; the request
 * prints (or goes by email) once per vendor; each vendor's quote is recorded; the comparison
 * shows them side by side; the award makes the draft purchase order(s) and links them.
 */
import { ArrowLeft, FileDown, Pencil, Printer, Send, XCircle } from 'lucide-react';
import { useMemo, useState } from 'react';
import { hrefFor, navigate } from '../../../core/router';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { useDbQuery } from '../../../db/hooks';
import {
  acceptsQuotes,
  assignAllTo,
  assignCheapestPerLine,
  awardProblem,
  compareQuotes,
  isRfqEditable,
  type LineAssignment,
  type Rfq,
} from '../../../../shared/domain/quotes';
import { formatDate, today as todayIso } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { formatMoney } from '../../../../shared/lib/money';
import { EmailDraftButton } from '../../../ui/EmailDraft';
import { FormError } from '../../../ui/FormDialog';
import { Modal } from '../../../ui/Modal';
import { PaperSelect } from '../../../ui/PaperSelect';
import { usePaperChoice, usePrintDocument } from '../../../ui/printing';
import { useToast } from '../../../ui/Toast';
import { getItems } from '../../inventory';
import { usePurchaseOrders } from '../../purchasing';
import { useVendors, type Vendor } from '../../vendors';
import { useRfq } from '../hooks';
import { closeRfq, markRfqSent, removeQuote } from '../repository';
import { AwardDialog } from './AwardDialog';
import { ComparisonTable, Mark } from './ComparisonTable';
import { QuoteDialog } from './QuoteDialog';
import { rfqPrintRequest } from './printing';
import { RfqStatusBadge } from './StatusBadge';
import './quotes.css';

export function RfqPage({ rfqId }: { rfqId: string }) {
  const rfq = useRfq(rfqId);
  const vendors = useVendors();
  if (rfq === undefined || vendors === undefined)
    return (
      <div className="page">
        <h1>Quotes</h1>
        <p className="muted">Loading…</p>
      </div>
    );
  if (rfq === null)
    return (
      <div className="page">
        <h1>Quotes</h1>
        <p>This request for quotation does not exist or was deleted.</p>
        <a href={hrefFor('quotes')}>Back to requests for quotation</a>
      </div>
    );
  return <RfqView rfq={rfq} vendors={vendors} />;
}

function CloseDialog({ rfq, onClose }: { rfq: Rfq; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const toast = useToast((s) => s.show);
  return (
    <Modal title={`Close ${rfq.number} without an award?`} onClose={onClose} size="small">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          closeRfq(rfq.id, reason).then(
            () => {
              toast(`${rfq.number} closed`);
              onClose();
            },
            (err: unknown) => setError(errorMessage(err)),
          );
        }}
      >
        <label className="field">
          <span>Why is it closed?</span>
          <input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
            maxLength={500}
          />
        </label>
        <FormError error={error} />
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            Keep open
          </button>
          <button type="submit" className="btn btn-danger">
            Close request
          </button>
        </div>
      </form>
    </Modal>
  );
}

function RfqView({ rfq, vendors }: { rfq: Rfq; vendors: readonly Vendor[] }) {
  const { profile: company, loaded } = useCompanyProfileState();
  const toast = useToast((s) => s.show);
  const printDocument = usePrintDocument();
  const paper = usePaperChoice(company);
  const today = todayIso();
  const [error, setError] = useState<string | null>(null);
  const [quoteFor, setQuoteFor] = useState<{ vendorId?: string } | null>(null);
  const [award, setAward] = useState<{ assignment: LineAssignment; title: string } | null>(null);
  const [closing, setClosing] = useState(false);
  const [printVendorId, setPrintVendorId] = useState(rfq.vendorIds[0] ?? '');
  const vendorsById = useMemo(() => new Map(vendors.map((v) => [v.id, v])), [vendors]);
  const itemIds = [...new Set(rfq.lines.flatMap((l) => (l.itemId ? [l.itemId] : [])))].join('\n');
  const items = useDbQuery(
    async (d) =>
      new Map((await getItems(itemIds ? itemIds.split('\n') : [], d)).map((i) => [i.id, i])),
    [itemIds],
  );
  const orders = usePurchaseOrders();
  const comparison = useMemo(() => compareQuotes(rfq, today), [rfq, today]);
  const money = (c: number) => formatMoney(c, company.currency, company.locale);
  const name = (id: string) => vendorsById.get(id)?.name ?? '(deleted vendor)';
  const printVendor = vendorsById.get(printVendorId);
  const linkedOrders = (orders ?? []).filter((po) =>
    (rfq.purchaseOrderIds ?? (rfq.purchaseOrderId ? [rfq.purchaseOrderId] : [])).includes(po.id),
  );

  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const request = () => rfqPrintRequest(rfq, printVendor, items ?? new Map(), company, paper.paper);
  const output = (how: 'print' | 'pdf') =>
    run(async () => {
      await printDocument(how, request(), {
        what: `${rfq.number} for ${printVendor?.name ?? 'the vendor'}`,
        onError: setError,
      });
    });

  const cheapest = comparison.cheapestVendorId;
  const fastest = comparison.fastestVendorId;
  const cheapestTotal = comparison.vendors.find((v) => v.vendorId === cheapest)?.totalCents;
  const split = assignCheapestPerLine(comparison);
  const splitVendors = new Set(Object.values(split));
  const splitWorth =
    comparison.bestSplitTotalCents !== undefined &&
    splitVendors.size > 1 &&
    (cheapestTotal === undefined || comparison.bestSplitTotalCents < cheapestTotal);
  const open = rfq.status === 'sent' || rfq.status === 'quotes';

  return (
    <div className="page" style={{ display: 'grid', gap: 16 }}>
      <p style={{ margin: 0 }}>
        <a href={hrefFor('quotes')}>
          <ArrowLeft size={14} aria-hidden="true" /> Requests for quotation
        </a>
      </p>
      <header className="page-header">
        <h1>Quotes</h1>
      </header>
      <div className="rfq-meta">
        <h2 style={{ margin: 0 }}>{rfq.number}</h2>
        <span aria-label="Status">
          <RfqStatusBadge status={rfq.status} />
        </span>
        <strong>{rfq.title}</strong>
        {rfq.replyBy ? (
          <span
            className={
              rfq.replyBy < today && !rfq.quotes.length && rfq.status === 'sent'
                ? 'badge badge-warn'
                : 'muted'
            }
          >
            Reply by {formatDate(rfq.replyBy, company.locale)}
          </span>
        ) : null}
        {rfq.sentOn ? (
          <span className="muted">Sent {formatDate(rfq.sentOn, company.locale)}</span>
        ) : null}
      </div>
      <FormError error={error} />
      {rfq.status === 'awarded' || rfq.status === 'closed' ? null : (
        <div className="rfq-actions">
          {isRfqEditable(rfq) ? (
            <>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() =>
                  void run(async () => {
                    await markRfqSent(rfq.id);
                    toast(`${rfq.number} marked as sent`);
                  })
                }
              >
                <Send size={14} aria-hidden="true" /> Mark as sent
              </button>
              <a className="btn" href={hrefFor('quotes', rfq.id, 'edit')}>
                <Pencil size={14} aria-hidden="true" /> Edit
              </a>
            </>
          ) : null}
          {acceptsQuotes(rfq) ? (
            <button
              type="button"
              className={isRfqEditable(rfq) ? 'btn' : 'btn btn-primary'}
              onClick={() => setQuoteFor({})}
            >
              Record a quote…
            </button>
          ) : null}
          <button type="button" className="btn btn-danger" onClick={() => setClosing(true)}>
            <XCircle size={14} aria-hidden="true" /> Close without award…
          </button>
        </div>
      )}

      {rfq.status === 'awarded' ? (
        <p className="card" role="note">
          Awarded{' '}
          {rfq.lineAwards && new Set(Object.values(rfq.lineAwards)).size > 1
            ? 'line by line'
            : `to ${name(rfq.awardedVendorId ?? '')}`}
          :{' '}
          {linkedOrders.length
            ? linkedOrders.map((po, i) => (
                <span key={po.id}>
                  {i ? ', ' : ''}
                  <a href={hrefFor('purchasing', po.id)}>
                    {po.number} ({name(po.vendorId)})
                  </a>
                </span>
              ))
            : 'the purchase order was deleted'}
        </p>
      ) : null}
      {rfq.status === 'closed' ? (
        <p className="card" role="note">
          Closed without an award: {rfq.closedReason}
        </p>
      ) : null}

      <section className="card" aria-labelledby="rfq-send-h" style={{ display: 'grid', gap: 8 }}>
        <h3 id="rfq-send-h" style={{ margin: 0 }}>
          Request for quotation
        </h3>
        {rfq.vendorIds.length === 0 ? (
          <p className="muted" style={{ margin: 0 }}>
            No vendors chosen yet.{' '}
            {isRfqEditable(rfq) ? (
              <a href={hrefFor('quotes', rfq.id, 'edit')}>Choose the vendors to ask</a>
            ) : null}
          </p>
        ) : (
          <div className="rfq-print">
            <label className="field">
              <span>For vendor</span>
              <select value={printVendorId} onChange={(e) => setPrintVendorId(e.target.value)}>
                {rfq.vendorIds.map((id) => (
                  <option key={id} value={id}>
                    {name(id)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="btn"
              disabled={!loaded || items === undefined}
              onClick={() => void output('print')}
            >
              <Printer size={14} aria-hidden="true" /> Print…
            </button>
            <button
              type="button"
              className="btn"
              disabled={!loaded || items === undefined}
              onClick={() => void output('pdf')}
            >
              <FileDown size={14} aria-hidden="true" /> Save as PDF…
            </button>
            <EmailDraftButton
              what={`${rfq.number} for ${printVendor?.name ?? 'the vendor'}`}
              disabled={!loaded || items === undefined}
              onError={setError}
              prepare={() => ({
                document: request(),
                to: printVendor?.email ? [printVendor.email] : [],
                subject: `Request for quotation ${rfq.number}: ${rfq.title}`,
                body: [
                  `Hello${printVendor?.contactName ? ` ${printVendor.contactName}` : ''},`,
                  '',
                  `Please find attached our request for quotation ${rfq.number} (${rfq.title}).${rfq.replyBy ? ` We would be grateful for your prices by ${formatDate(rfq.replyBy, company.locale)}.` : ''}`,
                  'Please give the unit price, the pack size, your lead time and how long the prices hold.',
                  '',
                  'Thank you,',
                  company.name,
                ].join('\n'),
                fileName: `${rfq.number} ${printVendor?.name ?? ''}`.trim(),
              })}
            />
            <PaperSelect choice={paper} />
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="rfq-lines-h">
        <h3 id="rfq-lines-h" style={{ marginTop: 0 }}>
          Lines and vendors
        </h3>
        <div
          style={{
            display: 'grid',
            gap: 16,
            gridTemplateColumns: 'repeat(auto-fit, minmax(460px, 1fr))',
          }}
        >
          <table className="data-table" aria-label="Lines asked">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col" className="num">
                  Quantity
                </th>
              </tr>
            </thead>
            <tbody>
              {rfq.lines.map((l) => (
                <tr key={l.id}>
                  <td>
                    {l.itemId ? (
                      <a href={hrefFor('quotes', 'history', l.itemId)}>{l.description}</a>
                    ) : (
                      l.description
                    )}
                  </td>
                  <td className="num">{l.quantity}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="table-wrap">
            <table className="data-table" aria-label="Vendors asked">
              <thead>
                <tr>
                  <th scope="col">Vendor</th>
                  <th scope="col">Quote</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...new Set([...rfq.vendorIds, ...rfq.quotes.map((q) => q.vendorId)])].map(
                  (id) => {
                    const q = rfq.quotes.find((x) => x.vendorId === id);
                    return (
                      <tr key={id}>
                        <td>{name(id)}</td>
                        <td>
                          {q ? (
                            `Received ${formatDate(q.receivedOn, company.locale)}`
                          ) : (
                            <span className="muted">Waiting</span>
                          )}
                        </td>
                        <td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                          {acceptsQuotes(rfq) ? (
                            <>
                              <button
                                type="button"
                                className="btn"
                                aria-label={
                                  q
                                    ? `Edit quote from ${name(id)}…`
                                    : `Enter quote from ${name(id)}…`
                                }
                                onClick={() => setQuoteFor({ vendorId: id })}
                              >
                                {q ? 'Edit quote…' : 'Enter quote…'}
                              </button>
                              {q ? (
                                <button
                                  type="button"
                                  className="btn"
                                  aria-label={`Remove the quote from ${name(id)}`}
                                  onClick={() =>
                                    void run(async () => {
                                      await removeQuote(rfq.id, id);
                                      toast(`Quote from ${name(id)} removed`);
                                    })
                                  }
                                >
                                  <XCircle size={14} aria-hidden="true" />
                                </button>
                              ) : null}
                            </>
                          ) : null}
                        </td>
                      </tr>
                    );
                  },
                )}
              </tbody>
            </table>
          </div>
        </div>
      </section>

      <section
        className="card"
        aria-labelledby="rfq-compare-h"
        style={{ display: 'grid', gap: 12 }}
      >
        <h3 id="rfq-compare-h" style={{ margin: 0 }}>
          Comparison
        </h3>
        {rfq.quotes.length === 0 ? (
          <p className="muted" style={{ margin: 0 }}>
            No quotes yet. Record each vendor&apos;s answer to compare them side by side.
          </p>
        ) : (
          <>
            <ul className="quote-summary" aria-label="Best offers">
              <li>
                <Mark kind="best">Cheapest total</Mark>{' '}
                {cheapest
                  ? `${name(cheapest)}: ${money(cheapestTotal ?? 0)}`
                  : 'No complete, valid quote yet'}
              </li>
              <li>
                <Mark kind="fast">Fastest</Mark>{' '}
                {fastest
                  ? `${name(fastest)}: ${comparison.vendors.find((v) => v.vendorId === fastest)?.leadTimeDays ?? 0} days`
                  : 'No lead time given on a complete, valid quote'}
              </li>
              {comparison.bestSplitTotalCents !== undefined ? (
                <li>
                  Cheapest line by line: {money(comparison.bestSplitTotalCents)}
                  {splitVendors.size > 1 ? ` from ${splitVendors.size} vendors` : ''}
                </li>
              ) : null}
            </ul>
            <ComparisonTable
              rfq={rfq}
              comparison={comparison}
              vendorsById={vendorsById}
              today={today}
              currency={company.currency}
              locale={company.locale}
              canAward={(id) => awardProblem(rfq, id, today)}
              onAward={(id) =>
                setAward({
                  assignment: assignAllTo(rfq, id),
                  title: `Award ${rfq.number} to ${name(id)}`,
                })
              }
            />
            {open && splitWorth ? (
              <p style={{ margin: 0 }}>
                <button
                  type="button"
                  className="btn"
                  onClick={() =>
                    setAward({ assignment: split, title: `Award ${rfq.number} line by line` })
                  }
                >
                  Award each line to its cheapest vendor…
                </button>{' '}
                <span className="muted">
                  saves{' '}
                  {money(
                    (cheapestTotal ?? comparison.bestSplitTotalCents!) -
                      comparison.bestSplitTotalCents!,
                  )}{' '}
                  over the cheapest complete quote, in {splitVendors.size} orders
                </span>
              </p>
            ) : null}
          </>
        )}
      </section>
      {rfq.notes ? (
        <section className="card" aria-label="Notes">
          <p style={{ whiteSpace: 'pre-line', margin: 0 }}>{rfq.notes}</p>
        </section>
      ) : null}

      {quoteFor ? (
        <QuoteDialog
          rfq={rfq}
          vendors={vendors}
          {...(quoteFor.vendorId ? { vendorId: quoteFor.vendorId } : {})}
          currency={company.currency}
          locale={company.locale}
          onClose={() => setQuoteFor(null)}
          onSaved={(vendorName) => toast(`Quote from ${vendorName} recorded`)}
        />
      ) : null}
      {award ? (
        <AwardDialog
          rfq={rfq}
          assignment={award.assignment}
          vendorsById={vendorsById}
          today={today}
          currency={company.currency}
          locale={company.locale}
          title={award.title}
          onClose={() => setAward(null)}
          onAwarded={(made) => {
            setAward(null);
            toast(`${rfq.number} awarded: draft ${made.map((po) => po.number).join(', ')}`);
            if (made.length === 1) navigate('purchasing', made[0]!.id);
          }}
        />
      ) : null}
      {closing ? <CloseDialog rfq={rfq} onClose={() => setClosing(false)} /> : null}
    </div>
  );
}
