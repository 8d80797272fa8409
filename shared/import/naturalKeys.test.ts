import { describe, expect, it } from 'vitest';
import {
  candidateKey,
  countKeys,
  employeeKey,
  equipmentKey,
  eventKey,
  expenseKey,
  itemKey,
  planCountedKeys,
  planUniqueKeys,
  vendorKey,
} from './naturalKeys';

describe('natural keys', () => {
  it('items: SKU ignoring case and spaces, else name + unit (each by default)', () => {
    expect(itemKey({ name: 'Pens', sku: ' pen-01 ' })).toBe(itemKey({ name: 'Other', sku: 'PEN-01' }));
    expect(itemKey({ name: 'Blue  Pens' })).toBe(itemKey({ name: 'blue pens', unit: 'Each' }));
    expect(itemKey({ name: 'Pens', unit: 'box' })).not.toBe(itemKey({ name: 'Pens' }));
    expect(itemKey({ name: 'Pens', sku: '' })).toBe(itemKey({ name: 'pens' }));
  });

  it('vendors, candidates, employees, events', () => {
    expect(vendorKey({ name: 'Café  Müller' })).toBe(vendorKey({ name: 'cafe muller' }));
    expect(candidateKey({ email: ' Ann@Example.com' })).toBe('ann@example.com');
    expect(employeeKey({ name: 'Ann', email: 'ANN@x.org' })).toBe(employeeKey({ name: 'Someone', email: 'ann@x.org' }));
    expect(employeeKey({ name: 'Ann  Lee' })).toBe(employeeKey({ name: 'ann lee', email: ' ' }));
    expect(eventKey({ uid: 'u1', start: '2026-01-01T09:00' })).not.toBe(eventKey({ uid: 'u1', start: '2026-01-08T09:00' }));
  });

  it('expenses: date + amount + description, case and spacing ignored', () => {
    const a = { date: '2026-03-01', amountCents: 350, description: 'Coffee  Shop' };
    expect(expenseKey(a)).toBe(expenseKey({ ...a, description: 'coffee shop' }));
    expect(expenseKey(a)).not.toBe(expenseKey({ ...a, amountCents: 351 }));
  });

  it('equipment: asset tag, else serial, else a counted row key', () => {
    expect(equipmentKey({ name: 'A', assetTag: 'bd- 0042' })).toEqual({ key: 'tag:BD-0042', counted: false });
    expect(equipmentKey({ name: 'A', serial: 'SN 1' }).key).toBe('serial:sn 1');
    expect(equipmentKey({ name: 'Chair', location: 'Hall' }).counted).toBe(true);
  });

  it('planUniqueKeys: stored matches, repeats within the file, and rows without a key', () => {
    const rows = ['a', 'b', 'a', 'c', undefined, 'c'];
    const plan = planUniqueKeys(rows, (r) => r, new Map([['b', 'stored-b']]));
    expect(plan.fresh).toEqual([0, 3, 4]);
    expect([...plan.stored]).toEqual([[1, 'stored-b']]);
    expect([...plan.repeats]).toEqual([
      [2, 0],
      [5, 3],
    ]);
  });

  it('planCountedKeys: two identical rows make two records once; a re-run adds none', () => {
    const file = ['coffee', 'coffee', 'lunch'];
    const first = planCountedKeys(file, (r) => r, new Map());
    expect(first).toEqual({ fresh: [0, 1, 2], alreadyThere: 0 });
    const stored = countKeys(file, (r) => r);
    expect(planCountedKeys(file, (r) => r, stored)).toEqual({ fresh: [], alreadyThere: 3 });
    // An overlapping export: one more coffee than stored.
    expect(planCountedKeys([...file, 'coffee'], (r) => r, stored)).toEqual({ fresh: [3], alreadyThere: 3 });
  });
});
