import { describe, expect, it } from 'vitest';
import { downtimeDays, flagForReplacement, isRepairOpen, repairDraftSchema, totalCostOfOwnership } from './equipmentRepairs';

describe('repair schema', () => {
  const base = { equipmentId: 'shredder', problem: 'Jams on every sheet', reportedOn: '2026-03-02' };
  it('defaults cost and parts, and takes parts with quantities', () => {
    expect(repairDraftSchema.parse(base)).toMatchObject({ costCents: 0, parts: [] });
    expect(repairDraftSchema.parse({ ...base, parts: [{ itemId: 'oil', quantity: 2 }], costCents: 4500, categoryId: 'cat', expenseId: 'x' }).parts).toEqual([
      { itemId: 'oil', quantity: 2 },
    ]);
    expect(repairDraftSchema.safeParse({ ...base, parts: [{ itemId: 'oil', quantity: 0 }] }).success).toBe(false);
    expect(repairDraftSchema.safeParse({ ...base, costCents: 12.5 }).success).toBe(false);
    expect(repairDraftSchema.safeParse({ ...base, costCents: -1 }).success).toBe(false);
  });
  it('refuses a fix before the report, and a vendor repair without a vendor', () => {
    expect(repairDraftSchema.safeParse({ ...base, fixedOn: '2026-03-01' }).error?.issues[0]?.message).toMatch(/before the date it was reported/);
    expect(repairDraftSchema.safeParse({ ...base, fixedBy: 'vendor' }).success).toBe(false);
    expect(repairDraftSchema.safeParse({ ...base, fixedBy: 'vendor', vendorId: 'v' }).success).toBe(true);
    expect(repairDraftSchema.safeParse({ ...base, fixedBy: 'in-house', vendorId: 'v' }).success).toBe(false);
    expect(repairDraftSchema.safeParse({ ...base, problem: '  ' }).success).toBe(false);
  });
});

describe('downtime', () => {
  it('runs from report to fix, or to today while open', () => {
    expect(downtimeDays({ reportedOn: '2026-03-02', fixedOn: '2026-03-05' }, '2026-04-01')).toBe(3);
    expect(downtimeDays({ reportedOn: '2026-03-02', fixedOn: '2026-03-02' }, '2026-04-01')).toBe(0);
    expect(downtimeDays({ reportedOn: '2026-02-27' }, '2026-03-02')).toBe(3);
    expect(downtimeDays({ reportedOn: '2026-03-02' }, '2026-03-01')).toBe(0);
    expect(isRepairOpen({})).toBe(true);
    expect(isRepairOpen({ fixedOn: '2026-03-05' })).toBe(false);
    expect(isRepairOpen({ deletedAt: '2026-03-05T00:00:00Z' })).toBe(false);
  });
});

describe('totalCostOfOwnership', () => {
  it('adds purchase, repairs and maintenance, leaving out deleted records', () => {
    expect(
      totalCostOfOwnership({
        purchaseCostCents: 129_900,
        repairs: [{ costCents: 8_500 }, { costCents: 1_000, deletedAt: '2026-01-01T00:00:00Z' }, {}],
        maintenanceDone: [{ costCents: 4_000 }, { costCents: 4_000 }],
      }),
    ).toEqual({ purchaseCents: 129_900, repairsCents: 8_500, maintenanceCents: 8_000, totalCents: 146_400 });
    expect(totalCostOfOwnership({ repairs: [], maintenanceDone: [] }).totalCents).toBe(0);
  });
});

describe('flagForReplacement', () => {
  const r = (reportedOn: string, deletedAt: string | null = null) => ({ reportedOn, deletedAt });
  it('flags 3 repairs within 12 months', () => {
    const f = flagForReplacement([r('2025-06-01'), r('2025-11-15'), r('2026-03-01')], { today: '2026-03-10' });
    expect(f).toMatchObject({ flagged: true, count: 3, from: '2025-03-11', to: '2026-03-10', reason: '3 repairs in 12 months: consider replacing it.' });
  });
  it('does not flag when one falls outside the window or is deleted', () => {
    expect(flagForReplacement([r('2025-03-10'), r('2025-11-15'), r('2026-03-01')], { today: '2026-03-10' })).toMatchObject({ flagged: false, count: 2 });
    expect(flagForReplacement([r('2025-03-11'), r('2025-11-15'), r('2026-03-01')], { today: '2026-03-10' }).flagged).toBe(true);
    expect(flagForReplacement([r('2025-06-01'), r('2025-11-15', '2025-11-16T00:00:00Z'), r('2026-03-01')], { today: '2026-03-10' }).flagged).toBe(false);
  });
  it('honours the window and threshold, and defaults the end to the latest repair', () => {
    const repairs = [r('2024-01-10'), r('2024-02-10'), r('2024-03-01')];
    expect(flagForReplacement(repairs).flagged).toBe(true);
    expect(flagForReplacement(repairs, { today: '2026-01-01' }).flagged).toBe(false);
    expect(flagForReplacement(repairs, { windowMonths: 1, threshold: 2 }).flagged).toBe(true);
    expect(flagForReplacement(repairs, { threshold: 4 }).flagged).toBe(false);
    expect(flagForReplacement([]).flagged).toBe(false);
  });
});
