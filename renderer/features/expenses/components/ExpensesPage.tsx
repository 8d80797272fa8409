/**
 * `#/expenses`: the entry row, the filter (period, category, person, status — set by the budget
 * dashboard's drill-down through the zustand store), the list (DataGrid with search, column
 * choice and CSV/XLSX export), the selected expense beside it, and the expense report for
 * exactly what the list shows, printed or saved as PDF.
 */
import { useCallback, useMemo, useState } from 'react';
import { Receipt } from 'lucide-react';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useMoney } from '../../budget';
import { defaultPageSize, renderExpenseReportHtml } from '../../../../shared/documents';
import {
  EXPENSE_STATUSES,
  EXPENSE_STATUS_LABELS,
  PAYMENT_METHOD_LABELS,
  expenseStatus,
  type Expense,
  type ExpenseStatus,
} from '../../../../shared/domain/expenses';
import { formatDate, today } from '../../../../shared/lib/dates';
import { useQueriedExpenses } from '../hooks';
import { getReceiptNames } from '../repository';
import { useExpenseFilter } from '../store';
import { EntryRow } from './EntryRow';
import { ExpenseDetail } from './ExpenseDetail';
import { ExpensesNav } from './ExpensesNav';
import { PersonSelect, TypedDateField } from './LookupSelects';
import { useLookups } from './lookups';
import { usePrintDocument } from '../../../ui/printing';
import { FormError } from '../../../ui/FormDialog';

