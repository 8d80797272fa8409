import { describe, expect, it } from 'vitest';
import { exampleNumbers, nextSeriesNumber } from './numbering';

describe('per-PC number series', () => {
  it('without a code counts as before', () => {
    expect(nextSeriesNumber('PO-2026-', ['PO-2026-0003', 'PO-2025-0009', 'PO-2026-0001'])).toBe('PO-2026-0004');
    expect(nextSeriesNumber('REQ-', [])).toBe('REQ-0001');
  });

  it('with a code counts only that PC’s numbers, so two PCs never mint the same one', () => {
    const existing = ['REQ-0007', 'REQ-A0002', 'REQ-B0005', 'REQ-AB0009'];
    expect(nextSeriesNumber('REQ-', existing, 'A')).toBe('REQ-A0003');
    expect(nextSeriesNumber('REQ-', existing, 'B')).toBe('REQ-B0006');
    expect(nextSeriesNumber('REQ-', existing, 'AB')).toBe('REQ-AB0010');
    const a: string[] = [];
    const b: string[] = [];
    for (let i = 0; i < 20; i++) {
      a.push(nextSeriesNumber('PO-2026-', [...a, ...b], 'A'));
      b.push(nextSeriesNumber('PO-2026-', [...a, ...b], 'B'));
    }
    expect(new Set([...a, ...b]).size).toBe(40);
    expect(a[19]).toBe('PO-2026-A0020');
  });

  it('shows the examples Settings → Sync lists', () => {
    expect(exampleNumbers('C', 2026, 'BD').map((e) => e.example)).toEqual(['PO-2026-C0001', 'PR-C0001', 'REQ-C0001', 'RFQ-C0001', 'BD-C0001']);
  });
});
