/**
 * Reports (issue 17.6): pure aggregations behind the three report screens — spend by vendor or
 * category over time, unit-price trends per item, and staff requests by kind with their time
 * to close. Each takes plain records (already read by their owners' repositories), walks them
 * once, and returns the numbers the chart, the figures table, the CSV/XLSX export and the
 * printout all show, so the four never disagree. Money stays in whole cents throughout.
 */
import { addMonths, monthOf } from '../lib/dates';

// ── Periods ──────────────────────────────────────────────────────────────────────────────────

export type Granularity = 'month' | 'quarter';

/**
 * The period a date falls in, named by its first month ('2026-03'). Quarters follow the
 * fiscal year: with an April start they begin in April, July, October and January.
 */
export function periodOf(date: string, granularity: Granularity, fiscalStartMonth = 1): string {
  const month = monthOf(date);
  if (granularity === 'month') return month;
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const offset = (((m - fiscalStartMonth) % 3) + 3) % 3;
  const index = y * 12 + (m - 1) - offset;
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** Every period from the one holding `from` to the one holding `to`, oldest first. */
export function periodsBetween(from: string, to: string, granularity: Granularity, fiscalStartMonth = 1): string[] {
  if (to < from) return [];
  const out: string[] = [];
  const last = periodOf(to, granularity, fiscalStartMonth);
  const step = granularity === 'month' ? 1 : 3;
  // 600 months is fifty years: a bound so a typo in a year cannot hang the screen.
  for (let p = periodOf(from, granularity, fiscalStartMonth); p <= last && out.length < 600; p = monthOf(addMonths(`${p}-01`, step)))
    out.push(p);
  return out;
}

/**
 * The column of a date in `periods` (undefined outside them), remembered per day: a year of
 * records has at most 366 distinct days, so 100,000 records cost 366 period computations.
 */
function columnFinder(periods: readonly string[], granularity: Granularity, fiscalStartMonth: number): (date: string) => number | undefined {
  const column = new Map(periods.map((p, i) => [p, i]));
  const byDay = new Map<string, number | undefined>();
  return (date) => {
    if (byDay.has(date)) return byDay.get(date);
    const i = column.get(periodOf(date, granularity, fiscalStartMonth));
    byDay.set(date, i);
    return i;
  };
}

/** The last day of a period ('2026-03' as a quarter → '2026-05-31'). */
export function periodEnd(period: string, granularity: Granularity): string {
  const next = addMonths(`${period}-01`, granularity === 'month' ? 1 : 3);
  const [y, m] = next.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m - 1, 0));
  return end.toISOString().slice(0, 10);
}

// ── Spend ────────────────────────────────────────────────────────────────────────────────────

/** The key of the records with no vendor (or no category). */
export const NO_KEY = '';
/** The key of everything beyond the top series. */
export const OTHER_KEY = '*other';

export type SpendSource = 'expense' | 'order';

/** One amount of money: an expense, or a sent purchase order counted as committed spend. */
export interface SpendEntry {
  id: string;
  source: SpendSource;
  date: string;
  amountCents: number;
  /** The vendor id or category id it counts under; NO_KEY when it has none. */
  key: string;
}

export interface SpendSeries {
  /** A vendor or category id, NO_KEY, or OTHER_KEY. */
  key: string;
  totalCents: number;
  /** Cents per period, in the order of `periods`. */
  byPeriod: number[];
  /** How many entries count under this series. */
  count: number;
}

export interface SpendReport {
  periods: string[];
  /** The top series by total spend (largest first), then "other" when anything is left. */
  series: SpendSeries[];
  periodTotals: number[];
  totalCents: number;
  count: number;
  /** The keys folded into OTHER_KEY. */
  otherKeys: string[];
}

export interface SpendOptions {
  from: string;
  to: string;
  granularity: Granularity;
  fiscalStartMonth?: number;
  /** How many series to keep before the rest is "other" (default 6). */
  top?: number;
}

/**
 * Spend per key per period within [from, to]. The `top` keys by total spend keep their own
 * series; when more keys remain, they fold into one OTHER_KEY series (when exactly one would
 * be left over it keeps its own series: "other" of one is that one). Ties order by key so the
 * report is stable. Entries outside the range are ignored.
 */
