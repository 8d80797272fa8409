/**
 * Snipe-IT's own asset exports (../shared/fixtures/snipe-it/assets-sample*.csv) imported as
 * equipment with no manual mapping: every value lands in its own field. The BAD and BLANKS
 * files have old-Mac CR line endings, repeated or blank headers, M/D/YY dates, a Warranty in
 * months and model numbers a spreadsheet rewrote as 6.37702E+15 (kept out of every field).
 * Reads files with node:fs, so it lives outside shared/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapRowsDetailed, parseTable } from '../../shared/import/index';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const snipeIt = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'snipe-it');
const load = (file: string) => {
  const table = parseTable(new Uint8Array(readFileSync(path.join(snipeIt, file))), file);
  return { table, ...mapRowsDetailed('equipment', table) };
};

describe('Snipe-IT assets-sample.csv as equipment', () => {
  const { table, records, lines, errors } = load('assets-sample.csv');

  it('reads every row, without warnings or errors', () => {
    expect(table.warnings).toEqual([]);
    expect(errors).toEqual([]);
    expect(records.length).toBe(22);
    expect(lines).toEqual(Array.from({ length: 22 }, (_, i) => i + 2));
  });

  it('puts each column in its own field (Model, not Model Number; Asset Notes, not Model Notes)', () => {
    expect(records[0]).toEqual({
      name: 'Backhoe',
      assetTag: 'ICC-2065556',
      category: 'Ornamental Railings',
      manufacturer: 'Berge Inc',
      model: 'Macbook Pro 13"',
      location: 'Wilkinson, Waters and Kerluke',
      purchaseDate: '2023-01-23',
      purchaseCostCents: 226613,
      vendorName: 'Kunde, Doyle and Kozey',
      notes:
        'at nulla suspendisse potenti cras in purus eu magna vulputate luctus cum sociis natoque penatibus et magnis dis',
    });
    expect(records[1]).toEqual({
      name: 'Dragline',
      assetTag: 'WBH-2841795',
      category: 'Structural and Misc Steel (Fabrication)',
      manufacturer: 'Botsford, Boyle and Herzog',
      model: 'Macbook Pro 13"',
      location: 'Lindgren-Marquardt',
      purchaseDate: '2022-11-14',
      purchaseCostCents: 129294,
      vendorName: 'Krajcik LLC',
      notes: 'aliquam convallis nunc proin at turpis a pede posuere nonummy integer',
    });
    expect(records[21]).toEqual({
      name: 'Compactor',
      assetTag: 'SUQ-5159067',
      category: 'Fire Protection',
      manufacturer: 'Berge Inc',
      model: 'Robby',
      location: 'Jenkins, Goldner and Cruickshank',
      purchaseDate: '2022-06-24',
      purchaseCostCents: 440274,
      vendorName: 'Botsford, Boyle and Herzog',
    });
  });

  it('never reads the checked-out person, company, order number or end-of-life date into a field', () => {
    const all = JSON.stringify(records);
    for (const v of ['gmccrackem2a', 'McCrackem', 'Abshire and Sons', '3271901481', '1786VM80X07', '2028-10-27'])
      expect(all).not.toContain(v);
  });
});

for (const file of ['assets-sample-BAD.csv', 'assets-sample-BLANKS.csv']) {
  describe(`Snipe-IT ${file} as equipment`, () => {
    const { table, records, lines, errors } = load(file);

    it('reads all 200 rows of the CR-ended file, one line each, with header warnings', () => {
      expect(table.warnings.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(records.length).toBe(200);
      expect(lines).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
    });

    it('maps the first, second and last rows exactly; the Warranty months become an end date', () => {
      expect(records[0]).toEqual({
        name: 'eget nunc donec quis',
        assetTag: '970882174-8',
        category: 'quam',
        manufacturer: 'Linkbridge',
        model: 'massa id',
        serial: '27aa8378-b0f4-4289-84a4-405da95c6147',
        location: 'Daping',
        purchaseDate: '2016-04-05',
        purchaseCostCents: 13328959,
        warrantyEnd: '2017-06-05',
        vendorName: 'Blogspan',
        notes:
          'Curabitur in libero ut massa volutpat convallis. Morbi odio odio, elementum eu, interdum eu, tincidunt in, leo. Maecenas pulvinar lobortis est.',
      });
      expect(records[1]).toEqual({
        name: 'mi in porttitor',
        assetTag: '544574073-0',
        category: 'justo',
        manufacturer: 'Flipstorm',
        model: 'congue diam id',
        serial: '4bc7fc90-5a97-412f-8eed-77ecacc643fc',
        location: 'Cirangga Kidul',
        purchaseDate: '2016-03-08',
        purchaseCostCents: 76346,
        warrantyEnd: '2017-03-08',
        vendorName: 'Oyope',
      });
      expect(records[199]).toEqual({
        name: 'dui maecenas',
        assetTag: '524105876-1',
        category: 'pulvinar sed',
        manufacturer: 'Lazz',
        model: 'pede ullamcorper augue',
        // Windows-1252 as stored: the file's own bytes, not a guess at what was meant.
        location: 'Nab€Çnagar',
        purchaseDate: '2016-02-04',
        notes: 'Nullam sit amet turpis elementum ligula vehicula consequat. Morbi a ipsum. Integer a nibh.',
      });
    });

    it('keeps the mangled model numbers, the person and the status out of every field', () => {
      const all = JSON.stringify(records);
      expect(all).not.toMatch(/\d\.\d+E\+\d+/);
      for (const v of ['Bonnie Nelson', 'bnelson0', 'Undeployable', 'Ready to Deploy', 'Alpha'])
        expect(all).not.toContain(v);
    });

    it('refuses the mangled model numbers by line when Model is mapped to that column by hand', () => {
      const r = mapRowsDetailed('equipment', table, { model: 'Model Number' });
      expect(r.records.length).toBe(0);
      expect(r.errors[0]).toEqual({
        line: 2,
        column: 'Model Number',
        message:
          'The model "6.37702E+15" in column "Model Number" is a long number a spreadsheet rewrote in scientific notation, so its digits are lost; correct it in the file or leave the column unmapped.',
      });
    });
  });
}
