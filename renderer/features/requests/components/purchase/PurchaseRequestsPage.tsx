/**
 * Purchase requests (issue 17.2), the Requests screen's "Purchase requests" tab: every request
 * to buy in a virtualized grid (number, what, who, total, category, the category's budget left
 * before → after, status, age, the order it became), status filters with counts, "New purchase
 * request" (N), the office's approval rule with "Approval settings…", and a request's panel
 * (Enter or double-click on a row) where it is approved or declined and, once approved, added
 * to the vendor's draft purchase order with one click.
 */
import { useEffect, useMemo, useState } from 'react';
import { ShoppingCart } from 'lucide-react';
import {
  PURCHASE_REQUEST_STATUSES,
  PURCHASE_REQUEST_STATUS_LABELS,
  purchaseRequestTotalCents,
  purchaseRequestAgeDays,
  type PurchaseRequestStatus,
} from '../../../../../shared/domain/purchaseRequests';
import { centsToMajorUnits } from '../../../../../shared/lib/money';
import { hrefFor, navigate } from '../../../../core/router';
import { useCompanyProfile } from '../../../../core/settingsHooks';
import { EmptyState } from '../../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../../ui/table';
import { useToast } from '../../../../ui/Toast';
import { useMoney } from '../../../budget';
import { usePurchaseRequestBoard } from '../../purchaseRequestHooks';
import { requestBudget, type PurchaseRequest } from '../../purchaseRequests';
import { ApprovalSettingsDialog } from './ApprovalSettingsDialog';
import { NewPurchaseRequestDialog } from './NewPurchaseRequestDialog';
import { PurchaseRequestPanel, PurchaseStatusBadge } from './PurchaseRequestPanel';
import './purchaseRequests.css';

type Filter = 'all' | PurchaseRequestStatus;

interface Row {
  r: PurchaseRequest;
  totalCents: number;
  category: string;
  /** Left in the category before this request, and after it; undefined without a category or budget. */
  leftCents?: number;
  afterCents?: number;
  overBudget: boolean;
  ageDays: number;
  orderNumber: string;
}

function ageText(days: number): string {
  if (days === 0) return 'Today';
  if (days === 1) return '1 day';
  return `${days} days`;
}

