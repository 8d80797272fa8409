import { describe, expect, it } from 'vitest';
import type { GridColumn } from './columns';
import { columnWeight, fitColumnWidths, MIN_AUTO_WIDTH, widthPx } from './layout';

interface Row {
  description: string;
  unit: string;
}
const rows: Row[] = Array.from({ length: 1000 }, (_, i) => ({
  description: i % 50 === 0 ? 'x'.repeat(200) : `Printer paper, ream ${i}`,
  unit: 'box',
}));
const description: GridColumn<Row> = { id: 'description', header: 'Description', value: (r) => r.description };
const unit: GridColumn<Row> = { id: 'unit', header: 'Unit', value: (r) => r.unit };

describe('grid column widths (issue 16.7)', () => {
  it('weighs a column by its usual text, not its longest outlier, nor under its header', () => {
    expect(columnWeight(description, rows)).toBe('Printer paper, ream 999'.length);
    expect(columnWeight(unit, rows)).toBe('Unit'.length + 2);
    expect(columnWeight(unit, [])).toBe(6);
  });

  it('reads rem and px widths', () => {
    expect(widthPx('7.5rem', 16)).toBe(120);
    expect(widthPx('90px', 16)).toBe(90);
    expect(widthPx('20%', 16)).toBeNull();
  });

  it('keeps set widths and shares the rest by the root of the weights, so every column fits the grid', () => {
    // Expenses at 1366: date, description, category, status, amount in 1088 px.
    const widths = fitColumnWidths(
      [{ width: '8.5rem', weight: 12 }, { weight: 30 }, { weight: 18 }, { width: '7rem', weight: 9 }, { width: '7.5rem', weight: 10 }],
      1088,
      16,
    );
    expect(widths[0]).toBeNull();
    expect(widths[3]).toBeNull();
    expect(widths[1]! / widths[2]!).toBeCloseTo(Math.sqrt(30 / 18), 1);
    expect(136 + widths[1]! + widths[2]! + 112 + 120).toBeLessThanOrEqual(1088);
    expect(136 + widths[1]! + widths[2]! + 112 + 120).toBeGreaterThan(1085);
  });

  it('never makes a column narrower than its minimum, and takes that room from the others', () => {
    expect(fitColumnWidths([{ width: '60rem', weight: 1 }, { weight: 10 }], 800, 16)).toEqual([null, MIN_AUTO_WIDTH]);
    // A narrow grid: the column holding little would get 16 px (Expenses at 1024 overflowed by 7 px so).
    const widths = fitColumnWidths([{ width: '28rem', weight: 1 }, { weight: 30 }, { weight: 25 }, { weight: 20 }, { weight: 1 }], 700, 16);
    expect(widths[4]).toBe(MIN_AUTO_WIDTH);
    expect(448 + widths[1]! + widths[2]! + widths[3]! + widths[4]!).toBeLessThanOrEqual(700);
    expect(widths[3]).toBeGreaterThan(MIN_AUTO_WIDTH);
    // A name column that must stay readable keeps its minWidth; the others give way.
    const named = fitColumnWidths([{ width: '28rem', weight: 1 }, { weight: 12, minWidth: '9rem' }, { weight: 30 }, { weight: 30 }], 750, 16);
    expect(named[1]).toBe(144);
    expect(448 + named[1]! + named[2]! + named[3]!).toBeLessThanOrEqual(750);
    expect(widths[1]! / widths[3]!).toBeCloseTo(Math.sqrt(30 / 20), 1);
  });
});