export function spendReport(entries: readonly SpendEntry[], options: SpendOptions): SpendReport {
  const { from, to, granularity } = options;
  const start = options.fiscalStartMonth ?? 1;
  const top = Math.max(1, options.top ?? 6);
  const periods = periodsBetween(from, to, granularity, start);
  const columnOf = columnFinder(periods, granularity, start);
  const byKey = new Map<string, SpendSeries>();
  for (const e of entries) {
    if (e.date < from || e.date > to) continue;
    const i = columnOf(e.date);
    if (i === undefined) continue;
    let s = byKey.get(e.key);
    if (!s) {
      s = { key: e.key, totalCents: 0, byPeriod: periods.map(() => 0), count: 0 };
      byKey.set(e.key, s);
    }
    s.byPeriod[i]! += e.amountCents;
    s.totalCents += e.amountCents;
    s.count += 1;
  }
  const ranked = [...byKey.values()].sort((a, b) => b.totalCents - a.totalCents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const keep = ranked.length <= top + 1 ? ranked : ranked.slice(0, top);
  const rest = ranked.slice(keep.length);
  const series = [...keep];
  if (rest.length > 0) {
    const other: SpendSeries = { key: OTHER_KEY, totalCents: 0, byPeriod: periods.map(() => 0), count: 0 };
    for (const s of rest) {
      other.totalCents += s.totalCents;
      other.count += s.count;
      s.byPeriod.forEach((c, i) => (other.byPeriod[i]! += c));
    }
    series.push(other);
  }
  const periodTotals = periods.map((_, i) => series.reduce((sum, s) => sum + s.byPeriod[i]!, 0));
  return {
    periods,
    series,
    periodTotals,
    totalCents: series.reduce((sum, s) => sum + s.totalCents, 0),
    count: series.reduce((sum, s) => sum + s.count, 0),
    otherKeys: rest.map((s) => s.key),
  };
}

/** Which series of a report an entry's key counts under. */
export function seriesKeyOf(report: Pick<SpendReport, 'series'>, key: string): string {
  return report.series.some((s) => s.key === key) ? key : OTHER_KEY;
}

/**
 * The entries behind one cell of the report: a series (or every series when undefined) in a
 * period (or the whole range when undefined), newest first.
 */
export function spendEntriesFor<E extends SpendEntry>(
  entries: readonly E[],
  report: Pick<SpendReport, 'series'>,
  options: Pick<SpendOptions, 'from' | 'to' | 'granularity' | 'fiscalStartMonth'>,
  cell: { key?: string; period?: string },
): E[] {
  const kept = new Set(report.series.map((s) => s.key));
  const periodMemo = new Map<string, string>();
  const periodOfDay = (date: string) => {
    let p = periodMemo.get(date);
    if (p === undefined) periodMemo.set(date, (p = periodOf(date, options.granularity, options.fiscalStartMonth ?? 1)));
    return p;
  };
  const out = entries.filter((e) => {
    if (e.date < options.from || e.date > options.to) return false;
    if (cell.period !== undefined && periodOfDay(e.date) !== cell.period) return false;
    if (cell.key === undefined) return true;
    return (kept.has(e.key) ? e.key : OTHER_KEY) === cell.key;
  });
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1));
}

/**
 * What a sent purchase order commits, in cents: its lines less what was cancelled when it was
 * closed short, plus shipping and tax.
 */
export function committedCents(po: {
  lines: readonly { id: string; quantity: number; unitCostCents: number }[];
  shippingCents: number;
  taxCents?: number | undefined;
  closedShort?: { cancelled: Record<string, number> } | undefined;
}): number {
  let sum = po.shippingCents + (po.taxCents ?? 0);
  for (const l of po.lines) sum += Math.max(0, l.quantity - (po.closedShort?.cancelled[l.id] ?? 0)) * l.unitCostCents;
  return sum;
}

// ── Price trends ─────────────────────────────────────────────────────────────────────────────

export type PriceSource = 'order' | 'quote';

/** One price seen for an item: a purchase order line paid, or a vendor's quote. */
export interface PriceObservation {
  itemId: string;
  vendorId: string;
  date: string;
  unitPriceCents: number;
  source: PriceSource;
  /** The purchase order or request for quotation it comes from. */
  recordId: string;
  /** Its number ('PO-2026-0042', 'RFQ-2026-003'). */
  reference: string;
  /** The order line or quote line it comes from (unique with recordId and vendorId). */
  lineId?: string;
  quantity?: number;
}

export interface ItemPriceSummary {
  itemId: string;
  /** Observations in the range. */
  count: number;
  vendorIds: string[];
  firstDate: string;
  lastDate: string;
  /** The earliest price seen (the cheapest of that day when several). */
  firstCents: number;
  /** The latest price seen (the cheapest of that day when several). */
  lastCents: number;
  minCents: number;
  maxCents: number;
  /** (last − first) / first, as a fraction (0.1 = +10 %); undefined when the first was 0. */
  change?: number;
  /** Each vendor's latest price, cheapest first. */
  latestByVendor: { vendorId: string; date: string; unitPriceCents: number; source: PriceSource }[];
}

