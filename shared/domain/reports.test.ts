import { describe, expect, it } from 'vitest';
import {
  NO_KEY,
  OTHER_KEY,
  committedCents,
  daysBetween,
  itemPriceChart,
  median,
  percentile,
  periodEnd,
  periodOf,
  periodsBetween,
  priceSummaries,
  requestsFor,
  requestsReport,
  spendEntriesFor,
  spendReport,
  type PriceObservation,
  type RequestFact,
  type SpendEntry,
} from './reports';

describe('periods', () => {
  it('buckets dates into months and fiscal quarters', () => {
    expect(periodOf('2026-03-31', 'month')).toBe('2026-03');
    expect(periodOf('2026-03-31', 'quarter')).toBe('2026-01');
    expect(periodOf('2026-04-01', 'quarter')).toBe('2026-04');
    // An April fiscal year: quarters start in April, July, October, January.
    expect(periodOf('2026-03-15', 'quarter', 4)).toBe('2026-01');
    expect(periodOf('2026-06-30', 'quarter', 4)).toBe('2026-04');
    // A February start: Nov–Jan is one quarter, across the year.
    expect(periodOf('2027-01-10', 'quarter', 2)).toBe('2026-11');
  });

  it('lists every period of a range, empty months included', () => {
    expect(periodsBetween('2025-11-20', '2026-02-03', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('2026-01-01', '2026-12-31', 'quarter')).toEqual(['2026-01', '2026-04', '2026-07', '2026-10']);
    expect(periodsBetween('2026-02-01', '2026-01-01', 'month')).toEqual([]);
    expect(periodEnd('2026-01', 'quarter')).toBe('2026-03-31');
    expect(periodEnd('2024-02', 'month')).toBe('2024-02-29');
  });
});

const e = (id: string, date: string, amountCents: number, key: string, source: SpendEntry['source'] = 'expense'): SpendEntry => ({ id, date, amountCents, key, source });

describe('spendReport', () => {
  const entries = [
    e('1', '2026-01-05', 10_000, 'staples'),
    e('2', '2026-01-20', 2_550, 'staples'),
    e('3', '2026-02-02', 7_000, 'dell'),
    e('4', '2026-02-10', 99, 'cafe'),
    e('5', '2026-03-01', 101, 'parking'),
    e('6', '2026-03-02', 5_000, NO_KEY),
    e('7', '2026-03-03', -550, 'staples'), // a refund
    e('8', '2025-12-31', 1_000_000, 'staples'), // before the range
    e('9', '2026-04-01', 1_000_000, 'dell'), // after it
  ];
  const options = { from: '2026-01-01', to: '2026-03-31', granularity: 'month' as const, top: 2 };

  it('sums cents per key per month, largest first, the rest as "other"', () => {
    const r = spendReport(entries, options);
    expect(r.periods).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(r.series.map((s) => s.key)).toEqual(['staples', 'dell', OTHER_KEY]);
    expect(r.series[0]).toEqual({ key: 'staples', totalCents: 12_000, byPeriod: [12_550, 0, -550], count: 3 });
    expect(r.series[2]).toEqual({ key: OTHER_KEY, totalCents: 5_200, byPeriod: [0, 99, 5_101], count: 3 });
    expect(r.otherKeys.sort()).toEqual([NO_KEY, 'cafe', 'parking'].sort());
    expect(r.periodTotals).toEqual([12_550, 7_099, 4_551]);
    expect(r.totalCents).toBe(24_200);
    expect(r.count).toBe(7);
    // Whole cents in, whole cents out: no float drift however many are summed.
    expect(Number.isInteger(r.totalCents)).toBe(true);
  });

  it('keeps a lone leftover as its own series rather than an "other" of one', () => {
    const r = spendReport(entries.slice(0, 4), { ...options, top: 2 });
    expect(r.series.map((s) => s.key)).toEqual(['staples', 'dell', 'cafe']);
    expect(r.otherKeys).toEqual([]);
  });

  it('finds the entries behind a cell, "other" and whole-range included', () => {
    const r = spendReport(entries, options);
    expect(spendEntriesFor(entries, r, options, { key: 'staples', period: '2026-01' }).map((x) => x.id)).toEqual(['2', '1']);
    expect(spendEntriesFor(entries, r, options, { key: OTHER_KEY, period: '2026-03' }).map((x) => x.id)).toEqual(['6', '5']);
    expect(spendEntriesFor(entries, r, options, { key: 'staples' }).map((x) => x.id)).toEqual(['7', '2', '1']);
    const cell = spendEntriesFor(entries, r, options, { key: OTHER_KEY });
    expect(cell.reduce((s, x) => s + x.amountCents, 0)).toBe(r.series[2]!.totalCents);
  });

  it('gives empty periods and no series on an empty office', () => {
    const r = spendReport([], options);
    expect(r.series).toEqual([]);
    expect(r.periodTotals).toEqual([0, 0, 0]);
    expect(r.totalCents).toBe(0);
  });

  it('counts a purchase order by what it commits: lines less cancelled, plus shipping and tax', () => {
    expect(
      committedCents({
        lines: [
          { id: 'a', quantity: 10, unitCostCents: 250 },
          { id: 'b', quantity: 4, unitCostCents: 1_999 },
        ],
        shippingCents: 1_500,
        taxCents: 300,
        closedShort: { cancelled: { b: 3 } },
      }),
    ).toBe(2_500 + 1_999 + 1_500 + 300);
  });
});

const p = (itemId: string, vendorId: string, date: string, unitPriceCents: number, source: PriceObservation['source'] = 'order'): PriceObservation => ({
  itemId,
  vendorId,
  date,
  unitPriceCents,
  source,
  recordId: `${vendorId}-${date}`,
  reference: `PO ${date}`,
});

describe('price trends', () => {
  const obs = [
    p('paper', 'staples', '2026-01-10', 4_500),
    p('paper', 'staples', '2026-04-10', 4_800),
    p('paper', 'quill', '2026-04-10', 4_700, 'quote'),
    p('paper', 'quill', '2026-06-01', 4_950),
    p('toner', 'dell', '2026-02-01', 12_000),
    p('toner', 'dell', '2026-05-01', 10_800),
    p('toner', 'dell', '2027-01-01', 1),
  ];

  it('summarizes each item: first, latest, low, high, change and each vendor’s latest price', () => {
    const [paper, toner] = priceSummaries(obs, '2026-01-01', '2026-12-31');
    expect(paper).toMatchObject({ itemId: 'paper', count: 4, firstCents: 4_500, lastCents: 4_950, minCents: 4_500, maxCents: 4_950, vendorIds: ['quill', 'staples'] });
    expect(paper!.change).toBeCloseTo(0.1);
    expect(paper!.latestByVendor).toEqual([
      { vendorId: 'staples', date: '2026-04-10', unitPriceCents: 4_800, source: 'order' },
      { vendorId: 'quill', date: '2026-06-01', unitPriceCents: 4_950, source: 'order' },
    ]);
    expect(toner!.change).toBeCloseTo(-0.1);
    expect(priceSummaries([], '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('charts one row per date and one series per vendor and source', () => {
    const chart = itemPriceChart(obs, 'paper', '2026-01-01', '2026-12-31');
    expect(chart.rows.map((r) => r.date)).toEqual(['2026-01-10', '2026-04-10', '2026-06-01']);
    expect(chart.rows[1]).toEqual({ date: '2026-04-10', 'staples|order': 4_800, 'quill|quote': 4_700 });
    expect(chart.series.map((s) => s.id)).toEqual(['quill|order', 'quill|quote', 'staples|order']);
  });
});

describe('percentiles', () => {
  it('interpolates between ranks like PERCENTILE.INC', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
    expect(percentile([4], 90)).toBe(4);
    expect(percentile([], 50)).toBeUndefined();
  });

  it('measures days to a tenth', () => {
    expect(daysBetween('2026-03-02T14:00:00.000Z', '2026-03-02T18:48:00.000Z')).toBe(0.2);
    expect(daysBetween('2026-03-02T14:00:00.000Z', '2026-03-05T14:00:00.000Z')).toBe(3);
  });
});

describe('requestsReport', () => {
  const f = (id: string, kind: string, createdAt: string, closedAt: string | null, status = closedAt ? 'done' : 'new'): RequestFact => ({ id, kind, createdAt, closedAt, status });
  const facts = [
    f('1', 'repair', '2026-01-05T14:00:00Z', '2026-01-06T14:00:00Z'),
    f('2', 'repair', '2026-01-20T14:00:00Z', '2026-01-23T14:00:00Z'),
    f('3', 'repair', '2026-02-01T14:00:00Z', '2026-02-11T14:00:00Z'),
    f('4', 'it', '2026-02-03T14:00:00Z', null, 'in-progress'),
    f('5', 'it', '2026-02-04T14:00:00Z', '2026-02-04T16:24:00Z', 'declined'),
    f('6', 'supplies', '2025-12-31T14:00:00Z', '2026-01-02T14:00:00Z'), // before the range
  ];
  const options = { from: '2026-01-01', to: '2026-02-28', granularity: 'month' as const, kinds: ['supplies', 'repair', 'it'] };

  it('counts requests per kind per month with median and 90th percentile days to close', () => {
    const r = requestsReport(facts, options);
    expect(r.periods).toEqual(['2026-01', '2026-02']);
    expect(r.kinds.map((k) => k.kind)).toEqual(['repair', 'it']);
    expect(r.kinds[0]).toEqual({ kind: 'repair', byPeriod: [2, 1], total: 3, closed: 3, open: 0, medianDays: 3, p90Days: 8.6 });
    expect(r.kinds[1]).toEqual({ kind: 'it', byPeriod: [0, 2], total: 2, closed: 1, open: 1, medianDays: 0.1, p90Days: 0.1 });
    expect(r.all).toMatchObject({ byPeriod: [2, 3], total: 5, closed: 4, open: 1, medianDays: 2 });
  });

  it('lists the requests behind a cell, newest first', () => {
    expect(requestsFor(facts, options, { kind: 'repair', period: '2026-01' }).map((x) => x.id)).toEqual(['2', '1']);
    expect(requestsFor(facts, options, { period: '2026-02' }).map((x) => x.id)).toEqual(['5', '4', '3']);
  });

  it('has no rows and no times on an empty office', () => {
    const r = requestsReport([], options);
    expect(r.kinds).toEqual([]);
    expect(r.all).toEqual({ kind: '*all', byPeriod: [0, 0], total: 0, closed: 0, open: 0 });
  });
});