export function PurchaseRequestsPage({ requestId }: { requestId?: string } = {}) {
  const money = useMoney();
  const { locale } = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const fy = money.currentFiscalYear;
  const fyLabel = money.yearLabel(fy);
  const board = usePurchaseRequestBoard(fy, money.startMonth);
  const [filter, setFilter] = useState<Filter>('all');
  // The open request lives in the route (#/requests/purchase/<id>), so a reload or a link keeps it.
  const openId = requestId;
  const setOpenId = (id: string | undefined) => (id ? navigate('requests', 'purchase', id) : navigate('requests', 'purchase'));
  const [creating, setCreating] = useState(false);
  const [editingSettings, setEditingSettings] = useState(false);

  const rows = useMemo<Row[]>(() => {
    if (!board) return [];
    const now = new Date();
    return board.requests.map((r) => {
      const b = requestBudget(board, r);
      const standing = r.budgetCategoryId ? board.standings.get(r.budgetCategoryId) : undefined;
      const live = r.status === 'pending' || r.status === 'approved' || r.status === 'ordered';
      return {
        r,
        totalCents: purchaseRequestTotalCents(r),
        category: standing?.name ?? '',
        ...(b?.hasBudget ? { leftCents: b.remainingCents, ...(live ? { afterCents: b.afterCents } : {}) } : {}),
        overBudget: !!b?.hasBudget && live && b.overBudget,
        ageDays: purchaseRequestAgeDays(r.createdAt, now),
        orderNumber: r.purchaseOrderId ? (board.orderNumbers.get(r.purchaseOrderId) ?? '') : '',
      };
    });
  }, [board]);

  const counts = useMemo(() => {
    const c = new Map<Filter, number>([['all', rows.length]]);
    for (const row of rows) c.set(row.r.status, (c.get(row.r.status) ?? 0) + 1);
    return c;
  }, [rows]);
  const shown = useMemo(() => (filter === 'all' ? rows : rows.filter((row) => row.r.status === filter)), [rows, filter]);

  const columns = useMemo<GridColumn<Row>[]>(
    () => [
      { id: 'number', header: 'Number', value: (x) => x.r.number, width: '5.5rem' },
      { id: 'what', header: 'What', value: (x) => x.r.description, minWidth: '6rem' },
      // Names and categories keep room for a word or two at 1024 (the walkthrough read 'Sof…', 'Har…').
      { id: 'requester', header: 'Requested by', value: (x) => x.r.requesterName ?? '', minWidth: '6rem' },
      { id: 'quantity', header: 'Qty', value: (x) => x.r.quantity, align: 'right', searchable: false, width: '3rem' },
      {
        id: 'total',
        header: 'Total',
        value: (x) => x.totalCents,
        cell: (x) => money.format(x.totalCents),
        exportValue: (x) => centsToMajorUnits(x.totalCents, money.currency),
        align: 'right',
        searchable: false,
        width: '6rem',
      },
      { id: 'category', header: 'Category', value: (x) => x.category, filter: 'select', minWidth: '6rem' },
      {
        id: 'budget',
        header: 'Budget left',
        // What the category has left once this request is bought (before it, in the tooltip and the request's panel).
        value: (x) => x.afterCents ?? x.leftCents,
        cell: (x) =>
          x.leftCents === undefined ? (
            <span className="muted">{x.category ? 'No budget' : ''}</span>
          ) : (
            <span
              className={x.overBudget ? 'prq-over' : undefined}
              title={x.afterCents === undefined ? `${money.format(x.leftCents)} left in ${x.category}` : `${money.format(x.leftCents)} left in ${x.category} before this request, ${money.format(x.afterCents)} after it`}
            >
              {money.format(x.afterCents ?? x.leftCents)}
            </span>
          ),
        exportValue: (x) => ((x.afterCents ?? x.leftCents) === undefined ? '' : centsToMajorUnits((x.afterCents ?? x.leftCents)!, money.currency)),
        align: 'right',
        searchable: false,
        width: '7rem',
      },
      {
        id: 'status',
        header: 'Status',
        value: (x) => PURCHASE_REQUEST_STATUS_LABELS[x.r.status],
        cell: (x) => <PurchaseStatusBadge status={x.r.status} />,
        width: '9.5rem',
      },
      // In the Columns menu: the request's panel and the Status filter say how long it has waited.
      { id: 'age', header: 'Age', value: (x) => x.ageDays, cell: (x) => ageText(x.ageDays), align: 'right', searchable: false, width: '4.75rem', defaultHidden: true },
      {
        id: 'order',
        header: 'Order',
        value: (x) => x.orderNumber,
        cell: (x) =>
          x.r.purchaseOrderId && x.orderNumber ? (
            <a href={hrefFor('purchasing', x.r.purchaseOrderId)} className="prq-link">
              {x.orderNumber}
            </a>
          ) : (
            ''
          ),
        width: '7.5rem',
      },
      { id: 'decidedBy', header: 'Decided by', value: (x) => (x.r.autoApproved ? 'Automatically' : (x.r.decidedBy ?? '')), defaultHidden: true },
      { id: 'declineReason', header: 'Reason for declining', value: (x) => x.r.declineReason ?? '', defaultHidden: true },
      { id: 'reason', header: 'Reason', value: (x) => x.r.reason ?? '', defaultHidden: true },
    ],
    [money],
  );

  // N opens a new request from anywhere on the page (not while typing or in a dialog).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'n' || e.ctrlKey || e.metaKey || e.altKey || creating || editingSettings || openId) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.closest('input, textarea, select, [contenteditable="true"], dialog') || t.isContentEditable)) return;
      e.preventDefault();
      setCreating(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [creating, editingSettings, openId]);

  const open = openId && board ? board.requests.find((r) => r.id === openId) : undefined;
  const rule = board
    ? `Requests above ${money.format(board.setting.thresholdCents)} need approval${board.setting.approverName ? ` by ${board.setting.approverName}` : ''}; the rest are approved automatically.`
    : '';

  return (
    <div className="page prq-page">
      <header className="page-header prq-header">
        <h1>Purchase requests</h1>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => setEditingSettings(true)} disabled={!board}>
          Approval settings…
        </button>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} disabled={!board} aria-keyshortcuts="N">
          New purchase request
        </button>
      </header>
      <p className="prq-rule">{rule}</p>
      {board === undefined ? (
        <p className="muted" role="status">
          Loading purchase requests…
        </p>
      ) : board.requests.length === 0 ? (
        <EmptyState
          icon={ShoppingCart}
          title="No purchase requests yet"
          actions={
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              New purchase request
            </button>
          }
        >
          <p>
            Someone needs a new chair or a projector: a purchase request says what, how many, the estimated cost and the budget category.
            Requests above {money.format(board.setting.thresholdCents)} wait for approval; approved ones become a line on the vendor&apos;s
            draft purchase order with one click.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="prq-filters" role="group" aria-label="Show requests">
            {(['all', ...PURCHASE_REQUEST_STATUSES] as Filter[]).map((f) => (
              <button key={f} type="button" className="btn" aria-pressed={filter === f} onClick={() => setFilter(f)}>
                {f === 'all' ? 'All' : PURCHASE_REQUEST_STATUS_LABELS[f]}
                <span className="prq-count">{counts.get(f) ?? 0}</span>
              </button>
            ))}
          </div>
          <section className="card prq-grid">
            <DataGrid
              id="requests.purchase"
              label="Purchase requests"
              rows={shown}
              columns={columns}
              getRowId={(x) => x.r.id}
              onActivate={(x) => setOpenId(x.r.id)}
              exportName="purchase-requests"
              searchPlaceholder="Search number, what, who, category…"
              empty={
                <p className="empty-state">
                  No requests are {filter === 'all' ? 'listed' : PURCHASE_REQUEST_STATUS_LABELS[filter].toLowerCase()}.{' '}
                  <button type="button" className="btn" onClick={() => setFilter('all')}>
                    Show all requests
                  </button>
                </p>
              }
            />
          </section>
        </>
      )}
      {creating && board ? (
        <NewPurchaseRequestDialog
          board={board}
          money={money}
          fiscalYearLabel={fyLabel}
          onClose={() => setCreating(false)}
          onSaved={(r) => {
            setCreating(false);
            toast(r.autoApproved ? `${r.number} approved automatically (not above ${money.format(board.setting.thresholdCents)})` : `${r.number} submitted; it waits for approval`);
            setOpenId(r.id);
          }}
        />
      ) : null}
      {editingSettings && board ? <ApprovalSettingsDialog setting={board.setting} money={money} onClose={() => setEditingSettings(false)} /> : null}
      {open && board ? (
        <PurchaseRequestPanel key={open.id} request={open} board={board} money={money} locale={locale} fiscalYearLabel={fyLabel} onClose={() => setOpenId(undefined)} />
      ) : null}
    </div>
  );
}
