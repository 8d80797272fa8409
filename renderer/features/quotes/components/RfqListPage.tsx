/** `#/quotes`: every request for quotation with its status, vendors asked, quotes in and the best total. */
import { FileQuestion, Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { hrefFor, navigate } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import {
  compareQuotes,
  RFQ_STATUSES,
  RFQ_STATUS_LABELS,
  type Rfq,
  type RfqStatus,
} from '../../../../shared/domain/quotes';
import { formatDate, today as todayIso } from '../../../../shared/lib/dates';
import { formatMoney } from '../../../../shared/lib/money';
import { EmptyState } from '../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useRfqs } from '../hooks';
import { QuotesTabs } from './QuotesTabs';
import { RfqStatusBadge } from './StatusBadge';
import './quotes.css';

interface Row {
  rfq: Rfq;
  best: number | null;
}

export function RfqListPage() {
  const rfqs = useRfqs();
  const company = useCompanyProfile();
  const [status, setStatus] = useState<RfqStatus | ''>('');
  const today = todayIso();
  const rows = useMemo<Row[]>(
    () =>
      (rfqs ?? [])
        .filter((r) => !status || r.status === status)
        .map((rfq) => {
          const c = rfq.quotes.length ? compareQuotes(rfq, today) : null;
          const cheapest = c?.vendors.find((v) => v.vendorId === c.cheapestVendorId);
          return { rfq, best: cheapest ? cheapest.totalCents : null };
        }),
    [rfqs, status, today],
  );
  const columns = useMemo<GridColumn<Row>[]>(
    () => [
      {
        id: 'number',
        header: 'Number',
        value: (r) => r.rfq.number,
        cell: (r) => <a href={hrefFor('quotes', r.rfq.id)}>{r.rfq.number}</a>,
        width: '7rem',
      },
      { id: 'title', header: 'Title', value: (r) => r.rfq.title, minWidth: '10rem' },
      {
        id: 'status',
        header: 'Status',
        value: (r) => RFQ_STATUS_LABELS[r.rfq.status],
        cell: (r) => <RfqStatusBadge status={r.rfq.status} />,
        width: '7.5rem',
      },
      {
        id: 'replyBy',
        header: 'Reply by',
        value: (r) => r.rfq.replyBy ?? '',
        cell: (r) => (r.rfq.replyBy ? formatDate(r.rfq.replyBy, company.locale) : ''),
        width: '8rem',
      },
      {
        id: 'lines',
        header: 'Lines',
        value: (r) => r.rfq.lines.length,
        align: 'right',
        width: '4.5rem',
      },
      {
        id: 'asked',
        header: 'Vendors',
        value: (r) => r.rfq.vendorIds.length,
        align: 'right',
        width: '5.5rem',
      },
      {
        id: 'quotes',
        header: 'Quotes in',
        value: (r) => r.rfq.quotes.length,
        align: 'right',
        width: '6rem',
      },
      {
        id: 'best',
        header: 'Cheapest total',
        value: (r) => r.best ?? -1,
        cell: (r) => (r.best === null ? '' : formatMoney(r.best, company.currency, company.locale)),
        align: 'right',
        width: '9rem',
      },
    ],
    [company.currency, company.locale],
  );
  return (
    <div className="page" style={{ display: 'grid', gap: 16 }}>
      <header className="page-header">
        <h1>Quotes</h1>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => navigate('quotes', 'new')}>
          <Plus size={16} aria-hidden="true" /> New request for quotation
        </button>
      </header>
      <QuotesTabs current="" />
      {rfqs === undefined ? (
        <p className="muted">Loading requests…</p>
      ) : rfqs.length === 0 ? (
        <EmptyState
          icon={FileQuestion}
          title="No requests for quotation yet"
          actions={
            <a className="btn btn-primary" href={hrefFor('quotes', 'new')}>
              New request for quotation
            </a>
          }
        >
          <p>
            Ask several vendors for prices on a list of items, record their quotes, compare them
            side by side and award the best into a purchase order.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="rfq-filters">
            <label className="field">
              <span>Status</span>
              <select value={status} onChange={(e) => setStatus(e.target.value as RfqStatus | '')}>
                <option value="">All statuses</option>
                {RFQ_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {RFQ_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <DataGrid
            id="quotes.rfqs"
            label="Requests for quotation"
            rows={rows}
            columns={columns}
            getRowId={(r) => r.rfq.id}
            onActivate={(r) => navigate('quotes', r.rfq.id)}
            exportName="requests-for-quotation"
            searchPlaceholder="Search requests"
          />
        </>
      )}
    </div>
  );
}
