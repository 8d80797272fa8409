import { describe, expect, it } from 'vitest';
import {
  KNOWN_FIELDS,
  makeUniqueHeaders,
  normalizeHeader,
  resolveColumns,
  suggestMapping,
} from './headers';
import { IMPORT_KINDS } from './types';

describe('normalizeHeader', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(normalizeHeader('Item No.')).toBe('itemno');
    expect(normalizeHeader('min_amt')).toBe('minamt');
    expect(normalizeHeader('  QTY ')).toBe('qty');
    expect(normalizeHeader('Unit-Cost')).toBe('unitcost');
  });
});

describe('makeUniqueHeaders', () => {
  it('leaves unique names alone', () => {
    expect(makeUniqueHeaders(['a', 'b'])).toEqual({ headers: ['a', 'b'], warnings: [] });
  });

  it('numbers repeats past names the file already uses', () => {
    expect(makeUniqueHeaders(['x', 'x (2)', 'x', 'x']).headers).toEqual([
      'x',
      'x (2)',
      'x (3)',
      'x (4)',
    ]);
    expect(makeUniqueHeaders(['Column 2', '']).headers).toEqual(['Column 2', 'Column 2 (2)']);
  });
});

describe('resolveColumns', () => {
  it('matches known names and never gives a column to two fields', () => {
    const r = resolveColumns('items', [
      'Item',
      'Description',
      'Qty',
      'Price',
      'Supplier',
      'Min_Amt',
    ]);
    expect(r.index).toMatchObject({
      name: 0,
      quantity: 2,
      unitCostCents: 3,
      vendorName: 4,
      minQuantity: 5,
      notes: -1,
    });
    expect(r.errors).toEqual([]);
  });

  it('prefers the better name when two columns could fill a field', () => {
    expect(resolveColumns('items', ['Model Number', 'Item Number', 'Name']).header.sku).toBe(
      'Item Number',
    );
  });

  it('uses the mapping first, and "" means do not import', () => {
    const r = resolveColumns('items', ['Name', 'Title', 'Qty'], { name: 'Title', quantity: '' });
    expect(r.index.name).toBe(1);
    expect(r.index.quantity).toBe(-1);
  });

  it('does not let automatic matching take a column the user mapped elsewhere', () => {
    const r = resolveColumns('items', ['Name', 'Qty'], { notes: 'Name', name: 'Qty' });
    expect(r.index).toMatchObject({ name: 1, notes: 0, quantity: -1 });
  });

  it('reports a mapped column that is not in the file and a required field with no column', () => {
    const r = resolveColumns('items', ['Qty'], { sku: 'Part' });
    expect(r.errors).toEqual([
      {
        line: 1,
        column: 'Part',
        message: 'The column "Part" chosen for SKU is not in this file; choose one of its columns.',
      },
      {
        line: 1,
        message: 'No column is mapped to Name; choose the column that holds it before importing.',
      },
    ]);
  });

  it('accepts alternatives for a required field', () => {
    expect(resolveColumns('employees', ['First Name', 'Last Name']).errors).toEqual([]);
    expect(resolveColumns('expenses', ['Date', 'Memo', 'Debit', 'Credit']).errors).toEqual([]);
    expect(resolveColumns('expenses', ['Date', 'Memo']).errors[0]!.message).toBe(
      'No column is mapped to Amount (or to Debit (money out) or Credit (money in)); choose the column that holds it before importing.',
    );
  });
});

describe('KNOWN_FIELDS', () => {
  it('describes every kind with labels and no name claimed twice within a kind', () => {
    for (const kind of IMPORT_KINDS) {
      const fields = KNOWN_FIELDS[kind];
      expect(fields.some((f) => f.required)).toBe(true);
      const names = fields.flatMap((f) => f.names.map(normalizeHeader));
      expect(new Set(names).size, kind).toBe(names.length);
    }
  });

  it('suggests the Snipe-IT consumables mapping', () => {
    const headers =
      'Company,Name,Category,Supplier,Manufacturer,QTY,Location,Order Number,Min Amount,Model Number,Item Number,Notes,Purchase Date,Purchase Cost'.split(
        ',',
      );
    expect(suggestMapping('items', headers)).toEqual({
      name: 'Name',
      sku: 'Item Number',
      category: 'Category',
      location: 'Location',
      quantity: 'QTY',
      minQuantity: 'Min Amount',
      unitCostCents: 'Purchase Cost',
      vendorName: 'Supplier',
      notes: 'Notes',
    });
  });
});
