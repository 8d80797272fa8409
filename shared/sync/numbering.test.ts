import { describe, expect, it } from 'vitest';
import { NumberCodeError, codedSeriesDigits, exampleNumbers, firstAssetTag, nextSeriesNumber, normalizeNumberCode } from './numbering';

describe('nextSeriesNumber without a code (sync never set up)', () => {
  it('counts as before: one past the highest plain number of the prefix', () => {
    expect(nextSeriesNumber('PO-2026-', ['PO-2026-0003', 'PO-2025-0009', 'PO-2026-0001'])).toBe('PO-2026-0004');
    expect(nextSeriesNumber('REQ-', [])).toBe('REQ-0001');
    expect(nextSeriesNumber('RFQ-', ['RFQ-0999', 'RFQ-1000'])).toBe('RFQ-1001');
    expect(nextSeriesNumber('PR-', ['PR-9999'])).toBe('PR-10000');
  });

  it("ignores other PCs' coded numbers, so a PC without a code keeps its old series", () => {
    expect(nextSeriesNumber('REQ-', ['REQ-0007', 'REQ-A0099', 'REQ-AB0500'])).toBe('REQ-0008');
  });

  it('reads plain numbers as digits only unless the series says otherwise', () => {
    expect(nextSeriesNumber('REQ-', ['REQ-12x', 'REQ- 40', 'REQ-0003'])).toBe('REQ-0004');
    // Purchase orders always read the rest with Number(); that stays.
    expect(nextSeriesNumber('PO-2026-', ['PO-2026-12.0', 'PO-2026-0003'], '', { uncodedValue: Number })).toBe('PO-2026-0013');
  });
});

describe('nextSeriesNumber with a code', () => {
  it("counts only this PC's numbers and leaves the numbers from before sync alone", () => {
    const existing = ['REQ-0041', 'REQ-A0002', 'REQ-B0005', 'REQ-AB0009'];
    expect(nextSeriesNumber('REQ-', existing, 'A')).toBe('REQ-A0003');
    expect(nextSeriesNumber('REQ-', existing, 'B')).toBe('REQ-B0006');
    expect(nextSeriesNumber('REQ-', existing, 'AB')).toBe('REQ-AB0010');
    expect(nextSeriesNumber('REQ-', existing, 'C')).toBe('REQ-C0001');
    expect(nextSeriesNumber('PO-2026-', ['PO-2026-0042', 'PO-2025-A0007'], 'A')).toBe('PO-2026-A0001');
  });

  it("does not read 'A' numbers as 'AB' ones or the reverse", () => {
    expect(nextSeriesNumber('REQ-', ['REQ-AB0050'], 'A')).toBe('REQ-A0001');
    expect(nextSeriesNumber('REQ-', ['REQ-A0050'], 'AB')).toBe('REQ-AB0001');
    expect(nextSeriesNumber('REQ-', ['REQ-BA0050'], 'A')).toBe('REQ-A0001');
    expect(codedSeriesDigits('AB0001', 'A')).toBeUndefined();
    expect(codedSeriesDigits('A0001', 'AB')).toBeUndefined();
    expect(codedSeriesDigits('AB0001', 'AB')).toBe('0001');
  });

  it('two PCs numbering in turn, each seeing the other, never make the same number', () => {
    for (const [x, y] of [['A', 'B'], ['A', 'AB'], ['AB', 'BA']] as const) {
      const made: string[] = ['PO-2026-0001', 'PO-2026-0002'];
      for (let i = 0; i < 25; i++) {
        made.push(nextSeriesNumber('PO-2026-', made, x));
        made.push(nextSeriesNumber('PO-2026-', made, y));
      }
      expect(new Set(made).size).toBe(made.length);
      expect(made.at(-2)).toBe(`PO-2026-${x}0025`);
      expect(made.at(-1)).toBe(`PO-2026-${y}0025`);
    }
  });

  it('two PCs offline from the same starting data make different numbers', () => {
    const start = ['REQ-0001', 'REQ-0002', 'REQ-A0001', 'REQ-B0003'];
    const onA: string[] = [...start];
    const onB: string[] = [...start];
    for (let i = 0; i < 5; i++) {
      onA.push(nextSeriesNumber('REQ-', onA, 'A'));
      onB.push(nextSeriesNumber('REQ-', onB, 'B'));
    }
    const newOnA = onA.slice(start.length);
    const newOnB = onB.slice(start.length);
    expect(newOnA).toEqual(['REQ-A0002', 'REQ-A0003', 'REQ-A0004', 'REQ-A0005', 'REQ-A0006']);
    expect(newOnB).toEqual(['REQ-B0004', 'REQ-B0005', 'REQ-B0006', 'REQ-B0007', 'REQ-B0008']);
    expect(newOnA.filter((n) => newOnB.includes(n) || start.includes(n))).toEqual([]);
  });

  it("takes the code in any case, and counts a hand-typed lower-case code's numbers", () => {
    expect(nextSeriesNumber('REQ-', ['REQ-a0007', 'REQ-A0003'], 'a')).toBe('REQ-A0008');
    expect(nextSeriesNumber('REQ-', [], ' ab ')).toBe('REQ-AB0001');
  });

  it('keeps counting past 9999 and keeps reading wider numbers', () => {
    expect(nextSeriesNumber('RFQ-', ['RFQ-A9999'], 'A')).toBe('RFQ-A10000');
    expect(nextSeriesNumber('RFQ-', ['RFQ-A10000', 'RFQ-A9999'], 'A')).toBe('RFQ-A10001');
  });

  it('refuses a code that is not one or two letters instead of numbering with it', () => {
    for (const bad of ['A1', 'ABC', '1', 'Ä', '-']) {
      expect(() => nextSeriesNumber('REQ-', [], bad)).toThrow(NumberCodeError);
    }
    expect(normalizeNumberCode(undefined)).toBe('');
    expect(normalizeNumberCode('  ')).toBe('');
  });
});

describe('examples for Settings → Sync', () => {
  it("shows this PC's first number in every series", () => {
    expect(exampleNumbers('C', 2026, 'BD').map((e) => e.example)).toEqual(['PO-2026-C0001', 'PR-C0001', 'REQ-C0001', 'RFQ-C0001', 'BD-C0001']);
    expect(exampleNumbers('AB', 2027).map((e) => [e.key, e.label, e.example])).toEqual([
      ['purchaseOrders', 'Purchase orders', 'PO-2027-AB0001'],
      ['purchaseRequests', 'Purchase requests', 'PR-AB0001'],
      ['staffRequests', 'Staff requests', 'REQ-AB0001'],
      ['rfqs', 'Requests for quotation', 'RFQ-AB0001'],
      ['assetTags', 'Asset tags', 'BD-AB0001'],
    ]);
  });

  it('shows the plain numbers without a code and follows the asset prefix as typed', () => {
    expect(exampleNumbers('', 2026, 'HL/').map((e) => e.example)).toEqual(['PO-2026-0001', 'PR-0001', 'REQ-0001', 'RFQ-0001', 'HL/0001']);
    expect(firstAssetTag('BD-', 'A')).toBe('BD-A0001');
    expect(firstAssetTag(' hl ', 'A')).toBe('hl-A0001');
    expect(firstAssetTag('', 'A')).toBe('A0001');
  });
});
