/** The usage chart's months: a full year in the label, the gaps between readings filled with 0. */
import { describe, expect, it } from 'vitest';
import { filledUsageMonths, monthLabel } from './MeterUsageChart';

describe('meter usage chart months', () => {
  it('labels a month with its full year, not a two-digit year that reads like a day', () => {
    expect(monthLabel('2026-01')).toBe('Jan 2026');
    expect(monthLabel('2026-12', 'en-US')).toBe('Dec 2026');
  });

  it('fills the months without usage with 0 and keeps the last 12', () => {
    expect(filledUsageMonths([{ month: '2026-01', usage: 5 }, { month: '2026-03', usage: 7 }])).toEqual([
      { month: '2026-01', usage: 5 },
      { month: '2026-02', usage: 0 },
      { month: '2026-03', usage: 7 },
    ]);
    const long = filledUsageMonths([{ month: '2024-01', usage: 1 }, { month: '2026-03', usage: 2 }]);
    expect(long).toHaveLength(12);
    expect(long.at(-1)).toEqual({ month: '2026-03', usage: 2 });
  });
});
