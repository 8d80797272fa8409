/**
 * `#/quotes/history/<itemId>`: an item's price history per vendor — every quoted unit price
 * (from requests for quotation) and every price paid (sent purchase orders) — as a recharts
 * line chart, one line per vendor and kind, with the same points as a table under it.
 */
import { LineChart as LineChartIcon } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { hrefFor, navigate } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import type { PricePoint } from '../../../../shared/domain/quotes';
import { formatDate } from '../../../../shared/lib/dates';
import { formatMoney } from '../../../../shared/lib/money';
import { EmptyState } from '../../../ui/EmptyState';
import { useItems, type Item } from '../../inventory';
import { useVendors } from '../../vendors';
import { usePriceHistory, useQuotedItemIds } from '../hooks';
import { QuotesTabs } from './QuotesTabs';
import './quotes.css';

/** Distinct line colours readable on light and dark backgrounds; dashes tell quoted from paid. */
const PALETTE = [
  '#2f6fde',
  '#d1495b',
  '#2a9d8f',
  '#e09f3e',
  '#8e5cc7',
  '#5c7c8a',
  '#c05299',
  '#6a994e',
];
const MAX_OPTIONS = 3000;
const label = (i: Item) => (i.sku ? `${i.name} (${i.sku})` : i.name);

interface Series {
  key: string;
  name: string;
  color: string;
  dashed: boolean;
}

/** Chart rows: one per date, a column per vendor-and-kind series (the latest price of that day). */
export function chartData(
  points: readonly PricePoint[],
  vendorName: (id: string) => string,
): { rows: Record<string, number | string>[]; series: Series[] } {
  const vendorOrder: string[] = [];
  for (const p of points) if (!vendorOrder.includes(p.vendorId)) vendorOrder.push(p.vendorId);
  const series: Series[] = [];
  const byDate = new Map<string, Record<string, number | string>>();
  for (const p of points) {
    const key = `${p.vendorId}:${p.source}`;
    if (!series.some((s) => s.key === key))
      series.push({
        key,
        name: `${vendorName(p.vendorId)} — ${p.source === 'quote' ? 'quoted' : 'paid'}`,
        color: PALETTE[vendorOrder.indexOf(p.vendorId) % PALETTE.length]!,
        dashed: p.source === 'quote',
      });
    const row = byDate.get(p.date) ?? { date: p.date };
    row[key] = p.unitPriceCents;
    byDate.set(p.date, row);
  }
  return {
    rows: [...byDate.values()].sort((a, b) => String(a.date).localeCompare(String(b.date))),
    series,
  };
}

