import { describe, expect, it } from 'vitest';
import { fieldLabel, mergedRecord, recordLabel, recordNoun, valueText } from './describe';
import type { SyncConflict } from '../../db/sync';

const conflict: SyncConflict = {
  id: 'vendors:v1@2-b',
  docId: 'vendors:v1',
  table: 'vendors',
  recordId: 'v1',
  winnerRev: '2-a',
  loserRev: '2-b',
  winner: { id: 'v1', name: 'Acme Ltd', phone: '555-0100', notes: 'Ask for Jo' },
  loser: { id: 'v1', name: 'ACME Limited', phone: '555-0199' },
  winnerDevice: 'Front desk',
  loserDevice: 'Office manager',
  detectedAt: '2026-12-05T10:00:00.000Z',
};

describe('sync screen words', () => {
  it('names records and fields as people do', () => {
    expect(recordNoun('purchaseOrders')).toBe('Purchase order');
    expect(recordLabel({ number: 'PO-2026-A0001', name: 'x' })).toBe('PO-2026-A0001');
    expect(recordLabel({ title: 'Board meeting' })).toBe('Board meeting');
    expect(recordLabel(null)).toBe('(deleted)');
    expect(fieldLabel('unitCostCents')).toBe('Unit cost cents');
  });

  it('never shows a sealed value, and shows markup as text', () => {
    expect(valueText({ $sealed: 1, data: 'AAAA' })).toBe('Confidential (encrypted)');
    expect(valueText('<b>bold</b>')).toBe('<b>bold</b>');
    expect(valueText(undefined)).toBe('—');
    expect(valueText(['a'])).toContain('"a"');
  });

  it('merges the picked fields of the other version into the applied one', () => {
    expect(mergedRecord(conflict, {})).toEqual(conflict.winner);
    expect(mergedRecord(conflict, { name: 'other', phone: 'applied', notes: 'other' })).toEqual({ id: 'v1', name: 'ACME Limited', phone: '555-0100' });
  });
});