/**
 * Per item, over the observations in [from, to]: first and latest price, lowest and highest,
 * the change between first and latest, and each vendor's latest price. One pass to group, then
 * per item a walk over its own points. Items are ordered by the size of the change (largest
 * rise first), then by item id.
 */
export function priceSummaries(observations: readonly PriceObservation[], from: string, to: string): ItemPriceSummary[] {
  const byItem = new Map<string, PriceObservation[]>();
  for (const o of observations) {
    if (o.date < from || o.date > to) continue;
    let list = byItem.get(o.itemId);
    if (!list) byItem.set(o.itemId, (list = []));
    list.push(o);
  }
  const out: ItemPriceSummary[] = [];
  for (const [itemId, list] of byItem) {
    list.sort(byDateThenPrice);
    const first = list[0]!;
    const lastDate = list.at(-1)!.date;
    const last = list.find((o) => o.date === lastDate)!;
    let min = first.unitPriceCents;
    let max = first.unitPriceCents;
    const latest = new Map<string, PriceObservation>();
    for (const o of list) {
      if (o.unitPriceCents < min) min = o.unitPriceCents;
      if (o.unitPriceCents > max) max = o.unitPriceCents;
      const seen = latest.get(o.vendorId);
      if (!seen || o.date > seen.date || (o.date === seen.date && o.unitPriceCents < seen.unitPriceCents)) latest.set(o.vendorId, o);
    }
    const summary: ItemPriceSummary = {
      itemId,
      count: list.length,
      vendorIds: [...latest.keys()].sort(),
      firstDate: first.date,
      lastDate,
      firstCents: first.unitPriceCents,
      lastCents: last.unitPriceCents,
      minCents: min,
      maxCents: max,
      latestByVendor: [...latest.values()]
        .map((o) => ({ vendorId: o.vendorId, date: o.date, unitPriceCents: o.unitPriceCents, source: o.source }))
        .sort((a, b) => a.unitPriceCents - b.unitPriceCents || (a.vendorId < b.vendorId ? -1 : 1)),
    };
    if (first.unitPriceCents > 0) summary.change = (last.unitPriceCents - first.unitPriceCents) / first.unitPriceCents;
    out.push(summary);
  }
  return out.sort((a, b) => (b.change ?? 0) - (a.change ?? 0) || (a.itemId < b.itemId ? -1 : 1));
}

function byDateThenPrice(a: PriceObservation, b: PriceObservation): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.unitPriceCents - b.unitPriceCents;
}

/** One row of the price chart: a date and, per series ('<vendorId>|order' or '|quote'), the price. */
export type PriceChartRow = { date: string } & Record<string, number | string>;

export interface PriceChart {
  rows: PriceChartRow[];
  /** The chart's lines: a vendor's paid prices, and its quoted prices, each its own series. */
  series: { id: string; vendorId: string; source: PriceSource; count: number }[];
}

/** Series id of a vendor's paid or quoted prices. */
export function priceSeriesId(vendorId: string, source: PriceSource): string {
  return `${vendorId}|${source}`;
}

/**
 * The chart of one item's prices in [from, to]: one row per date, one series per vendor and
 * source (paid on orders, quoted). When a vendor has several prices on one day the chart shows
 * the lowest; the table under it lists each.
 */
