import { describe, expect, it } from 'vitest';
import { computeBudgetDashboard, forecastYearEnd, monthsElapsed } from './forecast';

const MONTHS = [
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
  '2026-11',
  '2026-12',
];

describe('forecastYearEnd', () => {
  it('adds the average of the last three months times the months left', () => {
    const actual = [100, 100, 100, 200, 300, 400, 0, 0, 0, 0, 0, 0];
    const f = forecastYearEnd({ actualByMonth: actual, monthsElapsed: 6 });
    expect(f).toEqual({
      actualToDateCents: 1200,
      runRateCents: 300,
      monthsRemaining: 6,
      forecastCents: 1200 + 1800,
    });
  });

  it('uses fewer months early in the year and rounds the projection once', () => {
    const f = forecastYearEnd({
      actualByMonth: [1000, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      monthsElapsed: 2,
      lookbackMonths: 3,
    });
    expect(f.runRateCents).toBe(501);
    expect(f.forecastCents).toBe(1001 + Math.round((1001 * 10) / 2));
  });

  it('is the actual total once the year is over, and the budget before it starts', () => {
    const actual = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7];
    expect(forecastYearEnd({ actualByMonth: actual, monthsElapsed: 12 }).forecastCents).toBe(62);
    expect(
      forecastYearEnd({ actualByMonth: actual, monthsElapsed: 0, budgetCents: 999 }).forecastCents,
    ).toBe(999);
  });

  it('counts refunds (negative months) into the run rate', () => {
    expect(
      forecastYearEnd({
        actualByMonth: [300, -100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        monthsElapsed: 3,
        lookbackMonths: 3,
      }).forecastCents,
    ).toBe(300 + Math.round((300 * 9) / 3));
  });
});

describe('monthsElapsed', () => {
  it('counts the current month for fiscal years that cross a calendar year', () => {
    const fy = [
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
    ];
    expect(monthsElapsed(fy, '2026-11')).toBe(5);
    expect(monthsElapsed(fy, '2026-06')).toBe(0);
    expect(monthsElapsed(fy, '2028-01')).toBe(12);
  });
});

describe('computeBudgetDashboard', () => {
  const zeros = () => Array(12).fill(0) as number[];
  const travelBudget = Array(12).fill(1000) as number[];
  const flights = zeros();
  flights[0] = 2000;
  flights[1] = 2000;
  flights[2] = 2000;
  const lines = [
    {
      categoryId: 't',
      name: 'Travel',
      parentId: null,
      budgetCents: travelBudget,
      actualCents: zeros(),
    },
    { categoryId: 'f', name: 'Flights', parentId: 't', budgetCents: zeros(), actualCents: flights },
    {
      categoryId: 'o',
      name: 'Office',
      parentId: null,
      budgetCents: Array(12).fill(500),
      actualCents: [100, 100, 100, ...Array(9).fill(0)],
    },
  ];

  it('rolls subcategories into their parent, forecasts and flags those heading over budget', () => {
    const d = computeBudgetDashboard(lines, MONTHS, '2026-03');
    expect(d.monthsElapsed).toBe(3);
    expect(d.top.map((r) => r.name)).toEqual(['Travel', 'Office']);
    const travel = d.top[0]!;
    expect(travel).toMatchObject({
      budgetCents: 12000,
      actualCents: 6000,
      budgetToDateCents: 3000,
      forecastCents: 24000,
      headingOver: true,
    });
    expect(d.top[1]).toMatchObject({
      actualCents: 300,
      forecastCents: 1200,
      headingOver: false,
      remainingCents: 5700,
    });
    expect(d.rows.map((r) => [r.name, r.depth])).toEqual([
      ['Travel', 0],
      ['Flights', 1],
      ['Office', 0],
    ]);
    expect(d.total).toMatchObject({ budgetCents: 18000, actualCents: 6300, forecastCents: 25200 });
  });

  it('builds a cumulative series whose forecast joins actual and ends at the forecast', () => {
    const d = computeBudgetDashboard(lines, MONTHS, '2026-03');
    expect(d.cumulative[2]).toMatchObject({
      budgetCents: 4500,
      actualCents: 6300,
      forecastCents: 6300,
    });
    expect(d.cumulative[3]!.actualCents).toBeUndefined();
    expect(d.cumulative[11]).toMatchObject({
      budgetCents: 18000,
      forecastCents: d.total.forecastCents,
    });
    expect(d.cumulative[0]!.forecastCents).toBeUndefined();
  });
});

describe('the current month counts by its elapsed days (issue 16.11)', () => {
  const CAL = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
  // 1,000.00 a month all year, and 100.00 spent in the first three days of December.
  const actual = [...Array(11).fill(100_000), 10_000] as number[];
  const line = { categoryId: 'o', name: 'Office', parentId: null, budgetCents: Array(12).fill(100_000) as number[], actualCents: actual };

  it('on Dec 3 the year is 11 months and 3 days old, and the forecast is more than the actual', () => {
    const d = computeBudgetDashboard([line], CAL, '2026-12-03');
    expect(d.monthsElapsed).toBe(12);
    expect(d.elapsedMonths).toBeCloseTo(11 + 3 / 31, 10);
    expect(d.total.actualCents).toBe(1_110_000);
    // December is expected to end as a usual month: 100.00 so far + 1,000.00 × 28/31 to come,
    // capped at the usual 1,000.00 — so the year ends at 12,000.00, not at today's 11,100.00.
    expect(d.total.forecastCents).toBe(1_200_000);
    expect(d.total.forecastCents).toBeGreaterThan(d.total.actualCents);
    // What "on track" means today: 11 months and 3/31 of December's budget.
    expect(d.total.budgetToDateCents).toBe(1_100_000 + Math.round((100_000 * 3) / 31));
    expect(d.cumulative[11]!.forecastCents).toBe(d.total.forecastCents);
  });

  it('rent paid on the 1st is not counted twice, and a quiet month near its end is not topped up', () => {
    const rent = { ...line, actualCents: Array(12).fill(680_000) as number[], budgetCents: Array(12).fill(680_000) as number[] };
    const d = computeBudgetDashboard([rent], CAL, '2026-12-03');
    expect(d.total.forecastCents).toBe(8_160_000);
    expect(d.total.forecastCents > d.total.budgetCents).toBe(false);
    // November 28, only 300.00 spent: 300 + 1,000 × 2/30 to come.
    const quiet = [...Array(10).fill(100_000), 30_000, 0] as number[];
    const q = computeBudgetDashboard([{ ...line, actualCents: quiet }], CAL, '2026-11-28');
    expect(q.total.forecastCents).toBe(1_000_000 + Math.round(30_000 + (100_000 * 2) / 30) + 100_000);
  });

  it('a whole month (the old reading) and the last day of a month agree', () => {
    const whole = computeBudgetDashboard([line], CAL, '2026-11');
    const lastDay = computeBudgetDashboard([line], CAL, '2026-11-30');
    expect(lastDay.total.forecastCents).toBe(whole.total.forecastCents);
    expect(lastDay.elapsedMonths).toBe(11);
  });

  it('the forecast line rises month by month at the rate from the rest of the current month', () => {
    const d = computeBudgetDashboard([line], CAL, '2026-06-15');
    const f = d.cumulative.map((p) => p.forecastCents);
    expect(f[5]).toBe(d.cumulative[5]!.actualCents);
    for (let i = 6; i < 11; i++) expect(f[i]!).toBeGreaterThan(f[i - 1]!);
    expect(f[11]).toBe(d.total.forecastCents);
  });

  it('with under half a month spent, the plan fills the rest of the year', () => {
    const jan = [5_000, ...Array(11).fill(0)] as number[];
    const d = computeBudgetDashboard([{ ...line, actualCents: jan }], CAL, '2026-01-03');
    const remaining = 12 - 3 / 31;
    expect(d.total.forecastCents).toBe(5_000 + Math.round((1_200_000 * remaining) / 12));
  });
});
