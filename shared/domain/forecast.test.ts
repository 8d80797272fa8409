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
