import { describe, expect, it } from 'vitest';
import { mapRows, parseTable } from '../index';

const table = (s: string) => parseTable(new TextEncoder().encode(s), 'assets.csv');

describe("mapRows('equipment')", () => {
  it('maps asset register columns and reads M/D/YY dates', () => {
    const r = mapRows(
      'equipment',
      table(
        'Asset Tag,Item Name,Serial,Model,Category,Location,Purchase Date,Purchase Cost,Notes\nT-1,Printer,SN1,LaserJet,Printers,Office,10/27/28,"1,299.00",Leased\n',
      ),
    );
    expect(r).toEqual({
      records: [
        {
          assetTag: 'T-1',
          name: 'Printer',
          serial: 'SN1',
          model: 'LaserJet',
          category: 'Printers',
          location: 'Office',
          purchaseDate: '2028-10-27',
          purchaseCostCents: 129900,
          notes: 'Leased',
        },
      ],
      errors: [],
    });
  });

  it('follows the dateFormat option and reports impossible dates', () => {
    const r = mapRows('equipment', table('Name,Purchase Date\nA,31/04/2026\n'), undefined, {
      dateFormat: 'DD/MM/YYYY',
    });
    expect(r.errors).toEqual([
      {
        line: 2,
        column: 'Purchase Date',
        message:
          'The purchase date "31/04/2026" in column "Purchase Date" is not a real date: April 2026 has 30 days.',
      },
    ]);
  });

  it('refuses an asset tag seen twice on the later line, naming the earlier one (case and spaces ignored)', () => {
    const r = mapRows(
      'equipment',
      table('Name,Asset Tag\nCopier,BD-0001\nLaptop,BD-0002\nPhone,bd- 0001\nDesk,\nChair,\n'),
    );
    expect(r.records.map((x) => x.name)).toEqual(['Copier', 'Laptop', 'Desk', 'Chair']);
    expect(r.errors).toEqual([
      {
        line: 4,
        column: 'Asset Tag',
        message:
          'The asset tag "bd- 0001" in column "Asset Tag" is already on line 2 of this file; an asset tag belongs to one item only.',
      },
    ]);
  });

  it('refuses impossible dates by line, never rolling them over', () => {
    const r = mapRows(
      'equipment',
      table('Name,Purchase Date,Warranty End\nA,02/30/2026,\nB,01/15/2026,13/40/2024\nC,03/01/2026,03/01/2027\n'),
      undefined,
      { dateFormat: 'MM/DD/YYYY' },
    );
    expect(r.records).toEqual([{ name: 'C', purchaseDate: '2026-03-01', warrantyEnd: '2027-03-01' }]);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'Purchase Date'],
      [3, 'Warranty End'],
    ]);
    expect(r.errors[0]!.message).toContain('"02/30/2026"');
  });

  it('reads manufacturer, vendor and a warranty in months from the purchase date', () => {
    const r = mapRows(
      'equipment',
      table('Name,Manufacturer,Supplier,Purchase Date,Warranty\nCopier,Canon,Office Depot,2024-01-31,1\nFan,,,,12\nKettle,,,2024-05-01,two\n'),
    );
    expect(r.records).toEqual([
      { name: 'Copier', manufacturer: 'Canon', vendorName: 'Office Depot', purchaseDate: '2024-01-31', warrantyEnd: '2024-02-29' },
    ]);
    expect(r.errors).toEqual([
      {
        line: 3,
        column: 'Warranty',
        message:
          'The warranty of 12 months in column "Warranty" counts from the purchase date, and this row has none; add the purchase date or a warranty end date.',
      },
      {
        line: 4,
        column: 'Warranty',
        message: 'The warranty "two" in column "Warranty" is not a number of months (0 to 1200).',
      },
    ]);
  });

  it('refuses a warranty that ends before the purchase', () => {
    const r = mapRows('equipment', table('Name,Purchase Date,Warranty End\nA,2026-03-01,2026-02-01\n'));
    expect(r.errors).toEqual([
      {
        line: 2,
        column: 'Warranty End',
        message: 'The warranty cannot end (2026-02-01) before the purchase date (2026-03-01).',
      },
    ]);
  });
});