export function PriceHistoryPage({ itemId }: { itemId?: string }) {
  const items = useItems();
  const quoted = useQuotedItemIds();
  const vendors = useVendors();
  const points = usePriceHistory(itemId);
  const company = useCompanyProfile();
  const listId = useId();
  const titleId = useId();
  const item = items?.find((i) => i.id === itemId);
  const [text, setText] = useState<string | null>(null);
  const options = useMemo(
    () =>
      [...(items ?? [])]
        .sort(
          (a, b) =>
            Number(quoted?.has(b.id) ?? 0) - Number(quoted?.has(a.id) ?? 0) ||
            a.name.localeCompare(b.name),
        )
        .slice(0, MAX_OPTIONS),
    [items, quoted],
  );
  const byLabel = useMemo(
    () =>
      new Map(
        (items ?? []).flatMap((i) => [
          [label(i).toLowerCase(), i] as const,
          [i.name.toLowerCase(), i] as const,
        ]),
      ),
    [items],
  );
  const vendorName = (id: string) => vendors?.find((v) => v.id === id)?.name ?? '(deleted vendor)';
  const money = (c: number) => formatMoney(c, company.currency, company.locale);
  const data = useMemo(
    () =>
      chartData(
        points ?? [],
        (id) => vendors?.find((v) => v.id === id)?.name ?? '(deleted vendor)',
      ),
    [points, vendors],
  );
  const shownText = text ?? (item ? label(item) : '');

  const pick = (value: string) => {
    setText(value);
    const found = byLabel.get(value.trim().toLowerCase());
    if (found && found.id !== itemId) {
      setText(null);
      navigate('quotes', 'history', found.id);
    }
  };

  const low = points?.length
    ? points.reduce((a, b) => (b.unitPriceCents < a.unitPriceCents ? b : a))
    : undefined;
  const high = points?.length
    ? points.reduce((a, b) => (b.unitPriceCents > a.unitPriceCents ? b : a))
    : undefined;
  const description =
    item && points?.length && low && high
      ? `Line chart of the unit price of ${item.name} per vendor, ${formatDate(points[0]!.date, company.locale)} to ${formatDate(points.at(-1)!.date, company.locale)}: lowest ${money(low.unitPriceCents)} from ${vendorName(low.vendorId)}, highest ${money(high.unitPriceCents)} from ${vendorName(high.vendorId)}.`
      : '';

  return (
    <div className="page" style={{ display: 'grid', gap: 16 }}>
      <header className="page-header">
        <h1>Quotes</h1>
      </header>
      <QuotesTabs current="history" />
      <div className="price-history-pick">
        <label className="field" style={{ minWidth: '24rem' }}>
          <span>Item</span>
          <input
            list={listId}
            value={shownText}
            onChange={(e) => pick(e.target.value)}
            autoFocus={!itemId}
          />
        </label>
        <datalist id={listId}>
          {options.map((i) => (
            <option key={i.id} value={label(i)}>
              {quoted?.has(i.id) ? 'quoted' : ''}
            </option>
          ))}
        </datalist>
        {item ? <a href={hrefFor('inventory', item.id)}>Open {item.name} in Inventory</a> : null}
      </div>
      {!itemId ? (
        <EmptyState icon={LineChartIcon} title="Pick an item">
          <p>
            Type an item&apos;s name to see every price vendors quoted for it and every price paid
            on purchase orders, per vendor, over time.
          </p>
        </EmptyState>
      ) : points === undefined || items === undefined ? (
        <p className="muted">Loading prices…</p>
      ) : !item ? (
        <p>This item does not exist or was deleted.</p>
      ) : points.length === 0 ? (
        <EmptyState icon={LineChartIcon} title={`No prices for ${item.name} yet`}>
          <p>
            Prices appear here once a vendor quotes this item on a request for quotation, or it is
            ordered on a purchase order that was sent.
          </p>
        </EmptyState>
      ) : (
        <figure
          className="card"
          aria-labelledby={titleId}
          style={{ margin: 0, display: 'grid', gap: 8 }}
        >
          <h2 id={titleId} style={{ margin: 0, fontSize: '1.1rem' }}>
            Price history: {item.name}
          </h2>
          <div className="price-chart-box" role="img" aria-label={description}>
            <ResponsiveContainer>
              <LineChart data={data.rows} margin={{ left: 8, right: 16, top: 8, bottom: 4 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
                <XAxis
                  dataKey="date"
                  tickFormatter={(d: string) => formatDate(d, company.locale)}
                  tick={{ fontSize: 11, fill: 'var(--muted)' }}
                  stroke="var(--border)"
                />
                <YAxis
                  tickFormatter={(v: number) => money(v)}
                  width={88}
                  tick={{ fontSize: 11, fill: 'var(--muted)' }}
                  stroke="var(--border)"
                  domain={['auto', 'auto']}
                />
                <Tooltip
                  formatter={(v, n) => [money(Number(v)), String(n)]}
                  labelFormatter={(d) => formatDate(String(d), company.locale)}
                  contentStyle={{
                    background: 'var(--surface)',
                    border: '1px solid var(--border)',
                    color: 'var(--text)',
                  }}
                  labelStyle={{ color: 'var(--text)' }}
                />
                <Legend wrapperStyle={{ color: 'var(--text)' }} />
                {data.series.map((s) => (
                  <Line
                    key={s.key}
                    type="monotone"
                    dataKey={s.key}
                    name={s.name}
                    stroke={s.color}
                    strokeWidth={2}
                    strokeDasharray={s.dashed ? '6 4' : undefined}
                    dot={{ r: 4 }}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <p className="muted" style={{ margin: 0 }}>
            Dashed: quoted prices; solid: prices paid on purchase orders.
          </p>
          <table className="data-table" aria-label={`Prices of ${item.name}`}>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Vendor</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Unit price
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={i}>
                  <td>{formatDate(p.date, company.locale)}</td>
                  <td>{vendorName(p.vendorId)}</td>
                  <td>{p.source === 'quote' ? 'Quoted' : 'Paid (purchase order)'}</td>
                  <td className="num">{money(p.unitPriceCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
    </div>
  );
}
