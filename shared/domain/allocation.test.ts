import { describe, expect, it } from 'vitest';
import {
  SPREAD_PRESET_IDS,
  annualOf,
  parseWeights,
  scaleByPercent,
  spreadAnnual,
} from './allocation';

/** mulberry32: seeded so a failure is reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('spreadAnnual', () => {
  it('splits evenly with the odd cents first and exact sums', () => {
    expect(spreadAnnual(100_00)).toEqual([
      834, 834, 834, 834, 833, 833, 833, 833, 833, 833, 833, 833,
    ]);
    expect(annualOf(spreadAnnual(100_00))).toBe(100_00);
    expect(spreadAnnual(0)).toEqual(Array(12).fill(0));
  });

  it('follows a preset shape', () => {
    const q = spreadAnnual(15_000_00, 'quarter-end');
    expect(q[2]).toBe(q[0]! * 2);
    expect(annualOf(q)).toBe(15_000_00);
  });

  it('property: for many random totals and weights the parts are non-negative and sum exactly', () => {
    const next = rng(42);
    for (let run = 0; run < 2000; run++) {
      const total = Math.floor(next() * 10 ** (1 + Math.floor(next() * 10)));
      const weights = Array.from({ length: 12 }, () =>
        next() < 0.2 ? 0 : Math.round(next() * 1000) / (next() < 0.5 ? 1 : 7),
      );
      const pattern = run % 3 === 0 ? SPREAD_PRESET_IDS[run % SPREAD_PRESET_IDS.length]! : weights;
      const parts = spreadAnnual(total, pattern);
      expect(parts).toHaveLength(12);
      expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
      expect(annualOf(parts)).toBe(total);
      // A zero weight gets nothing unless every weight is zero.
      if (typeof pattern !== 'string' && pattern.some((w) => w > 0))
        pattern.forEach((w, i) => w === 0 && expect(parts[i]).toBe(0));
    }
  });

  it('refuses the wrong number of weights', () => {
    expect(() => spreadAnnual(100, [1, 2, 3])).toThrow(/12 weights/);
  });
});

describe('scaleByPercent', () => {
  it('copies last year plus 3.5 % with an exact, rounded-once total', () => {
    const last = spreadAnnual(12_345_67, 'summer-low');
    const next = scaleByPercent(last, 3.5);
    expect(annualOf(next)).toBe(Math.round(12_345_67 * 1.035));
    expect(next.every((p) => p >= 0)).toBe(true);
  });

  it('property: random rows and percentages keep totals exact and parts non-negative', () => {
    const next = rng(7);
    for (let run = 0; run < 2000; run++) {
      const row = Array.from({ length: 12 }, () =>
        next() < 0.3 ? 0 : Math.floor(next() * 500_000),
      );
      const percent = Math.round((next() * 200 - 100) * 100) / 100;
      const scaled = scaleByPercent(row, percent);
      const oldTotal = annualOf(row);
      expect(annualOf(scaled)).toBe(
        Math.max(0, Math.round((oldTotal * Math.round((100 + percent) * 100)) / 10_000)),
      );
      expect(scaled.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
    }
  });

  it('keeps an empty row empty and -100 % clears it', () => {
    expect(scaleByPercent(Array(12).fill(0), 10)).toEqual(Array(12).fill(0));
    expect(annualOf(scaleByPercent([100, 200, 300], -100))).toBe(0);
  });
});

describe('parseWeights', () => {
  it('reads 12 numbers and explains mistakes', () => {
    expect(parseWeights('1,1,2; 1 1 2 1 1 2 1 1 2')).toEqual({
      weights: [1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 2],
    });
    expect(parseWeights('1,2')).toEqual({
      error: 'Enter 12 weights, one per month (you entered 2).',
    });
    expect(parseWeights('1 1 1 1 1 1 1 1 1 1 1 x')).toHaveProperty('error');
  });
});
