/**
 * `#/requests`: the staff request queue. The shared DataGrid (virtualized, search, sort,
 * columns, CSV/XLSX export) over every request — number, what, requester, kind, urgency,
 * status, age and the linked work — open ones by default (the Status filter shows all, or one
 * status), with a Kind filter; open first, then overdue, most urgent and oldest. "New request"
 * (`#/requests/new`) opens the keyboard-first form; a row (Enter or double-click) or its number
 * opens the request (`#/requests/<id>`) over the queue. "Print blank form" prints the paper
 * form for staff without a screen. While the queue is open, statuses follow their linked work
 * (useStaffRequestSync).
 */
import { useMemo, useState } from 'react';
import { Inbox } from 'lucide-react';
import {
  REQUEST_KINDS,
  REQUEST_KIND_LABELS,
  REQUEST_STATUSES,
  REQUEST_STATUS_LABELS,
  REQUEST_URGENCIES,
  REQUEST_URGENCY_LABELS,
  isRequestOpen,
  type RequestKind,
  type RequestStatus,
} from '../../../../shared/domain/staffRequests';
import { today as todayIso } from '../../../../shared/lib/dates';
import { hrefFor, navigate } from '../../../core/router';
import { EmptyState } from '../../../ui/EmptyState';
import { LeaveGuard } from '../../../ui/LeaveGuard';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useToast } from '../../../ui/Toast';
import { useStaffRequestRows, useStaffRequestSync } from '../hooks';
import type { StaffRequestRow } from '../repository';
import { RequestDetail } from './RequestDetail';
import { RequestForm } from './RequestForm';
import { LinkedWork, RequestAge, RequestStatusBadge, UrgencyBadge, linkText, rowAgeDays } from './requestFormat';
import { usePrintRequestForm } from './requestPrint';
import './staffRequests.css';

type StatusFilter = 'open' | 'all' | RequestStatus;

export function StaffRequestsPage({ creating = false, requestId }: { creating?: boolean; requestId?: string }) {
  useStaffRequestSync();
  const rows = useStaffRequestRows();
  const toast = useToast((s) => s.show);
  const printForm = usePrintRequestForm();
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('open');
  const [kindFilter, setKindFilter] = useState<RequestKind | ''>('');
  const today = todayIso();

  const shown = useMemo(
    () =>
      (rows ?? []).filter(
        (r) =>
          (statusFilter === 'all' || (statusFilter === 'open' ? isRequestOpen({ status: r.status, deletedAt: null }) : r.status === statusFilter)) &&
          (!kindFilter || r.request.kind === kindFilter),
      ),
    [rows, statusFilter, kindFilter],
  );

  const columns = useMemo<GridColumn<StaffRequestRow>[]>(
    () => [
      {
        id: 'number',
        header: 'Number',
        value: (r) => r.request.number,
        cell: (r) => <a href={hrefFor('requests', r.request.id)}>{r.request.number}</a>,
        width: '6rem',
      },
      { id: 'what', header: 'What', value: (r) => r.request.what, minWidth: '8rem' },
      { id: 'requester', header: 'Requested by', value: (r) => r.requester, minWidth: '6rem' },
      { id: 'where', header: 'Where', value: (r) => r.request.where, defaultHidden: true },
      { id: 'kind', header: 'Kind', value: (r) => REQUEST_KIND_LABELS[r.request.kind], width: '5.5rem' },
      {
        id: 'urgency',
        header: 'Urgency',
        value: (r) => REQUEST_URGENCIES.length - REQUEST_URGENCIES.indexOf(r.request.urgency),
        exportValue: (r) => REQUEST_URGENCY_LABELS[r.request.urgency],
        cell: (r) => <UrgencyBadge urgency={r.request.urgency} />,
        searchable: false,
        width: '5.75rem',
      },
      {
        id: 'status',
        header: 'Status',
        value: (r) => REQUEST_STATUS_LABELS[r.status],
        cell: (r) => <RequestStatusBadge status={r.status} />,
        width: '6.75rem',
      },
      {
        id: 'age',
        header: 'Age',
        value: (r) => rowAgeDays(r, today),
        cell: (r) => <RequestAge row={r} today={today} />,
        searchable: false,
        width: '8.25rem',
      },
      {
        id: 'link',
        header: 'Linked work',
        value: (r) => linkText(r.link),
        cell: (r) => <LinkedWork link={r.link} />,
        minWidth: '9rem',
      },
    ],
    [today],
  );

  const empty = rows !== undefined && rows.length === 0;
  const closeDialog = () => navigate('requests');

  return (
    <LeaveGuard>
      <div className="page req-page">
        <header className="page-header">
          <h1>Requests</h1>
          <span className="spacer" />
          <button type="button" className="btn" onClick={() => void printForm()}>
            Print blank form
          </button>
          <button type="button" className="btn btn-primary" onClick={() => navigate('requests', 'new')}>
            New request
          </button>
        </header>
        <section className="card req-queue" aria-label="Staff request queue">
          {rows === undefined ? (
            <p className="muted" role="status">
              Loading the requests…
            </p>
          ) : (
            <DataGrid
              id="requests.staff"
              label="Staff requests"
              rows={shown}
              columns={columns}
              getRowId={(r) => r.request.id}
              onActivate={(r) => navigate('requests', r.request.id)}
              exportName="staff-requests"
              searchPlaceholder="Search number, what, who, where…"
              toolbar={
                <>
                  <label className="req-filter">
                    <span>Status</span>
                    <select value={statusFilter} onChange={(e) => setStatusFilter(e.target.value as StatusFilter)}>
                      <option value="open">Open</option>
                      <option value="all">All</option>
                      {REQUEST_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {REQUEST_STATUS_LABELS[s]}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="req-filter">
                    <span>Kind</span>
                    <select value={kindFilter} onChange={(e) => setKindFilter(e.target.value as RequestKind | '')}>
                      <option value="">All kinds</option>
                      {REQUEST_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {REQUEST_KIND_LABELS[k]}
                        </option>
                      ))}
                    </select>
                  </label>
                </>
              }
              empty={
                empty ? (
                  <EmptyState
                    icon={Inbox}
                    title="No requests yet"
                    actions={
                      <>
                        <button type="button" className="btn btn-primary" onClick={() => navigate('requests', 'new')}>
                          Take the first request
                        </button>
                        <button type="button" className="btn" onClick={() => void printForm()}>
                          Print a blank form
                        </button>
                      </>
                    }
                  >
                    <p>
                      What staff ask of the office — a chair, a repair, a laptop, a key — comes here with who asked, what and how urgent. Triage turns
                      each into a task, a repair, a purchase request or an answer, and it closes when that work is done.
                    </p>
                  </EmptyState>
                ) : (
                  <p className="empty-state req-none">
                    {statusFilter === 'open' && !kindFilter ? 'No open requests: everything asked has been dealt with.' : 'No requests match these filters.'}{' '}
                    <button
                      type="button"
                      className="btn"
                      onClick={() => {
                        setStatusFilter('all');
                        setKindFilter('');
                      }}
                    >
                      Show all requests
                    </button>
                  </p>
                )
              }
            />
          )}
        </section>
        {creating ? (
          <RequestForm
            onClose={closeDialog}
            onSaved={(r) => {
              toast(`${r.number} saved`);
              navigate('requests', r.id);
            }}
          />
        ) : null}
        {requestId ? <RequestDetail key={requestId} requestId={requestId} onClose={closeDialog} /> : null}
      </div>
    </LeaveGuard>
  );
}
