import { describe, expect, it } from 'vitest';
import { mapRows, parseTable } from '../index';

const table = (s: string) => parseTable(new TextEncoder().encode(s), 'items.csv');
const items = (s: string, mapping?: Record<string, string>) => mapRows('items', table(s), mapping);

describe("mapRows('items')", () => {
  it('maps known headers without a mapping and drops blank optional fields', () => {
    const r = items(
      'Item Name,SKU,Qty,Unit Cost,Supplier,Location,Reorder Point,Target\nA4 paper,P-1,12,$4.50,Staples,Cupboard 1,5,20\nPens,,,,,,,\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      {
        name: 'A4 paper',
        sku: 'P-1',
        quantity: 12,
        unitCostCents: 450,
        vendorName: 'Staples',
        location: 'Cupboard 1',
        minQuantity: 5,
        targetQuantity: 20,
      },
      { name: 'Pens', quantity: 0 },
    ]);
  });

  it('refuses a row whose field count differs from the header, on its line', () => {
    const r = items('Name,Qty,Notes\nA,1,x\nB,2\nC,3,"x,y",extra\nD,4,ok\n');
    expect(r.records.map((x) => x.name)).toEqual(['A', 'D']);
    expect(r.errors).toEqual([
      {
        line: 3,
        message:
          'This row has 2 values but the header has 3 columns, so its values cannot be matched to columns; this row was not imported.',
      },
      {
        line: 4,
        message:
          'This row has 4 values but the header has 3 columns, so its values cannot be matched to columns; this row was not imported.',
      },
    ]);
  });

  it('reads a pack size of at least 1', () => {
    const r = items('Name,Pack size\nA,12\nB,\nC,0\n');
    expect(r.records).toEqual([
      { name: 'A', quantity: 0, packSize: 12 },
      { name: 'B', quantity: 0 },
    ]);
    expect(r.errors).toEqual([
      { line: 4, column: 'Pack size', message: 'The pack size is 0; a pack holds at least 1 unit.' },
    ]);
  });

  it('requires a name', () => {
    const r = items('Name,Qty\n,5\n');
    expect(r.records).toEqual([]);
    expect(r.errors).toEqual([
      { line: 2, column: 'Name', message: 'The name is empty; every item needs a name.' },
    ]);
  });

  it('requires a whole quantity of 0 or more, naming the column', () => {
    const r = items('Name,QTY\nA,3.5\nB,-2\nC,lots\nD,"1,200"\nE,7.00\n');
    expect(r.records).toEqual([
      { name: 'D', quantity: 1200 },
      { name: 'E', quantity: 7 },
    ]);
    expect(r.errors).toEqual([
      {
        line: 2,
        column: 'QTY',
        message: 'The quantity "3.5" in column "QTY" is not a whole number.',
      },
      {
        line: 3,
        column: 'QTY',
        message: 'The quantity "-2" in column "QTY" is below zero; it must be 0 or more.',
      },
      {
        line: 4,
        column: 'QTY',
        message: 'The quantity "lots" in column "QTY" is not a whole number.',
      },
    ]);
  });

  it('parses money in either convention into cents', () => {
    const r = items(
      'Name;Price\nA;"$1,234.56"\nB;1.234,50 €\nC;1234.5\nD;1 234,50\nE;"1,234"\n',
      undefined,
    );
    expect(r.errors).toEqual([]);
    expect(r.records.map((x) => x.unitCostCents)).toEqual([123456, 123450, 123450, 123450, 123400]);
  });

  it('refuses money it cannot read and negative costs', () => {
    const r = items('Name,Unit cost\nA,twelve\nB,(3.00)\nC,0.125\n');
    expect(r.errors).toEqual([
      {
        line: 2,
        column: 'Unit cost',
        message:
          'The unit cost "twelve" in column "Unit cost" is not an amount of money; write it like 1234.56, $1,234.56 or 1.234,56 €.',
      },
      {
        line: 3,
        column: 'Unit cost',
        message: 'The unit cost "(3.00)" in column "Unit cost" is negative; it must be 0 or more.',
      },
      {
        line: 4,
        column: 'Unit cost',
        message:
          'The unit cost "0.125" in column "Unit cost" has more than two decimal places; amounts are kept in whole cents.',
      },
    ]);
  });

  it('refuses a SKU seen earlier in the file, naming the earlier line', () => {
    const r = items('Name,SKU\nA,TN-100\nB,TN-200\n"C\nwith note",TN-241\nD,TN-241\nE,tn-241\n');
    expect(r.records.map((x) => x.name)).toEqual(['A', 'B', 'C\nwith note']);
    expect(r.errors).toEqual([
      {
        line: 6,
        column: 'SKU',
        message: 'SKU "TN-241" already appears on line 4; this row was not imported.',
      },
      {
        line: 7,
        column: 'SKU',
        message: 'SKU "tn-241" already appears on line 4; this row was not imported.',
      },
    ]);
  });

  it('reports every problem of a row, each on the line the row starts', () => {
    const r = items('Name,Qty,Cost\n"multi\n\nline",x,y\n,1,2\n');
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'Qty'],
      [2, 'Cost'],
      [5, 'Name'],
    ]);
  });

  it('keeps user text literally', () => {
    const r = items('Name,Notes\n=HYPERLINK("x"),&lt;b&gt; <i>\n');
    expect(r.records).toEqual([{ name: '=HYPERLINK("x")', notes: '&lt;b&gt; <i>', quantity: 0 }]);
  });

  it('uses a hand mapping for headers it does not know', () => {
    const r = items('Artikel,Bestand,Preis\nPapier,5,"4,50"\n', {
      name: 'Artikel',
      quantity: 'Bestand',
      unitCostCents: 'Preis',
    });
    expect(r.records).toEqual([{ name: 'Papier', quantity: 5, unitCostCents: 450 }]);
  });

  it('refuses the whole file once when no column holds the name', () => {
    expect(items('Qty\n1\n2\n')).toEqual({
      records: [],
      errors: [
        {
          line: 1,
          message: 'No column is mapped to Name; choose the column that holds it before importing.',
        },
      ],
    });
  });

  it('checks lengths against the item schema', () => {
    const r = items(`Name\n${'x'.repeat(201)}\n`);
    expect(r.errors[0]!.message).toBe(
      'The name in column "Name" is 201 characters long; at most 200 fit.',
    );
  });
});
