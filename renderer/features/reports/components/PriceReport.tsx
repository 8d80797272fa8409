/**
 * `#/reports/prices`: unit prices over time per item. The list of items with prices seen in the
 * period (first and latest price, the change, lowest and highest, who is cheapest now) picks
 * the item; its chart draws one line per vendor for the prices paid on purchase orders (and,
 * dashed, the prices vendors quoted); the table under it holds the same figures per vendor,
 * and the prices below — every order line and quote behind a clicked point or figure — open
 * their order or request for quotation.
 */
import { useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TrendingUp } from 'lucide-react';
import { useMoney } from '../../budget';
import { EmptyState } from '../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { hrefFor, navigate } from '../../../core/router';
import { itemPriceChart, priceSeriesId, priceSummaries, type ItemPriceSummary, type PriceObservation } from '../../../../shared/domain/reports';
import { niceMoneyTicks } from '../../../../shared/lib/chartTicks';
import { formatDate } from '../../../../shared/lib/dates';
import { usePriceData } from '../hooks';
import { useReportsStore, type DrillCell } from '../store';
import { FiguresTable, PeriodPicker, ReportActions, ReportsNav, SERIES_COLORS, moneyCell, betweenLabel, rangeLabel, useReportPeriod, type FigureRow } from './common';

const SOURCE_LABEL = { order: 'paid', quote: 'quoted' } as const;

function percent(change: number | undefined, locale: string): string {
  if (change === undefined) return '';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change);
}