/** `openId`: an expense to show beside the list (from `#/expenses/<id>`). */
export function ExpensesPage({ openId }: { openId?: string | undefined } = {}) {
  const money = useMoney();
  const company = useCompanyProfile();
  const lookups = useLookups();
  const printDocument = usePrintDocument();
  const filter = useExpenseFilter((s) => s.filter);
  const patch = useExpenseFilter((s) => s.patchFilter);
  const clear = useExpenseFilter((s) => s.clearFilter);
  const year = money.range(money.currentFiscalYear);
  const from = filter.from ?? year.start;
  const to = filter.to ?? year.end;
  const expenses = useQueriedExpenses({
    from,
    to,
    categoryIds: filter.categoryIds,
    spentById: filter.spentById,
    status: filter.status,
  });
  const [selected, setSelected] = useState<string | null>(openId ?? null);
  // A link to another expense while this page is open shows that one (state adjusted in render).
  const [openedFrom, setOpenedFrom] = useState(openId);
  if (openId !== openedFrom) {
    setOpenedFrom(openId);
    if (openId) setSelected(openId);
  }
  const [view, setView] = useState<readonly Expense[]>([]);
  const [error, setError] = useState<string | null>(null);
  const onViewChange = useCallback((v: readonly Expense[]) => setView(v), []);

  const columns = useMemo<GridColumn<Expense>[]>(
    () => [
      // Sorted by the stored day, shown the office's way (issue 16.8: one date format everywhere).
      { id: 'date', header: 'Date', value: (e) => e.date, cell: (e) => formatDate(e.date, money.locale), width: '8.5rem' },
      { id: 'description', header: 'Description', value: (e) => e.description, minWidth: '10rem' },
      {
        id: 'category',
        header: 'Category',
        value: (e) => lookups.categoryName(e.categoryId),
        filter: 'select',
      },
      {
        id: 'vendor',
        header: 'Vendor',
        value: (e) => lookups.vendorName(e.vendorId),
        filter: 'select',
      },
      {
        id: 'spentBy',
        header: 'Spent by',
        value: (e) => lookups.personName(e.spentById),
        filter: 'select',
      },
      {
        id: 'payment',
        header: 'Payment',
        value: (e) => (e.paymentMethod ? PAYMENT_METHOD_LABELS[e.paymentMethod] : ''),
        defaultHidden: true,
      },
      {
        id: 'status',
        header: 'Status',
        value: (e) => EXPENSE_STATUS_LABELS[expenseStatus(e)],
        filter: 'select',
        width: '7rem',
      },
      {
        id: 'receipt',
        header: 'Receipt',
        value: (e) => (e.receiptAttachmentId ? 'Yes' : ''),
        width: '5rem',
      },
      {
        id: 'amount',
        header: 'Amount',
        value: (e) => e.amountCents,
        cell: (e) => (
          <span className={e.amountCents < 0 ? 'exp-neg' : undefined}>
            {money.format(e.amountCents)}
          </span>
        ),
        exportValue: (e) => Number(money.toInput(e.amountCents)),
        align: 'right',
        width: '7.5rem',
        searchable: false,
      },
    ],
    [lookups, money],
  );

  const viewTotal = view.reduce((s, e) => s + e.amountCents, 0);

  const report = async (how: 'print' | 'pdf') => {
    setError(null);
    const receipts = await getReceiptNames(
      view.flatMap((e) => (e.receiptAttachmentId ? [e.receiptAttachmentId] : [])),
    );
    const scope: string[] = [];
    if (filter.label) scope.push(filter.label);
    else if (filter.categoryIds?.length)
      scope.push(
        `Category: ${filter.categoryIds.map((id) => lookups.categoryName(id || undefined)).join(', ')}`,
      );
    if (filter.spentById) scope.push(`Person: ${lookups.personName(filter.spentById)}`);
    if (filter.status) scope.push(`Status: ${EXPENSE_STATUS_LABELS[filter.status]}`);
    const pageSize = defaultPageSize(company);
    const html = renderExpenseReportHtml(
      {
        from,
        to,
        scope,
        preparedOn: today(),
        pageSize,
        lines: view.map((e) => ({
          date: e.date,
          description: e.description,
          category: lookups.categoryName(e.categoryId),
          vendor: lookups.vendorName(e.vendorId),
          spentBy: lookups.personName(e.spentById),
          status: EXPENSE_STATUS_LABELS[expenseStatus(e)],
          amountCents: e.amountCents,
          receipt: e.receiptAttachmentId ? receipts.get(e.receiptAttachmentId) : undefined,
        })),
      },
      company,
    );
    const request = { html, title: `Expense report ${from} to ${to}`, pageSize };
    await printDocument(how, request, { what: 'Expense report', onError: setError });
  };

  return (
    <div className="page">
      <ExpensesNav
        current=""
        actions={
          <>
            <button
              type="button"
              className="btn"
              onClick={() => void report('print')}
              disabled={!expenses}
            >
              Print report…
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => void report('pdf')}
              disabled={!expenses}
            >
              Save as PDF…
            </button>
          </>
        }
      />
      <EntryRow lookups={lookups} />
      <section className="card exp-filters" aria-label="Filter expenses">
        {/* Typed and shown the office's way, like the list's dates (issue 16.8). */}
        <TypedDateField key={`from-${from}`} label="From" value={from} locale={money.locale} onCommit={(d) => patch({ from: d, label: undefined })} />
        <TypedDateField key={`to-${to}`} label="To" value={to} locale={money.locale} onCommit={(d) => patch({ to: d, label: undefined })} />
        <label className="field">
          <span>Category</span>
          <select
            value={
              filter.categoryIds?.length === 1
                ? filter.categoryIds[0]
                : filter.categoryIds?.length
                  ? '*multi'
                  : ''
            }
            onChange={(e) =>
              patch({
                categoryIds: e.target.value
                  ? [e.target.value === '-' ? '' : e.target.value]
                  : undefined,
                label: undefined,
              })
            }
          >
            <option value="">All categories</option>
            {filter.categoryIds && filter.categoryIds.length > 1 ? (
              <option value="*multi">{filter.label ?? 'Several categories'}</option>
            ) : null}
            <option value="-">Uncategorized</option>
            {lookups.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
          </select>
        </label>
        <PersonSelect
          lookups={lookups}
          label="Person"
          emptyLabel="Everyone"
          value={filter.spentById ?? ''}
          onChange={(id) => patch({ spentById: id || undefined })}
        />
        <label className="field">
          <span>Status</span>
          <select
            value={filter.status ?? ''}
            onChange={(e) =>
              patch({ status: (e.target.value || undefined) as ExpenseStatus | undefined })
            }
          >
            <option value="">Any status</option>
            {EXPENSE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {EXPENSE_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {filter.label ? (
          <span className="exp-chip" aria-label="Drill-down filter">
            Showing: {filter.label}
          </span>
        ) : null}
        {Object.keys(filter).length > 0 ? (
          <button type="button" className="btn" onClick={clear}>
            Clear filter
          </button>
        ) : null}
        <span style={{ flex: 1 }} />
        <div role="group" aria-label="Total of the expenses shown" className="exp-num">
          <strong>{view.length}</strong> {view.length === 1 ? 'expense' : 'expenses'} · total{' '}
          <strong>{money.format(viewTotal)}</strong>
        </div>
      </section>
      <FormError error={error} />
      <div className={`exp-layout${selected ? ' with-detail' : ''}`}>
        <DataGrid
          id="expenses.list"
          label="Expenses"
          rows={expenses ?? []}
          columns={columns}
          getRowId={(e) => e.id}
          onActivate={(e) => setSelected(e.id)}
          exportName={`expenses-${from}-to-${to}`}
          onViewChange={onViewChange}
          empty={
            <div className="empty-state">
              <Receipt size={28} aria-hidden="true" />
              <p>
                No expenses between {formatDate(from, money.locale)} and {formatDate(to, money.locale)}. Type one in the row above, or import a bank or
                card export.
              </p>
            </div>
          }
        />
        {selected ? (
          <ExpenseDetail id={selected} lookups={lookups} onClose={() => setSelected(null)} />
        ) : null}
      </div>
    </div>
  );
}
