import { describe, expect, it } from 'vitest';
import {
  currentLifetimeValue,
  latestReading,
  lifetimeValues,
  meterDraftSchema,
  meterReadingDraftSchema,
  readingUsages,
  usagePerMonth,
  validateReading,
  type ReadingLike,
} from './equipmentMeters';

const r = (date: string, value: number, n: number, extra: Partial<ReadingLike> = {}): ReadingLike => ({
  date,
  value,
  id: `r${n}`,
  createdAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`,
  ...extra,
});

describe('meter schemas', () => {
  it('accepts the four units only', () => {
    for (const unit of ['pages', 'km', 'miles', 'hours']) expect(meterDraftSchema.safeParse({ equipmentId: 'c', name: 'Pages', unit }).success).toBe(true);
    expect(meterDraftSchema.safeParse({ equipmentId: 'c', name: 'Pages', unit: 'litres' }).success).toBe(false);
  });
  it('refuses negative readings and replacement fields on a plain reading', () => {
    expect(meterReadingDraftSchema.safeParse({ meterId: 'm', date: '2026-01-01', value: -1 }).success).toBe(false);
    expect(meterReadingDraftSchema.safeParse({ meterId: 'm', date: '2026-01-01', value: 5, startValue: 0 }).success).toBe(false);
    expect(meterReadingDraftSchema.safeParse({ meterId: 'm', date: '2026-01-01', value: 5, replaced: true, startValue: 0, oldMeterFinalValue: 900 }).success).toBe(true);
    expect(meterReadingDraftSchema.safeParse({ meterId: 'm', date: '2026-01-01', value: 5, replaced: true, startValue: 6 }).success).toBe(false);
  });
});

describe('validateReading', () => {
  const prev = [r('2026-01-10', 1000, 1), r('2026-02-10', 1500, 2)];
  it('accepts the first reading and an equal or higher one', () => {
    expect(validateReading([], r('2026-01-01', 0, 0))).toBeNull();
    expect(validateReading(prev, r('2026-02-10', 1500, 3))).toBeNull();
    expect(validateReading(prev, r('2026-03-10', 2100, 3))).toBeNull();
  });
  it('refuses a value below the previous reading without a replacement', () => {
    expect(validateReading(prev, r('2026-03-10', 1499, 3))).toBe(
      'The reading 1,499 is below the previous reading 1,500 (2026-02-10). If the meter was replaced or reset, record it as "meter replaced".',
    );
    const long = (d: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
    expect(validateReading(prev, r('2026-03-10', 1499, 3), long)).toMatch(/previous reading 1,500 \(Feb 10, 2026\)\./);
    expect(validateReading(prev, r('2026-02-01', 1600, 3), long)).toBe(
      "The reading's date (Feb 1, 2026) is before the latest reading (Feb 10, 2026); readings are recorded in order.",
    );
  });
  it('accepts a lower value on an explicit meter-replaced entry', () => {
    expect(validateReading(prev, r('2026-03-10', 20, 3, { replaced: true, startValue: 0 }))).toBeNull();
    expect(validateReading(prev, r('2026-03-10', 0, 3, { replaced: true, oldMeterFinalValue: 1400 }))).toMatch(/old meter's last value \(1,400\) is below/);
    expect(validateReading(prev, r('2026-03-10', 10, 3, { replaced: true, startValue: 50 }))).toMatch(/starting value/);
  });
  it('compares with the latest reading, whatever the array order, ignoring deleted ones', () => {
    expect(validateReading([prev[1]!, prev[0]!], r('2026-03-10', 1200, 3))).toMatch(/below the previous reading 1,500/);
    const withDeleted = [...prev, r('2026-02-20', 9000, 4, { deletedAt: '2026-02-21T00:00:00.000Z' })];
    expect(validateReading(withDeleted, r('2026-03-10', 1600, 5))).toBeNull();
    expect(latestReading(withDeleted)?.value).toBe(1500);
  });
  it('after a replacement, compares with the new meter', () => {
    const replaced = [...prev, r('2026-03-10', 0, 3, { replaced: true })];
    expect(validateReading(replaced, r('2026-04-10', 300, 4))).toBeNull();
  });
  it('refuses a date before the previous reading, replacement or not', () => {
    expect(validateReading(prev, r('2026-02-09', 1600, 3))).toMatch(/before the latest reading \(2026-02-10\)/);
    expect(validateReading(prev, r('2026-02-09', 0, 3, { replaced: true }))).toMatch(/before the latest reading/);
  });
});

describe('usage', () => {
  it('is the difference between readings, counted in the later reading\'s month', () => {
    const readings = [r('2026-01-31', 1000, 1), r('2026-02-15', 1400, 2), r('2026-02-28', 1500, 3), r('2026-04-02', 2100, 4)];
    expect(usagePerMonth(readings)).toEqual([
      { month: '2026-02', usage: 500 },
      { month: '2026-04', usage: 600 },
    ]);
  });
  it('across a replacement = old meter\'s last usage + new meter\'s usage since its start', () => {
    const readings = [
      r('2026-01-31', 1000, 1),
      r('2026-02-28', 1500, 2),
      // Old meter read 1,700 when it was swapped; the new one started at 0 and shows 250.
      r('2026-03-20', 250, 3, { replaced: true, startValue: 0, oldMeterFinalValue: 1700 }),
      r('2026-04-30', 650, 4),
    ];
    expect(readingUsages(readings).map((u) => u.usage)).toEqual([0, 500, 450, 400]);
    expect(usagePerMonth(readings)).toEqual([
      { month: '2026-02', usage: 500 },
      { month: '2026-03', usage: 450 },
      { month: '2026-04', usage: 400 },
    ]);
    expect(lifetimeValues(readings).map((l) => l.lifetime)).toEqual([1000, 1500, 1950, 2350]);
    expect(currentLifetimeValue(readings)).toBe(2350);
  });
  it('counts no usage for the unknown tail of an unreadable old meter, and none for a new meter read at its start', () => {
    const readings = [r('2026-01-31', 1000, 1), r('2026-03-01', 0, 2, { replaced: true }), r('2026-03-31', 120, 3)];
    expect(readingUsages(readings).map((u) => u.usage)).toEqual([0, 0, 120]);
    expect(usagePerMonth(readings)).toEqual([{ month: '2026-03', usage: 120 }]);
  });
  it('never reports negative usage even from bad stored data', () => {
    expect(usagePerMonth([r('2026-01-01', 500, 1), r('2026-02-01', 400, 2)])).toEqual([{ month: '2026-02', usage: 0 }]);
    expect(usagePerMonth([])).toEqual([]);
    expect(currentLifetimeValue([])).toBeUndefined();
  });
});