export function PriceReport() {
  const money = useMoney();
  const { period, from, to } = useReportPeriod();
  const data = usePriceData();
  const chosen = useReportsStore((s) => s.priceItem);
  const patch = useReportsStore((s) => s.patch);
  const [cell, setCell] = useState<DrillCell | null>(null);

  const summaries = useMemo(() => (data ? priceSummaries(data.observations, from, to) : []), [data, from, to]);
  const itemId = chosen && summaries.some((s) => s.itemId === chosen) ? chosen : summaries[0]?.itemId;
  const summary = summaries.find((s) => s.itemId === itemId);
  const chart = useMemo(() => (data && itemId ? itemPriceChart(data.observations, itemId, from, to) : { rows: [], series: [] }), [data, itemId, from, to]);
  const itemObs = useMemo(
    () => (data && itemId ? data.observations.filter((o) => o.itemId === itemId && o.date >= from && o.date <= to).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)) : []),
    [data, itemId, from, to],
  );

  const itemName = (id: string) => data?.itemNames.get(id) ?? 'A deleted item';
  const vendorName = (id: string) => data?.vendorNames.get(id) ?? 'A deleted vendor';
  const seriesName = (s: { vendorId: string; source: PriceObservation['source'] }) => `${vendorName(s.vendorId)} (${SOURCE_LABEL[s.source]})`;
  const colorOfVendor = useMemo(() => {
    const vendors = [...new Set(chart.series.map((s) => s.vendorId))];
    return (vendorId: string) => SERIES_COLORS[vendors.indexOf(vendorId) % SERIES_COLORS.length]!;
  }, [chart.series]);

  const drilled = cell
    ? itemObs.filter((o) => (cell.row === undefined || priceSeriesId(o.vendorId, o.source) === cell.row) && (cell.col === undefined || o.date === cell.col))
    : itemObs;

  const perSeries = chart.series.map((s) => {
    const list = itemObs.filter((o) => o.vendorId === s.vendorId && o.source === s.source);
    const prices = list.map((o) => o.unitPriceCents);
    return { s, latest: list[0]!, first: list.at(-1)!, min: Math.min(...prices), max: Math.max(...prices), count: list.length };
  });
  const figureRows: FigureRow[] = perSeries.map(({ s, latest, first, min, max, count }) => {
    const name = seriesName(s);
    const drill = { row: s.id };
    const say = (what: string, value: string) => ({ text: value, drill, label: `${name}, ${what}: ${value}; list its ${count} ${count === 1 ? 'price' : 'prices'}` });
    return {
      key: s.id,
      header: name,
      color: colorOfVendor(s.vendorId),
      cells: [
        say('first', `${money.format(first.unitPriceCents)} (${formatDate(first.date, money.locale)})`),
        say('latest', `${money.format(latest.unitPriceCents)} (${formatDate(latest.date, money.locale)})`),
        say('lowest', money.format(min)),
        say('highest', money.format(max)),
        say('prices seen', String(count)),
      ],
    };
  });
  const ticks = niceMoneyTicks([0, ...itemObs.map((o) => o.unitPriceCents)]);

  const summaryColumns = useMemo<GridColumn<ItemPriceSummary>[]>(
    () => [
      { id: 'item', header: 'Item', value: (s) => itemName(s.itemId), cell: (s) => <bdi>{itemName(s.itemId)}</bdi>, minWidth: '12rem' },
      { id: 'vendors', header: 'Vendors', value: (s) => s.vendorIds.length, align: 'right', width: '6rem', searchable: false },
      { id: 'count', header: 'Prices seen', value: (s) => s.count, align: 'right', width: '7rem', searchable: false },
      { id: 'first', header: 'First price', value: (s) => s.firstCents, cell: (s) => money.format(s.firstCents), exportValue: (s) => moneyCell(s.firstCents, money), align: 'right', width: '8rem', searchable: false },
      { id: 'last', header: 'Latest price', value: (s) => s.lastCents, cell: (s) => money.format(s.lastCents), exportValue: (s) => moneyCell(s.lastCents, money), align: 'right', width: '8rem', searchable: false },
      {
        id: 'change',
        header: 'Change',
        value: (s) => s.change ?? 0,
        cell: (s) => <span className={(s.change ?? 0) > 0 ? 'rep-change-up' : (s.change ?? 0) < 0 ? 'rep-change-down' : undefined}>{percent(s.change, money.locale)}</span>,
        exportValue: (s) => (s.change === undefined ? null : Math.round(s.change * 1000) / 10),
        align: 'right',
        width: '6.5rem',
        searchable: false,
      },
      {
        id: 'cheapest',
        header: 'Cheapest latest price',
        value: (s) => (s.latestByVendor[0] ? `${vendorName(s.latestByVendor[0].vendorId)} ${money.format(s.latestByVendor[0].unitPriceCents)}` : ''),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- names come from `data`
    [data, money],
  );

  const obsColumns = useMemo<GridColumn<PriceObservation>[]>(
    () => [
      { id: 'date', header: 'Date', value: (o) => o.date, cell: (o) => formatDate(o.date, money.locale), width: '8.5rem' },
      { id: 'vendor', header: 'Vendor', value: (o) => vendorName(o.vendorId), filter: 'select' },
      { id: 'source', header: 'Price', value: (o) => (o.source === 'order' ? 'Paid on order' : 'Quoted'), filter: 'select', width: '8rem' },
      {
        id: 'reference',
        header: 'Record',
        value: (o) => o.reference,
        cell: (o) => <a href={o.source === 'order' ? hrefFor('purchasing', o.recordId) : hrefFor('quotes', o.recordId)}>{o.reference}</a>,
        width: '10rem',
      },
      { id: 'quantity', header: 'Quantity', value: (o) => o.quantity ?? null, align: 'right', width: '6rem', searchable: false },
      { id: 'price', header: 'Unit price', value: (o) => o.unitPriceCents, cell: (o) => money.format(o.unitPriceCents), exportValue: (o) => moneyCell(o.unitPriceCents, money), align: 'right', width: '8rem', searchable: false },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- names come from `data`
    [data, money],
  );

  const headers = ['Item', 'Unit', 'Vendors', 'Prices seen', 'First date', 'First price', 'Latest date', 'Latest price', 'Change %', 'Lowest', 'Highest'];
  const exportRows = summaries.map((s) => [
    itemName(s.itemId),
    data?.itemUnits.get(s.itemId) ?? '',
    s.vendorIds.length,
    s.count,
    s.firstDate,
    moneyCell(s.firstCents, money),
    s.lastDate,
    moneyCell(s.lastCents, money),
    s.change === undefined ? null : Math.round(s.change * 1000) / 10,
    moneyCell(s.minCents, money),
    moneyCell(s.maxCents, money),
  ]);
  const PRINT_MAX = 200;
  const sources =
    'Prices paid: purchase order lines for inventory items, dated by the order (orders sent to the vendor; drafts and cancelled orders are left out). Prices quoted: vendors’ answers to requests for quotation, dated the day the quote came in (dashed lines).';

  return (
    <div className="page rep-page">
      <ReportsNav
        current="prices"
        actions={
          <ReportActions
            what="Price trends"
            exportData={data ? { name: `price-trends-${period.fromMonth}-to-${period.toMonth}`, sheet: 'Price trends', headers, rows: exportRows } : null}
            print={
              data && summaries.length > 0
                ? {
                    title: 'Price trends',
                    scope: [rangeLabel(from, to, money), `${summaries.length} ${summaries.length === 1 ? 'item' : 'items'} with prices`],
                    tables: [
                      {
                        heading: 'Items, largest price rise first',
                        columns: [{ header: 'Item' }, { header: 'Vendors', numeric: true }, { header: 'Prices', numeric: true }, { header: 'First', numeric: true }, { header: 'Latest', numeric: true }, { header: 'Change', numeric: true }, { header: 'Lowest', numeric: true }, { header: 'Highest', numeric: true }],
                        rows: summaries.slice(0, PRINT_MAX).map((s) => ({
                          cells: [itemName(s.itemId), String(s.vendorIds.length), String(s.count), money.format(s.firstCents), money.format(s.lastCents), percent(s.change, money.locale), money.format(s.minCents), money.format(s.maxCents)],
                        })),
                        emptyText: 'No prices in this period.',
                      },
                      ...(summary
                        ? [
                            {
                              heading: `${itemName(summary.itemId)}: prices per vendor`,
                              columns: [{ header: 'Vendor' }, { header: 'First', numeric: true }, { header: 'Latest', numeric: true }, { header: 'Lowest', numeric: true }, { header: 'Highest', numeric: true }, { header: 'Prices', numeric: true }],
                              rows: figureRows.map((r) => ({ cells: [r.header, ...r.cells.map((c) => c.text)] })),
                              emptyText: 'No prices for this item.',
                            },
                          ]
                        : []),
                    ],
                    notes: [sources, summaries.length > PRINT_MAX ? `The first ${PRINT_MAX} of ${summaries.length} items are printed; the export holds them all.` : ''].filter(Boolean),
                  }
                : null
            }
          />
        }
      />
      <PeriodPicker perPeriod={false} />
      <p className="rep-note">{sources}</p>
      {!data ? (
        <p className="muted" role="status">
          Reading prices…
        </p>
      ) : summaries.length === 0 ? (
        <EmptyState icon={TrendingUp} title={`No prices between ${betweenLabel(from, to, money)}`}>
          <p>
            Each inventory item ordered on a purchase order sent from <a href={hrefFor('purchasing')}>Purchasing</a> shows its unit price here, per vendor, over time.
            Pick a longer period, or send an order.
          </p>
        </EmptyState>
      ) : (
        <>
          <section className="card" aria-labelledby="rep-price-items">
            <h2 id="rep-price-items">Items with prices, {rangeLabel(from, to, money)}</h2>
            <DataGrid
              id="reports.prices.items"
              label="Items with prices"
              rows={summaries}
              columns={summaryColumns}
              getRowId={(s) => s.itemId}
              onActivate={(s) => {
                patch({ priceItem: s.itemId });
                setCell(null);
              }}
              height={260}
              exportName={`price-items-${period.fromMonth}-to-${period.toMonth}`}
            />
            <p className="rep-hint">Double-click an item, or move to it with the arrow keys and press Enter, to chart its prices.</p>
          </section>
          {summary ? (
            <section className="card" aria-labelledby="rep-price-chart">
              <h2 id="rep-price-chart">
                <bdi>{itemName(summary.itemId)}</bdi>: unit price per vendor
                {data.itemUnits.get(summary.itemId) ? ` (per ${data.itemUnits.get(summary.itemId)})` : ''}
              </h2>
              <div role="img" aria-label={`Line chart of ${itemName(summary.itemId)}'s unit price over time, one line per vendor; the same figures are in the table below`} className="rep-chart">
                <ResponsiveContainer>
                  <LineChart data={chart.rows} margin={{ left: 8, right: 16, top: 8, bottom: 8 }} accessibilityLayer={false}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="date" tickFormatter={(d: string) => formatDate(d, money.locale)} tick={{ fontSize: 11 }} />
                    <YAxis tickFormatter={(v: number) => money.compact(v)} width={70} tick={{ fontSize: 11 }} ticks={ticks} domain={[ticks[0]!, ticks.at(-1)!]} interval={0} />
                    <Tooltip formatter={(v) => (typeof v === 'number' ? money.format(v) : String(v ?? ''))} labelFormatter={(d) => formatDate(String(d), money.locale)} />
                    <Legend verticalAlign="top" />
                    {chart.series.map((s) => (
                      <Line
                        key={s.id}
                        dataKey={s.id}
                        name={seriesName(s)}
                        stroke={colorOfVendor(s.vendorId)}
                        strokeDasharray={s.source === 'quote' ? '6 4' : undefined}
                        connectNulls
                        isAnimationActive={false}
                        dot={{ r: 4, cursor: 'pointer' }}
                        activeDot={{
                          r: 6,
                          cursor: 'pointer',
                          onClick: (_: unknown, e: unknown) => {
                            const date = (e as { payload?: { date?: string } }).payload?.date;
                            if (date) setCell({ row: s.id, col: date });
                          },
                        }}
                      />
                    ))}
                  </LineChart>
                </ResponsiveContainer>
              </div>
              <p className="rep-hint">Click a point, or a figure in the table (arrow keys move, Enter opens), to list the prices behind it. Dashed lines are quoted prices.</p>
              <FiguresTable
                label={`${itemName(summary.itemId)}: prices per vendor`}
                rowHeader="Vendor"
                columns={[
                  { key: 'first', label: 'First' },
                  { key: 'latest', label: 'Latest' },
                  { key: 'low', label: 'Lowest' },
                  { key: 'high', label: 'Highest' },
                  { key: 'count', label: 'Prices seen' },
                ]}
                rows={figureRows}
                selected={cell}
                onDrill={(c) => setCell(c)}
              />
            </section>
          ) : null}
          {summary ? (
            <section className="card rep-drill" aria-labelledby="rep-price-drill">
              <h2 id="rep-price-drill">
                {cell
                  ? `${cell.row ? seriesName(chart.series.find((s) => s.id === cell.row) ?? { vendorId: '', source: 'order' }) : 'Every vendor'}${cell.col ? `, ${formatDate(cell.col, money.locale)}` : ''}`
                  : `Every price of ${itemName(summary.itemId)}`}
                : {drilled.length} {drilled.length === 1 ? 'price' : 'prices'}
              </h2>
              {cell ? (
                <button type="button" className="btn" onClick={() => setCell(null)}>
                  Show every price of this item
                </button>
              ) : null}
              <DataGrid
                id="reports.prices.drill"
                label={`Prices of ${itemName(summary.itemId)}`}
                rows={drilled}
                columns={obsColumns}
                getRowId={(o) => `${o.source}:${o.recordId}:${o.lineId ?? o.date}:${o.vendorId}`}
                onActivate={(o) => (o.source === 'order' ? navigate('purchasing', o.recordId) : navigate('quotes', o.recordId))}
                exportName={`prices-${period.fromMonth}-to-${period.toMonth}`}
              />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