export function itemPriceChart(observations: readonly PriceObservation[], itemId: string, from: string, to: string): PriceChart {
  const rows = new Map<string, PriceChartRow>();
  const series = new Map<string, { id: string; vendorId: string; source: PriceSource; count: number }>();
  for (const o of observations) {
    if (o.itemId !== itemId || o.date < from || o.date > to) continue;
    const id = priceSeriesId(o.vendorId, o.source);
    let s = series.get(id);
    if (!s) series.set(id, (s = { id, vendorId: o.vendorId, source: o.source, count: 0 }));
    s.count += 1;
    let row = rows.get(o.date);
    if (!row) rows.set(o.date, (row = { date: o.date } as PriceChartRow));
    const prev = row[id];
    if (typeof prev !== 'number' || o.unitPriceCents < prev) row[id] = o.unitPriceCents;
  }
  return {
    rows: [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    series: [...series.values()].sort((a, b) => (a.vendorId < b.vendorId ? -1 : a.vendorId > b.vendorId ? 1 : a.source < b.source ? -1 : 1)),
  };
}

// ── Requests ─────────────────────────────────────────────────────────────────────────────────

/** The p-th percentile (0–100) by linear interpolation between ranks, as spreadsheets' PERCENTILE.INC. */
export function percentile(values: readonly number[], p: number): number | undefined {
  return percentileOfSorted(Float64Array.from(values).sort(), p);
}

/** The same, on values already sorted ascending (sort once, read several percentiles). */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export function median(values: readonly number[]): number | undefined {
  return percentile(values, 50);
}

/** Days between two instants, to a tenth of a day (a request closed the same afternoon: 0.2). */
export function daysBetween(fromInstant: string, toInstant: string): number {
  const ms = Date.parse(toInstant) - Date.parse(fromInstant);
  return Math.max(0, Math.round(ms / 8_640_000) / 10);
}

export interface RequestFact {
  id: string;
  kind: string;
  /** When it came in (ISO instant). */
  createdAt: string;
  closedAt: string | null;
  status: string;
}

export interface RequestKindRow {
  kind: string;
  /** Requests that came in per period. */
  byPeriod: number[];
  total: number;
  /** Of those, closed (done or declined, with a closing time). */
  closed: number;
  open: number;
  medianDays?: number;
  p90Days?: number;
}

export interface RequestsReport {
  periods: string[];
  /** One row per kind that has requests, in the order of `kinds` given. */
  kinds: RequestKindRow[];
  /** Every kind together. */
  all: RequestKindRow;
}

/**
 * Requests that came in within [from, to] (by the day of `createdAt`), per kind per period,
 * and per kind how many are closed and the median and 90th percentile days from coming in
 * to closing. One pass.
 */
export function requestsReport(
  facts: readonly RequestFact[],
  options: { from: string; to: string; granularity: Granularity; fiscalStartMonth?: number; kinds: readonly string[] },
): RequestsReport {
  const start = options.fiscalStartMonth ?? 1;
  const periods = periodsBetween(options.from, options.to, options.granularity, start);
  const columnOf = columnFinder(periods, options.granularity, start);
  const rows = new Map<string, { row: RequestKindRow; days: number[] }>();
  const all = { row: emptyKindRow('*all', periods.length), days: [] as number[] };
  const count = (e: { row: RequestKindRow; days: number[] }, i: number, days: number | undefined) => {
    e.row.byPeriod[i]! += 1;
    e.row.total += 1;
    if (days === undefined) e.row.open += 1;
    else {
      e.row.closed += 1;
      e.days.push(days);
    }
  };
  for (const f of facts) {
    const day = f.createdAt.slice(0, 10);
    if (day < options.from || day > options.to) continue;
    const i = columnOf(day);
    if (i === undefined) continue;
    let entry = rows.get(f.kind);
    if (!entry) rows.set(f.kind, (entry = { row: emptyKindRow(f.kind, periods.length), days: [] }));
    const days = f.closedAt !== null && (f.status === 'done' || f.status === 'declined') ? daysBetween(f.createdAt, f.closedAt) : undefined;
    count(entry, i, days);
    count(all, i, days);
  }
  const finish = ({ row, days }: { row: RequestKindRow; days: number[] }) => {
    const sorted = Float64Array.from(days).sort();
    const m = percentileOfSorted(sorted, 50);
    const p = percentileOfSorted(sorted, 90);
    if (m !== undefined) row.medianDays = Math.round(m * 10) / 10;
    if (p !== undefined) row.p90Days = Math.round(p * 10) / 10;
    return row;
  };
  const order = [...options.kinds, ...[...rows.keys()].filter((k) => !options.kinds.includes(k)).sort()];
  return { periods, kinds: order.flatMap((k) => (rows.has(k) ? [finish(rows.get(k)!)] : [])), all: finish(all) };
}

function emptyKindRow(kind: string, n: number): RequestKindRow {
  return { kind, byPeriod: Array.from({ length: n }, () => 0), total: 0, closed: 0, open: 0 };
}

/** The requests behind one cell: a kind (or all) in a period (or the whole range), newest first. */
export function requestsFor<F extends RequestFact>(
  facts: readonly F[],
  options: { from: string; to: string; granularity: Granularity; fiscalStartMonth?: number },
  cell: { kind?: string; period?: string },
): F[] {
  return facts
    .filter((f) => {
      const day = f.createdAt.slice(0, 10);
      if (day < options.from || day > options.to) return false;
      if (cell.kind !== undefined && f.kind !== cell.kind) return false;
      return cell.period === undefined || periodOf(day, options.granularity, options.fiscalStartMonth ?? 1) === cell.period;
    })
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
