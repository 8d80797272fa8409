/**
 * `#/reports`: spend by vendor or by category over months or quarters — a stacked bar chart
 * of the top series and "other", the same numbers in a table, and below them the expenses (and
 * committed purchase orders) behind whichever bar or figure was opened, each opening its record.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BarChart3 } from 'lucide-react';
import { useMoney } from '../../budget';
import { EmptyState } from '../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { hrefFor, navigate } from '../../../core/router';
import { NO_KEY, OTHER_KEY, spendEntriesFor, spendReport, type SpendOptions } from '../../../../shared/domain/reports';
import { niceMoneyTicks } from '../../../../shared/lib/chartTicks';
import { formatDate } from '../../../../shared/lib/dates';
import { ORDERS_KEY, type SpendRecord } from '../data';
import { useSpendData } from '../hooks';
import { useReportsStore, type SpendBasis, type SpendGroup } from '../store';
import {
  FiguresTable,
  NONE_COLOR,
  OTHER_COLOR,
  legendOrder,
  PeriodPicker,
  ReportActions,
  ReportsNav,
  SERIES_COLORS,
  moneyCell,
  periodLabel,
  periodLongLabel,
  betweenLabel,
  rangeLabel,
  useReportPeriod,
  type FigureRow,
} from './common';

const BASIS_NOTES: Record<SpendBasis, string> = {
  spent:
    'Counting money spent: every expense by its date (refunds subtract). Purchase orders are not counted; choose “Spent and committed” to add orders sent but not yet paid.',
  committed:
    'Counting expenses plus committed spend: purchase orders sent to a vendor (not drafts, not cancelled) whose invoice is not yet paid, at their order date and value (less what was cancelled when closed short). An order counts once: when its invoice is paid, the expense takes its place.',
};

export function SpendReport() {
  const money = useMoney();
  const { period, from, to } = useReportPeriod();
  const data = useSpendData(from, to);
  const group = useReportsStore((s) => s.spendGroup);
  const basis = useReportsStore((s) => s.spendBasis);
  const top = useReportsStore((s) => s.spendTop);
  const cell = useReportsStore((s) => s.spendCell);
  const patch = useReportsStore((s) => s.patch);
  const options: SpendOptions = useMemo(
    () => ({ from, to, granularity: period.granularity, fiscalStartMonth: money.startMonth, top }),
    [from, to, period.granularity, money.startMonth, top],
  );

  const entries = useMemo<SpendRecord[]>(() => {
    if (!data) return [];
    const list = basis === 'committed' ? [...data.expenses, ...data.orders] : data.expenses;
    return list.map((e) => ({
      ...e,
      key:
        group === 'vendor'
          ? (e.vendorId ?? NO_KEY)
          : e.source === 'order'
            ? ORDERS_KEY
            : e.categoryId
              ? (data.rootOf.get(e.categoryId) ?? e.categoryId)
              : NO_KEY,
    }));
  }, [data, basis, group]);
  const report = useMemo(() => spendReport(entries, options), [entries, options]);

  const groupWord = group === 'vendor' ? 'vendor' : 'category';
  const nameOf = (key: string): string => {
    if (key === OTHER_KEY) return `Other (${report.otherKeys.length} ${group === 'vendor' ? 'vendors' : 'categories'})`;
    if (key === NO_KEY) return group === 'vendor' ? 'No vendor' : 'Uncategorized';
    if (key === ORDERS_KEY) return 'Committed on purchase orders';
    return (group === 'vendor' ? data?.vendorNames.get(key) : data?.categoryNames.get(key)) ?? `A deleted ${groupWord}`;
  };
  const colorOf = (i: number, key: string) => (key === OTHER_KEY ? OTHER_COLOR : key === NO_KEY ? NONE_COLOR : SERIES_COLORS[i % SERIES_COLORS.length]!);
  const labels = report.periods.map((p) => periodLabel(p, period.granularity, money));
  const longLabel = (p: string) => periodLongLabel(p, period.granularity, money);

  const countWord = (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`;
  const rows: FigureRow[] = report.series.map((s, i) => ({
    key: s.key,
    header: nameOf(s.key),
    color: colorOf(i, s.key),
    cells: [
      ...s.byPeriod.map((c, j) => ({
        text: money.format(c),
        drill: { row: s.key, col: report.periods[j] },
        label: `${nameOf(s.key)}, ${longLabel(report.periods[j]!)}: ${money.format(c)}`,
      })),
      { text: money.format(s.totalCents), drill: { row: s.key }, label: `${nameOf(s.key)}, whole period: ${money.format(s.totalCents)}, ${countWord(s.count)}` },
    ],
  }));
  if (report.series.length > 0)
    rows.push({
      key: '*total',
      header: 'Total',
      total: true,
      cells: [
        ...report.periodTotals.map((c, j) => ({ text: money.format(c), drill: { col: report.periods[j] }, label: `All ${group === 'vendor' ? 'vendors' : 'categories'}, ${longLabel(report.periods[j]!)}: ${money.format(c)}` })),
        { text: money.format(report.totalCents), drill: {}, label: `Everything in the period: ${money.format(report.totalCents)}, ${countWord(report.count)}` },
      ],
    });

  const chartRows = report.periods.map((p, j) => {
    const row: Record<string, string | number> = { period: p, label: labels[j]! };
    report.series.forEach((s, i) => (row[`s${i}`] = s.byPeriod[j]!));
    return row;
  });
  const ticks = niceMoneyTicks([0, ...report.periodTotals, ...report.series.flatMap((s) => s.byPeriod.filter((c) => c < 0))]);

  const drilled = useMemo(
    () => (cell ? spendEntriesFor(entries, report, options, { key: cell.row, period: cell.col }) : []),
    [cell, entries, report, options],
  );
  const drillTitle = cell
    ? `${cell.row === undefined ? `All ${group === 'vendor' ? 'vendors' : 'categories'}` : nameOf(cell.row)}, ${cell.col === undefined ? rangeLabel(from, to, money) : longLabel(cell.col)}`
    : '';

  const title = `Spend by ${groupWord}`;
  const headers = [group === 'vendor' ? 'Vendor' : 'Category', ...labels, 'Total'];
  const exportRows = [
    ...report.series.map((s) => [nameOf(s.key), ...s.byPeriod.map((c) => moneyCell(c, money)), moneyCell(s.totalCents, money)]),
    ...(report.series.length ? [['Total', ...report.periodTotals.map((c) => moneyCell(c, money)), moneyCell(report.totalCents, money)]] : []),
  ];
  const scope = [rangeLabel(from, to, money), period.granularity === 'month' ? 'Per month' : 'Per quarter', basis === 'spent' ? 'Money spent (expenses)' : 'Spent and committed (expenses and unpaid purchase orders)'];

  const columns = useMemo<GridColumn<SpendRecord>[]>(
    () => [
      { id: 'date', header: 'Date', value: (e) => e.date, cell: (e) => formatDate(e.date, money.locale), width: '8.5rem' },
      { id: 'what', header: 'Record', value: (e) => (e.source === 'expense' ? 'Expense' : `Purchase order (${e.status})`), width: '11rem', filter: 'select' },
      {
        id: 'description',
        header: 'Description',
        value: (e) => e.description,
        cell: (e) => (
          <a href={e.source === 'expense' ? hrefFor('expenses', e.id) : hrefFor('purchasing', e.id)}>
            <bdi>{e.description}</bdi>
          </a>
        ),
        minWidth: '12rem',
      },
      { id: 'vendor', header: 'Vendor', value: (e) => (e.vendorId ? (data?.vendorNames.get(e.vendorId) ?? 'A deleted vendor') : ''), filter: 'select' },
      { id: 'category', header: 'Category', value: (e) => (e.categoryId ? (data?.categoryNames.get(e.categoryId) ?? '') : ''), filter: 'select' },
      {
        id: 'amount',
        header: 'Amount',
        value: (e) => e.amountCents,
        cell: (e) => money.format(e.amountCents),
        exportValue: (e) => moneyCell(e.amountCents, money),
        align: 'right',
        width: '8rem',
        searchable: false,
      },
    ],
    [data, money],
  );

  const controls = (
    <>
      <label className="field">
        <span>Spend by</span>
        <select value={group} onChange={(e) => patch({ spendGroup: e.target.value as SpendGroup, spendCell: null })}>
          <option value="vendor">Vendor</option>
          <option value="category">Category</option>
        </select>
      </label>
      <label className="field">
        <span>Count</span>
        <select value={basis} onChange={(e) => patch({ spendBasis: e.target.value as SpendBasis, spendCell: null })}>
          <option value="spent">Money spent (expenses)</option>
          <option value="committed">Spent and committed (adds unpaid purchase orders)</option>
        </select>
      </label>
      <label className="field">
        <span>Show</span>
        <select value={top} onChange={(e) => patch({ spendTop: Number(e.target.value), spendCell: null })}>
          {[5, 8, 12].map((n) => (
            <option key={n} value={n}>
              Top {n}
            </option>
          ))}
        </select>
      </label>
    </>
  );

  return (
    <div className="page rep-page">
      <ReportsNav
        current=""
        actions={
          <ReportActions
            what={title}
            exportData={data ? { name: `spend-by-${groupWord}-${period.fromMonth}-to-${period.toMonth}`, sheet: title, headers, rows: exportRows } : null}
            print={
              data && report.count > 0
                ? {
                    title,
                    scope,
                    summary: [
                      { label: 'Total', value: money.format(report.totalCents) },
                      { label: 'Records', value: String(report.count) },
                    ],
                    tables: [
                      {
                        columns: headers.map((h, i) => ({ header: h, numeric: i > 0 })),
                        rows: [
                          ...report.series.map((s) => ({ cells: [nameOf(s.key), ...s.byPeriod.map((c) => money.format(c)), money.format(s.totalCents)] })),
                          ...(report.series.length ? [{ cells: ['Total', ...report.periodTotals.map((c) => money.format(c)), money.format(report.totalCents)], total: true }] : []),
                        ],
                        emptyText: 'No spend in this period.',
                      },
                    ],
                    notes: [BASIS_NOTES[basis], report.otherKeys.length ? `Other: ${report.otherKeys.map(nameOf).join(', ')}.` : ''].filter(Boolean),
                  }
                : null
            }
          />
        }
      />
      <PeriodPicker extra={controls} />
      <p className="rep-note">{BASIS_NOTES[basis]}</p>
      {!data ? (
        <p className="muted" role="status">
          Adding up the spend…
        </p>
      ) : report.count === 0 ? (
        <EmptyState icon={BarChart3} title={`No spend between ${betweenLabel(from, to, money)}`}>
          <p>
            Expenses typed or imported in <a href={hrefFor('expenses')}>Expenses</a>
            {basis === 'committed' ? <> and purchase orders sent from <a href={hrefFor('purchasing')}>Purchasing</a></> : null} show here by {groupWord}, month by
            month. Pick a longer period, or add expenses.
          </p>
        </EmptyState>
      ) : (
        <>
          <section className="card" aria-labelledby="rep-spend-chart">
            <h2 id="rep-spend-chart">
              {title} per {period.granularity}, {rangeLabel(from, to, money)}
            </h2>
            <div role="img" aria-label={`Stacked bar chart of spend by ${groupWord} per ${period.granularity}; the same figures are in the table below`} className="rep-chart">
              <ResponsiveContainer>
                <BarChart data={chartRows} margin={{ left: 8, right: 8, top: 8, bottom: 8 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
                  <YAxis tickFormatter={(v: number) => money.compact(v)} width={70} tick={{ fontSize: 11 }} ticks={ticks} domain={[ticks[0]!, ticks.at(-1)!]} interval={0} />
                  <Tooltip formatter={(v) => (typeof v === 'number' ? money.format(v) : String(v ?? ''))} />
                  <Legend verticalAlign="top" itemSorter={legendOrder} />
                  {report.series.map((s, i) => (
                    <Bar
                      key={s.key}
                      dataKey={`s${i}`}
                      name={nameOf(s.key)}
                      stackId="spend"
                      fill={colorOf(i, s.key)}
                      cursor="pointer"
                      isAnimationActive={false}
                      onClick={(d: unknown) => {
                        const p = (d as { payload?: { period?: string } }).payload?.period;
                        if (p) patch({ spendCell: { row: s.key, col: p } });
                      }}
                    />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </div>
            <p className="rep-hint">Click a bar, or a figure in the table (arrow keys move, Enter opens), to list the records behind it.</p>
            <FiguresTable
              label={`${title} per ${period.granularity}`}
              rowHeader={group === 'vendor' ? 'Vendor' : 'Category'}
              columns={[...report.periods.map((p, j) => ({ key: p, label: labels[j]! })), { key: '*total', label: 'Total' }]}
              rows={rows}
              selected={cell}
              onDrill={(c) => patch({ spendCell: c })}
            />
          </section>
          {cell ? (
            <section className="card rep-drill" aria-labelledby="rep-spend-drill">
              <h2 id="rep-spend-drill">
                {drillTitle}: {countWord(drilled.length)}, {money.format(drilled.reduce((s, e) => s + e.amountCents, 0))}
              </h2>
              <DataGrid
                id="reports.spend.drill"
                label={`Records behind ${drillTitle}`}
                rows={drilled}
                columns={columns}
                getRowId={(e) => `${e.source}:${e.id}`}
                onActivate={(e) => (e.source === 'expense' ? navigate('expenses', e.id) : navigate('purchasing', e.id))}
                exportName={`spend-records-${period.fromMonth}-to-${period.toMonth}`}
                empty={<p className="empty-state">Nothing was spent here in this period.</p>}
              />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
