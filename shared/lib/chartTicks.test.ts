import { describe, expect, it } from 'vitest';
import { niceMoneyTicks } from './chartTicks';

describe('round money ticks (issue 16.11)', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten, from 0 up past the largest value', () => {
    const ticks = niceMoneyTicks([1_234_567, 300_000]);
    // $12,345.67 → steps of $5,000: 0, 5,000, 10,000, 15,000.
    expect(ticks).toEqual([0, 500_000, 1_000_000, 1_500_000]);
    expect(niceMoneyTicks([9_876_543_21])).toEqual([0, 250_000_000, 500_000_000, 750_000_000, 1_000_000_000]);
  });

  it('every tick is a whole number of round units, the first at or below the data and the last at or above', () => {
    for (const max of [1, 99, 12_345, 1_000_000, 7_654_321, 123_456_789]) {
      const t = niceMoneyTicks([0, max]);
      expect(t[0]).toBe(0);
      expect(t.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(t.length).toBeGreaterThanOrEqual(2);
      expect(t.length).toBeLessThanOrEqual(7);
      const step = (t[1]! - t[0]!) / 100;
      const power = 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 2.5, 5, 10]).toContain(Math.round((step / power) * 10) / 10);
    }
  });

  it('takes negative values (remaining below zero) and an empty chart', () => {
    expect(niceMoneyTicks([-250_000, 800_000])).toEqual([-500_000, 0, 500_000, 1_000_000]);
    expect(niceMoneyTicks([])).toEqual([0, 2500, 5000, 7500, 10000]);
    expect(niceMoneyTicks([undefined, null, 0])).toEqual([0, 2500, 5000, 7500, 10000]);
  });
});
