/**
 * `#/reports/requests`: staff requests by kind — how many came in each month or quarter
 * (stacked bars), and per kind how many are closed and the median and 90th percentile days
 * from coming in to closing. The table holds the chart's numbers; a bar or a figure lists the
 * requests behind it, each opening in Requests.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Inbox } from 'lucide-react';
import { useMoney } from '../../budget';
import { REQUEST_KINDS, REQUEST_KIND_LABELS } from '../../requests';
import { EmptyState } from '../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { hrefFor, navigate } from '../../../core/router';
import { daysBetween, requestsFor, requestsReport } from '../../../../shared/domain/reports';
import { formatDate } from '../../../../shared/lib/dates';
import type { RequestRecord } from '../data';
import { useRequestData } from '../hooks';
import { useReportsStore } from '../store';
import { FiguresTable, PeriodPicker, ReportActions, ReportsNav, SERIES_COLORS, legendOrder, periodLabel, periodLongLabel, betweenLabel, rangeLabel, useReportPeriod, type FigureRow } from './common';

const NOTE =
  'Requests are counted in the month (or quarter) they came in. Closed means done or declined; days to close run from coming in to closing, to a tenth of a day (the median is the middle request, the 90th percentile the time nine in ten closed within). Open requests are not in the times.';

export function RequestsReport() {
  const money = useMoney();
  const { period, from, to } = useReportPeriod();
  const data = useRequestData();
  const cell = useReportsStore((s) => s.requestCell);
  const patch = useReportsStore((s) => s.patch);
  const options = useMemo(() => ({ from, to, granularity: period.granularity, fiscalStartMonth: money.startMonth }), [from, to, period.granularity, money.startMonth]);
  const report = useMemo(() => requestsReport(data ?? [], { ...options, kinds: REQUEST_KINDS }), [data, options]);
  const labels = report.periods.map((p) => periodLabel(p, period.granularity, money));
  const longLabel = (p: string) => periodLongLabel(p, period.granularity, money);
  const kindName = (k: string) => (k === '*all' ? 'All requests' : (REQUEST_KIND_LABELS[k as keyof typeof REQUEST_KIND_LABELS] ?? k));
  const days = (d: number | undefined) => (d === undefined ? '—' : new Intl.NumberFormat(money.locale, { maximumFractionDigits: 1 }).format(d));
  const reqWord = (n: number) => `${n} ${n === 1 ? 'request' : 'requests'}`;
  const colorOf = (kind: string) => SERIES_COLORS[Math.max(0, REQUEST_KINDS.indexOf(kind as (typeof REQUEST_KINDS)[number])) % SERIES_COLORS.length]!;

  const columns = [
    ...report.periods.map((p, j) => ({ key: p, label: labels[j]! })),
    { key: '*total', label: 'Total' },
    { key: '*closed', label: 'Closed' },
    { key: '*open', label: 'Open' },
    { key: '*median', label: 'Median days' },
    { key: '*p90', label: '90th pct days' },
  ];
  const rowOf = (r: (typeof report)['all'], total: boolean): FigureRow => {
    const kind = r.kind === '*all' ? undefined : r.kind;
    const name = kindName(r.kind);
    return {
      key: r.kind,
      header: name,
      total,
      ...(total ? {} : { color: colorOf(r.kind) }),
      cells: [
        ...r.byPeriod.map((n, j) => ({ text: String(n), drill: { row: kind, col: report.periods[j] }, label: `${name}, ${longLabel(report.periods[j]!)}: ${reqWord(n)}` })),
        { text: String(r.total), drill: { row: kind }, label: `${name}, whole period: ${reqWord(r.total)}` },
        { text: String(r.closed) },
        { text: String(r.open) },
        { text: days(r.medianDays), label: `${name}: median ${days(r.medianDays)} days to close` },
        { text: days(r.p90Days) },
      ],
    };
  };
  const rows: FigureRow[] = report.kinds.map((k) => rowOf(k, false));
  if (report.kinds.length > 0) rows.push(rowOf(report.all, true));

  const chartRows = report.periods.map((p, j) => {
    const row: Record<string, string | number> = { period: p, label: labels[j]! };
    report.kinds.forEach((k, i) => (row[`k${i}`] = k.byPeriod[j]!));
    return row;
  });

  const drilled = useMemo(() => (cell && data ? requestsFor(data, options, { kind: cell.row, period: cell.col }) : []), [cell, data, options]);
  const drillTitle = cell ? `${cell.row === undefined ? 'All requests' : kindName(cell.row)}, ${cell.col === undefined ? rangeLabel(from, to, money) : longLabel(cell.col)}` : '';

  const gridColumns = useMemo<GridColumn<RequestRecord>[]>(
    () => [
      { id: 'number', header: 'Request', value: (r) => r.number, cell: (r) => <a href={hrefFor('requests', r.id)}>{r.number}</a>, width: '7rem' },
      { id: 'what', header: 'What', value: (r) => r.what, cell: (r) => <bdi>{r.what}</bdi>, minWidth: '12rem' },
      { id: 'kind', header: 'Kind', value: (r) => r.kindLabel, filter: 'select', width: '7rem' },
      { id: 'requester', header: 'Requested by', value: (r) => r.requester },
      { id: 'status', header: 'Status', value: (r) => r.statusLabel, filter: 'select', width: '7.5rem' },
      { id: 'in', header: 'Came in', value: (r) => r.createdAt, cell: (r) => formatDate(r.createdAt.slice(0, 10), money.locale), exportValue: (r) => r.createdAt.slice(0, 10), width: '8.5rem' },
      {
        id: 'days',
        header: 'Days to close',
        value: (r) => (r.closedAt && (r.status === 'done' || r.status === 'declined') ? daysBetween(r.createdAt, r.closedAt) : null),
        align: 'right',
        width: '7.5rem',
        searchable: false,
      },
    ],
    [money],
  );

  const title = 'Requests by kind';
  const headers = ['Kind', ...labels, 'Total', 'Closed', 'Open', 'Median days to close', '90th percentile days to close'];
  const exportRows = [...report.kinds.map((k) => ({ r: k, name: kindName(k.kind) })), ...(report.kinds.length ? [{ r: report.all, name: 'All requests' }] : [])].map(({ r, name }) => [
    name,
    ...r.byPeriod,
    r.total,
    r.closed,
    r.open,
    r.medianDays ?? null,
    r.p90Days ?? null,
  ]);

  return (
    <div className="page rep-page">
      <ReportsNav
        current="requests"
        actions={
          <ReportActions
            what={title}
            exportData={data ? { name: `requests-by-kind-${period.fromMonth}-to-${period.toMonth}`, sheet: title, headers, rows: exportRows } : null}
            print={
              data && report.all.total > 0
                ? {
                    title,
                    scope: [rangeLabel(from, to, money), period.granularity === 'month' ? 'Per month' : 'Per quarter'],
                    summary: [
                      { label: 'Requests', value: String(report.all.total) },
                      { label: 'Closed', value: String(report.all.closed) },
                      { label: 'Median days to close', value: days(report.all.medianDays) },
                      { label: '90th percentile', value: days(report.all.p90Days) },
                    ],
                    tables: [
                      {
                        columns: headers.map((h, i) => ({ header: h.replace(' days to close', '').replace('90th percentile', '90th pct'), numeric: i > 0 })),
                        rows: rows.map((r) => ({ cells: [r.header, ...r.cells.map((c) => c.text)], ...(r.total ? { total: true } : {}) })),
                        emptyText: 'No requests came in during this period.',
                      },
                    ],
                    notes: [NOTE],
                  }
                : null
            }
          />
        }
      />
      <PeriodPicker />
      <p className="rep-note">{NOTE}</p>
      {!data ? (
        <p className="muted" role="status">
          Counting requests…
        </p>
      ) : report.all.total === 0 ? (
        <EmptyState icon={Inbox} title={`No requests came in between ${betweenLabel(from, to, money)}`}>
          <p>
            What staff ask of the office — supplies, repairs, IT, access — is logged in <a href={hrefFor('requests')}>Requests</a>; each kind shows here month by month
            with how long it took to close. Pick a longer period, or log a request.
          </p>
        </EmptyState>
      ) : (
        <>
          <section className="card" aria-labelledby="rep-req-chart">
            <h2 id="rep-req-chart">
              Requests per {period.granularity} by kind, {rangeLabel(from, to, money)}
            </h2>
            <div role="img" aria-label={`Stacked bar chart of requests per ${period.granularity} by kind; the same figures are in the table below`} className="rep-chart">
              <ResponsiveContainer>
                <BarChart data={chartRows} margin={{ left: 8, right: 8, top: 8, bottom: 8 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
                  <YAxis allowDecimals={false} width={40} tick={{ fontSize: 11 }} />
                  <Tooltip />
                  <Legend verticalAlign="top" itemSorter={legendOrder} />
                  {report.kinds.map((k, i) => (
                    <Bar
                      key={k.kind}
                      dataKey={`k${i}`}
                      name={kindName(k.kind)}
                      stackId="requests"
                      fill={colorOf(k.kind)}
                      cursor="pointer"
                      isAnimationActive={false}
                      onClick={(d: unknown) => {
                        const p = (d as { payload?: { period?: string } }).payload?.period;
                        if (p) patch({ requestCell: { row: k.kind, col: p } });
                      }}
                    />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </div>
            <p className="rep-hint">Click a bar, or a count in the table (arrow keys move, Enter opens), to list the requests behind it.</p>
            <FiguresTable label={`${title} per ${period.granularity}`} rowHeader="Kind" columns={columns} rows={rows} selected={cell} onDrill={(c) => patch({ requestCell: c })} />
          </section>
          {cell ? (
            <section className="card rep-drill" aria-labelledby="rep-req-drill">
              <h2 id="rep-req-drill">
                {drillTitle}: {reqWord(drilled.length)}
              </h2>
              <DataGrid
                id="reports.requests.drill"
                label={`Requests behind ${drillTitle}`}
                rows={drilled}
                columns={gridColumns}
                getRowId={(r) => r.id}
                onActivate={(r) => navigate('requests', r.id)}
                exportName={`requests-${period.fromMonth}-to-${period.toMonth}`}
                empty={<p className="empty-state">No requests came in here in this period.</p>}
              />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
