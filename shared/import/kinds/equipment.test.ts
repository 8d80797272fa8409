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
});
